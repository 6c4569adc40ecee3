using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Mentions;

/// <summary>
/// An undated article that names a family name shared by two catalog people means the one whose offices lie nearest in
/// time to those of the people it names unambiguously. Sentences written for the test, parsed without a date.
/// </summary>
public sealed class ArticleEraTests
{
    private static string[] People(string text) =>
        [.. ArticleParser.Default.Parse(text).Mentions.Where(m => m.Kind == EntityKind.Person).Select(m => m.Id).Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("ミシュスチン首相が択捉島を訪れた。加藤官房長官は会見で強く抗議したと述べた。", "kato-katsunobu", "mishustin-mikhail")]
    [InlineData("Prime Minister Mikhail Mishustin visited Iturup. Kato told reporters the visit was regrettable.", "kato-katsunobu", "mishustin-mikhail")]
    [InlineData("岸田文雄表示，日本的立场没有改变。安倍时期的措辞较为委婉。", "abe-shinzo", "kishida-fumio")]
    public void SharedFamilyName_InAnUndatedArticle_IsTheNamesakeOfItsTime(string text, string namesake, string other) =>
        People(text).Should().Equal(new[] { namesake, other }.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("加藤官房長官は会見で強く抗議したと述べた。")]
    [InlineData("Kato told reporters the visit was regrettable.")]
    public void SharedFamilyName_WithNobodyElseNamed_IsNoOne(string text) =>
        People(text).Should().BeEmpty();
}
