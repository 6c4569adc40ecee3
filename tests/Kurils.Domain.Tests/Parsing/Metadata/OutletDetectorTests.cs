using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Metadata;

/// <summary>
/// The page's publisher from what the page shows as text: a masthead, a byline or source line naming an outlet,
/// the agency tag opening the story, a date stamp ending in the outlet, a closing credit; the name of a publisher
/// the catalog lacks from its copyright line; never an outlet the story merely cites. Pages written for the test.
/// </summary>
public sealed class OutletDetectorTests
{
    private const string Story =
        "Officials in Tokyo said on Tuesday that talks with Moscow on a peace treaty could not resume while the sanctions stay in place.\n" +
        "The two countries have never signed a treaty since the end of the Second World War, officials said.\n";

    private const string Russian =
        "Чиновники в Токио заявили во вторник, что переговоры о мирном договоре не возобновятся, пока действуют санкции против Москвы.\n\n" +
        "Две страны так и не подписали мирный договор после окончания Второй мировой войны, сообщили официальные лица.\n";

    private const string Japanese =
        "政府関係者は火曜日、制裁が続く限りロシアとの平和条約交渉は再開できないとの見方を示した。両国は第二次世界大戦の終結以来、平和条約を結んでいない。\n\n" +
        "政府は引き続き北方領土問題の解決に向けて粘り強く交渉を続ける方針だと関係者は述べた。\n";

    private const string Chinese =
        "日本官员周二表示，只要制裁继续，与俄罗斯的和平条约谈判就无法恢复。两国自第二次世界大战结束以来一直没有签署和平条约。\n\n" +
        "官员们说，日本政府将继续努力解决北方四岛问题，并坚持通过谈判推进。\n";

    private const string Korean =
        "일본 정부 관계자들은 화요일 제재가 계속되는 한 러시아와의 평화조약 협상을 재개할 수 없다고 밝혔다. 양국은 제2차 세계대전 이후 평화조약을 체결하지 않았다.\n\n" +
        "관계자들은 일본 정부가 쿠릴열도 남부 4개 섬 문제 해결을 위해 협상을 계속할 방침이라고 말했다.\n";

    private const string French =
        "Les responsables à Tokyo ont déclaré mardi que les négociations avec Moscou sur un traité de paix ne pouvaient pas reprendre tant que les sanctions restent en place.\n\n" +
        "Les deux pays n'ont jamais signé de traité de paix depuis la fin de la Seconde Guerre mondiale, ont indiqué les responsables.\n";

    private const string German =
        "Beamte in Tokio sagten am Dienstag, die Gespräche mit Moskau über einen Friedensvertrag könnten nicht wieder aufgenommen werden, solange die Sanktionen bestehen.\n\n" +
        "Die beiden Länder haben seit dem Ende des Zweiten Weltkriegs nie einen Friedensvertrag unterzeichnet, hieß es aus Regierungskreisen.\n";

    private const string Spanish =
        "Funcionarios en Tokio dijeron el martes que las conversaciones con Moscú sobre un tratado de paz no podrán reanudarse mientras sigan las sanciones.\n\n" +
        "Los dos países nunca firmaron un tratado de paz desde el final de la Segunda Guerra Mundial, dijeron los funcionarios del gobierno.\n";

    private const string Polish =
        "Urzędnicy w Tokio powiedzieli we wtorek, że rozmowy z Moskwą w sprawie traktatu pokojowego nie mogą zostać wznowione, dopóki obowiązują sankcje.\n\n" +
        "Oba kraje nigdy nie podpisały traktatu pokojowego od zakończenia drugiej wojny światowej, poinformowali urzędnicy rządowi.\n";

    private const string Ukrainian =
        "Посадовці в Токіо заявили у вівторок, що переговори з Москвою про мирний договір не можуть відновитися, поки діють санкції.\n\n" +
        "Дві країни так і не підписали мирний договір після закінчення Другої світової війни, повідомили урядовці.\n";

