using System.Text;
using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing;

/// <summary>
/// The parse result as the API hands it out (issue 13, point 7): it carries its text, names its date as the JSON
/// does, and the bytes overload points <c>KD004</c> at the first bad byte.
/// </summary>
public sealed class ParsedArticleTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    [Fact]
    public void Parse_String_CarriesItsText_AndTextOfGivesEachSpansText()
    {
        var text = "Yoshimasa Hayashi said Etorofu is Japanese.";

        var article = Parser.Parse(text);

        article.Text.Should().BeSameAs(text);
        article.Mentions.Select(m => article.TextOf(m.Span)).Should().Contain(["Yoshimasa Hayashi", "Etorofu"]);
    }

    [Fact]
    public void Parse_Bytes_CarriesTheDecodedText()
    {
        var (article, text) = Parser.Parse(Encoding.UTF8.GetBytes("Путин: «Итуруп наш»."));

        article.Text.Should().Be(text).And.Be("Путин: «Итуруп наш».");
        article.Mentions.Select(m => article.TextOf(m.Span)).Should().Contain("Итуруп");
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0x41 }, 0)]
    [InlineData(new byte[] { 0x41, 0x42, 0x43, 0xFF, 0x44 }, 3)]
    [InlineData(new byte[] { 0xD0, 0x98, 0xD1, 0x82, 0x20, 0xC3, 0x28, 0x41, 0xFF }, 3)] // "Ит " then a truncated sequence, and a second bad byte later
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0xF0, 0x9F, 0x98, 0x80, 0x41, 0xE6, 0x8B }, 4)] // BOM, an emoji (two UTF-16 units), A, a cut-off kanji
    public void Parse_InvalidUtf8_KD004PointsAtTheFirstReplacementCharacter(byte[] bytes, int offset)
    {
        var (article, text) = Parser.Parse(bytes);

        var diagnostic = article.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.InvalidEncoding).Subject;
        diagnostic.Span.Should().Be(new TextSpan(offset, 1));
        text[offset].Should().Be('\uFFFD');
        text[..offset].Should().NotContain("\uFFFD");
    }

    [Fact]
    public void Parse_ValidUtf8_HasNoKD004() =>
        Parser.Parse(Encoding.UTF8.GetBytes("択捉島 Iturup Итуруп")).Article.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.InvalidEncoding);

    [Fact]
    public void Published_IsTheJsonName_ReferenceDateIsTheSameValue()
    {
        var article = Parser.Parse("Etorofu.", new LocalDate(2024, 6, 7));

        article.Published.Should().Be(new LocalDate(2024, 6, 7));
        article.PublishedSource.Should().Be(ReferenceDateSource.Given);
        article.ReferenceDate.Should().Be(article.Published);
        article.ReferenceDateSource.Should().Be(article.PublishedSource);

        var moved = article with { ReferenceDate = new LocalDate(2020, 1, 1) };
        moved.Published.Should().Be(new LocalDate(2020, 1, 1));
    }
}
