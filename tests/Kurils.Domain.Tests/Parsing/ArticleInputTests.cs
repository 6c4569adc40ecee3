using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing;

/// <summary>
/// <see cref="ArticleParser.Parse(ArticleInput)"/>: what the caller knows about an article (its date, outlet,
/// language) takes precedence over what the page shows (issue 13, point 2).
/// </summary>
public sealed class ArticleInputTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    /// <summary>A dateline the parser dates by itself: "February 15" that the text calls Monday, in Kato's term.</summary>
    private const string DatedByItsText = "Stance unchanged\n\nTOKYO, February 15. /TASS/. Japan's stance is unchanged, Chief Cabinet Secretary Katsunobu Kato said on Monday.\n";

    [Fact]
    public void Parse_NothingGiven_IsTheParseOfTheText()
    {
        var text = "Hayashi said on Thursday that Etorofu is Japanese.";

        Parser.Parse(new ArticleInput(text)).Should().Be(Parser.Parse(text));
    }

    [Fact]
    public void Parse_GivenPublished_WinsOverTheDateTheTextImplies()
    {
        var inferred = Parser.Parse(DatedByItsText);
        var given = Parser.Parse(new ArticleInput(DatedByItsText) { Published = new LocalDate(2023, 1, 10) });

        inferred.ReferenceDateSource.Should().Be(ReferenceDateSource.Inferred);
        inferred.ReferenceDate.Should().Be(new LocalDate(2021, 2, 15));
        given.ReferenceDate.Should().Be(new LocalDate(2023, 1, 10));
        given.ReferenceDateSource.Should().Be(ReferenceDateSource.Given);
        given.ReferenceDate.Should().NotBe(inferred.ReferenceDate);
    }

    [Theory]
    [InlineData("Hayashi said Etorofu is Japanese.", null)]
    [InlineData("MOSCOW, June 5. /TASS/. Putin said the islands are Russian.", "tass")]
    public void Parse_GivenOutlet_WinsOverTheOutletThePageShows(string text, string? shown)
    {
        Parser.Parse(text).OutletId.Should().Be(shown);

        Parser.Parse(new ArticleInput(text) { OutletId = "kyodo" }).OutletId.Should().Be("kyodo");
    }

    [Fact]
    public void Parse_GivenOutletThatThePageCreditsAsTheWire_IsNotAlsoTheWire()
    {
        var text = "MOSCOW, June 5. /TASS/. Putin said the islands are Russian.";

        var article = Parser.Parse(new ArticleInput(text) { OutletId = "tass" });

        article.OutletId.Should().Be("tass");
        article.WireId.Should().NotBe("tass");
    }

    [Theory]
    [InlineData("Путин заявил, что Итуруп — российский остров.", "ru", "ru-Latn")]
    [InlineData("Hayashi said Etorofu is Japanese.", "en", "en-GB")]
    public void Parse_GivenLanguage_WinsOverTheDetectedOne(string text, string detected, string given)
    {
        Parser.Parse(text).Language.Should().Be(detected);

        Parser.Parse(new ArticleInput(text) { Language = given }).Language.Should().Be(given);
    }

    [Fact]
    public void Parse_IdAndUrl_DoNotChangeTheParse()
    {
        var text = "Hayashi said Etorofu is Japanese.";

        Parser.Parse(new ArticleInput(text) { Id = "a-1", Url = "https://example.org/a" }).Should().Be(Parser.Parse(text));
    }

    [Fact]
    public void Parse_UnknownOutletId_Throws()
    {
        var act = () => Parser.Parse(new ArticleInput("text") { OutletId = "kyodo-news" });

        act.Should().Throw<ArgumentException>().WithMessage("*'kyodo-news' is not an outlet id*");
    }

    [Fact]
    public void ArticleInput_NullText_Throws()
    {
        var act = () => new ArticleInput(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
