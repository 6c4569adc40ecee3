using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing;

/// <summary>Institutions named in article text come out as mentions of kind institution, in every script.</summary>
public sealed class InstitutionMentionTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    [Theory]
    [InlineData("Japan's Foreign Ministry said on Monday that the talks would resume.", "Japan's Foreign Ministry", "foreign-ministry-japan")]
    [InlineData("The Kremlin declined to comment on the visit.", "Kremlin", "kremlin")]
    [InlineData("В Кремле отказались от комментариев.", "Кремле", "kremlin")]
    [InlineData("В МИД Японии заявили протест.", "МИД Японии", "foreign-ministry-japan")]
    [InlineData("外務省は８日、抗議した。", "外務省", "foreign-ministry-japan")]
    [InlineData("クレムリンは反発した。", "クレムリン", "kremlin")]
    [InlineData("克里姆林宫表示反对。", "克里姆林宫", "kremlin")]
    public void Parse_InstitutionName_IsAnInstitutionMention(string text, string written, string id)
    {
        var article = Parser.Parse(text, published: new LocalDate(2024, 6, 7));

        var mention = article.Mentions.Should().ContainSingle(m => m.Kind == EntityKind.Institution).Subject;
        mention.Id.Should().Be(id);
        mention.Span.Of(text).Should().Be(written);
        mention.Method.Should().Be(MentionMethod.Name);
    }

    [Fact]
    public void Parse_InstitutionNameContainingACountry_IsTheInstitutionNotTheCountry()
    {
        var article = Parser.Parse("МИД Японии выразил протест.", published: null);

        article.Mentions.Select(m => (m.Kind, m.Id)).Should().Equal((EntityKind.Institution, "foreign-ministry-japan"));
    }
}
