using FluentAssertions;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing;
using Kurils.Domain.Parsing.Statements;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// The cheap tests the statement rules ask before looking at every place of a sentence (where a particle or a topic
/// marker may start, which verbs after a particle start with the character there) skip only places and verbs the full
/// look-ups find nothing at:
/// checked place by place on random texts made of the packs' own particles, verbs and markers.
/// </summary>
public sealed class SpeechLexiconGateTests
{
    public static TheoryData<string[]> Languages => new() { new[] { "ja" }, new[] { "ko" }, new[] { "zh" }, new[] { "en" }, new[] { "ja", "ru" } };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Gates_SkipOnlyPlacesWithNothingToFind(string[] codes)
    {
        var lexicon = new SpeechLexicon([.. codes.Select(c => LanguagePacks.Default.Find(c)!)]);
        string[] pieces = [.. lexicon.QuoteParticles, .. lexicon.VerbsAfter, .. lexicon.TopicMarkers, "a", "b", " ", "」", "。", "x y", "\u6F22"];
        var random = new Random(codes.Length * 7919 + codes[0][0]);
        for (var round = 0; round < 300; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            var end = text.Length;
            for (var i = 0; i < end; i++)
            {
                var found = lexicon.VerbAfterParticle(text, i, end) is not null;
                if (found)
                {
                    lexicon.PreviousParticlePlace(text, i, 0).Should().Be(i, "a particle found at {0} of \"{1}\" is a place to look at", i, text);
                }

                // Between the place given and the one asked about, nothing is found.
                var previous = lexicon.PreviousParticlePlace(text, i, 0);
                previous.Should().BeInRange(-1, i);
                for (var k = previous + 1; k <= i; k++)
                {
                    lexicon.VerbAfterParticle(text, k, end).Should().BeNull("{0} of \"{1}\" was skipped", k, text);
                }

                // The verbs after a particle, looked up by their first character: the first of the list that is written there.
                var written = lexicon.VerbsAfter.FirstOrDefault(v => text.AsSpan(i).StartsWith(v, StringComparison.Ordinal));
                lexicon.VerbAfterAt(text, i, end).Should().Be(written is null ? null : new TextSpan(i, written.Length));

                var nextParticle = lexicon.NextParticlePlace(text, i, end);
                nextParticle.Should().BeInRange(i, end);
                for (var k = i; k < nextParticle; k++)
                {
                    lexicon.VerbAfterParticle(text, k, end).Should().BeNull("{0} of \"{1}\" was skipped", k, text);
                }

                var next = lexicon.NextTopicMarkerPlace(text, i, end);
                next.Should().BeInRange(i, end);
                for (var k = i; k < next; k++)
                {
                    lexicon.TopicMarkerAt(text, k, end).Should().Be(0, "{0} of \"{1}\" was skipped", k, text);
                }

                if (!lexicon.MayHoldTopicMarker(text.AsSpan(i)))
                {
                    lexicon.TopicMarkerAt(text, i, end).Should().Be(0);
                }
            }
        }
    }

    public static TheoryData<string[]> EpithetLanguages => new() { new[] { "en" }, new[] { "ru" }, new[] { "es" }, new[] { "de", "fr", "ja" } };

