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

    [Theory]
    [InlineData("Moscow has deployed missiles on Iturup and Kunashir, drawing a protest from Tokyo, which says the islands are an inherent part of Japan's territory.")]
    [InlineData("МИД России назвал провокацией визит японских депутатов к берегам Кунашира и напомнил, что острова являются неотъемлемой частью России.")]
    [InlineData("ロシアが択捉島と国後島に地対艦ミサイルを配備したことについて、政府はわが国の立場と相いれないとして抗議した。")]
    [InlineData("日本政府就俄罗斯在择捉岛部署导弹提出抗议，称北方四岛是日本固有领土。")]
    [InlineData("일본 정부는 쿠릴열도 남부 4개 섬의 영유권을 주장하며 러시아에 반환을 요구해 왔다.")]
    [InlineData("Former residents of Etorofu, now in their late eighties, urged the government not to give up on the islands, saying time is running out.")]
    [InlineData("Il Giappone rivendica la sovranità sulle isole Curili meridionali, occupate dall'Unione Sovietica nel 1945.")]
    [InlineData("Японія вимагає повернення Південних Курил, які Радянський Союз окупував у 1945 році.")]
    public void AProtestOrAClaim_IsAboutTheDispute_InEveryLanguage(string text) => About(text).Should().BeTrue(text);

    [Theory]
    [InlineData("Россия не видит оснований для переговоров о мирном договоре с Японией, пока Токио сохраняет санкции.")]
    [InlineData("Токио и Москва не смогли договориться: с мирным договором придется подождать, заявили в Японии.")]
    [InlineData("Японія і Росія досі не уклали мирного договору, нагадали в Токіо.")]
    public void ThePeaceTreatyInAnyCase_IsTheDisputesWord(string text) => About(text).Should().BeTrue(text);

    [Theory]
    [InlineData("The Ebeko volcano on Paramushir erupted again. Ash rose 3 km, and a volcanic eruption alert was raised for Kunashir's Tyatya volcano too.")]
    [InlineData("Вулкан Эбеко на Парамушире выбросил пепел на высоту 3 км. На Итурупе также активизировался вулкан Кудрявый, извержение может начаться в ближайшие дни.")]
    [InlineData("国後島の爺爺岳で噴火が発生し、噴煙が高さ3000メートルに達した。気象庁によると、周辺では降灰のおそれがある。")]
    [InlineData("Ein Vulkanausbruch auf der Kurileninsel Iturup hat eine Aschewolke ausgelöst; der Flugverkehr wurde eingestellt.")]
    public void AVolcanoNearTheIslands_IsNotAboutTheDispute(string text) => About(text).Should().BeFalse(text);

    [Theory]
    [InlineData("A Japanese fishing boat capsized near Kunashir on Monday; three fishermen were rescued by a Russian border patrol vessel and two are missing.")]
    [InlineData("У берегов Шикотана перевернулось рыболовецкое судно, спасены трое рыбаков, поиски двоих продолжаются.")]
    [InlineData("色丹島沖で日本の漁船が転覆し、乗組員3人が救助された。残る2人の捜索が続いている。")]
    public void AFishingAccidentNearTheIslands_IsNotAboutTheDispute(string text) => About(text).Should().BeFalse(text);

    [Theory]
    [InlineData("Tourists on Iturup can now visit the hot springs and the Baransky volcano; the tourism season opens in June, and a new hotel has been built for hikers.")]
    [InlineData("На Итурупе открылся туристический сезон: туристы могут посетить вулкан Баранского и горячие источники, построена новая гостиница.")]
    [InlineData("A powerful storm brought heavy snowfall and gale-force winds to Kunashir and Iturup, the weather service said, closing schools and the airport.")]
    [InlineData("На Южные Курилы обрушился циклон: на Кунашире и Итурупе ожидается сильный снег и шторм, сообщили синоптики; отменены рейсы.")]
    public void TourismOrWeatherOnTheIslands_IsNotAboutTheDispute(string text) => About(text).Should().BeFalse(text);

    [Theory]
    [InlineData("Sakhalin Energy said output at the Sakhalin-2 LNG plant rose 5% this year, with most cargoes shipped to Japan and South Korea.")]
    [InlineData("«Сахалин Энерджи» увеличила добычу нефти на проекте «Сахалин-2»; большая часть СПГ отправляется в Японию.")]
    public void ASakhalinOilStory_IsNotAboutTheDispute(string text) => About(text).Should().BeFalse(text);

    [Theory]
    [InlineData("择捉岛附近海域发生6.1级地震，震源深度50公里。日本气象厅表示，此次地震不会引发海啸。")]
    [InlineData("쿠릴열도 이투룹섬 인근 해역에서 규모 6.1의 지진이 발생했다. 쓰나미 위험은 없는 것으로 알려졌다.")]
    [InlineData("Un terremoto de magnitud 6,1 sacudió las islas Kuriles cerca de Iturup. No se emitió alerta de tsunami.")]
    [InlineData("Trzęsienie ziemi o magnitudzie 6,1 nawiedziło Kuryle w pobliżu Iturupu. Nie wydano ostrzeżenia przed tsunami.")]
    [InlineData("Землетрус магнітудою 6,1 стався поблизу Ітурупу. Загрози цунамі немає.")]
    public void AnEarthquakeNearTheIslands_IsNotAboutTheDispute_InMoreLanguages(string text) => About(text).Should().BeFalse(text);
}
