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
}
