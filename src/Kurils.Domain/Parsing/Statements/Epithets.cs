using System.Buffers;
using System.Collections.Immutable;
using Kurils.Domain.Parsing.Mentions;
using Kurils.Domain.Parsing.Segmentation;
using NodaTime;

namespace Kurils.Domain.Parsing.Statements;

/// <summary>
/// Descriptions that stand for one person (the <c>speech.epithets</c> of the article's language packs, by office id, so
/// that a pack brings its own): "the Russian leader" is
/// whoever was President of Russia on the article's date. Without a date, or when the office had several holders
/// that day, it is the last person the article names before it who ever held the office; else, the one person the
/// article names who ever held it. Otherwise it is left alone.
/// </summary>
internal static class Epithets
{
    /// <summary>Appends the epithets of the article's text that resolve to one person to <paramref name="output"/>, in <see cref="MentionOrder"/>.</summary>
    public static void Find(ParseContext context, SpeechLexicon speech, List<Mention> output)
    {
        var text = context.Text;
        var map = context.Map;
        var date = context.ReferenceDate;
        // The persons named, listed at the first epithet found (most articles have none).
        List<Mention>? persons = null;
        var first = output.Count;
        // Every place a phrase is written, by phrase in the lexicon's order (longest first), then by place: read as a
        // search phrase by phrase would find them, each phrase's next match looked for after its last one.
        var hits = new List<(int Phrase, int Start)>();
        speech.Epithets.FindAll(text, context.CaseFolded, hits);
        hits.Sort();
        var (current, from) = (-1, 0);
        foreach (var (phrase, start) in hits)
        {
            if (phrase != current)
            {
                (current, from) = (phrase, 0);
            }

            if (start < from)
            {
                continue;
            }

            var (words, officeId) = speech.Epithets[phrase];
            var span = new TextSpan(start, words.Length);
            from = span.End;
            var segment = map.SegmentOf(span.Start);
            if (segment < 0 || !SegmentMap.IsArticleText(map.Segments[segment].Kind)
                || (span.End < text.Length && char.IsLetter(text[span.End])) || (span.Start > 0 && char.IsLetter(text[span.Start - 1]))
                || Overlaps(output, first, span))
            {
                continue;
            }

            persons ??= context.NameMentions.Where(m => m.Kind == EntityKind.Person && !m.InComment).ToList();
            if (Holder(context.Catalog, officeId, date, persons, span.Start) is { } holder)
            {
                output.Add(new Mention(EntityKind.Person, holder, span, segment, false, MentionMethod.Anaphora));
            }
        }

        // Found phrase by phrase: put them in text order.
        output.Sort(first, output.Count - first, MentionOrder.Instance);
    }

    /// <summary>Whether a longer epithet found before already covers part of <paramref name="span"/>.</summary>
    private static bool Overlaps(List<Mention> output, int first, TextSpan span)
    {
        for (var i = first; i < output.Count; i++)
        {
            if (output[i].Span.Start < span.End && span.Start < output[i].Span.End)
            {
                return true;
            }
        }

        return false;
    }

    private static string? Holder(KurilsCatalog catalog, string officeId, LocalDate? date, List<Mention> persons, int at)
    {
        if (date is { } d && catalog.Holders(officeId, d) is { Length: 1 } onDate)
        {
            return onDate[0].Id;
        }

        // The last person named before the epithet who held the office: "… Abe met Putin. The Russian leader said …".
        for (var i = persons.Count - 1; i >= 0; i--)
        {
            if (persons[i].Span.End <= at && Held(catalog, persons[i].Id, officeId, date))
            {
                return persons[i].Id;
            }
        }

        var everHeld = persons.Select(m => m.Id).Distinct(StringComparer.Ordinal).Where(id => Held(catalog, id, officeId, date)).ToList();
        return everHeld.Count == 1 ? everHeld[0] : null;
    }

    /// <summary>Whether the person held the office: on the date when there is one and it is known, else ever.</summary>
    private static bool Held(KurilsCatalog catalog, string personId, string officeId, LocalDate? date) =>
        catalog.Find<Person>(personId) is { } person
        && (date is { } d ? person.HeldOn(officeId, d) : person.Tenures.Any(t => string.Equals(t.OfficeId, officeId, StringComparison.Ordinal)));
}

