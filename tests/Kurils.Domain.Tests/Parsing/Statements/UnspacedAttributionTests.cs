using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// Quotations attributed by a speech verb in a language written without spaces (Chinese): the verb right before the
/// quotation after a colon or comma (普京说：“…”), the verb closing the clause right after it (“…，”普京说。), the speaker
/// the clause opens with (a place, an addressee, a date or a manner between), a pronoun, and a transliterated name the
/// catalog lacks; checked against the same constructions in languages written with spaces.
/// </summary>
public sealed class UnspacedAttributionTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static ArticleStatement Direct(string text) =>
        Parser.Parse(text).Statements.Should().ContainSingle(s => s.Kind == StatementKind.Direct).Subject;

    [Theory]
    [InlineData("普京说：“我们永远不会放弃这些岛屿。”")]
    [InlineData("普京說：「我們永遠不會放棄這些島嶼。」")]
    [InlineData("普京说，“我们永远不会放弃这些岛屿。”")]
    [InlineData("普京5日在记者会上表示：“我们永远不会放弃这些岛屿。”")]
    [InlineData("普京对记者说：“我们永远不会放弃这些岛屿。”")]
    [InlineData("普京也表示：“我们永远不会放弃这些岛屿。”")]
    [InlineData("Putin said: “We will never give up these islands.”")]
    [InlineData("Путин сказал: «Мы никогда не отдадим эти острова».")]
    public void VerbBeforeTheQuotation_GivesTheSpeakerTheClauseOpensWith(string text)
    {
        var statement = Direct(text);
        statement.SpeakerId.Should().Be("putin-vladimir");
        statement.Verb.Should().NotBeNull();
    }

    [Theory]
    [InlineData("“我们永远不会放弃这些岛屿，”普京说。")]
    [InlineData("“我们永远不会放弃这些岛屿。”普京说。")]
    [InlineData("「我們永遠不會放棄這些島嶼，」普京表示。")]
    [InlineData("“We will never give up these islands,” Putin said.")]
    public void VerbAfterTheQuotation_GivesTheSpeakerBeforeIt(string text) =>
        Direct(text).SpeakerId.Should().Be("putin-vladimir");

    [Theory]
    [InlineData("普京访问了东京。他说：“我们永远不会放弃这些岛屿。”")]
    [InlineData("Putin visited Tokyo. He said: “We will never give up these islands.”")]
    public void PronounOpeningTheClause_IsThePersonNamedBefore(string text) =>
        Direct(text).SpeakerId.Should().Be("putin-vladimir");

    [Theory]
    [InlineData("我有点担心，亚历山德拉诺娃安慰我说：“没事的，登记好就可以了。”", "亚历山德拉诺娃")]
    [InlineData("我有點擔心，亞歷山德拉諾娃安慰我説：“沒事的，登記好就可以了。”", "亞歷山德拉諾娃")]
    [InlineData("发言人扎哈罗娃表示：“日本的要求毫无根据。”", "扎哈罗娃")]
    [InlineData("“日本的要求毫无根据，”扎哈罗娃说。", "扎哈罗娃")]
    [InlineData("Alexandra Ivanova said: “Everything will be fine once you register.”", "Alexandra Ivanova")]
    [InlineData("Александра Иванова сказала: «Всё будет хорошо».", "Александра Иванова")]
    public void NameTheCatalogLacks_IsTheSpeakersName(string text, string name)
    {
        var statement = Direct(text);
        statement.SpeakerId.Should().BeNull();
        statement.SpeakerName.Should().Be(name);
        statement.SpeakerNameSpan!.Value.Of(text).Should().Be(name);
    }

    [Theory]
    [InlineData("克里姆林宫表示：“日本的要求毫无根据。”")]
    [InlineData("克里姆林宫在声明中说：“日本的要求毫无根据。”")]
    [InlineData("“日本的要求毫无根据，”克里姆林宫表示。")]
    public void InstitutionOpeningTheClause_IsTheSpeaker(string text) =>
        Direct(text).SpeakerId.Should().Be("kremlin");

    [Fact]
    public void InstitutionAsThePlace_IsNotTheSpeaker() =>
        Direct("普京在克里姆林宫说：“日本的要求毫无根据。”").SpeakerId.Should().Be("putin-vladimir");

    [Theory]
    [InlineData("我的朋友安慰我说：“没事的，登记好就可以了。”")]
    [InlineData("俄罗斯说：“日本的要求毫无根据。”")]
    public void WordsThatAreNoTransliteratedName_NameNoSpeaker(string text)
    {
        var statement = Direct(text);
        statement.SpeakerId.Should().BeNull();
        statement.SpeakerName.Should().BeNull();
    }

    [Theory]
    [InlineData("普京称“北方四岛”是俄罗斯的领土。")]
    [InlineData("关于“北方四岛”，普京说，俄罗斯不会让步。")]
    public void QuotedTermInsideTheClause_IsNoQuotation(string text) =>
        Parser.Parse(text).Statements.Should().NotContain(s => s.Kind == StatementKind.Direct);

    [Fact]
    public void AnotherPersonBetweenTheSubjectAndTheVerb_LeavesTheQuotationUnattributed()
    {
        var statement = Direct("普京在与林芳正会谈后的记者会上说：“我们永远不会放弃这些岛屿。”");
        statement.SpeakerId.Should().BeNull();
    }
}
