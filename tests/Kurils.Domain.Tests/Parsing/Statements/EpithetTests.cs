using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// Epithets ("the Russian leader") stand for whoever holds an office on the article's date; they are the language
/// packs' data (<c>speech.epithets</c>, by office id), so a pack brings its own and the code knows none.
/// </summary>
public sealed class EpithetTests
{
    private static readonly LocalDate Date = new(2024, 6, 5);

    private static List<(string Text, string Id)> People(KurilsCatalog catalog, string text) =>
        [.. new ArticleParser(catalog).Parse(text, Date).Mentions.Where(m => m.Kind == EntityKind.Person).Select(m => (m.Span.Of(text), m.Id))];

    [Theory]
    [InlineData("The Russian leader said the talks were over.", "The Russian leader")]
    [InlineData("Переговоры невозможны, заявил российский лидер журналистам.", "российский лидер")]
    [InlineData("По словам главы государства, переговоры невозможны; глава государства это подтвердил.", "главы государства")]
    [InlineData("Le chef du Kremlin a déclaré que les négociations étaient terminées.", "Le chef du Kremlin")]
    [InlineData("El líder ruso dijo que las negociaciones habían terminado.", "El líder ruso")]
    [InlineData("Der Kremlchef sagte, die Verhandlungen seien beendet.", "Der Kremlchef")]
    public void AnEpithetOfThePacks_IsTheHolderOnTheDate(string text, string epithet) =>
        People(TestCatalog.Catalog, text).Should().Contain((epithet, "putin-vladimir"));
}
