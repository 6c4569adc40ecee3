using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>Scare quotes and quoted terms (a short phrase nobody is said to speak) are not statements; the same words attributed by a speech verb are.</summary>
public sealed class QuotedTermTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    [Theory]
    [InlineData("Putin said Russia will keep the islands. The so-called “Northern Territories” lie off Hokkaido.")]
    [InlineData("Путин заявил, что острова останутся российскими. Так называемые «северные территории» лежат у Хоккайдо.")]
    [InlineData("Putin dijo que Rusia no cederá nunca las islas del sur a Japón y que el tratado sigue pendiente. Los llamados \"territorios del norte\" están cerca de Hokkaido.")]
    [InlineData("普京表示，俄罗斯不会放弃这些岛屿。所谓“北方四岛”位于北海道附近。")]
    public void QuotedTerm_InASentenceNobodySpeaksIn_IsNotAStatement(string text) =>
        Parser.Parse(text).Statements.Should().NotContain(s => s.Kind == StatementKind.Direct);

    [Theory]
    [InlineData("Putin called the remarks “regrettable” on Monday.")]
    [InlineData("Putin said the talks were “very useful” for both sides.")]
    public void ShortQuote_WithASpeechVerb_IsAStatement(string text) =>
        Parser.Parse(text).Statements.Should().Contain(s => s.Kind == StatementKind.Direct);

    [Fact]
    public void ShortSentenceQuoted_IsAStatement() =>
        Parser.Parse("Putin spoke after the talks. “We disagree.”").Statements.Should().Contain(s => s.Kind == StatementKind.Direct);
}
