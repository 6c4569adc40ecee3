using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// Direct speech opened by a dash at the start of a paragraph and closed by a dash before the speech verb, as Russian,
/// Ukrainian, Polish and Spanish write it; a dash that no speech verb follows opens nothing.
/// </summary>
public sealed class DialogueDashTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static List<ArticleStatement> Direct(string text) => [.. Parser.Parse(text).Statements.Where(s => s.Kind == StatementKind.Direct)];

    [Theory]
    [InlineData("Встреча длилась два часа.\n\n— Мы никогда не отдадим эти острова, — сказал Путин журналистам.", "Мы никогда не отдадим эти острова")]
    [InlineData("Зустріч тривала дві години.\n\n— Ми ніколи не віддамо ці острови, — сказав Путін журналістам.", "Ми ніколи не віддамо ці острови")]
    [InlineData("Spotkanie trwało dwie godziny.\n\n– Nigdy nie oddamy tych wysp nikomu – powiedział Putin dziennikarzom.", "Nigdy nie oddamy tych wysp nikomu")]
    [InlineData("La reunión con los periodistas duró dos horas.\n\n—Nunca entregaremos estas islas a nadie —dijo Putin a la prensa.", "Nunca entregaremos estas islas a nadie")]
    public void DashedSpeech_BeforeItsVerb_IsAQuotation(string text, string quoted) =>
        Direct(text).Select(s => s.Span.Of(text)).Should().Equal(quoted);

    [Fact]
    public void DashedSpeech_HasTheSpeakerAfterTheVerb() =>
        Direct("Встреча длилась два часа.\n\n— Мы никогда не отдадим эти острова, — сказал Путин журналистам.")
            .Should().ContainSingle().Which.SpeakerId.Should().Be("putin-vladimir");

    [Theory]
    [InlineData("Встреча длилась два часа.\n\n— Мы никогда не отдадим эти острова, — сказал Путин журналистам. — Это наша земля, и так будет всегда.", "Это наша земля, и так будет всегда.")]
    [InlineData("La reunión duró dos horas.\n\n—Nunca entregaremos estas islas —dijo Putin—. Seguiremos negociando con Japón.", "Seguiremos negociando con Japón.")]
    public void DashedSpeech_ContinuedAfterTheAttribution_IsTheSameSpeakers(string text, string continued)
    {
        var statements = Direct(text);
        statements.Should().HaveCount(2);
        statements[1].Span.Of(text).Should().Be(continued);
        statements.Should().OnlyContain(s => s.SpeakerId == "putin-vladimir");
    }

    [Theory]
    [InlineData("Условия России таковы.\n\n— снятие всех санкций с российских банков;\n\n— возобновление диалога о мирном договоре.")]
    [InlineData("Встреча длилась два часа.\n\n— Это — наша земля, и острова останутся российскими.")]
    [InlineData("Spotkanie trwało dwie godziny.\n\n– Wyspy – to nasza ziemia i tak zostanie na zawsze.")]
    [InlineData("The meeting lasted two hours.\n\n— the islands, the fishing rights and the visas were discussed.")]
    public void Dash_NoSpeechVerbFollows_OpensNothing(string text) =>
        Direct(text).Should().BeEmpty();

    [Fact]
    public void QuotationMarkedInsideDashedSpeech_IsPartOfIt()
    {
        const string text = "Встреча длилась два часа.\n\n— Так называемые «северные территории» — это наша земля, — сказал Путин журналистам.";
        Direct(text).Select(s => s.Span.Of(text)).Should().Equal("Так называемые «северные территории» — это наша земля");
    }
}
