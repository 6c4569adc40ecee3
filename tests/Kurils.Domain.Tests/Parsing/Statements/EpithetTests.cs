using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// Epithets ("the Russian leader") stand for whoever holds an office on the article's date; they are catalog
/// data (an office's <c>epithets</c>), so an overlay brings its own and the code knows none.
/// </summary>
public sealed class EpithetTests
{
    private static readonly LocalDate Date = new(2024, 6, 5);

    private static List<(string Text, string Id)> People(KurilsCatalog catalog, string text) =>
        [.. new ArticleParser(catalog).Parse(text, Date).Mentions.Where(m => m.Kind == EntityKind.Person).Select(m => (m.Span.Of(text), m.Id))];

    [Theory]
    [InlineData("The Russian leader said the talks were over.", "The Russian leader")]
    [InlineData("Переговоры невозможны, заявил российский лидер журналистам.", "российский лидер")]
    [InlineData("По словам главы государства, переговоры невозможны; глава государства это подтвердил.", "глава государства")]
    public void AnEpithetOfTheCatalog_IsTheHolderOnTheDate(string text, string epithet) =>
        People(TestCatalog.Catalog, text).Should().Contain((epithet, "putin-vladimir"));

    [Fact]
    public void AnOverlay_AddsAnEpithetInAnotherLanguage()
    {
        const string text = "Le chef du Kremlin a déclaré que les négociations étaient terminées.";
        var overlay = CatalogSource.FromString("overlay.yaml", "offices:\n  - id: president-of-russia\n    epithets: [\"le chef du Kremlin\"]\n");

        People(TestCatalog.Catalog, text).Should().BeEmpty();
        People(TestCatalog.Catalog.Extend([overlay]), text).Should().Equal(("Le chef du Kremlin", "putin-vladimir"));
    }

    [Fact]
    public void AnOverlay_CanReplaceTheEpithets()
    {
        var overlay = CatalogSource.FromString("overlay.yaml", "offices:\n  - id: president-of-russia\n    replace: [epithets]\n    epithets: []\n");
        People(TestCatalog.Catalog.Extend([overlay]), "The Russian leader said the talks were over.").Should().BeEmpty();
    }
}
