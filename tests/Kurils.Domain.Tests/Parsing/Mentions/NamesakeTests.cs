using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Mentions;

/// <summary>
/// A person the catalog lacks who shares a catalog person's family name ("Taro Kishida, a fisherman") is not the catalog
/// person, and the bare family name after them is theirs; a given name that is the catalog person's in any language and
/// case, a word the packs know, and the capitals of a title-case line name no namesake.
/// </summary>
public sealed class NamesakeTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static ParsedArticle Parse(string text) => Parser.Parse(text);

    private static IEnumerable<string> People(ParsedArticle article) => article.Mentions.Where(m => m.Kind == EntityKind.Person).Select(m => m.Id);

    [Theory]
    [InlineData("Fishermen worry about the islands\n\nFishermen in Nemuro said on Monday that the talks had brought them nothing.\n\nTaro Kishida, a fisherman from Nemuro, has worked near Kunashir for thirty years. “We cannot go near the islands any more,” Kishida said.", "kishida-fumio", "Taro Kishida")]
    [InlineData("Рыбаки Немуро\n\nРыбаки из Немуро заявили в понедельник, что переговоры ничего им не дали.\n\nТаро Кисида, рыбак из Немуро, тридцать лет работает у Кунашира. «Мы больше не можем подойти к островам», — сказал Кисида.", "kishida-fumio", "Таро Кисида")]
    [InlineData("根室の漁師\n\n根室の漁師たちは、交渉は何ももたらさなかったと述べた。\n\n漁師の岸田太郎さんは国後島の近くで三十年働いてきた。岸田さんは「もう島に近づけない」と述べた。", "kishida-fumio", "岸田太郎")]
    [InlineData("Fischer in Nemuro\n\nDie Fischer in Nemuro sagten am Montag, die Gespräche hätten ihnen nichts gebracht.\n\nDer Fischer Jan Putin aus Nemuro arbeitet seit dreißig Jahren vor Kunaschir. „Wir können nicht mehr zu den Inseln fahren“, sagte Putin.", "putin-vladimir", "Jan Putin")]
    [InlineData("Rybacy z Nemuro\n\nRybacy z Nemuro powiedzieli w poniedziałek, że rozmowy nic im nie dały.\n\nJan Putin, rybak z Nemuro, od trzydziestu lat łowi u wybrzeży Kunaszyru. „Nie możemy już podpływać do wysp” – powiedział Putin.", "putin-vladimir", "Jan Putin")]
    public void NamesakeNamedInFull_IsNotTheCatalogPerson_AndSpeaksByTheirFullName(string text, string catalogPerson, string name)
    {
        var article = Parse(text);
        People(article).Should().NotContain(catalogPerson);
        var statement = article.Statements.Should().ContainSingle(s => s.Kind == StatementKind.Direct).Subject;
        statement.SpeakerId.Should().BeNull();
        statement.SpeakerName.Should().Be(name);
        statement.SpeakerNameSpan?.Of(text).Should().Be(name);
    }

    [Fact]
    public void KoreanNamesakeWithAnHonorific_IsNotTheCatalogPerson()
    {
        const string text = "네무로의 어부들\n\n네무로의 어부들은 협상이 아무것도 가져오지 않았다고 말했다.\n\n어부 기시다 다로 씨는 쿠나시르 근처에서 30년 동안 일했다. 기시다 씨는 \"이제 섬에 갈 수 없다\"고 말했다.";
        var article = Parse(text);
        People(article).Should().NotContain("kishida-fumio");
        article.Statements.Should().NotContain(s => s.SpeakerId == "kishida-fumio");
    }

    [Theory]
    [InlineData("Kishida in Nemuro\n\nPrime Minister Fumio Kishida visited Nemuro on Monday and looked at Kunashir across the strait.\n\n“We will not give up the islands,” Kishida said.")]
    [InlineData("Кисида в Немуро\n\nПремьер Фумио Кисида в понедельник посетил Немуро и посмотрел на Кунашир через пролив.\n\n«Мы не откажемся от островов», — сказал Кисида.")]
    [InlineData("岸田首相が根室を訪問\n\n岸田文雄首相は根室を訪れ、国後島を望んだ。岸田首相は「島を諦めない」と述べた。")]
    public void CatalogPersonNamedInFull_KeepsTheBareFamilyName(string text) =>
        Parse(text).Statements.Should().Contain(s => s.SpeakerId == "kishida-fumio");

    [Theory]
    [InlineData("Herr")]
    [InlineData("Señor")]
    public void WordOnlyAnotherLanguagesPackKnows_NamesNoNamesake(string title)
    {
        // The article's own pack is looked in first; a word it does not know is looked up in every other pack.
        var text = $"Kishida in Nemuro\n\nThe visit drew reporters from abroad on Monday.\n\nA reporter asked {title} Kishida about the islands. “We will not give up the islands,” Kishida said.";
        var article = Parse(text);
        article.Language.Should().Be("en");
        article.Statements.Should().ContainSingle(s => s.Kind == StatementKind.Direct).Which.SpeakerId.Should().Be("kishida-fumio");
    }

    [Fact]
    public void BareFamilyName_FollowsTheFullMentionBeforeIt()
    {
        const string text = "Two men named Kishida\n\nPrime Minister Fumio Kishida visited Nemuro on Monday. “We will not give up the islands,” Kishida said.\n\nTaro Kishida, a fisherman from Nemuro, listened in the crowd. “We cannot go near the islands any more,” Kishida said.";
        var quotes = Parse(text).Statements.Where(s => s.Kind == StatementKind.Direct).ToList();
        quotes.Select(s => s.SpeakerId).Should().Equal("kishida-fumio", null);
        quotes[1].SpeakerName.Should().Be("Taro Kishida");
    }

    [Theory]
    [InlineData("Japan Welcomes Kishida Back Home\n\nThe prime minister returned from Moscow on Monday after two days of talks on the islands.")]
    [InlineData("Kishida in Moscow\n\nWhen Kishida visited Moscow in the spring, the talks on the islands went nowhere.")]
    [InlineData("Putin in Tokyo\n\nRussia's Putin said the islands were Russian and would stay so for as long as anybody could foresee.")]
    [InlineData("Putin in Tokio\n\nDer russische Präsident Wladimir Putin sagte am Montag, die Inseln gehörten zu Russland.")]
    [InlineData("Putin w Tokio\n\nPrezydent Władimir Putin powiedział w poniedziałek, że wyspy należą do Rosji i tak zostanie.")]
    [InlineData("Putin in Tokio\n\nAm Montag sagte Kremlchef Putin, die Inseln gehörten zu Russland und blieben es.")]
    [InlineData("Putin in Moscow\n\nAfter the talks in Moscow Putin said the islands were Russian and would stay so.")]
    [InlineData("Путин в Москве\n\nПосле переговоров в Москве Путин заявил, что острова останутся российскими.")]
    [InlineData("Руденко в Токио\n\nВ понедельник Замминистра Руденко заявил, что переговоры об островах продолжатся.")]
    public void CapitalisedWordThatIsNoGivenName_KeepsTheCatalogPerson(string text) =>
        People(Parse(text)).Should().NotBeEmpty();

    [Theory]
    [InlineData("Састанак у Токију\n\nПутин се састао са Шинзом Абеом у Токију, где су разговарали о острвима и мировном споразуму.", "abe-shinzo")]
    [InlineData("Встреча в Токио\n\nПутин встретился с Синдзо Абэ в Токио и обсудил с ним острова и мирный договор.", "abe-shinzo")]
    public void DeclinedGivenNameOfTheCatalogPerson_KeepsThem(string text, string person) =>
        People(Parse(text)).Should().Contain(person);
}
