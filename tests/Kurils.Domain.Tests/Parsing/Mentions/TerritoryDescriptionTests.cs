using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Mentions;

/// <summary>
/// Territories described rather than named (catalog names noted <c>generic</c>: "the four islands", "четыре острова",
/// "les îles disputées", 四島): a description is the disputed islands only in an article that also names the dispute,
/// by one of its territories or one of its instruments; alone, or beside a place that is no part of the dispute, it names
/// nothing. And one-word territory names the catalog writes only with a capital are no name in lower case
/// (курили, "they smoked", is not the Kurils). Checked on the shipped catalog, whose descriptions these are.
/// </summary>
public sealed class TerritoryDescriptionTests
{
    private static readonly LocalDate Published = new(2024, 6, 5);

    private static List<(string Id, string Text)> Territories(string text) =>
        [.. ArticleParser.Default.Parse(text, Published).Mentions.Where(m => m.Kind == EntityKind.Territory).Select(m => (m.Id, m.Span.Of(text)))];

    [Theory]
    [InlineData("Japan wants all four islands back. Russia says Kunashir is its territory.", "four islands")]
    [InlineData("Россия не отдаст четыре острова. На Итурупе строят аэропорт.", "четыре острова")]
    [InlineData("Tokio fordert die vier Inseln zurück. Auf Iturup leben Russen.", "vier Inseln")]
    [InlineData("Le Japon revendique les îles disputées, dont Itouroup.", "îles disputées")]
    [InlineData("日本は四島の返還を求めている。択捉島では軍事演習が行われた。", "四島")]
    [InlineData("Japonia domaga się zwrotu czterech wysp. Na Iturupie stacjonuje wojsko.", "czterech wysp")]
    public void ADescription_BesideANameOfTheDispute_IsTheDisputedIslands(string text, string description) =>
        Territories(text).Should().Contain(("disputed-islands", description));

    [Theory]
    [InlineData("Gorbachev agreed to name the four islands, and both sides said a peace treaty with Japan was the aim.", "four islands")]
    [InlineData("Стороны обсудили четыре острова и Декларацию 1956 года.", "четыре острова")]
    [InlineData("Las partes hablaron de las cuatro islas y de la Declaración Conjunta de 1956.", "cuatro islas")]
    public void ADescription_BesideAnInstrumentOfTheDispute_IsTheDisputedIslands(string text, string description) =>
        Territories(text).Should().Contain(("disputed-islands", description));

    [Theory]
    [InlineData("Greece plans to sell four islands in the Aegean to private investors.")]
    [InlineData("Греция выставила на продажу четыре острова в Эгейском море.")]
    [InlineData("Griechenland verkauft vier Inseln in der Ägäis.")]
    [InlineData("瀬戸内海の四島を結ぶ橋が完成した。")]
    [InlineData("Sengketa empat pulau antara Aceh dan Sumatera Utara diselesaikan.")]
    public void ADescription_Alone_NamesNothing(string text) =>
        Territories(text).Should().BeEmpty();

    [Theory]
    [InlineData("Tourists visit four islands off Hokkaido every summer.")]
    [InlineData("Туристы посещают четыре острова у Камчатки каждое лето.")]
    public void ADescription_BesideAPlaceThatIsNoPartOfTheDispute_NamesNothing(string text) =>
        Territories(text).Should().NotContain(t => t.Id == "disputed-islands");

    [Theory]
    [InlineData("Он курил у окна, а они курили на балконе.", "курил")]
    [InlineData("Вони курили на балконі до ранку.", "курили")]
    public void AOneWordTerritoryName_InLowerCase_IsNoName(string text, string word) =>
        Territories(text).Should().NotContain(t => t.Text == word);

    [Theory]
    [InlineData("Россия укрепляет оборону на Курилах.", "Курилах")]
    [InlineData("Японія претендує на Курили, заявили в Токіо.", "Курили")]
    public void AOneWordTerritoryName_WithItsCapital_IsTheName(string text, string word) =>
        Territories(text).Should().Contain(("kuril-islands", word));
}
