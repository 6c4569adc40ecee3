using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Mentions;

/// <summary>
/// A generic name ("peace treaty", "мирный договор", 平和条約) is the Japan–Russia peace treaty only where the
/// context is Japan and Russia: other countries sign peace treaties too. Sentences written for the test, parsed with
/// the shipped catalog and packs.
/// </summary>
public sealed class GenericInstrumentNamesTests
{
    private static bool NamesThePeaceTreaty(string text) =>
        ArticleParser.Default.Parse(text).Mentions.Any(m => m.Kind == EntityKind.Instrument && m.Id == "peace-treaty");

    [Theory]
    [InlineData("Egypt and Israel signed a peace treaty in 1979 after the Camp David talks.")]
    [InlineData("South Korea said a peace treaty with the North should replace the 1953 armistice.")]
    [InlineData("Russia and Ukraine remain far from a peace treaty, Kyiv said on Monday.")]
    [InlineData("Армения и Азербайджан парафировали мирный договор, сообщили в Ереване.")]
    [InlineData("Россия и Украина обсуждали в Стамбуле мирный договор.")]
    [InlineData("韓国と北朝鮮は朝鮮戦争の後、平和条約を結んでいない。")]
    [InlineData("埃及和以色列于1979年签署了和平条约。")]
    [InlineData("한국은 북한과 평화조약을 맺어 정전협정을 대체하자고 제안했다.")]
    [InlineData("L'Arménie et l'Azerbaïdjan ont paraphé un traité de paix à Washington.")]
    [InlineData("Russland und die Ukraine verhandelten in Istanbul über einen Friedensvertrag.")]
    public void GenericName_AmongOtherCountries_IsNotTheJapanRussiaTreaty(string text) =>
        NamesThePeaceTreaty(text).Should().BeFalse();

    [Theory]
    [InlineData("Japan and Russia have never signed a peace treaty because of the dispute over the islands.")]
    [InlineData("Kishida said Tokyo still seeks a peace treaty with Moscow.")]
    [InlineData("Япония и Россия так и не подписали мирный договор.")]
    [InlineData("日本とロシアは平和条約を締結していない。")]
    [InlineData("日本和俄罗斯至今未签署和平条约。")]
    [InlineData("러시아는 일본과의 평화조약 협상을 중단했다.")]
    [InlineData("Le Japon et la Russie n'ont jamais signé de traité de paix.")]
    [InlineData("Japan und Russland haben nie einen Friedensvertrag unterzeichnet.")]
    public void GenericName_BesideTheParties_IsTheJapanRussiaTreaty(string text) =>
        NamesThePeaceTreaty(text).Should().BeTrue();

    [Theory]
    [InlineData("The dispute over the Kuril Islands has lasted since 1945. A peace treaty is still out of reach.")]
    [InlineData("Спор о Курильских островах длится с 1945 года. Мирный договор так и не подписан.")]
    [InlineData("北方領土の問題は解決していない。平和条約はまだ結ばれていない。")]
    public void GenericName_InTheSentenceAfterTheIslands_IsTheJapanRussiaTreaty(string text) =>
        NamesThePeaceTreaty(text).Should().BeTrue();

    [Fact]
    public void GenericName_FarFromAnyCountry_TakesTheNearestNamedBeforeIt()
    {
        const string text = "Japan protested the Russian drills on Iturup on Monday.\n\n" +
            "The ministry said the drills were regrettable.\n\n" +
            "Officials added that the talks had stalled. The peace treaty, they said, remained the goal.";
        NamesThePeaceTreaty(text).Should().BeTrue();
    }

    [Fact]
    public void GenericName_InAParagraphAboutOtherCountries_IsNotTheJapanRussiaTreaty()
    {
        const string text = "Japan protested the Russian drills on Iturup on Monday.\n\n" +
            "In other news, South Korea held talks with China in Beijing.\n\n" +
            "Officials there added that the talks had stalled. A peace treaty, they said, remained the goal.";
        NamesThePeaceTreaty(text).Should().BeFalse();
    }

    [Fact]
    public void NameOfTheParties_AmongOtherCountries_IsStillTheJapanRussiaTreaty()
    {
        const string text = "Ukraine and China were also discussed, but the Japan-Russia peace treaty stayed off the agenda.";
        NamesThePeaceTreaty(text).Should().BeTrue();
    }
}
