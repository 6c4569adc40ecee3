using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Mentions;

/// <summary>
/// A family name of one ideograph (森, 林, 菅, 岸) names its catalog person only with an honorific or an office the
/// person held after it, or after a full mention of the person; inside a word or beside another title it names no
/// one. Sentences written for the test, parsed with the shipped catalog and packs.
/// </summary>
public sealed class SingleCharacterFamilyNamesTests
{
    private static string[] People(string text) =>
        [.. ArticleParser.Default.Parse(text).Mentions.Where(m => m.Kind == EntityKind.Person).Select(m => m.Id).Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("森元首相は北方領土問題について、交渉を続けるべきだと述べた。", "mori-yoshiro")]
    [InlineData("森氏は記者団に対し、平和条約の締結が必要だと語った。", "mori-yoshiro")]
    [InlineData("森首相は2001年、イルクーツクで会談に臨んだ。", "mori-yoshiro")]
    [InlineData("林外相は会見で、ロシアの対応は受け入れられないと述べた。", "hayashi-yoshimasa")]
    [InlineData("菅官房長官は記者会見で、北方領土は日本固有の領土だと述べた。", "suga-yoshihide")]
    [InlineData("岸首相は1960年に条約を改定した。", "kishi-nobusuke")]
    [InlineData("森总理在2001年访问了伊尔库茨克。", "mori-yoshiro")]
    [InlineData("森前首相表示，日俄应继续谈判。", "mori-yoshiro")]
    public void OneIdeographFamilyName_WithAnHonorificOrAnOfficeTheyHeld_NamesThePerson(string text, string id) =>
        People(text).Should().Equal(id);

    [Fact]
    public void OneIdeographFamilyName_AfterAFullMention_NamesThePerson() =>
        People("森喜朗元首相はイルクーツクを訪れた。その後、森は平和条約について語った。").Should().Equal("mori-yoshiro");

    [Theory]
    [InlineData("北海道の森林は広く、国後島に近い。")]
    [InlineData("外務省の森事務次官が、ロシアの大使を呼んで抗議した。")]
    [InlineData("森外相は会見で抗議した。")]
    [InlineData("森は静かだった。")]
    [InlineData("国後島は原始森林に覆われている。")]
    [InlineData("菅野氏は北方領土の元島民だ。")]
    [InlineData("択捉島の林業は盛んだ。")]
    [InlineData("国后岛的地表被原始森林覆盖。")]
    [InlineData("森林火灾在俄罗斯远东地区蔓延。")]
    public void OneIdeographFamilyName_InAWordOrBesideAnotherTitle_NamesNoOne(string text) =>
        People(text).Should().BeEmpty();
}
