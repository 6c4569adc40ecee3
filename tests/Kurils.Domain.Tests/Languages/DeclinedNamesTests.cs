using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Languages;

/// <summary>
/// The shipped catalog's names of several words and island groups, found in the forms each language writes them
/// in running text (declined, with articles, across a conjunction), in sentences written for these tests.
/// </summary>
public sealed class DeclinedNamesTests
{
    [Theory]
    [InlineData("Министр заявил, что Россия готова обсуждать с Токио заключение мирного договора.", "мирного договора", "peace-treaty")]
    [InlineData("Переговоры по мирному договору с Японией, по словам министра, зашли в тупик.", "мирному договору с Японией", "peace-treaty")]
    [InlineData("Жители Южных Курил получат новые суда, сообщили в правительстве области.", "Южных Курил", "disputed-islands")]
    [InlineData("Туристы из Японии побывали на Курильских островах прошлым летом, сообщили в администрации.", "Курильских островах", "kuril-islands")]
    [InlineData("Японские политики говорят о южной части Курильских островов как о своей земле.", "южной части Курильских островов", "disputed-islands")]
    [InlineData("Токио претендует на острова южной части Курил, заявили в министерстве.", "южной части Курил", "disputed-islands")]
    [InlineData("Делегация жителей Южных и Средних Курил посетила японскую префектуру.", "Южных и Средних Курил", "disputed-islands")]
    [InlineData("В 1956 году СССР и Япония подписали Совместную декларацию, в которой Москва согласилась на уступки.", "Совместную декларацию", "joint-declaration-1956")]
    [InlineData("Японские власти по-прежнему называют эти острова Северными территориями.", "Северными территориями", "disputed-islands")]
    public void Russian(string text, string surface, string id) => Finds(text, surface, id);

    [Theory]
    [InlineData("Японія претендує на чотири острови Курильської гряди, повідомили в міністерстві.", "Курильської гряди", "kuril-islands")]
    [InlineData("Росія розмістила ракети на Курильських островах, заявили в Токіо.", "Курильських островах", "kuril-islands")]
    [InlineData("Уряд Японії називає ці острови Північними територіями, а Росія їх не віддає.", "Північними територіями", "disputed-islands")]
    [InlineData("Переговори щодо мирного договору між Японією та Росією зупинилися.", "мирного договору", "peace-treaty")]
    public void Ukrainian(string text, string surface, string id) => Finds(text, surface, id);

    [Theory]
    [InlineData("Путин је рекао да је потребно још много рада пре потписивања мировног споразума са Јапаном.", "мировног споразума", "peace-treaty")]
    [InlineData("То није учињено због територијалног спора око Курилских острва.", "Курилских острва", "kuril-islands")]
    [InlineData("Острва која Руси зову Јужним Курилима Јапан сматра својим.", "Јужним Курилима", "disputed-islands")]
    public void Serbian(string text, string surface, string id) => Finds(text, surface, id);

    [Theory]
    [InlineData("Островът е част от веригата на Южните Курилски острови и е близо до Хокайдо.", "Южните Курилски острови", "disputed-islands")]
    [InlineData("Островът е част от веригата на Южните Курилски острови и е близо до Хокайдо.", "Хокайдо", "hokkaido")]
    public void Bulgarian(string text, string surface, string id) => Finds(text, surface, id);

    [Theory]
    [InlineData("Rosja rozmieściła nowe rakiety na Wyspach Kurylskich, poinformowało ministerstwo obrony.", "Wyspach Kurylskich", "kuril-islands")]
    public void Polish(string text, string surface, string id) => Finds(text, surface, id);

    [Theory]
    [InlineData("Podle ministerstva je jasné, že Japonsko a Rusko také dosud nepodepsaly mírovou smlouvu, která by ukončila spor.", "mírovou smlouvu", "peace-treaty")]
    [InlineData("Podle ministerstva je ruská armáda na Kurilských ostrovech, které jsou sporné, také letos a cvičí se tam.", "Kurilských ostrovech", "kuril-islands")]
    public void Czech(string text, string surface, string id) => Finds(text, surface, id);

    [Theory]
    [InlineData("Rusia menghentikan pembicaraan tentang perjanjian damai dengan Jepang terkait Kepulauan Kuril.", "perjanjian damai", "peace-treaty")]
    [InlineData("Masalah utama adalah kepemilikan Kepulauan Kuril selatan oleh Rusia.", "Kepulauan Kuril selatan", "disputed-islands")]
    public void Indonesian(string text, string surface, string id) => Finds(text, surface, id);

    [Theory]
    [InlineData("Gorbachev agreed to name the four islands the Soviets seized in 1945, Kunashir among them.", "four islands", "disputed-islands")]
    [InlineData("Fishing in the waters off the disputed islands, Shikotan's among them, was also discussed.", "disputed islands", "disputed-islands")]
    [InlineData("Putin offered Japan the return of Shikotan and the Habomais if it signed.", "Habomais", "habomai")]
    [InlineData("In 1956 the two countries signed the Joint Declaration, which ended the state of war.", "Joint Declaration", "joint-declaration-1956")]
    public void English(string text, string surface, string id) => Finds(text, surface, id);

    [Theory]
    [InlineData("Il governo ha firmato una dichiarazione congiunta sul clima con la Francia.")]
    [InlineData("The two leaders issued a joint declaration on climate change.")]
    public void BareJointDeclarationInLowerCase_IsNotThe1956Declaration(string text) =>
        ArticleParser.Default.Parse(text).Mentions.Should().NotContain(m => m.Id == "joint-declaration-1956");

    [Fact]
    public void RussianNorthernTerritoriesInLowerCase_IsAnOrdinaryPhrase() =>
        ArticleParser.Default.Parse("Правительство обсудило развитие северных территорий страны и Арктики.")
            .Mentions.Should().NotContain(m => m.Id == "disputed-islands");

    [Theory]
    [InlineData("Южными Курилами", "disputed-islands")]
    [InlineData("Курильских островов", "kuril-islands")]
    [InlineData("мирного договора", "peace-treaty")]
    [InlineData("Курильських островах", "kuril-islands")]
    [InlineData("Wyspach Kurylskich", "kuril-islands")]
    public void Resolve_NameOfSeveralDeclinedWords_FindsItsEntity(string name, string id)
    {
        var matches = KurilsCatalog.Default.Resolve(name);
        matches.Should().ContainSingle().Which.Entity.Id.Should().Be(id);
        matches[0].Method.Should().Be(MatchMethod.Inflected);
    }

    [Fact]
    public void Resolve_DeclinedNameWithWordsAround_FindsNothing() =>
        KurilsCatalog.Default.Resolve("на Южных Курилах").Should().BeEmpty("the preposition is not part of the name");

    private static void Finds(string text, string surface, string id) =>
        ArticleParser.Default.Parse(text).Mentions.Should().Contain(m => m.Id == id && m.Span.Of(text) == surface);
}
