using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>The speech words of packs that had none or lacked a common verb: Serbian, Indonesian, Polish "wezwał", Russian "заключила".</summary>
public sealed class SpeechVerbCoverageTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    [Theory]
    [InlineData("Руски председник Владимир Путин каже да је потребно још много посла пре потписивања споразума.", "је потребно још много посла пре потписивања споразума")]
    [InlineData("Putin je rekao da Rusija nikada neće predati ostrva Japanu.", "Rusija nikada neće predati ostrva Japanu")]
    [InlineData("Putin dengan tegas mengatakan Kepulauan Kuril memang milik Rusia dan tidak akan terpisahkan.", "Kepulauan Kuril memang milik Rusia dan tidak akan terpisahkan")]
    [InlineData("Putin menegaskan bahwa Rusia tidak akan menyerahkan pulau-pulau itu kepada Jepang.", "Rusia tidak akan menyerahkan pulau-pulau itu kepada Jepang")]
    [InlineData("Putin w swoim wystąpieniu po raz kolejny wezwał do podjęcia kroków w kierunku podpisania przez Moskwę i Tokio traktatu pokojowego.", "do podjęcia kroków w kierunku podpisania przez Moskwę i Tokio traktatu pokojowego")]
    [InlineData("Россия и Япония должны развивать весь комплекс отношений, заключил Путин.", "Россия и Япония должны развивать весь комплекс отношений")]
    public void ReportedClause_OfTheLanguagesVerb(string text, string clause)
    {
        var statement = Parser.Parse(text).Statements.Should().ContainSingle(s => s.Kind == StatementKind.Reported).Subject;
        statement.SpeakerId.Should().Be("putin-vladimir");
        statement.Span.Of(text).Should().Be(clause);
    }

    [Theory]
    [InlineData("„Мукотрпан посао нас чека пре потписивања тог документа“, рекао је Путин после састанка.")]
    [InlineData("“Kami sering mendapati pernyataan semacam itu dan kami menolaknya,” ujar Putin.")]
    public void Quotation_AttributedByTheLanguagesVerb(string text) =>
        Parser.Parse(text).Statements.Should().ContainSingle(s => s.Kind == StatementKind.Direct).Which.SpeakerId.Should().Be("putin-vladimir");
}
