using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>A transcript paragraph that opens with its speaker and a colon gives that speaker's words, in any language.</summary>
public sealed class TranscriptTurnTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static ArticleStatement Turn(string text) =>
        Parser.Parse(text).Statements.Should().ContainSingle(s => s.Kind == StatementKind.Direct).Subject;

    [Theory]
    [InlineData("Press conference, Tokyo\n\nChief Cabinet Secretary Yoshimasa Hayashi (retranslated): I would like to speak briefly on the talks. They went well.", "I would like to speak briefly on the talks. They went well")]
    [InlineData("Пресс-конференция в Москве\n\nВладимир Путин: Мы готовы продолжать диалог с Японией. Условия должны быть созданы.", "Мы готовы продолжать диалог с Японией. Условия должны быть созданы")]
    public void CatalogSpeakerLabel_GivesTheTurn(string text, string words)
    {
        var turn = Turn(text);
        turn.SpeakerId.Should().NotBeNull();
        turn.Span.Of(text).Should().Be(words);
    }

    [Fact]
    public void UncataloguedTitledLabel_GivesTheNameWithoutTitles()
    {
        const string text = "Press conference, Tokyo\n\nCHIEF CABINET SECRETARY FUJIMURA: I would like to speak briefly on the talks.";
        var turn = Turn(text);
        turn.SpeakerId.Should().BeNull();
        turn.SpeakerName.Should().Be("FUJIMURA");
    }

    [Theory]
    [InlineData("Markets today\n\nTokyo Stock Exchange: Shares fell sharply in early trading on Monday.")]
    [InlineData("Markets today\n\nRead more: Shares fell sharply in early trading on Monday.")]
    public void LabelWithoutAPersonOrTitle_IsNoTurn(string text) =>
        Parser.Parse(text).Statements.Should().NotContain(s => s.Kind == StatementKind.Direct);
}
