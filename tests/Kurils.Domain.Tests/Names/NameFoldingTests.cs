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
}
