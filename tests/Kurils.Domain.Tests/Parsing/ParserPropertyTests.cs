using System.Globalization;
using System.Text;
using CsCheck;
using FluentAssertions;
using Kurils.Domain.Fuzz;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing;

/// <summary>
/// Properties of the parser over random and mutated inputs (CsCheck shrinks any failure to a small input).
/// Iteration counts are fixed here so the whole class stays within about 30 seconds.
/// </summary>
public sealed class ParserPropertyTests
{
    private const int Iterations = 500;
    private const int CultureIterations = 150;
    private const int ThreadIterations = 40;

    private static readonly string[] Seeds = [.. ParserHostileInputTests.SeedFiles().Select(TestCatalog.Seed)];

    private static ArticleParser Parser => ArticleParser.Default;

    /// <summary>Any UTF-16 string, surrogates and controls included.</summary>
    private static readonly Gen<string> AnyString = Gen.Char.Array[0, 300].Select(chars => new string(chars));

    /// <summary>Strings built from the pieces the parser reacts to: quotes, line breaks, catalog names, speech, dates, surrogates.</summary>
    private static readonly Gen<string> BiasedString =
        Gen.Frequency(
            (6, Gen.OneOf([.. HostileCorpus.Tokens])),
            (2, Gen.OneOf("Etorofu", "Putin said", "\u00AB", "\r", "\uD800", "\uDC00", "\u201C", "\u201D", "\"", "\u300C", "\u300D", "\n\n", " ")),
            (2, Gen.Char.Array[1, 8].Select(chars => new string(chars))),
            (1, Gen.Char["abc .,;\"'\n"].Array[1, 12].Select(chars => new string(chars))))
        .Array[0, 60]
        .Select(string.Concat);

    /// <summary>A seed article with chunks inserted, deleted, duplicated and swapped.</summary>
    private static readonly Gen<string> MutatedSeed =
        Gen.Select(Gen.Int[0, Seeds.Length - 1], EditGen.Array[1, 6], (seed, edits) => edits.Aggregate(Seeds[seed], (text, edit) => edit.Apply(text)));

    private static readonly Gen<string> AnyInput = Gen.Frequency((1, AnyString), (2, BiasedString), (2, MutatedSeed));

    private static readonly Gen<LocalDate?> Published = Gen.Frequency(
        (1, Gen.Const((LocalDate?)null)),
        (2, Gen.Int[0, 90_000].Select(days => (LocalDate?)new LocalDate(1850, 1, 1).PlusDays(days))));

    private static Gen<Edit> EditGen =>
        Gen.Select(Gen.Int[0, 3], Gen.Double[0, 1], Gen.Double[0, 1], Gen.Int[1, 400], Gen.OneOf([.. HostileCorpus.Tokens]), (kind, at, other, length, token) => new Edit(kind, at, other, length, token));

    [Fact]
    public void Parse_AnyInput_SegmentsCoverTheInputInOrder() =>
        AnyInput.Sample(text =>
        {
            var article = Parser.Parse(text);
            string.Concat(article.Segments.Select(s => s.Span.Of(text))).Should().Be(text);
            article.Segments.Zip(article.Segments.Skip(1)).Where(pair => pair.First.Span.End != pair.Second.Span.Start).Should().BeEmpty();
            article.Segments.Where(s => s.Span.IsEmpty).Should().BeEmpty();
        }, iter: Iterations, print: Escape);

    [Fact]
    public void Parse_AnyInputAndDate_EverySpanIsInBounds() =>
        Gen.Select(AnyInput, Published).Sample((text, published) =>
            ArticleInvariants.Violations(text, Parser.Parse(text, published)).Should().BeEmpty(), iter: Iterations, print: t => Escape(t.Item1) + " published " + t.Item2);

    [Fact]
    public void Parse_AnyUtf8Bytes_SpansAreInBoundsAndInvalidInputIsReported() =>
        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            var (article, text) = Parser.Parse(bytes);
            ArticleInvariants.Violations(text, article).Should().BeEmpty();
            article.Diagnostics.Any(d => d.Code == DiagnosticCodes.InvalidEncoding).Should().Be(!System.Text.Unicode.Utf8.IsValid(bytes));
        }, iter: Iterations);

    [Fact]
    public void Parse_Twice_GivesEqualResults() =>
        Gen.Select(AnyInput, Published).Sample((text, published) =>
            Parser.Parse(text, published).Should().Be(Parser.Parse(text, published)), iter: Iterations, print: t => Escape(t.Item1));

    [Fact]
    public void Parse_UnderTurkishJapaneseAndInvariantCultures_GivesEqualResults() =>
        Gen.Select(AnyInput, Published).Sample((text, published) =>
        {
            var invariant = ParseUnder(CultureInfo.InvariantCulture, text, published);
            ParseUnder(CultureInfo.GetCultureInfo("tr-TR"), text, published).Should().Be(invariant);
            ParseUnder(CultureInfo.GetCultureInfo("ja-JP"), text, published).Should().Be(invariant);
        }, iter: CultureIterations, threads: 1, print: t => Escape(t.Item1));

    [Fact]
    public void Parse_SixteenThreadsOnTheSameInputs_EqualOneThread() =>
        AnyInput.Array[16, 16].Sample(inputs =>
        {
            var expected = inputs.Select(text => Parser.Parse(text)).ToArray();
            var results = new ParsedArticle[16][];
            using var start = new Barrier(16);
            var threads = Enumerable.Range(0, 16).Select(t => new Thread(() =>
            {
                // Every thread parses every input, each starting at a different one.
                var mine = new ParsedArticle[inputs.Length];
                start.SignalAndWait();
                for (var k = 0; k < inputs.Length; k++)
                {
                    var i = (k + t) % inputs.Length;
                    mine[i] = Parser.Parse(inputs[i]);
                }

                results[t] = mine;
            })).ToList();
            threads.ForEach(thread => thread.Start());
            threads.ForEach(thread => thread.Join());
            foreach (var result in results)
            {
                result.Should().Equal(expected);
            }
        }, iter: ThreadIterations, threads: 1);

    private static ParsedArticle ParseUnder(CultureInfo culture, string text, LocalDate? published)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return Parser.Parse(text, published);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c is >= ' ' and < '\u007F' and not '\\' and not '"' ? c.ToString() : FormattableString.Invariant($"\\u{(int)c:X4}"));
        }

        return builder.Append('"').ToString();
    }

    /// <summary>One edit of a seed: insert a token, delete or duplicate a chunk, or swap a chunk with the text between it and another place. Positions are fractions of the length, so an edit applies to any text.</summary>
    private sealed record Edit(int Kind, double At, double Other, int Length, string Token)
    {
        public string Apply(string text)
        {
            var at = (int)(At * text.Length);
            var length = Math.Min(Length, text.Length - at);
            return Kind switch
            {
                0 => text.Insert(at, Token),
                1 => text.Remove(at, length),
                2 => text.Insert(at + length, text.Substring(at, length)),
                _ => Swap(text, at, length, (int)(Other * text.Length)),
            };
        }

        private static string Swap(string text, int at, int length, int other)
        {
            var chunk = text.Substring(at, length);
            var rest = text.Remove(at, length);
            var to = Math.Min(other, rest.Length);
            return rest.Insert(to, chunk);
        }
    }
}