    private static ParsedArticle Parse(string text) => ArticleParser.Default.Parse(text);

    [Theory]
    [InlineData("By Jane Doe, Reuters\n" + Story, "reuters")]
    [InlineData("Source: Kyodo\n" + Story, "kyodo")]
    [InlineData("Источник: ТАСС\nЧиновники в Токио заявили во вторник, что переговоры о мирном договоре не возобновятся, пока действуют санкции.\nДве страны так и не подписали договор после войны, сообщили чиновники.\n", "tass")]
    [InlineData("Fuente: Reuters\nFuncionarios en Tokio dijeron el martes que las conversaciones sobre un tratado de paz no se reanudarán mientras sigan las sanciones.\nLos dos países nunca firmaron un tratado tras la guerra, dijeron los funcionarios.\n", "reuters")]
    public void ABylineOrSourceLine_NamesTheStorysOutlet(string text, string outlet) =>
        Parse(text).OutletId.Should().Be(outlet);

    [Fact]
    public void AMastheadWithAnEditionWord_NamesThePublisher() =>
        Parse("- Sputnik Mundo\nJapón y Rusia retoman el diálogo\n" +
              "Funcionarios en Tokio dijeron el martes que las conversaciones sobre un tratado de paz no se reanudarán mientras sigan las sanciones contra Moscú.\n")
            .OutletId.Should().Be("sputnik");

    [Theory]
    [InlineData("Peace treaty talks stall | Reuters Global\n" + Story, "reuters")]
    [InlineData("Переговоры о мирном договоре зашли в тупик | ТАСС Новости\nЧиновники в Токио заявили во вторник, что переговоры о мирном договоре не возобновятся, пока действуют санкции.\n", "tass")]
    public void AHeadlineSuffixWithASiteWord_NamesThePublisher(string text, string outlet) =>
        Parse(text).OutletId.Should().Be(outlet);

    [Theory]
    [InlineData("SINGAPUR (Sputnik) — El presidente ruso dijo el martes que las conversaciones sobre un tratado de paz con Japón seguirán pese a las sanciones.\n", "sputnik")]
    [InlineData("Южно-Сахалинск. 9 октября. ИНТЕРФАКС - Чиновники заявили во вторник, что переговоры о мирном договоре с Японией продолжатся.\n", "interfax")]
    public void TheAgencyTagOpeningTheStory_NamesTheWire(string text, string outlet) =>
        Parse(text).OutletId.Should().Be(outlet);

