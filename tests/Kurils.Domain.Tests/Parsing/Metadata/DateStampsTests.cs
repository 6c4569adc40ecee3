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
    [InlineData("Talks resume\n\n令和5年4月25日 15時30分\n\n" + EnglishStory, "2023-04-25")]
    [InlineData("Talks resume\n\n٢٥ أبريل ٢٠٢٣\n\n" + EnglishStory, "2023-04-25")]
    [InlineData("Переговоры возобновились\n\n5 mars 2024, 10:15\n\nЯпония и Россия провели переговоры по спорным островам, сообщили в министерстве в вечернем заявлении.\n\nСтороны договорились встретиться снова в следующем году, добавили официальные лица.\n", "2024-03-05")]
    public void Stamp_InAnotherLanguageThanTheStory_IsReadInItsOwn(string text, string expected) => AssertStamp(text, expected);

    [Theory]
    [InlineData("Briefing by the Foreign Ministry spokeswoman, Moscow, 30 October 2025\n\n" + EnglishStory, "2025-10-30")]
    [InlineData("Брифинг официального представителя МИД, Москва, 30 октября 2025 года\n\nЯпония и Россия провели переговоры по спорным островам, сообщили в министерстве в вечернем заявлении.\n\nСтороны договорились встретиться снова в следующем году, добавили официальные лица.\n", "2025-10-30")]
    [InlineData("Kishida ha definito difficili le relazioni con la Russia e ha annunciato un trattato di pace. 03.10.2022, Agenzia Nova\n\nIl Giappone e la Russia hanno tenuto colloqui sulle isole contese, ha detto il ministero in una nota diffusa in serata.\n\nLe due parti hanno concordato di incontrarsi di nuovo il prossimo anno, hanno aggiunto i funzionari.\n", "2022-10-03")]
    public void Stamp_HeadlineClosingWithItsDate_IsThePublicationDate(string text, string expected) => AssertStamp(text, expected);

    [Theory]
    [InlineData("Nga khẳng định lập trường về quần đảo tranh chấp với Nhật Bản 12/02/2026 17:38\n\nNhật Bản và Nga đã hội đàm về các hòn đảo tranh chấp, Bộ Ngoại giao cho biết trong một tuyên bố tối nay.\n", "2026-02-12")]
    [InlineData("Japan protests Russian drills on the disputed islands 12 February 2026 17:38\n\n" + EnglishStory, "2026-02-12")]
    [InlineData("Япония протестует против учений на спорных островах 12.02.2026 9:05\n\nЯпония и Россия провели переговоры по спорным островам, сообщили в министерстве в вечернем заявлении.\n", "2026-02-12")]
    public void Stamp_HeadlineClosingWithDateAndTime_IsThePublicationDate(string text, string expected) => AssertStamp(text, expected);

    [Theory]
    [InlineData(" date 2025-10-24 Peskov: Moscow welcomes the new cabinet's wish to sign a peace treaty with Russia at last\n\n" + EnglishStory, "2025-10-24")]
    [InlineData("2025-11-10 MOSCOW, November 10. /TASS/. The territorial status of the islands should not be questioned by anyone, the spokesman told reporters on Monday.\n\n" + EnglishStory, "2025-11-10")]
    [InlineData(" date 2025-09-02 Rosja i Japonia: rozmowy o wyspach spornych zostały zawieszone na czas nieokreślony, poinformowało ministerstwo w komunikacie\n\nJaponia i Rosja prowadziły rozmowy o spornych wyspach, poinformowało ministerstwo w komunikacie wydanym wieczorem.\n", "2025-09-02")]
    [InlineData("2025-11-11 Nhật Bản phản đối việc Nga tập trận trên các đảo tranh chấp, Bộ Ngoại giao cho biết trong một tuyên bố tối nay\n\nNhật Bản và Nga đã hội đàm về các hòn đảo tranh chấp, Bộ Ngoại giao cho biết trong một tuyên bố.\n", "2025-11-11")]
    [InlineData(" date 2024-03-05 日本とロシアは北方領土をめぐる交渉を行ったと外務省が夜の声明で明らかにした。双方は来年再び会うことで合意した。関係者によると、次回の日程はまだ決まっていないという。\n", "2024-03-05")]
    public void IsoStamp_GluedToThePagesFirstLine_DatesThePage(string text, string expected) => AssertStamp(text, expected);

    [Theory]
    [InlineData("Talks resume\n\n" + EnglishStory + "\n2019-10-19 the talks resumed in Moscow after a long pause, the ministry said in a statement issued in the evening.\n")] // not the first line
    [InlineData("The document numbered 2025-11-10-44 was filed by the ministry on the disputed islands, officials said in a statement issued late in the evening.\n\n" + EnglishStory)] // a number, not a stamp
    [InlineData("2025-13-40 Peskov: Moscow welcomes the new cabinet's wish to sign a peace treaty with Russia at last\n\n" + EnglishStory)] // no such date
    [InlineData("Moscow talks resume 2025-10-24 Peskov: Moscow welcomes the new cabinet's wish to sign a peace treaty at last today\n\n" + EnglishStory)] // more than one word before it
    public void IsoDate_NotOpeningThePagesFirstLine_IsNoGluedStamp(string text) => Parser.Parse(text).Published.Should().BeNull(text);

    [Theory]
    [InlineData("Japan and the Soviet Union signed the joint declaration on 19 October 1956\n\n" + EnglishStory)]
    [InlineData("How the declaration of 19 October 1956, signed in Moscow, still shapes the talks today\n\n" + EnglishStory)]
    [InlineData("Talks resume. 19 October 1956, the day the declaration was signed, is still remembered in Tokyo.\n\n" + EnglishStory)]
    [InlineData("Japan and the Soviet Union signed the joint declaration on 19 October 1956 at noon\n\n" + EnglishStory)]
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

    private const string RussianStory =
        "Япония и Россия провели переговоры по спорным островам, сообщили в министерстве в вечернем заявлении.\n\n" +
        "Стороны договорились встретиться снова в следующем году, добавили официальные лица.\n";

    private const string JapaneseStory =
        "政府関係者は火曜日、制裁が続く限りロシアとの平和条約交渉は再開できないとの見方を示した。両国は第二次世界大戦の終結以来、平和条約を結んでいない。\n\n" +
        "政府は引き続き北方領土問題の解決に向けて粘り強く交渉を続ける方針だと関係者は述べた。\n";

    private const string ChineseStory =
        "日本官员周二表示，只要制裁继续，与俄罗斯的和平条约谈判就无法恢复。两国自第二次世界大战结束以来一直没有签署和平条约。\n\n" +
        "官员们说，日本政府将继续努力解决北方四岛问题，并坚持通过谈判推进。\n";

    private const string KoreanStory =
        "일본 정부 관계자들은 화요일 제재가 계속되는 한 러시아와의 평화조약 협상을 재개할 수 없다고 밝혔다. 양국은 제2차 세계대전 이후 평화조약을 체결하지 않았다.\n\n" +
        "관계자들은 일본 정부가 쿠릴열도 남부 4개 섬 문제 해결을 위해 협상을 계속할 방침이라고 말했다.\n";

    private const string PolishStory =
        "Urzędnicy w Tokio powiedzieli we wtorek, że rozmowy z Moskwą w sprawie traktatu pokojowego nie mogą zostać wznowione, dopóki obowiązują sankcje.\n\n" +
        "Oba kraje nigdy nie podpisały traktatu pokojowego od zakończenia drugiej wojny światowej, poinformowali urzędnicy rządowi.\n";

    private const string UkrainianStory =
        "Посадовці в Токіо заявили у вівторок, що переговори з Москвою про мирний договір не можуть відновитися, поки діють санкції.\n\n" +
        "Дві країни так і не підписали мирний договір після закінчення Другої світової війни, повідомили урядовці.\n";

    [Theory]
    [InlineData("2023-04-25")]
    [InlineData("2023-04-25T15:30:00+09:00")]
    [InlineData("2023/04/25 15:30")]
    [InlineData("Apr. 25, 2023")]
    [InlineData("Tuesday, April 25, 2023")]
    [InlineData("25 Apr 2023 06:30 GMT")]
    [InlineData("Posted on April 25, 2023 by Jane Roe")]
    [InlineData("Last updated 26 April 2023; first published 25 April 2023")]
    [InlineData("4/25/2023")]
    public void Stamp_EnglishFormats_AreRead(string stamp) => AssertStamp("Talks resume\n\n" + stamp + "\n\n" + EnglishStory, "2023-04-25");

    [Theory]
    [InlineData("25.04.2023 14:20")]
    [InlineData("2023年4月25日 15時30分")]
    [InlineData("25 апреля 2023, 14:20")]
    public void Stamp_NumericOrForeign_AboveAnEnglishStory_IsRead(string stamp) => AssertStamp("Talks resume\n\n" + stamp + "\n\n" + EnglishStory, "2023-04-25");

    [Theory]
    [InlineData("Переговоры\n\nОпубликовано 25 апреля 2023 в 14:20\n\n" + RussianStory)]
    [InlineData("Переговоры\n\nОбновлено: 26.04.2023 | Опубликовано: 25.04.2023\n\n" + RussianStory)]
    [InlineData("Переговоры\n\n14:20, 25 апреля 2023\n\n" + RussianStory)]
    [InlineData("交渉\n\n更新：2023年4月26日 | 配信：2023年4月25日\n\n" + JapaneseStory)]
    [InlineData("交渉\n\n2023年4月25日(火) 15:30\n\n" + JapaneseStory)]
    [InlineData("交渉\n\n令和5年4月25日\n\n" + JapaneseStory)]
    [InlineData("谈判\n\n2023-04-25 15:30:00 来源：新华网\n\n" + ChineseStory)]
    [InlineData("협상\n\n2023년 4월 25일\n\n" + KoreanStory)]
    [InlineData("협상\n\n등록 2023-04-25 15:30 수정 2023-04-26 09:00\n\n" + KoreanStory)]
    [InlineData("Rozmowy\n\n25 kwietnia 2023, 14:20\n\n" + PolishStory)]
    [InlineData("Rozmowy\n\nAktualizacja: 26.04.2023 | Opublikowano: 25.04.2023\n\n" + PolishStory)]
    [InlineData("Переговори\n\n25 квітня 2023, 14:20\n\n" + UkrainianStory)]
    [InlineData("Переговори\n\nОпубліковано: 25.04.2023 14:20\n\n" + UkrainianStory)]
    public void Stamp_InThePacksFormats_IsThePublicationDate(string text) => AssertStamp(text, "2023-04-25");

    [Theory]
    [InlineData("Talks resume\n\nOctober 19, 1956 — the day the declaration was signed.\n\n" + EnglishStory)]
    [InlineData("Переговоры\n\n19 октября 1956 года стороны подписали декларацию.\n\n" + RussianStory)]
    [InlineData("交渉\n\n1956年10月19日、日ソ両国は共同宣言に署名した。\n\n" + JapaneseStory)]
    [InlineData("谈判\n\n1993年10月13日，两国领导人在东京签署宣言。\n\n" + ChineseStory)]
    [InlineData("交渉\n\n2019年4月25日、両国の外相が東京で会談した。\n\n" + JapaneseStory + "\n2023年の会談は見送られた。\n")]
    public void ASentenceOpeningWithAHistoricDate_IsNotAStamp(string text) => Parser.Parse(text).Published.Should().BeNull(text);

    [Theory]
    [InlineData("平和条約交渉\n\n令和3年12月1日、岸田総理は官邸で根室管内の首長らの表敬を受けました。\n\n" + JapaneseStory, "2021-12-01")]
    [InlineData("Переговоры\n\n25 апреля 2023 года стороны подписали протокол.\n\n" + RussianStory, "2023-04-25")]
    public void ASentenceAboveTheStoryOpeningWithARecentDate_DatesThePage(string text, string expected) => AssertStamp(text, expected);

    [Theory]
    [InlineData("Talks resume\n\n" + EnglishStory + "\nMay 5, 2023: the next round of talks.\n")]
    [InlineData("Переговоры\n\n" + RussianStory + "\n25 апреля 2023 года стороны встретятся снова.\n")]
    public void ASentenceBelowTheStoryOpeningWithADate_IsNotAStamp(string text) => Parser.Parse(text).Published.Should().BeNull(text);

    [Theory]
    [InlineData("Talks resume\n\n2 hours ago\n\n" + EnglishStory)]
    [InlineData("Talks resume\n\nPublished 3 days ago\n\n" + EnglishStory)]
    public void ARelativeStamp_IsReadAgainstTheGivenDate_WhichWins(string text)
    {
        Parser.Parse(text).Published.Should().BeNull("without a reference date a relative stamp dates nothing");

        var given = Parser.Parse(text, new LocalDate(2023, 4, 25));
        given.Published.Should().Be(new LocalDate(2023, 4, 25));
        given.PublishedSource.Should().Be(ReferenceDateSource.Given);
    }

    [Theory]
    [InlineData("Rozhovory\n\nPublikováno 25. dubna 2023\n\nJaponští představitelé v úterý uvedli, že rozhovory s Moskvou o mírové smlouvě nelze obnovit, dokud platí sankce.\n\nObě země od konce druhé světové války nikdy nepodepsaly mírovou smlouvu, uvedli představitelé vlády.\n")]
    [InlineData("Görüşmeler\n\nSalı, 25 Nisan 2023\n\nJapon yetkililer salı günü, yaptırımlar sürdüğü sürece Moskova ile barış antlaşması görüşmelerinin yeniden başlayamayacağını söyledi.\n\nİki ülke, savaşın sona ermesinden bu yana hiçbir zaman barış antlaşması imzalamadı, dedi yetkililer.\n")]
    [InlineData("Gesprekken\n\nGepubliceerd op 25 april 2023\n\nJapanse functionarissen zeiden dinsdag dat de gesprekken met Moskou over een vredesverdrag niet kunnen worden hervat zolang de sancties blijven.\n\nDe twee landen hebben sinds het einde van de oorlog nooit een vredesverdrag ondertekend, zeiden de functionarissen.\n")]
    [InlineData("Преговори\n\n25 април 2023, 14:20\n\nЯпонски официални лица заявиха във вторник, че преговорите с Москва за мирен договор не могат да бъдат възобновени, докато санкциите са в сила.\n\nДвете страни така и не подписаха мирен договор след края на войната, казаха официалните лица.\n")]
    [InlineData("Pembicaraan\n\nSelasa, 25 April 2023 14:20 WIB\n\nPejabat Jepang mengatakan pada hari Selasa bahwa pembicaraan dengan Moskow tentang perjanjian damai tidak dapat dilanjutkan selama sanksi masih berlaku.\n\nKedua negara tidak pernah menandatangani perjanjian damai sejak berakhirnya perang, kata para pejabat.\n")]
    [InlineData("Đàm phán\n\nThứ Ba, 25/4/2023, 14:20 (GMT+7)\n\nCác quan chức Nhật Bản hôm thứ Ba cho biết các cuộc đàm phán với Moscow về hiệp ước hòa bình không thể nối lại chừng nào các lệnh trừng phạt vẫn còn hiệu lực.\n\nHai nước chưa bao giờ ký hiệp ước hòa bình kể từ khi chiến tranh kết thúc, các quan chức cho biết.\n")]
    public void Stamp_InTheSmallerPacks_IsThePublicationDate(string text) => AssertStamp(text, "2023-04-25");

    [Fact]
    public void ADateInACzechStory_IsNotAStamp() =>
        Parser.Parse("Rozhovory\n\nJaponští představitelé v úterý uvedli, že rozhovory s Moskvou o mírové smlouvě nelze obnovit, dokud platí sankce.\n\n" +
                     "Obě země od konce druhé světové války nikdy nepodepsaly mírovou smlouvu, uvedli představitelé vlády.\n\nSmlouva byla podepsána 19. října 1956 v Moskvě.\n")
            .Published.Should().BeNull();

    /// <summary>A stamp after a short label and a separator, or after a weekday and a time (bylines, site names, agencies' stamps).</summary>
    [Theory]
    [InlineData("Японія заявила протест\n\nОлена Коваль — Вівторок, 5 березня 2024, 14:20\n\nЯпонія у вівторок заявила Росії протест через військові навчання на острові Ітуруп, повідомили у міністерстві.\n\nСторони домовилися зустрітися знову наступного року, додали посадовці.\n", "2024-03-05")]
    [InlineData("Nhật Bản phản đối Nga\n\nThứ Ba, 10:00, 05/03/2024\n\nChính phủ Nhật Bản hôm thứ Ba đã phản đối Nga qua kênh ngoại giao về cuộc tập trận trên đảo Iturup, bộ cho biết.\n\nHai bên nhất trí gặp lại vào năm tới, các quan chức nói thêm.\n", "2024-03-05")]
    [InlineData("اليابان تحتج\n\nالثلاثاء، 5 مارس 2024 - 10:15 ص\n\nاحتجت اليابان يوم الثلاثاء لدى روسيا على مناورات عسكرية في جزيرة إيتوروب، بحسب ما أعلنت الوزارة في بيان.\n\nواتفق الجانبان على الاجتماع مجددا في العام المقبل، وفق المسؤولين.\n", "2024-03-05")]
    public void Stamp_AfterALabelOrAWeekdayAndTime_IsThePublicationDate(string text, string expected) => AssertStamp(text, expected);

    /// <summary>The publication word wins over the update word in Bulgarian, Serbian (both scripts) and Polish stamps.</summary>
    [Theory]
    [InlineData("Япония протестира\n\nОбновена: 06.03.2024 08:02\nПубликувана: 05.03.2024 12:31\n\nЯпония във вторник изрази протест пред Русия заради военни учения на остров Итуруп, съобщиха от министерството.\n\nДвете страни се договориха да се срещнат отново догодина, добавиха официални лица.\n", "2024-03-05")]
    [InlineData("Јапан протестовао\n\nАжурирано: 06.03.2024. 08:02\nОбјављено: 05.03.2024. 12:31\n\nЈапан је у уторак уложио протест Русији због војних вежби на острву Итуруп, саопштило је министарство.\n\nДве стране договориле су се да се поново састану следеће године, додали су званичници.\n", "2024-03-05")]
    [InlineData("Japan protestovao\n\nAžurirano: 06.03.2024. 08:02\nObjavljeno: 05.03.2024. 12:31\n\nJapan je u utorak uložio protest Rusiji zbog vojnih vežbi na ostrvu Iturup, saopštilo je ministarstvo.\n\nDve strane dogovorile su se da se ponovo sastanu sledeće godine, dodali su zvaničnici.\n", "2024-03-05")]
    [InlineData("Japonia protestuje\n\nAktualizacja: 06.03.2024 08:02\nPublikacja: 05.03.2024 10:15\n\nJaponia zaprotestowała we wtorek u Rosji przeciwko ćwiczeniom wojskowym na wyspie Iturup, podało ministerstwo.\n\nObie strony uzgodniły, że spotkają się ponownie w przyszłym roku, dodali urzędnicy.\n", "2024-03-05")]
    public void Stamp_PublishedBeforeUpdated_BulgarianSerbianPolish(string text, string expected) => AssertStamp(text, expected);

    /// <summary>A year-month stamp ("date 2024-01", glued to the story or on its own line) gives an agency dateline's day its year.</summary>
    [Theory]
    [InlineData(" date 2024-01\n(ANSA) - TOKYO, 22 GEN - Il Giappone ha protestato martedì con la Russia per le esercitazioni militari sull'isola di Iturup, una delle isole contese.(ANSA).", "2024-01-22")]
    [InlineData(" date 2024-01 (ANSA) - TOKYO, 22 GEN - Il Giappone ha protestato martedì con la Russia per le esercitazioni militari sull'isola di Iturup, una delle isole contese.(ANSA).", "2024-01-22")]
    [InlineData("2024-03 TOKYO, March 5 (Reuters) - Japan lodged a protest with Russia on Tuesday over military drills on Iturup, one of the disputed islands.", "2024-03-05")]
    public void YearMonthStamp_CompletesTheDatelineDay(string text, string expected) =>
        Parser.Parse(text).Published.Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(expected).Value);

    /// <summary>A year-month of another month, or a number that only looks like one, completes nothing.</summary>
    [Theory]
    [InlineData(" date 2024-01 (ANSA) - TOKYO, 22 FEB - Il Giappone ha protestato martedì con la Russia per le esercitazioni militari sull'isola di Iturup, una delle isole contese.(ANSA).")]
    [InlineData("2024-0155 TOKYO, March 5 (Reuters) - Japan lodged a protest with Russia on Tuesday over military drills on Iturup, one of the disputed islands.")]
    public void YearMonthStamp_OfAnotherMonth_CompletesNothing(string text) =>
        Parser.Parse(text).Published.Should().BeNull();

    private static void AssertStamp(string text, string expected)
    {
        var article = Parser.Parse(text);
        article.PublishedSource.Should().Be(ReferenceDateSource.Stamp, text);
        article.Published.Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(expected).Value, text);
    }
}
