using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Metadata;

/// <summary>
/// The page's date stamp read as its publication date, from small pages written for these tests in several
/// languages: above the story, below it, after a publication word, and kept apart from the story's dates.
/// </summary>
public sealed class DateStampsTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private const string EnglishStory =
        "Japan and Russia held talks on the disputed islands, the ministry said in a statement issued late in the evening.\n\n" +
        "The two sides agreed to meet again next year, officials added, without giving a date for the next round of talks.\n";

    [Theory]
    [InlineData("Talks resume\n\nApril 19, 2023 | By Jane Roe\n\n" + EnglishStory, "2023-04-19")]
    [InlineData("Talks resume\n\nPublished: April 19, 2023 | Updated: April 20, 2023\n\n" + EnglishStory, "2023-04-19")]
    [InlineData("Talks resume\n\nUpdated: April 20, 2023 | Published: April 19, 2023\n\n" + EnglishStory, "2023-04-19")]
    [InlineData("Talks resume\n\n" + EnglishStory + "\nPublished 19 April 2023\n", "2023-04-19")]
    [InlineData("Talks resume\n\nMonday 17 April 2023 10:15\n\n" + EnglishStory, "2023-04-17")]
    public void Stamp_English_IsThePublicationDate(string text, string expected) => AssertStamp(text, expected);

    [Theory]
    [InlineData("Переговоры возобновились\n\n13 декабря 2022, 10:15\n\nЯпония и Россия провели переговоры по спорным островам, сообщили в министерстве в вечернем заявлении.\n\nСтороны договорились встретиться снова в следующем году, добавили официальные лица.\n", "2022-12-13")]
    [InlineData("Переговоры возобновились\n\nОпубликовано: 13.12.2022, 10:15\n\nЯпония и Россия провели переговоры по спорным островам, сообщили в министерстве в вечернем заявлении.\n\nСтороны договорились встретиться снова в следующем году, добавили официальные лица.\n", "2022-12-13")]
    public void Stamp_Russian_IsThePublicationDate(string text, string expected) => AssertStamp(text, expected);

    [Theory]
    [InlineData("Reprise des pourparlers\n\nPublié le 5 mars 2024 à 10h15\n\nLe Japon et la Russie ont tenu des pourparlers sur les îles disputées, a indiqué le ministère dans un communiqué.\n\nLes deux parties ont convenu de se revoir l'an prochain, ont ajouté les responsables.\n", "2024-03-05")]
    [InlineData("Gespräche wieder aufgenommen\n\nVeröffentlicht am 05.03.2024, 14:20 Uhr\n\nJapan und Russland haben Gespräche über die umstrittenen Inseln geführt, teilte das Ministerium am Abend mit.\n\nBeide Seiten vereinbarten, sich im kommenden Jahr erneut zu treffen, fügten die Beamten hinzu.\n", "2024-03-05")]
    [InlineData("Se reanudan las conversaciones\n\nActualizado el 6 de marzo de 2024 | Publicado el 5 de marzo de 2024\n\nJapón y Rusia celebraron conversaciones sobre las islas disputadas, informó el ministerio en un comunicado.\n\nAmbas partes acordaron volver a reunirse el próximo año, añadieron los funcionarios del gobierno.\n", "2024-03-05")]
    [InlineData("交渉再開\n\n2023年4月25日 15時30分\n\n日本とロシアは北方領土をめぐる交渉を行ったと外務省が夜の声明で明らかにした。双方は来年再び会うことで合意した。\n\n関係者によると、次回の日程はまだ決まっていないという。政府は引き続き交渉を進める方針だ。\n", "2023-04-25")]
    [InlineData("谈判恢复\n\n发布时间：2023-04-25 15:30\n\n日本和俄罗斯就争议岛屿举行了谈判，外交部在晚间声明中表示。双方同意明年再次会面。\n\n官员们补充说，下一轮谈判的日期尚未确定。政府将继续推进谈判进程。\n", "2023-04-25")]
    [InlineData("협상 재개\n\n입력 2023.04.25 15:30\n\n일본과 러시아가 분쟁 중인 섬들을 둘러싼 협상을 했다고 외무성이 저녁 성명에서 밝혔다. 양측은 내년에 다시 만나기로 합의했다.\n\n관계자들은 다음 회담 날짜는 아직 정해지지 않았다고 덧붙였다. 정부는 협상을 계속할 방침이다.\n", "2023-04-25")]
    public void Stamp_OtherLanguages_IsThePublicationDate(string text, string expected) => AssertStamp(text, expected);

    [Theory]
    [InlineData("Talks resume\n\n19 марта 2009, 15:33\n\n" + EnglishStory, "2009-03-19")]
    [InlineData("Talks resume\n\n2023年4月25日 15時30分\n\n" + EnglishStory, "2023-04-25")]
    [InlineData("Переговоры возобновились\n\n5 mars 2024, 10:15\n\nЯпония и Россия провели переговоры по спорным островам, сообщили в министерстве в вечернем заявлении.\n\nСтороны договорились встретиться снова в следующем году, добавили официальные лица.\n", "2024-03-05")]
    public void Stamp_InAnotherLanguageThanTheStory_IsReadInItsOwn(string text, string expected) => AssertStamp(text, expected);

    [Theory]
    [InlineData("Briefing by the Foreign Ministry spokeswoman, Moscow, 30 October 2025\n\n" + EnglishStory, "2025-10-30")]
    [InlineData("Брифинг официального представителя МИД, Москва, 30 октября 2025 года\n\nЯпония и Россия провели переговоры по спорным островам, сообщили в министерстве в вечернем заявлении.\n\nСтороны договорились встретиться снова в следующем году, добавили официальные лица.\n", "2025-10-30")]
    [InlineData("Kishida ha definito difficili le relazioni con la Russia e ha annunciato un trattato di pace. 03.10.2022, Agenzia Nova\n\nIl Giappone e la Russia hanno tenuto colloqui sulle isole contese, ha detto il ministero in una nota diffusa in serata.\n\nLe due parti hanno concordato di incontrarsi di nuovo il prossimo anno, hanno aggiunto i funzionari.\n", "2022-10-03")]
    public void Stamp_HeadlineClosingWithItsDate_IsThePublicationDate(string text, string expected) => AssertStamp(text, expected);

    [Theory]
    [InlineData("Japan and the Soviet Union signed the joint declaration on 19 October 1956\n\n" + EnglishStory)]
    [InlineData("How the declaration of 19 October 1956, signed in Moscow, still shapes the talks today\n\n" + EnglishStory)]
    [InlineData("Talks resume. 19 October 1956, the day the declaration was signed, is still remembered in Tokyo.\n\n" + EnglishStory)]
    public void Stamp_HeadlineDateInsideItsSentence_IsNotAStamp(string text)
    {
        var article = Parser.Parse(text);
        article.Published.Should().BeNull(text);
    }

    [Theory]
    [InlineData("Talks resume\n\nJanuary 2019\n\nTOKYO, January 22 (Reuters) - " + EnglishStory, "2019-01-22")]
    [InlineData("Переговоры возобновились\n\nЯнварь 2019\n\nМОСКВА, 22 января. /ТАСС/. Япония и Россия провели переговоры по спорным островам, сообщили в министерстве в вечернем заявлении.\n\nСтороны договорились встретиться снова в следующем году, добавили официальные лица.\n", "2019-01-22")]
    public void MonthStamp_GivesTheDatelinesDayItsYear(string text, string expected)
    {
        var article = Parser.Parse(text);
        article.PublishedSource.Should().Be(ReferenceDateSource.Inferred, text);
        article.Published.Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(expected).Value, text);
    }

    [Fact]
    public void MonthStamp_OfAnotherMonth_LeavesTheDateUnknown() =>
        Parser.Parse("Talks resume\n\nFebruary 2019\n\nTOKYO, January 22 (Reuters) - " + EnglishStory).Published.Should().BeNull();

    [Fact]
    public void Stamp_GivenDate_TakesPrecedence()
    {
        var article = Parser.Parse("Talks resume\n\nApril 19, 2023 | By Jane Roe\n\n" + EnglishStory, new LocalDate(2024, 1, 2));
        article.Published.Should().Be(new LocalDate(2024, 1, 2));
        article.PublishedSource.Should().Be(ReferenceDateSource.Given);
    }

    [Fact]
    public void Stamp_DateInTheStory_IsNotAStamp()
    {
        var text = "Talks resume\n\n" + EnglishStory + "\nThe declaration was signed on October 19, 1956 in Moscow by both governments after long talks.\n";
        var article = Parser.Parse(text);
        article.Published.Should().BeNull();
        article.PublishedSource.Should().Be(ReferenceDateSource.None);
    }

    [Fact]
    public void Stamp_BelowTheStory_IsNotOneOfItsDates()
    {
        var text = "Talks resume\n\n" + EnglishStory + "\nPublished 19 April 2023\n";
        Parser.Parse(text).Dates.Should().NotContain(d => d.Date == new LocalDate(2023, 4, 19));
    }

    private static void AssertStamp(string text, string expected)
    {
        var article = Parser.Parse(text);
        article.PublishedSource.Should().Be(ReferenceDateSource.Stamp, text);
        article.Published.Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(expected).Value, text);
    }
}
