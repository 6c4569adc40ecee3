using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// Where a quotation's speaker is read: from the sentence the quotation opens in when it holds full stops of its
/// own, before the first of several quotations in a row, never among the names inside a quotation.
/// </summary>
public sealed class QuotationScopeTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static List<ArticleStatement> Direct(string text) => [.. Parser.Parse(text).Statements.Where(s => s.Kind == StatementKind.Direct)];

    [Theory]
    [InlineData("会見は二時間に及んだ。\n\nプーチン大統領は「島は渡さない。交渉は続ける」と述べた。")]
    [InlineData("The meeting lasted two hours.\n\n“The islands stay Russian. Talks will go on,” Putin said.")]
    [InlineData("La reunión duró dos horas.\n\n«Las islas son rusas. Seguiremos negociando», afirmó Putin.")]
    [InlineData("Встреча длилась два часа.\n\n«Острова останутся российскими. Переговоры продолжатся», — заявил Путин.")]
    public void QuotationWithFullStops_SpeakerBeforeOrAfterIt(string text) =>
        Direct(text).Should().ContainSingle().Which.SpeakerId.Should().Be("putin-vladimir");

    [Theory]
    [InlineData("元島民の集会が開かれた。\n\n山田花子さん(80)は「島に帰りたい。墓参りもしたい」と話した。", "山田花子")]
    [InlineData("元島民の集会が開かれた。\n\n根室市の佐藤一郎市長は「返還を急ぐべきだ」と語った。", "佐藤一郎")]
    public void UncataloguedTopic_WithItsTitle_IsNamedWithoutIt(string text, string name) =>
        Direct(text).Should().ContainSingle().Which.SpeakerName.Should().Be(name);

    [Fact]
    public void QuotationsInARow_TakeTheTopicBeforeTheFirst_NotANameInsideOne()
    {
        const string text = "会見は短かった。\n\n林官房長官は「プーチン大統領の発言は遺憾だ」「強く抗議する」と述べた。";
        Direct(text).Select(s => s.SpeakerId).Should().Equal("hayashi-yoshimasa", "hayashi-yoshimasa");
    }

    [Theory]
    [InlineData("La reunión fue breve.\n\n«Putin tiene razón sobre las islas», dijo Rudenko.", "rudenko-andrey")]
    [InlineData("The meeting was short.\n\n“Putin is wrong about the islands,” the minister told reporters, and Hayashi left.", null)]
    public void NameInsideAQuotation_IsNeverItsSpeaker(string text, string? speaker) =>
        Direct(text).Should().ContainSingle().Which.SpeakerId.Should().Be(speaker);

    [Fact]
    public void QuotationCutOffBeforeItsVerb_IsTheTopics()
    {
        const string text = "プーチン大統領は二日、モスクワで日本の記者団と会見し、北方領土問題について長い時間をかけて述べた。\n\n会見の最後に林官房長官は「島は渡さない。日本との交渉は";
        Direct(text).Should().ContainSingle().Which.SpeakerId.Should().Be("hayashi-yoshimasa");
    }

    [Theory]
    [InlineData("Putin on the peace treaty\n\nThe briefing at the Kremlin lasted an hour. Putin said the following.\n\n“The peace treaty question is closed for Russia.”")]
    [InlineData("Путин о мирном договоре\n\nБрифинг в Кремле длился час. Путин сказал следующее.\n\n«Тема мирного договора для России закрыта».")]
    [InlineData("Putin zum Friedensvertrag\n\nDas Briefing im Kreml dauerte eine Stunde. Putin sagte Folgendes.\n\n„Das Thema Friedensvertrag ist für Russland abgeschlossen.“")]
    public void QuotationOpeningAParagraph_AfterASentenceThatAnnouncesIt_IsThatSentencesSpeakers(string text) =>
        Direct(text).Should().ContainSingle().Which.SpeakerId.Should().Be("putin-vladimir");

    [Fact]
    public void AnnouncingPhrase_FollowedByMoreOfTheSentence_AnnouncesNothing() =>
        Direct("Putin on the peace treaty\n\nThe briefing at the Kremlin lasted an hour. The following day, Putin flew home.\n\n“The peace treaty question is closed for Russia.”")
            .Should().ContainSingle().Which.SpeakerId.Should().BeNull();
}
