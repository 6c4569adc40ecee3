using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// Epithets ("the Russian leader") stand for whoever holds an office on the article's date; they are data (the
/// packs' <c>speech.epithets</c> and an office's <c>epithets</c> in the catalog), so an overlay brings its own and
/// the code knows none.
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

    private static CatalogSource Overlay(string epithets, bool replace = false) => CatalogSource.FromString(
        "overlay.yaml", "offices:\n  - id: president-of-russia\n" + (replace ? "    replace: [epithets]\n" : "") + "    epithets: " + epithets + "\n");

    [Fact]
    public void AnOverlay_AddsAnEpithetNoPackHas()
    {
        const string text = "The tenant of the Kremlin said the talks were over.";

        People(TestCatalog.Catalog, text).Should().BeEmpty();
        People(TestCatalog.Catalog.Extend([Overlay("[\"the tenant of the Kremlin\"]")]), text).Should().Equal(("The tenant of the Kremlin", "putin-vladimir"));
    }

    [Fact]
    public void AnOverlay_CanReplaceTheCatalogsEpithets()
    {
        const string text = "The tenant of the Kremlin said the talks were over.";
        var added = TestCatalog.Catalog.Extend([Overlay("[\"the tenant of the Kremlin\"]")]);

        People(added.Extend([Overlay("[]", replace: true)]), text).Should().BeEmpty();
    }
}
