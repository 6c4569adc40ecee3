using FluentAssertions;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Mentions;

/// <summary>
/// Instruments described rather than named ("a 1956 joint declaration"): the kind words are the packs'
/// <c>dispute.instruments</c>, read in the article's languages; the year picks the one instrument of the kind.
/// </summary>
public sealed class InstrumentDescriptionTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static List<(string Text, string Id)> Described(ArticleParser parser, string text) =>
        [.. parser.Parse(text).Mentions.Where(m => m.Kind == EntityKind.Instrument && m.Method == MentionMethod.Description).Select(m => (m.Span.Of(text), m.Id))];

    [Theory]
    [InlineData("In 1956, the Soviet Union and Japan signed a joint declaration on ending the state of war.", "joint declaration")]
    [InlineData("Совместная декларация 1956 года восстановила дипломатические отношения между странами.", "Совместная декларация")]
    [InlineData("1956年の共同宣言で両国の国交が回復した。", "共同宣言")]
    [InlineData("1956年签署的共同宣言恢复了两国的外交关系。", "共同宣言")]
    [InlineData("Nel 1956 l'URSS e il Giappone adottarono una dichiarazione congiunta che pose fine allo stato di guerra.", "dichiarazione congiunta")]
    [InlineData("En 1956, la URSS y Japón firmaron una declaración conjunta que puso fin al estado de guerra.", "declaración conjunta")]
    [InlineData("En 1956, l'URSS et le Japon ont signé une déclaration commune mettant fin à l'état de guerre.", "déclaration commune")]
    [InlineData("Według wspólnej deklaracji z 1956 roku dwie wyspy miały wrócić do Japonii.", "wspólnej deklaracji")]
    public void AKindWordWithTheYear_NamesTheInstrument(string text, string words) =>
        Described(Parser, text).Should().Equal((words, "joint-declaration-1956"));

    [Theory]
    [InlineData("Tokyo rivendica le isole riferendosi al Trattato bilaterale sul commercio e le frontiere del 1855.", "Trattato")]
    [InlineData("Tokio se remite al tratado bilateral de comercio y fronteras de 1855.", "tratado")]
    [InlineData("Tokio beruft sich auf den Vertrag über Handel und Grenzen von 1855.", "Vertrag")]
    [InlineData("Tokio powołuje się na traktat o handlu i granicach z 1855 roku.", "traktat")]
    public void ATreatyWordWithTheYear_NamesTheTreatyOfThatYear(string text, string words) =>
        Described(Parser, text).Should().Equal((words, "shimoda-1855"));

    [Theory]
    [InlineData("They cited a joint declaration on ending the state of war between the two countries.")]
    [InlineData("In 1957, the two countries issued a joint declaration on fisheries and trade.")]
    public void WithoutTheYearItWasSigned_NothingIsNamed(string text) =>
        Described(Parser, text).Should().BeEmpty();

    [Fact]
    public void APackOfAnUnshippedLanguage_BringsItsKindWords()
    {
        var languages = LanguagePacks.Default.With([CatalogSource.FromFile(Path.Combine(AppContext.BaseDirectory, "TestData", "languages", "sw.yaml"))]);
        const string text = "Waziri alisema kwamba tamko la pamoja la mwaka 1956 ni sehemu ya historia, na pia kwamba mazungumzo ya amani yataendelea.";

        Described(new ArticleParser(TestCatalog.Catalog, languages), text).Should().Equal(("tamko la pamoja", "joint-declaration-1956"));
        Described(Parser, text).Should().BeEmpty("no shipped pack knows the Swahili words");
    }
}