    /// <summary>
    /// The epithets, found in one pass over the text's fold, are every place each phrase is written ignoring case, as a
    /// search of the text for that phrase alone finds them: on random texts of the packs' phrases, in other cases too,
    /// with characters whose case folds across scripts (ı, ſ, the Kelvin sign) and a surrogate pair.
    /// </summary>
    [Theory]
    [MemberData(nameof(EpithetLanguages))]
    public void Epithets_OnePassFindsWhatEachPhraseSearchFinds(string[] codes)
    {
        var lexicon = new SpeechLexicon([.. codes.Select(c => LanguagePacks.Default.Find(c)!)]);
        var epithets = lexicon.Epithets;
        var phrases = Enumerable.Range(0, epithets.Count).Select(i => epithets[i].Phrase).ToArray();
        phrases.Should().NotBeEmpty();
        string[] pieces = [.. phrases, .. phrases.Select(p => p.ToUpperInvariant()), .. phrases.Select(p => p[..(p.Length / 2)]), " ", "ı", "ſ", "\u212A", "\uD801\uDC00", "x"];
        var random = new Random(codes.Length * 104729 + codes[0][0]);
        for (var round = 0; round < 300; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 10)).Select(_ => pieces[random.Next(pieces.Length)]));
            OnePass(epithets, text).Should().Equal(EachPhrase(phrases, text), "in \"{0}\"", text);
        }
    }

    /// <summary>A phrase with a surrogate pair matches by code point ignoring case, as the search of it alone does; the others still in one pass.</summary>
    [Fact]
    public void Epithets_APhraseWithASurrogatePairIsFoundAsItsOwnSearchFindsIt()
    {
        var epithets = new EpithetPhrases([("\uD801\uDC00bc leader", "office-a"), ("the leader", "office-b"), ("", "office-c")]);
        string[] phrases = ["\uD801\uDC00bc leader", "the leader", ""];
        foreach (var text in new[] { "\uD801\uDC28BC LEADER and THE leader", "\uD801\uDC00bc leader", "no epithet here", "" })
        {
            OnePass(epithets, text).Should().Equal(EachPhrase(phrases, text), "in \"{0}\"", text);
        }

        OnePass(epithets, "\uD801\uDC28BC LEADER and THE leader").Should().Equal((0, 0), (1, 16));
    }

    private static List<(int Phrase, int Start)> OnePass(EpithetPhrases epithets, string text)
    {
        var hits = new List<(int Phrase, int Start)>();
        epithets.FindAll(text, CaseFold.Of(text), hits);
        hits.Sort();
        return hits;
    }

    // Every place each non-empty phrase is written in the text, ignoring case ordinally, phrase by phrase.
    private static List<(int Phrase, int Start)> EachPhrase(string[] phrases, string text)
    {
        var hits = new List<(int Phrase, int Start)>();
        for (var i = 0; i < phrases.Length; i++)
        {
            for (var at = 0; phrases[i].Length > 0 && at < text.Length; at++)
            {
                if (text.AsSpan(at).StartsWith(phrases[i], StringComparison.OrdinalIgnoreCase))
                {
                    hits.Add((i, at));
                }
            }
        }

        return hits;
    }

    public static TheoryData<string[]> VerbLanguages => new() { new[] { "en" }, new[] { "ru" }, new[] { "vi" }, new[] { "fr", "de", "ar" } };

    /// <summary>
    /// The verbs are looked up only for words of a verb's shape (length, first and last letter ignoring case): every verb and
    /// every last word of a verb of several words, in any case, has the shape, so no verb is skipped (and each is found
    /// ending at its last word); the words skipped are no verb; and words of a length and first letter no verb has are skipped.
    /// </summary>
    [Theory]
    [MemberData(nameof(VerbLanguages))]
    public void VerbShapes_SkipOnlyWordsThatAreNoVerb(string[] codes)
    {
        var packs = codes.Select(c => LanguagePacks.Default.Find(c)!).ToArray();
        var lexicon = new SpeechLexicon(packs);
        string[] verbs = [.. packs.SelectMany(p => p.Speech.Verbs.Concat(p.Speech.ObjectVerbs).Concat(p.Speech.AddressVerbs).Concat(p.Speech.Institutions.Cues))];
        verbs.Should().NotBeEmpty();
        foreach (var verb in verbs)
        {
            var last = verb[(verb.LastIndexOf(' ') + 1)..];
            foreach (var written in new[] { verb, verb.ToUpperInvariant(), verb.ToLowerInvariant(), last, last.ToUpperInvariant() })
            {
                lexicon.MayEndVerb(written).Should().BeTrue("\"{0}\" is (the end of) a verb", written);
            }

            if (verb.All(c => char.IsLetter(c) || c == ' '))
            {
                var text = $"x {verb.ToUpperInvariant()}.";
                lexicon.VerbEndingAt(text, new TextSpan(text.Length - 1 - last.Length, last.Length), 0).Should().NotBeNull("\"{0}\" ends a verb", verb);
            }
        }

        // Random words of the verbs' pieces: those skipped are no verb.
        string[] pieces = [.. verbs.SelectMany(v => new[] { v[..(v.Length / 2)], v[(v.Length / 2)..], v.ToUpperInvariant() }), "a", "я"];
        var random = new Random(codes.Length * 31 + codes[0][0]);
        for (var round = 0; round < 2000; round++)
        {
            var word = string.Concat(Enumerable.Range(0, random.Next(1, 3)).Select(_ => pieces[random.Next(pieces.Length)]));
            if (!lexicon.MayEndVerb(word))
            {
                lexicon.IsVerb(word).Should().BeFalse("\"{0}\" was skipped", word);
            }
        }

        // Words of a length and first letter that no verb or last word has: most are skipped.
        var shapes = verbs.SelectMany(v => new[] { v, v[(v.LastIndexOf(' ') + 1)..] }).Select(w => (w.Length, char.ToUpperInvariant(w[0]))).ToHashSet();
        var (unshaped, skipped) = (0, 0);
        foreach (var first in "abcdefghijklmnopqrstuvwxyz\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437\u0438\u043A\u043B\u043C\u043D\u043E\u043F")
        {
            for (var length = 1; length <= 12; length++)
            {
                var word = first + new string('q', length - 1);
                if (!shapes.Contains((length, char.ToUpperInvariant(first))))
                {
                    unshaped++;
                    skipped += lexicon.MayEndVerb(word) ? 0 : 1;
                }
            }
        }

        skipped.Should().BeGreaterThan(unshaped / 2);
    }
}
