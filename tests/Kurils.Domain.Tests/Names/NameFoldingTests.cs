using System.Text;
using FluentAssertions;
using Kurils.Domain.Names;
using Xunit;

namespace Kurils.Domain.Tests.Names;

public sealed class NameFoldingTests
{
    [Theory]
    [InlineData("Etorofu-tō", "etorofu to")]
    [InlineData("Etorofu-to", "etorofu to")]
    [InlineData("ETOROFU", "etorofu")]
    [InlineData("  Kuril   Islands ", "kuril islands")]
    [InlineData("Зелёный", "зеленый")]
    [InlineData("ＥＴＯＲＯＦＵ", "etorofu")]
    [InlineData("St. Petersburg", "st petersburg")]
    [InlineData("エトロフ", "えとろふ")]
    [InlineData("ｴﾄﾛﾌ", "えとろふ")]
    [InlineData("國後島", "国後島")]
    [InlineData("齒舞群島", "歯舞群島")]
    [InlineData("擇捉島", "択捉島")]
    [InlineData("择捉岛", "択捉島")]
    [InlineData("Ito\u200Bfu", "itofu")]
    public void Key_HarmlessVariants_FoldToTheSameKey(string text, string expected) =>
        NameFolding.Key(text).Should().Be(expected);

    [Theory]
    [InlineData(0x00C0, 0x024F, NameFolding.LatinBases00C0, NormalizationForm.FormD)]
    [InlineData(0x1E00, 0x1EFF, NameFolding.LatinBases1E00, NormalizationForm.FormD)]
    [InlineData(0xFF66, 0xFF9D, NameFolding.HalfwidthKatakanaWide, NormalizationForm.FormKC)]
    public void SpelledOutTables_AreWhatUnicodeNormalizationGives(int first, int last, string table, NormalizationForm form)
    {
        // The tables stand in for string.Normalize, which needs ICU; this test runs where ICU is there.
        Assert.SkipWhen(AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant, "string.Normalize needs ICU");
        table.Should().HaveLength(last - first + 1);
        for (var c = first; c <= last; c++)
        {
            table[c - first].Should().Be(((char)c).ToString().Normalize(form)[0], "U+{0:X4}", c);
        }
    }
}
