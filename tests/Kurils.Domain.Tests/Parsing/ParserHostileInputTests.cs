using System.Text;
using FluentAssertions;
using Kurils.Domain.Fuzz;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing;

/// <summary>
/// The parser never throws on content, its segments give the input back exactly, and every span it reports is
/// inside the input. No timing assertions: speed lives in the benchmarks.
/// </summary>
public sealed class ParserHostileInputTests
{
    private const int CutStep = 97;

    private static readonly string[] QuoteMarks = ["\u201C", "\u201D", "\"", "\u00AB", "\u00BB", "\u201E", "\u300C", "\u300D", "\u300E", "\u300F"];

    private static ArticleParser Parser => ArticleParser.Default;

    public static TheoryData<string> HostileInputNames() => [.. HostileCorpus.Inputs.Select(i => i.Key)];

    public static TheoryData<string> SeedNames() => [.. SeedFiles()];

    public static TheoryData<string> Quotes() => [.. QuoteMarks];

    [Theory]
    [MemberData(nameof(HostileInputNames))]
    public void Parse_HostileInput_KeepsInvariants(string name)
    {
        var text = HostileCorpus.Inputs.Single(i => i.Key == name).Value;

        AssertInvariants(text, Parser.Parse(text));
        AssertInvariants(text, Parser.Parse(text, new LocalDate(2024, 6, 5)));
    }

