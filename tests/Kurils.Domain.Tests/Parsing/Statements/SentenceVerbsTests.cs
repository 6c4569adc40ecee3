using FluentAssertions;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing;
using Kurils.Domain.Parsing.Statements;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// A sentence's speech verbs are read once: the verbs of a part of the span read last (the same end, a start not
/// inside a word) are taken from that reading, and are what reading the part anew finds; checked at every start of
/// random texts made of the packs' verbs (several words among them), other words and punctuation.
/// </summary>
public sealed class SentenceVerbsTests
{
    public static TheoryData<string[]> Languages => new() { new[] { "en" }, new[] { "vi" }, new[] { "fr" }, new[] { "ru", "de" } };

    [Theory]
    [MemberData(nameof(Languages))]
    public void VerbsIn_APartOfTheSpanReadLast_IsWhatReadingThePartAnewFinds(string[] codes)
    {
        var packs = codes.Select(c => LanguagePacks.Default.Find(c)!).ToArray();
        var lexicon = new SpeechLexicon(packs);
        string[] verbs = [.. packs.SelectMany(p => p.Speech.Verbs)];
        string[] pieces = [.. verbs, .. verbs.Select(v => v.ToUpperInvariant()), .. verbs.Select(v => v[(v.LastIndexOf(' ') + 1)..]), "x", "qu", " ", " ", ", ", ".", "«", "»"];
        var random = new Random(codes.Length * 7877 + codes[0][0]);
        var found = 0;
        for (var round = 0; round < 150; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 10)).Select(_ => pieces[random.Next(pieces.Length)]));
            var whole = new TextSpan(0, text.Length);
            var shared = Context(text, lexicon);
            for (var start = 0; start <= text.Length; start++)
            {
                var part = TextSpan.FromBounds(start, text.Length);
                shared.VerbsIn(whole);
                var expected = Context(text, lexicon).VerbsIn(part).ToList();
                shared.VerbsIn(part).Should().Equal(expected, "the verbs of \"{0}\" from {1}", text, start);
                found += expected.Count;
            }
        }

        found.Should().BePositive();
    }

    [Fact]
    public void VerbsIn_AVerbOfSeveralWordsCutByThePart_IsNoVerbOfIt()
    {
        var lexicon = new SpeechLexicon([LanguagePacks.Default.Find("vi")!]);
        const string Text = "Ông ấy cho biết như vậy";
        var context = Context(Text, lexicon);
        context.VerbsIn(new TextSpan(0, Text.Length)).Select(v => v.Verb.Of(Text)).Should().Contain("cho biết");
        var part = TextSpan.FromBounds(Text.IndexOf("biết", StringComparison.Ordinal), Text.Length);
        context.VerbsIn(part).Select(v => v.Verb.Of(Text)).Should().NotContain("cho biết");
    }

    private static StatementContext Context(string text, SpeechLexicon lexicon) =>
        new(text, [], [], lexicon, TestCatalog.Catalog, [], null);
}