    [Theory]
    [InlineData("MOSCOW (Pakistan Point News / Sputnik - 03rd March, 2021) The Kremlin spokesman said on Wednesday that reporters should ignore the stories about the islands.\n", "Pakistan Point News", "sputnik", "2021-03-03")]
    [InlineData("МОСКВА (Сахалинский вестник / ТАСС, 5 марта 2024) — Пресс-секретарь президента заявил во вторник, что переговоры о мирном договоре не возобновятся.\n", "Сахалинский вестник", "tass", "2024-03-05")]
    [InlineData("TOKIO (Diario del Sur / Reuters - 5 de marzo de 2024) El portavoz del Kremlin dijo el martes que las conversaciones sobre un tratado de paz no se reanudarán.\n", "Diario del Sur", "reuters", "2024-03-05")]
    public void ADatelineTagNamingAPublisherAndItsSource_GivesBothAndTheDate(string text, string publisher, string wire, string date)
    {
        var article = Parse("Talks on the islands\n\n" + text);

        article.OutletId.Should().BeNull();
        article.OutletName.Should().Be(publisher);
        article.WireId.Should().Be(wire);
        article.Published.Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value);
    }

    [Theory]
    [InlineData("【モスクワ共同】ロシア外務省の報道官は８日の記者会見で、平和条約交渉の再開を拒否した。\n", "モスクワ", "共同", "kyodo")]
    [InlineData("［東京　１３日　ロイター］ - 政府関係者は、平和条約交渉は制裁が続く限り再開されないと明らかにした。\n", "東京", "ロイター", "reuters")]
    [InlineData("【ワシントンＡＦＰ】米政府関係者は、平和条約交渉は制裁が続く限り再開されないと明らかにした。\n", "ワシントン", "ＡＦＰ", "afp")]
    public void ABracketedDateline_EndsInTheCataloguedAgency(string text, string place, string agency, string outlet)
    {
        var article = Parse(text);

        article.Dateline!.Place.Should().Be(place);
        article.Dateline.Agency.Should().Be(agency);
        article.OutletId.Should().Be(outlet);
    }

    [Fact]
    public void ADateStampEndingInTheOutlet_NamesThePublisher() =>
        Parse("Il premier ha detto che il Giappone vuole concludere un trattato di pace con la Russia. 03.10.2022, Sputnik Italia\n" +
              "Il governo giapponese continuerà a perseguire la conclusione di un trattato di pace con la Russia, ha detto il primo ministro.\n")
            .OutletId.Should().Be("sputnik");

    [Theory]
    [InlineData(Story + "2013 Kyodo News International", "kyodo")]
    [InlineData(Story + "© 2024 Reuters. All rights reserved.", "reuters")]
    public void AClosingCreditWithAYear_NamesTheOutlet(string text, string outlet) =>
        Parse(text).OutletId.Should().Be(outlet);

    [Theory]
    [InlineData(Story + "© 2024 Nemuro Harbour Herald. All rights reserved.", "Nemuro Harbour Herald")]
    [InlineData(Story + "Copyright 2023 Okhotsk Coast Weekly", "Okhotsk Coast Weekly")]
    [InlineData("Чиновники в Токио заявили во вторник, что переговоры о мирном договоре не возобновятся, пока действуют санкции.\n" +
                "Две страны так и не подписали договор после войны, сообщили чиновники.\n© 2024 Курильская правда. Все права защищены.", "Курильская правда")]
    public void ACopyrightLineOfAnUncataloguedPublisher_GivesItsName(string text, string name)
    {
        var article = Parse(text);

        article.OutletId.Should().BeNull();
        article.OutletName.Should().Be(name);
    }

    [Theory]
    [InlineData("Kyodo reported on Tuesday that talks with Moscow on a peace treaty could not resume while the sanctions stay in place, officials said.\n")]
    [InlineData("According to TASS, talks with Tokyo on a peace treaty could not resume while the sanctions stay in place, officials said.\n")]
    [InlineData("По данным ТАСС, переговоры о мирном договоре не возобновятся, пока действуют санкции, сообщили чиновники во вторник.\n")]
    [InlineData("共同通信によると、平和条約交渉は制裁が続く限り再開されないと政府関係者が明らかにした。\n")]
    public void AnOutletTheStoryOnlyCites_IsNeverThePublisher(string text)
    {
        var article = Parse(text);

        article.OutletId.Should().BeNull();
        article.WireId.Should().BeNull();
        article.OutletName.Should().BeNull();
    }

    [Fact]
    public void ABarePhotoCopyright_GivesNoName() =>
        Parse(Story + "© Sergei Ivanov").OutletName.Should().BeNull();

    [Theory]
    [InlineData("The Japan Times\n\nTalks stall\n\n" + Story, "japan-times")]
    [InlineData("北海道新聞\n\n平和条約交渉、再開見通せず\n\n" + Japanese, "hokkaido-shimbun")]
    [InlineData("Sakh.com\n\nПереговоры зашли в тупик\n\n" + Russian, "sakh-com")]
    [InlineData("Sakhalin.info\n\nПереговоры зашли в тупик\n\n" + Russian, "sakhalin-info")]
    [InlineData("Коммерсантъ\n\nПереговоры зашли в тупик\n\n" + Russian, "kommersant")]
    [InlineData("Губернские ведомости\n\nПереговоры зашли в тупик\n\n" + Russian, "gubernskie-vedomosti")]
    [InlineData("釧路新聞\n\n平和条約交渉、再開見通せず\n\n" + Japanese, "kushiro-shimbun")]
    [InlineData("경향신문\n\n평화조약 협상 난항\n\n" + Korean, "kyunghyang")]
    [InlineData("연합뉴스\n\n평화조약 협상 난항\n\n" + Korean, "yonhap")]
    [InlineData("环球时报\n\n和平条约谈判陷入僵局\n\n" + Chinese, "global-times")]
    [InlineData("Українська правда\n\nПереговори зайшли в глухий кут\n\n" + Ukrainian, "ukrainska-pravda")]
    [InlineData("平和条約交渉、再開見通せず：北海道新聞デジタル\n\n" + Japanese, "hokkaido-shimbun")]
    [InlineData("Las conversaciones se estancan | EL PAÍS\n\n" + Spanish, "el-pais")]
    public void AMastheadOrSiteName_InTheOutletsOwnScript_NamesThePublisher(string text, string outlet) =>
        Parse(text).OutletId.Should().Be(outlet);

    [Theory]
    [InlineData("By Taro Yamada, Kyodo News\n\n" + Story, "kyodo")]
    [InlineData("Автор: Иван Петров, ТАСС\n\n" + Russian, "tass")]
    [InlineData("Par Jean Dupont, AFP\n\n" + French, "afp")]
    [InlineData("Von Hans Müller, dpa\n\n" + German, "dpa")]
    [InlineData("Por Juan Pérez, EFE\n\n" + Spanish, "efe")]
    [InlineData("Autor: Jan Kowalski, PAP\n\n" + Polish, "pap")]
    public void ABylineWithTheOutlet_NamesIt_InEveryLanguage(string text, string outlet) =>
        Parse(text).OutletId.Should().Be(outlet);

    [Theory]
    [InlineData("TOKYO (AP) — " + Story, "ap")]
    [InlineData("Berlin (dpa) - " + German, "dpa")]
    [InlineData("Tokio, 5 jun (EFE).- " + Spanish, "efe")]
    [InlineData("Tokio (PAP) - " + Polish, "pap")]
    [InlineData("BEIJING, June 5 (Xinhua) -- " + Story, "xinhua")]
    [InlineData("Токіо, 5 червня /Укрінформ/. " + Ukrainian, "ukrinform")]
    [InlineData("(서울=연합뉴스) 김철수 기자 = " + Korean, "yonhap")]
    public void AWireCreditOpeningTheStory_NamesTheWire(string text, string outlet) =>
        Parse(text).OutletId.Should().Be(outlet);

    [Theory]
    [InlineData("新华社东京6月5日电（记者 王明）" + Chinese, "xinhua")]
    [InlineData("中新网东京6月5日电 " + Chinese, "chinanews")]
    public void AnUnspacedAgencyDateline_NamesTheWire(string text, string outlet) =>
        Parse(text).OutletId.Should().Be(outlet);

    [Theory]
    [InlineData("新华社消息，" + Chinese)]
    [InlineData("新华社6月5日报道称，" + Chinese)]
    [InlineData("据新华社报道，只要制裁继续，与俄罗斯的和平条约谈判就无法恢复。日本官员周二作出上述表示。\n")]
    public void AnAgencyOpeningTheStoryWithoutItsDatelineEnding_IsACitation(string text) =>
        Parse(text).OutletId.Should().BeNull();

    [Theory]
    [InlineData(Story + "\n— Kyodo\n", "kyodo")]
    [InlineData(Japanese + "\n【共同】\n", "kyodo")]
    [InlineData(Japanese + "\n（共同）\n", "kyodo")]
    [InlineData(Korean + "\n(연합뉴스)\n", "yonhap")]
    [InlineData(French + "\nAvec AFP\n", "afp")]
    [InlineData(French + "\n(Avec AFP)\n", "afp")]
    [InlineData(German + "\nMit Material von dpa und Reuters\n", "dpa")]
    [InlineData(Russian + "\nПо материалам ТАСС\n", "tass")]
    [InlineData(Spanish + "\nCon información de EFE\n", "efe")]
    [InlineData(Polish + "\n(PAP)\n", "pap")]
    public void AClosingWireCredit_NamesTheOutlet(string text, string outlet) =>
        Parse(text).OutletId.Should().Be(outlet);

    [Theory]
    [InlineData(Story + "\n© 2023 NHK\n", "nhk")]
    [InlineData(Story + "\nCopyright The Japan Times. All rights reserved.\n", "japan-times")]
    [InlineData(Russian + "\n© РИА Новости\n", "ria-novosti")]
    [InlineData(Japanese + "\nCopyright © 北海道新聞社\n", "hokkaido-shimbun")]
    [InlineData(Korean + "\n저작권자 © 연합뉴스 무단 전재-재배포 금지\n", "yonhap")]
    [InlineData(Chinese + "\n版权所有 © 新华网\n", "xinhua")]
    public void ACopyrightLine_NamesTheOutlet_InEveryLanguage(string text, string outlet) =>
        Parse(text).OutletId.Should().Be(outlet);

    [Theory]
    [InlineData(Japanese + "\n出典：共同通信\n", "kyodo")]
    [InlineData(German + "\nQuelle: dpa\n", "dpa")]
    [InlineData(French + "\nSource : AFP\n", "afp")]
    [InlineData(Polish + "\nŹródło: PAP\n", "pap")]
    [InlineData(Ukrainian + "\nДжерело: Укрінформ\n", "ukrinform")]
    [InlineData(Chinese + "\n来源：新华社\n", "xinhua")]
    public void ASourceLine_NamesTheOutlet_InEveryLanguage(string text, string outlet) =>
        Parse(text).OutletId.Should().Be(outlet);

    [Theory]
    [InlineData(Russian + "\nИсточник: Курильские новости\n", "Курильские новости")]
    [InlineData(German + "\nQuelle: Ostsee-Zeitung\n", "Ostsee-Zeitung")]
    [InlineData(Spanish + "\nFuente: Diario de Navarra\n", "Diario de Navarra")]
    [InlineData(Japanese + "\n© 2024 根室新聞社\n", "根室新聞社")]
    public void ASourceOrCopyrightLineOfAnUncataloguedPublisher_GivesItsName(string text, string name)
    {
        var article = Parse(text);

        article.OutletId.Should().BeNull();
        article.OutletName.Should().Be(name);
    }

    [Theory]
    [InlineData(Story + "\nSource: Japan's Foreign Ministry\n")]
    [InlineData(Russian + "\nИсточник: МИД России\n")]
    [InlineData(Story + "\nSource: government data\n")]
    public void ASourceLineNamingABodyOrNoName_GivesNoPublisher(string text)
    {
        var article = Parse(text);

        article.OutletId.Should().BeNull();
        article.OutletName.Should().BeNull();
    }

    [Theory]
    [InlineData("Об этом сообщает ТАСС со ссылкой на источник в правительстве: переговоры о мирном договоре не возобновятся, пока действуют санкции.\n")]
    [InlineData("Переговоры о мирном договоре не возобновятся, пока действуют санкции, сообщило РИА Новости со ссылкой на источник.\n")]
    [InlineData("共同通信が報じたところによると、制裁が続く限りロシアとの平和条約交渉は再開できないという。\n")]
    [InlineData("연합뉴스에 따르면 일본 정부는 제재가 계속되는 한 러시아와의 평화조약 협상을 재개할 수 없다고 밝혔다.\n")]
    [InlineData("Selon l'AFP, les négociations avec Moscou sur un traité de paix ne pouvaient pas reprendre tant que les sanctions restent en place.\n")]
    [InlineData("Wie die Nachrichtenagentur dpa berichtete, könnten die Gespräche über einen Friedensvertrag nicht wieder aufgenommen werden.\n")]
    [InlineData("Según informó EFE, las conversaciones con Moscú sobre un tratado de paz no podrán reanudarse mientras sigan las sanciones.\n")]
    [InlineData("Jak podała PAP, rozmowy z Moskwą w sprawie traktatu pokojowego nie mogą zostać wznowione, dopóki obowiązują sankcje.\n")]
    [InlineData("An official told Reuters on Tuesday that talks with Moscow on a peace treaty could not resume while the sanctions stay in place.\n")]
    [InlineData("NHK said the minister — who visited Nemuro last week — would not travel to the islands this year, officials said.\n")]
    [InlineData("With Reuters and Kyodo both reporting the visit on Tuesday, officials in Tokyo said little.\n\n" + Story)]
    [InlineData("Avec l'AFP et Reuters, les journalistes ont suivi la visite mardi.\n\n" + French)]
    [InlineData(Story + "\nHe told Reuters.\n")]
    public void AnOutletTheStoryCites_IsNotThePublisher_InEveryLanguage(string text)
    {
        var article = Parse(text);

        article.OutletId.Should().BeNull();
        article.WireId.Should().BeNull();
        article.OutletName.Should().BeNull();
    }

    [Theory]
    [InlineData("By Jane Doe, Reuters\n\nAn official told Kyodo on Tuesday that talks with Moscow on a peace treaty could not resume while the sanctions stay in place.\n", "reuters")]
    [InlineData("МОСКВА, 5 июня. /ТАСС/. Как сообщает РИА Новости, переговоры о мирном договоре не возобновятся, пока действуют санкции против Москвы.\n", "tass")]
    public void AnOutletCitedInAStoryByAnother_DoesNotDisplaceThePublisher(string text, string outlet) =>
        Parse(text).OutletId.Should().Be(outlet);

    [Theory]
    [InlineData("Kyodo News | Jun 5, 2024\n\nTalks stall\n\n" + Story, "kyodo")]
    [InlineData("- Sputnik Mundo\n\nJapón y Rusia retoman el diálogo\n\n" + Spanish, "sputnik")]
    public void AMastheadWithItsSiteWordsOrStamp_NamesThePublisher(string text, string outlet) =>
        Parse(text).OutletId.Should().Be(outlet);

    [Theory]
    [InlineData("Reuters: Japan, Russia stall\n\n" + Story)]
    [InlineData("ТАСС: переговоры зашли в тупик\n\n" + Russian)]
    public void AHeadlineOpeningWithTheOutletItCites_IsNoMasthead(string text) =>
        Parse(text).OutletId.Should().BeNull();

    [Theory]
    [InlineData("Москва, 5 июня - РИА Новости. " + Russian, "ria-novosti")]
    [InlineData("МОСКВА, 5 июня. Интерфакс - " + Russian, "interfax")]
    public void AnAgencyAfterThePlaceAndDate_NamesTheWire(string text, string outlet) =>
        Parse(text).OutletId.Should().Be(outlet);

    [Theory]
    [InlineData(Japanese + "\n（時事）\n", "jiji")]
    [InlineData(Japanese + "\n【時事】\n", "jiji")]
    [InlineData(Chinese + "\n（来源：人民网）\n", "peoples-daily")]
    [InlineData(Story + "\nThis story was first published by Kyodo News.\n", "kyodo")]
    [InlineData(Russian + "\nОригинал статьи опубликован на сайте «Коммерсантъ».\n", "kommersant")]
    public void AClosingAgencyTagOrRepublicationCredit_NamesTheOutlet(string text, string outlet) =>
        Parse(text).OutletId.Should().Be(outlet);

    [Theory]
    [InlineData("Фото: ТАСС\n\n" + Russian)]
    [InlineData(Russian + "\nФото: © РИА Новости / Иван Петров\n")]
    public void APhotoCreditAlone_NamesNoPublisher(string text) =>
        Parse(text).OutletId.Should().BeNull();

    [Theory]
    [InlineData("By Jane Doe, Okhotsk Coast Weekly\n\n" + Story, "Okhotsk Coast Weekly")]
    [InlineData("Автор: Иван Петров, Курильская газета\n\n" + Russian, "Курильская газета")]
    [InlineData("Von Hans Müller, Ostsee-Zeitung\n\n" + German, "Ostsee-Zeitung")]
    [InlineData("Por Juan Pérez, Diario de Navarra\n\n" + Spanish, "Diario de Navarra")]
    public void ABylineNamingAnUncataloguedPublication_GivesItsName(string text, string name)
    {
        var article = Parse(text);

        article.OutletId.Should().BeNull();
        article.OutletName.Should().Be(name);
    }

    [Theory]
    [InlineData("By Jane Doe, Moscow correspondent\n\n" + Story)]
    [InlineData("By Jane Doe, News Editor\n\n" + Story)]
    [InlineData("Автор: Иван Петров, корреспондент газеты\n\n" + Russian)]
    public void ABylineNamingARole_GivesNoPublisher(string text) =>
        Parse(text).OutletName.Should().BeNull();

    // A byline without a prefix word: the author, a bar or a spaced dash, the outlet closing the line.
    [Theory]
    [InlineData("Nguyen Minh Anh | VnExpress\n\n" + Story, "vnexpress")]
    [InlineData("Jane Doe — Reuters\n\n" + Story, "reuters")]
    [InlineData("김민수 기자 | 연합뉴스\n\n" + Korean, "yonhap")]
    [InlineData(German + "\nAnna Weber | dpa\n", "dpa")]
    public void AnAuthorBarAndOutletLine_NamesThePublisher(string text, string outlet) =>
        Parse(text).OutletId.Should().Be(outlet);

    // A slash credits a photo; a hyphen joins a name; a story's sentence that ends in the outlet cites it.
    [Theory]
    [InlineData("Sergei Bobylev / TASS\n\n" + Russian)]
    [InlineData("Foto: Anna Weber | dpa\n\n" + German)]
    [InlineData(Story + "\nTalks stalled again on Tuesday, officials told | Reuters.\n")]
    public void ABarredLineThatIsNoByline_NamesNoPublisher(string text) =>
        Parse(text).OutletId.Should().BeNull();

    /// <summary>The agency's tag opens the story's first paragraph, under a short stamp or section line the segmenter left as text.</summary>
    [Theory]
    [InlineData("Talks stall\n\nWorld\n\nTOKYO, March 5 (Reuters) - " + Story, "reuters")]
    [InlineData("Les pourparlers piétinent\n\nmardi 5 mars 2024\n\nTokyo (AFP) - " + French, "afp")]
    [InlineData("Gespräche stocken\n\nDienstag, 5. März 2024\n\nTokio (dpa) - " + German, "dpa")]
    public void AnAgencyTagBelowAShortLine_NamesTheWire(string text, string outlet) =>
        Parse(text).OutletId.Should().Be(outlet);

    /// <summary>A bracketed outlet inside the story's sentence, past its opening, is a citation.</summary>
    [Theory]
    [InlineData("Talks stall\n\nWorld\n\nOfficials in Tokyo and Moscow, quoted by the agency (Reuters) on Tuesday, said talks on a peace treaty could not resume while sanctions stay in place.\n")]
    [InlineData("Gespräche stocken\n\nDienstag, 5. März 2024\n\nBeamte in Tokio sagten am Dienstag nach Angaben der Agentur (dpa), die Gespräche mit Moskau könnten vorerst nicht wieder aufgenommen werden.\n")]
    public void ABracketedOutletInsideTheStory_IsNoWire(string text) =>
        Parse(text).OutletId.Should().BeNull();

    /// <summary>A dateline whose "place" is an outlet's name is its tag ("KYODO NEWS -", "AGI -").</summary>
    [Theory]
    [InlineData("KYODO NEWS - Mar 5, 2024 - 14:20 | All, Japan, World\n\nTalks stall\n\n" + Story, "kyodo")]
    [InlineData("I colloqui si arenano\n\nAGI - I funzionari di Tokyo hanno detto martedì che i colloqui con Mosca su un trattato di pace non possono riprendere finché restano le sanzioni.\n", "agi")]
    public void ADatelineNamingAnOutletAsItsPlace_NamesTheWire(string text, string outlet) =>
        Parse(text).OutletId.Should().Be(outlet);

    /// <summary>A place in capitals opening the dateline is no outlet ("TOKYO -", "MOSCOW -").</summary>
    [Theory]
    [InlineData("Talks stall\n\nTOKYO - " + Story)]
    [InlineData("Переговоры зашли в тупик\n\nМОСКВА - " + Russian)]
    public void ADatelinePlace_IsNoOutlet(string text) =>
        Parse(text).Should().Match<ParsedArticle>(a => a.OutletId == null && a.OutletName == null);

    /// <summary>A cookie or consent banner above the masthead is page furniture: the masthead under it names the publisher.</summary>
    [Theory]
    [InlineData("We use cookies to improve your experience. Accept all\nThe Japan Times\nTalks stall\n\n" + Story, "japan-times")]
    [InlineData("Wir verwenden Cookies und ähnliche Technologien. Alle akzeptieren\nDER SPIEGEL\nGespräche stocken\n\n" + German, "spiegel")]
    [InlineData("Nous utilisons des cookies pour améliorer votre expérience. Accepter\nLe Figaro\nLes pourparlers piétinent\n\n" + French, "le-figaro")]
    [InlineData("Мы используем файлы cookie. Принять\nКоммерсантъ\nПереговоры зашли в тупик\n\n" + Russian, "kommersant")]
    public void ACookieBannerAboveTheMasthead_LeavesTheMasthead(string text, string outlet) =>
        Parse(text).OutletId.Should().Be(outlet);

    /// <summary>A cookie banner names no one; a story that mentions cookies is still a story.</summary>
    [Fact]
    public void ACookieBannerAlone_NamesNoPublisher() =>
        Parse("We use cookies to improve your experience. Accept all\nTalks stall\n\n" + Story).Should().Match<ParsedArticle>(a => a.OutletId == null && a.OutletName == null);

    /// <summary>A masthead written as the site's address ("VOV.VN", "Kompas.com", "Mediapool.bg").</summary>
    [Theory]
    [InlineData("VOV.VN\nTalks stall\n\n" + Story, "vov")]
    [InlineData("Mediapool.bg\nПереговоры зашли в тупик\n\n" + Russian, "mediapool")]
    public void AMastheadWrittenAsTheSitesAddress_NamesThePublisher(string text, string outlet) =>
        Parse(text).OutletId.Should().Be(outlet);

    /// <summary>A page cue is a whole word run: a domain inside a longer one is another site's.</summary>
    [Theory]
    [InlineData("https://www.rg.ru/2024/03/05/talks.html\nTalks stall\n\n" + Story, "rossiyskaya-gazeta")]
    [InlineData("https://www.sport-org.ru/2024/03/05/talks.html\nTalks stall\n\n" + Story, null)]
    [InlineData("https://biz.ru/news/talks\nTalks stall\n\n" + Story, null)]
    public void APageCue_MatchesWholeWords(string text, string? outlet) =>
        Parse(text).OutletId.Should().Be(outlet);
}
