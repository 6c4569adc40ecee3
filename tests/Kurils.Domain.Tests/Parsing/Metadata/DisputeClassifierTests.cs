using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Metadata;

/// <summary>
/// Aboutness: a story about the talks is about the dispute, a story that only happens near the islands
/// (an earthquake, a volcano, a fishing catch, a trip) is not. Each article is a few sentences written for the test.
/// </summary>
public sealed class DisputeClassifierTests
{
    private static bool About(string text) => ArticleParser.Default.Parse(text).AboutDispute;

    [Theory]
    [InlineData("Japan and Russia resumed talks on a peace treaty on Monday. Tokyo insists on its sovereignty over Iturup and Kunashir.")]
    [InlineData("Министр заявил, что территориальный спор вокруг Итурупа и Кунашира не мешает диалогу о мирном договоре.")]
    [InlineData("外務省は、択捉島と国後島の返還を求める立場に変わりはないとして、領土問題の解決に意欲を示した。")]
    [InlineData("Le ministre a rappelé que la souveraineté sur Iturup et Kounachir reste au cœur du différend territorial.")]
    [InlineData("Der Minister sagte, der Streit um die Souveränität über Iturup verhindere weiter einen Friedensvertrag.")]
    [InlineData("El ministro dijo que la soberanía sobre Iturup sigue impidiendo la firma de un tratado de paz con Japón.")]
    [InlineData("Minister powiedział, że spór terytorialny o Iturup blokuje zawarcie traktatu pokojowego z Japonią.")]
    public void TalksAboutSovereignty_AreAboutTheDispute(string text) => About(text).Should().BeTrue();

    [Theory]
    [InlineData("A magnitude 6.1 earthquake struck off Iturup on Tuesday. No tsunami warning was issued after the quake, and the earthquake caused no damage.")]
    [InlineData("На Итурупе произошло землетрясение магнитудой 5,8. Угрозы цунами нет, сообщили сейсмологи; землетрясение ощущалось в Курильске.")]
    [InlineData("択捉島付近で地震があり、最大震度3を観測した。この地震による津波の心配はない。")]
    [InlineData("Un séisme de magnitude 6 a secoué Itouroup mardi. Aucun tsunami n'est attendu après ce séisme.")]
    [InlineData("Ein Erdbeben der Magnitude 6 erschütterte Iturup. Eine Tsunami-Warnung gab es nach dem Erdbeben nicht.")]
    public void AnEarthquakeNearTheIslands_IsNotAboutTheDispute(string text) => About(text).Should().BeFalse();

    [Fact]
    public void AnEarthquakeStoryWithOneLineOfBackground_IsNotAboutTheDispute() =>
        About("A strong earthquake of magnitude 7.0 hit near Iturup. The quake was followed by a small tsunami, and a second earthquake "
            + "shook the island an hour later. The island is claimed by Japan.").Should().BeFalse();

    [Fact]
    public void TheTalksWithAPassingEarthquake_AreAboutTheDispute() =>
        About("The foreign ministers discussed the territorial dispute over Kunashir and a peace treaty. Sovereignty remained the obstacle, "
            + "although both sides offered help after last week's earthquake.").Should().BeTrue();

    [Theory]
    [InlineData("Путина у берегов Южных Курил: вылов лосося превысил прошлогодний, рыбаки выполнили квоту. Улов сдан на переработку.")]
    [InlineData("Japanese fishermen around the Northern Territories kept their fishing catch quota unchanged, the fisheries agency said of the fishing season.")]
    public void AFishingCatchNearTheIslands_IsNotAboutTheDispute(string text) => About(text).Should().BeFalse();

    [Fact]
    public void APoliticalFramingNameWithoutNearbyWords_IsAboutTheDispute() =>
        About("Former residents of the Northern Territories met the prime minister in Tokyo on Friday.").Should().BeTrue();

    [Fact]
    public void AnUndisputedPlace_IsNeverAboutTheDispute() =>
        About("Sakhalin officials discussed sovereignty and a territorial reform of the region's districts.").Should().BeFalse();

    [Fact]
    public void ThePeaceTreatyAlone_NamesTheDispute() =>
        About("Moscow said it saw no basis for talks on a peace treaty while Tokyo kept its sanctions, and spoke of the territorial question.").Should().BeTrue();
}
