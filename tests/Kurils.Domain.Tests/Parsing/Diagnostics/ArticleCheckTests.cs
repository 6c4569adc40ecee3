using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Diagnostics;

/// <summary>
/// The reviewer's checks read their words from the article's packs: the island words after an unknown name
/// (<c>islands.unknownAfter</c>, <c>islands.notNames</c>), the verbs of control (<c>dispute.control</c>) and the
/// phrases that refer back to islands (<c>islands.anaphora</c>).
/// </summary>
public sealed class ArticleCheckTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static List<string> Claims(ArticleParser parser, string text) =>
        [.. parser.Parse(text).Diagnostics.Where(d => d.Code == DiagnosticCodes.ContradictsCatalog).Select(d => d.Span.Of(text))];

    private static List<string> UnknownIslands(string text) =>
        [.. Parser.Parse(text).Diagnostics.Where(d => d.Code == DiagnosticCodes.UnresolvedIslandName).Select(d => d.Span.Of(text))];

    [Fact]
    public void AControlClaimInJapanese_IsChecked() =>
        Claims(Parser, "日本が実効支配する択捉島の周辺で漁船が確認された。").Should().ContainSingle().Which.Should().StartWith("日本が実効支配");

    [Fact]
    public void AControlClaimInRussian_IsChecked() =>
        Claims(ArticleParser.Default, "Спор касается Итурупа. Япония контролирует Итуруп, утверждает автор статьи.").Should().ContainSingle().Which.Should().StartWith("Япония контролирует");

    [Fact]
    public void AnIslandAnaphora_PointsBackToTheIslandsNamed() =>
        Claims(Parser, "The dispute covers Etorofu and Kunashiri. Japan controls the islands, the article says.").Should().ContainSingle();

    [Theory]
    [InlineData("Fishermen were seen near Moneron Island yesterday morning.", "Moneron")]
    [InlineData("Fishermen were seen near Moneron-jima yesterday morning.", "Moneron")]
    public void AnUnknownNameBeforeAnIslandWord_IsReported(string text, string name) =>
        UnknownIslands(text).Should().Equal(name);

    [Theory]
    [InlineData("Fishermen were seen near the Pacific Island yesterday morning.")]
    [InlineData("Boats crossed to the Northern Islands yesterday morning.")]
    public void ACommonCapitalisedWordBeforeAnIslandWord_IsNotReported(string text) =>
        UnknownIslands(text).Should().BeEmpty();
}
