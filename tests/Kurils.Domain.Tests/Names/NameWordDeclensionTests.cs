using FluentAssertions;
using Kurils.Domain.Languages;
using Kurils.Domain.Names;
using Xunit;

namespace Kurils.Domain.Tests.Names;

/// <summary>
/// Names of several words in running text: each word takes the endings of the text's language, an adjective's
/// ending giving way to another ("Южные Курилы" → "на Южных Курилах"), and a conjunction may join a second
/// modifier to the first word ("Южных и Средних Курил"). The names are this test's own, on the small test catalog.
/// </summary>
public sealed class NameWordDeclensionTests
{
    private static readonly KurilsCatalog Catalog = TestCatalog.Catalog.Extend([CatalogSource.FromString("declension.yaml", """
        territories:
          - id: test-south
            kind: island-group
            names:
              - { text: Южные Курилы, lang: ru-Cyrl, kind: variant }
              - { text: Південні Курили, lang: uk-Cyrl, kind: variant }
              - { text: Північні території, lang: uk-Cyrl, kind: variant, note: case-sensitive }
              - { text: Паўднёвыя Курылы, lang: be-Cyrl, kind: variant }
              - { text: Южни Курилски острови, lang: bg-Cyrl, kind: variant }
              - { text: Јужни Курили, lang: sr-Cyrl, kind: variant }
              - { text: Wyspy Kurylskie, lang: pl-Latn, kind: variant }
              - { text: Kurilské ostrovy, lang: cs-Latn, kind: variant }
            source: test
        instruments:
          - id: test-treaty
            kind: treaty
            names:
              - { text: мировни споразум, lang: sr-Cyrl, kind: variant }
              - { text: mírová smlouva, lang: cs-Latn, kind: variant }
              - { text: Совместная декларация, lang: ru-Cyrl, kind: variant }
            parties: [japan, russia]
            source: test
        """)]);

    private static List<(string Text, string Id)> Scan(string language, string text)
    {
        var packs = LanguagePacks.Default;
        var matches = new List<ScanMatch>();
        Catalog.Scanner.Scan(text, matches, packs.MorphologyOf(packs.Find(language)!));
        return [.. matches.Select(m => (text.Substring(m.Start, m.Length), m.Entries[0].Entity.Id))];
    }

    [Theory]
    [InlineData("ru", "Учения прошли на Южных Курилах в среду.", "Южных Курилах", "test-south")]
    [InlineData("ru", "Он управлял Южными Курилами десять лет.", "Южными Курилами", "test-south")]
    [InlineData("ru", "Жители Южных Курил получат суда.", "Южных Курил", "test-south")]
    [InlineData("ru", "Переговоры о заключении мирного договора идут.", "мирного договора", "peace-treaty")]
    [InlineData("ru", "Министр говорил о мирном договоре.", "мирном договоре", "peace-treaty")]
    [InlineData("ru", "Стороны подписали Совместную декларацию в Москве.", "Совместную декларацию", "test-treaty")]
    [InlineData("uk", "Навчання відбулися на Південних Курилах.", "Південних Курилах", "test-south")]
    [InlineData("uk", "Японія називає острови Північними територіями.", "Північними територіями", "test-south")]
    [InlineData("be", "Вучэнні прайшлі на Паўднёвых Курылах.", "Паўднёвых Курылах", "test-south")]
    [InlineData("bg", "Островът е част от Южните Курилски острови.", "Южните Курилски острови", "test-south")]
    [InlineData("sr", "Руси их зову Јужним Курилима.", "Јужним Курилима", "test-south")]
    [InlineData("sr", "Пре потписивања мировног споразума потребан је рад.", "мировног споразума", "test-treaty")]
    [InlineData("pl", "Rakiety stoją na Wyspach Kurylskich od roku.", "Wyspach Kurylskich", "test-south")]
    [InlineData("pl", "Mieszkańcy Wysp Kurylskich protestują.", "Wysp Kurylskich", "test-south")]
    [InlineData("cs", "Rakety stojí na Kurilských ostrovech.", "Kurilských ostrovech", "test-south")]
    [InlineData("cs", "Obě země dosud nepodepsaly mírovou smlouvu.", "mírovou smlouvu", "test-treaty")]
    public void Scan_EveryWordOfANameDeclines(string language, string text, string surface, string id) =>
        Scan(language, text).Should().Contain((surface, id));

    [Theory]
    [InlineData("ru", "Делегация жителей Южных и Средних Курил посетила Нагасаки.", "Южных и Средних Курил")]
    [InlineData("uk", "Делегація мешканців Південних і Середніх Курил відвідала Нагасакі.", "Південних і Середніх Курил")]
    [InlineData("be", "Жыхары Паўднёвых і Сярэдніх Курыл прыехалі.", "Паўднёвых і Сярэдніх Курыл")]
    public void Scan_ConjunctionJoinsASecondModifierToTheFirstWord(string language, string text, string surface) =>
        Scan(language, text).Should().Contain((surface, "test-south"));

    [Fact]
    public void Scan_ConjunctionAfterTheLastWord_EndsTheName() =>
        Scan("pl", "Mieszkańcy Wysp Kurylskich i Komandorskich protestują.").Should().Contain(("Wysp Kurylskich", "test-south"));

    [Theory]
    [InlineData("ru", "Жители Южных и средней Курил.")]   // the modifiers do not agree
    [InlineData("ru", "Жители Южных или Средних Курил.")] // not a conjunction the pack lists
    [InlineData("ru", "Жители Южнщх Курилах.")]           // not an ending of the language
    [InlineData("uk", "Острови називають північними територіями.")] // case-sensitive: lower case is an ordinary phrase
    public void Scan_WithoutAnEndingOrConjunctionOfTheLanguage_IsNotTheName(string language, string text) =>
        Scan(language, text).Should().NotContain(m => m.Id == "test-south");

    [Fact]
    public void Scan_EnglishTakesNoEndingsAndNoConjunctions()
    {
        Scan("en", "The Southerns Kurils were discussed.").Should().NotContain(m => m.Id == "test-group");
        Scan("en", "Talks on a peace and friendship treaty.").Should().NotContain(m => m.Id == "peace-treaty");
        Scan("en", "Talks on a peace treaty and the Southern Kurils.").Should().Equal(("peace treaty", "peace-treaty"), ("Southern Kurils", "test-group"));
    }

    [Fact]
    public void Scan_RunOfSpacesBetweenDeclinedWords_IsOneSeparator()
    {
        const string text = "Вчера на  Южных   Курилах, по данным ТАСС, прошли учения.";
        Scan("ru", text).Should().Contain(("Южных   Курилах", "test-south"));
    }
}