    [Fact]
    public void Parse_Empty_HasNoSegmentsAndNothingElse()
    {
        var article = Parser.Parse(string.Empty);

        article.Segments.Should().BeEmpty();
        article.Mentions.Should().BeEmpty();
        article.Statements.Should().BeEmpty();
        article.Dates.Should().BeEmpty();
        article.Headline.Should().BeNull();
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\t\t")]
    [InlineData("\r\n\r\n")]
    [InlineData("\r\r\r")]
    [InlineData("\u00A0\u2028\u2029\u0085\u3000")]
    [InlineData("\uFEFF")]
    public void Parse_WhitespaceOnly_OneSegmentCoveringAll(string text)
    {
        var article = Parser.Parse(text);

        AssertInvariants(text, article);
        article.Segments.Should().ContainSingle().Which.Span.Should().Be(new TextSpan(0, text.Length));
        article.Mentions.Should().BeEmpty();
        article.Statements.Should().BeEmpty();
    }

    [Theory]
    [InlineData("\0")]
    [InlineData("\0\0\0\n\0")]
    [InlineData("Putin\0said \"Etorofu\0\"")]
    [InlineData("\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\u000B\f\u000E\u000F\u0010\u001A\u001B\u001C\u001D\u001E\u001F\u007F")]
    [InlineData("\u0080\u0081\u0085\u009B\u009F")]
    public void Parse_NulAndControlCharacters_KeepsInvariants(string text) =>
        AssertInvariants(text, Parser.Parse(text));

    [Theory]
    [InlineData("\uD800")]
    [InlineData("\uDBFF")]
    [InlineData("\uDC00")]
    [InlineData("\uDFFF")]
    [InlineData("Etorofu\uD800")]
    [InlineData("\uDC00Etorofu")]
    [InlineData("Putin said \u201C\uD83D\u201D and \u201C\uDE00\u201D")]
    [InlineData("\uDE00\uD83D")]
    [InlineData("\uD800\n\uDC00\r\n\uD800\uD800\uDC00\uDC00")]
    public void Parse_LoneSurrogates_KeepsInvariants(string text) =>
        AssertInvariants(text, Parser.Parse(text));

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0x80, 0x80 })]
    [InlineData(new byte[] { 0x50, 0x75, 0x74, 0x69, 0x6E, 0xC3 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xC0, 0xAF, 0x0A, 0xE0, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80, 0x22, 0xFE, 0x22 })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0xFF, 0x0A })]
    public void Parse_InvalidUtf8_ReplacesAndReportsKD004(byte[] bytes)
    {
        var (article, text) = Parser.Parse(bytes);

        AssertInvariants(text, article);
        text.Should().Be(Encoding.UTF8.GetString(bytes)).And.Contain("\uFFFD");
        article.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.InvalidEncoding);
    }

    [Fact]
    public void Parse_InvalidUtf8InsideSeed_ReportsKD004AndStillParses()
    {
        var seed = TestCatalog.Seed(SeedFiles()[0]);
        var bytes = Encoding.UTF8.GetBytes(seed).ToList();
        var middle = bytes.Count / 2;
        while ((bytes[middle] & 0xC0) == 0x80 || char.IsLetter((char)bytes[middle]))
        {
            middle++; // between two words, so that no name is cut
        }

        bytes.InsertRange(middle, [0xC3, 0x28, 0xFF]);

        var (article, text) = Parser.Parse(bytes.ToArray());

        AssertInvariants(text, article);
        article.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.InvalidEncoding);
        article.Mentions.Select(m => (m.Span.Of(text), m.Id)).Should().Equal(Parser.Parse(seed).Mentions.Select(m => (m.Span.Of(seed), m.Id)), "three bad bytes between two words change no mention");
    }

    [Fact]
    public void Parse_ValidUtf8WithBom_KeepsTheBomAndReportsNothing()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Putin remarks\n\nPutin said \"no.\"")).ToArray();

        var (article, text) = Parser.Parse(bytes);

        AssertInvariants(text, article);
        text[0].Should().Be('\uFEFF');
        article.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.InvalidEncoding);
    }

    [Theory]
    [InlineData("Etor\u200Bofu")]
    [InlineData("\u202EIturup")]
    [InlineData("Etor\u200Bofu and Kuna\u200Dshiri and Shiko\u200Ctan were discussed.")]
    [InlineData("Japan protests\n\nTOKYO (Kyodo) -- \u202EHayashi\u202C said \u2067\"\u202Eunacceptable\u202C\"\u2069 about \u202EIturup.")]
    [InlineData("\u200B\u200B\u200B\n\u202E\u202E\n\u2066\u2067\u2068\u2069")]
    [InlineData("Put\u200Bin said \u201C\u200B\u201D")]
    public void Parse_ZeroWidthAndBidiControlsInsideNames_KeepsInvariants(string text) =>
        AssertInvariants(text, Parser.Parse(text));

    [Fact]
    public void Parse_TenMegabytesOnOneLine_KeepsInvariants()
    {
        var builder = new StringBuilder(10_000_100);
        builder.Append("MOSCOW, June 5. /TASS/. ");
        while (builder.Length < 10_000_000)
        {
            builder.Append("Putin said \u201CEtorofu\u201D on Wednesday, \u00AB\u0418\u0442\u0443\u0440\u0443\u043F\u00BB 2024\u5E746\u67085\u65E5 \u00A9 ");
        }

        var text = builder.ToString();

        AssertInvariants(text, Parser.Parse(text));
    }

    [Theory]
    [MemberData(nameof(Quotes))]
    public void Parse_AMillionQuotationMarks_KeepsInvariants(string quote)
    {
        var text = "Putin said " + string.Concat(Enumerable.Repeat(quote, 1_000_000));

        AssertInvariants(text, Parser.Parse(text));
    }

    [Fact]
    public void Parse_AMillionQuotationMarksOfEveryStyleInterleaved_KeepsInvariants()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 1_000_000; i++)
        {
            builder.Append(QuoteMarks[i % QuoteMarks.Length]);
            if (i % 7 == 0)
            {
                builder.Append(i % 3 == 0 ? " Putin said " : "x");
            }
        }

        var text = builder.ToString();

        AssertInvariants(text, Parser.Parse(text));
    }

    [Theory]
    [InlineData("\u201C", "\u201D")]
    [InlineData("\"", "\"")]
    [InlineData("\u00AB", "\u00BB")]
    [InlineData("\u201E", "\u201C")]
    [InlineData("\u300C", "\u300D")]
    [InlineData("\u300E", "\u300F")]
    public void Parse_UnbalancedAndNestedQuotes_KeepsInvariants(string open, string close)
    {
        string[] texts =
        [
            "Putin said " + open + "the islands are ours.",
            "Putin said the islands are ours." + close,
            "Hayashi said " + open + "Putin said " + open + "never" + close + " and left." + close,
            "Hayashi said " + open + open + open + "x" + close,
            "Hayashi said " + close + close + open + "x" + close + close + close,
            "Putin said " + open + "first paragraph.\n\n" + open + "second paragraph.\n\n" + open + "last paragraph." + close,
            "Putin said " + open + "\n\n\n" + close,
            open + close + open + close + open,
            "Hayashi said \u201C" + open + "\u00AB" + close + "\u201D\u300C\u00BB" + close,
        ];

        foreach (var text in texts)
        {
            AssertInvariants(text, Parser.Parse(text));
            AssertInvariants(text, Parser.Parse(text, new LocalDate(2024, 6, 6)));
        }
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\r\n")]
    [InlineData("\n\r")]
    [InlineData("\u2028")]
    [InlineData("\u0085")]
    public void Parse_SeedsWithOtherLineEndings_KeepInvariantsAndFindTheSameMentions(string ending)
    {
        foreach (var seed in SeedFiles())
        {
            var original = TestCatalog.Seed(seed).Replace("\r\n", "\n", StringComparison.Ordinal);
            var text = original.Replace("\n", ending, StringComparison.Ordinal);

            var article = Parser.Parse(text);

            AssertInvariants(text, article);
            if (ending is "\r" or "\r\n")
            {
                article.Mentions.Select(m => m.Id).Should().Equal(Parser.Parse(original).Mentions.Select(m => m.Id), because: $"{seed} with {Escape(ending)} line endings reads the same");
            }
        }
    }

    [Fact]
    public void Parse_MixedLineEndings_KeepsInvariants()
    {
        var lines = TestCatalog.Seed(SeedFiles()[0]).Split('\n');
        string[] endings = ["\n", "\r", "\r\n", "\n\r", "\u2028", "\u2029"];
        var text = string.Concat(lines.Select((line, i) => line.TrimEnd('\r') + endings[i % endings.Length]));

        AssertInvariants(text, Parser.Parse(text));
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Parse_SeedCutAtEvery97thCharacter_BothHalvesKeepInvariants(string seed)
    {
        var text = TestCatalog.Seed(seed);
        var failures = new List<string>();
        for (var cut = 0; cut <= text.Length; cut += CutStep)
        {
            foreach (var (half, part) in new[] { (text[..cut], "head"), (text[cut..], "tail") })
            {
                var violations = ArticleInvariants.Violations(half, Parser.Parse(half));
                failures.AddRange(violations.Select(v => FormattableString.Invariant($"cut {cut}, {part}: {v}")));
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Default_RaceOfManyThreads_YieldsOneParser()
    {
        var instances = new ArticleParser[32];
        Parallel.For(0, instances.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => instances[i] = ArticleParser.Default);
        instances.Distinct().Should().ContainSingle();
    }

    internal static string[] SeedFiles() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static void AssertInvariants(string text, ParsedArticle article)
    {
        ArticleInvariants.Violations(text, article).Should().BeEmpty();
        string.Concat(article.Segments.Select(s => s.Span.Of(text))).Should().Be(text);
    }

    private static string Escape(string text) => string.Concat(text.Select(c => FormattableString.Invariant($"\\u{(int)c:X4}")));
}