/// <summary>
/// The epithet phrases of a lexicon (longest first), found all in one pass over the article's fold
/// (<see cref="ParseContext.CaseFolded"/>), where an ordinal comparison answers as the ignore-case one does in the text:
/// each phrase is anchored at its rarest character, one search finds the places of every anchor, and each place is
/// checked against the phrases anchored at that character (it was one search of the whole text per phrase). A phrase
/// holding a surrogate (which the ignore-case comparison matches by code point, not unit by unit as the fold does) is
/// searched on its own.
/// </summary>
internal sealed class EpithetPhrases
{
    private readonly ImmutableArray<(string Phrase, string OfficeId)> _phrases;

    // The fold of each phrase; null for one searched on its own (a surrogate in it) or none (empty: it would match anywhere).
    private readonly string?[] _folded;

    // Where in its fold each phrase is anchored; the anchor characters (distinct), and by each, the phrases anchored at it.
    private readonly int[] _anchorAt;
    private readonly string _anchors;
    private readonly SearchValues<char> _anyAnchor;
    private readonly int[][] _byAnchor;

    public EpithetPhrases(ImmutableArray<(string Phrase, string OfficeId)> phrases)
    {
        _phrases = phrases;
        _folded = [.. phrases.Select(p => p.Phrase.Length == 0 || p.Phrase.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') ? null : CaseFold.Of(p.Phrase))];
        _anchorAt = [.. _folded.Select(Anchor)];
        _anchors = string.Concat(_folded.Select((f, i) => f is null ? "" : f[_anchorAt[i]].ToString()).Distinct(StringComparer.Ordinal));
        _anyAnchor = SearchValues.Create(_anchors);
        _byAnchor = [.. _anchors.Select(c => Enumerable.Range(0, _folded.Length).Where(i => _folded[i] is { } f && f[_anchorAt[i]] == c).ToArray())];
    }

    public int Count => _phrases.Length;

    /// <summary>Whether <paramref name="text"/> holds one of the phrases, ignoring case.</summary>
    public bool AnyIn(ReadOnlySpan<char> text)
    {
        foreach (var (phrase, _) in _phrases)
        {
            if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The phrase at <paramref name="index"/> in the lexicon's order, and the office it stands for.</summary>
    public (string Phrase, string OfficeId) this[int index] => _phrases[index];

    /// <summary>
    /// Appends every place of <paramref name="text"/> where a non-empty phrase is written, ignoring case ordinally
    /// (overlapping ones too), to <paramref name="hits"/>, as (the phrase's index, where it starts), in no order;
    /// <paramref name="folded"/> is the text's fold.
    /// </summary>
    public void FindAll(string text, ReadOnlySpan<char> folded, List<(int Phrase, int Start)> hits)
    {
        var byFold = folded.Length == text.Length;
        for (var at = 0; byFold && at < folded.Length && folded[at..].IndexOfAny(_anyAnchor) is var next and >= 0; at++)
        {
            at += next;
            foreach (var i in _byAnchor[_anchors.IndexOf(folded[at], StringComparison.Ordinal)])
            {
                var start = at - _anchorAt[i];
                if (start >= 0 && folded[start..].StartsWith(_folded[i], StringComparison.Ordinal))
                {
                    hits.Add((i, start));
                }
            }
        }

        for (var i = 0; i < _phrases.Length; i++)
        {
            // The phrases the pass above did not look for (all of them when the fold given is not the text's).
            if (_phrases[i].Phrase.Length == 0 || (_folded[i] is not null && byFold))
            {
                continue;
            }

            for (var from = 0; from < text.Length && IgnoreCaseSearch.IndexOf(text.AsSpan(from), _phrases[i].Phrase) is var next and >= 0; from += next + 1)
            {
                hits.Add((i, from + next));
            }
        }
    }

    // The rarest character of a fold (the first of the rarest), where a search for it is anchored.
    private static int Anchor(string? fold)
    {
        var best = 0;
        for (var i = 1; fold is not null && i < fold.Length; i++)
        {
            best = IgnoreCaseSearch.Rarity(fold[i]) > IgnoreCaseSearch.Rarity(fold[best]) ? i : best;
        }

        return best;
    }
}
