using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Names;

/// <summary>
/// A family name's hiragana reading alone (すが, もり, うの) is spelled by the endings and particles of running Japanese,
/// so it names nobody; the full reading, and the bare family name in kanji or katakana, still do.
/// </summary>
public sealed class HiraganaReadingTests
{
    private static IEnumerable<string> People(string text) =>
        ArticleParser.Default.Parse(text).Mentions.Where(m => m.Kind == EntityKind.Person).Select(m => m.Id);

    [Theory]
    [InlineData("根室の漁港で店主は「身入りは良い」と話すが、海の状況は年々おかしくなっているという。", "suga-yoshihide")]
    [InlineData("北方領土の元島民は、もりの中の道を歩いて墓参りに向かった。", "mori-yoshiro")]
    public void BareHiraganaFamilyName_NamesNobody(string text, string id) =>
        People(text).Should().NotContain(id);

    [Theory]
    [InlineData("菅義偉首相は記者会見で北方領土問題について語った。", "suga-yoshihide")]
    [InlineData("プーチン大統領は記者会見で北方領土問題について語った。", "putin-vladimir")]
    public void FamilyNameInKanjiOrKatakana_StillNamesThePerson(string text, string id) =>
        People(text).Should().Contain(id);
}
