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

    [Theory]
    [InlineData("Briefing by Russian President Vladimir Putin, Moscow\n\nQuestion: Will the talks with Japan resume this year?\n\nAnswer: We are open to talks. Japan chose to end them, not Russia.", "We are open to talks. Japan chose to end them, not Russia")]
    [InlineData("Брифинг Президента России Владимира Путина, Москва\n\nВопрос: Возобновятся ли переговоры с Японией в этом году?\n\nОтвет: Мы открыты для переговоров. Японская сторона сама их прервала.", "Мы открыты для переговоров. Японская сторона сама их прервала")]
    [InlineData("俄罗斯总统普京在莫斯科举行记者会谈俄日关系\n\n问：今年会恢复与日本的和平条约谈判吗？\n\n答：我们对谈判持开放态度。是日方中断了谈判。", "我们对谈判持开放态度。是日方中断了谈判")]
    public void AnswerTurn_IsThePersonTheHeadlineNames_QuestionIsNoStatement(string text, string words)
    {
        var turn = Turn(text);
        turn.SpeakerId.Should().Be("putin-vladimir");
        turn.Span.Of(text).Should().Be(words);
    }

    [Theory]
    [InlineData("Briefing in Moscow\n\nQuestion: Will the talks with Japan resume this year?\n\nAnswer: We are open to talks. Japan chose to end them, not Russia.")]
    [InlineData("Putin and Hayashi Yoshimasa speak to the press\n\nQuestion: Will the talks with Japan resume this year?\n\nAnswer: We are open to talks. Japan chose to end them, not Russia.")]
    public void AnswerTurn_WhenTheHeadlineNamesNoOneOrSeveral_IsNoOnesTurn(string text) =>
        Parser.Parse(text).Statements.Should().NotContain(s => s.Kind == StatementKind.Direct && s.SpeakerId != null);
}
