using FluentAssertions;
using Kurils.Domain.Names;
using Xunit;

namespace Kurils.Domain.Tests.Names;

public sealed class NameScannerTests
{
    private static List<(string Text, string Id)> Scan(string text)
    {
        var catalog = TestCatalog.Catalog;
        var matches = new List<ScanMatch>();
        catalog.Scanner.Scan(text, matches);
        return [.. matches.Select(m => (text.Substring(m.Start, m.Length), catalog.Scanner.EntriesOf(m)[0].Entity.Id))];
    }

    [Fact]
    public void Scan_OffsetsAreIntoTheOriginalText_WithWideAndCombiningCharacters()
    {
        var text = "😀 ＥＴＯＲＯＦＵ and E\u0301torofu-to\u0304.";
        Scan(text).Should().Equal(("ＥＴＯＲＯＦＵ", "iturup"), ("E\u0301torofu-to\u0304", "iturup"));
    }

    [Theory]
    [InlineData("Путина", "putin-vladimir")]
    [InlineData("Путину", "putin-vladimir")]
    [InlineData("на Итурупе", "iturup")]
    [InlineData("о Кунашире", "kunashir")]
    public void Scan_RussianCaseEnding_StillFindsTheName(string text, string id) =>
        Scan(text).Should().ContainSingle().Which.Id.Should().Be(id);

    [Theory]
    [InlineData("Путинизм")]
    [InlineData("Итурупский")]
    public void Scan_LongerRussianWord_IsNotTheName(string text) => Scan(text).Should().BeEmpty();

    [Fact]
    public void Scan_CaseSensitiveAcronym_NeedsItsExactCase()
    {
        Scan("AP reported it.").Should().Equal(("AP", "ap"));
        Scan("an ap of it.").Should().BeEmpty();
    }

    [Fact]
    public void Scan_CjkName_NeedsNoBoundaries() =>
        Scan("日本の択捉島で").Should().Equal(("日本", "japan"), ("択捉島", "iturup"));

    [Fact]
    public void Scan_MatchesNeverOverlap_AndTheLongestWins() =>
        Scan("Kunashiri Etorofu-tō").Should().Equal(("Kunashiri", "kunashir"), ("Etorofu-tō", "iturup"));
}
