using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// Reported speech in the languages that put the verb after what was said or write no spaces: a clause tied to the
/// noun of its verb (との考えを示した, 겠다는 의지를 밝혔다), a nominalised clause (ことを明らかにした), an adverb
/// between the particle and the verb, a pronoun as the topic, and a Chinese verb that continues the sentence's subject.
/// </summary>
public sealed class ParticleClauseTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static ArticleStatement Reported(string text) =>
        Parser.Parse(text).Statements.Should().ContainSingle(s => s.Kind == StatementKind.Reported).Subject;

    [Theory]
    [InlineData("林官房長官は、ロシア軍が北方領土で演習を行ったことを明らかにした。", "ロシア軍が北方領土で演習を行った")]
    [InlineData("林官房長官は、ロシアとの交渉を粘り強く続けるとの考えを示した。", "ロシアとの交渉を粘り強く続ける")]
    [InlineData("푸틴 대통령은 평화조약을 반드시 체결하겠다는 의지를 밝혔다.", "평화조약을 반드시 체결하겠")]
    public void ClauseTiedToTheNounOfItsVerb(string text, string clause)
    {
        var statement = Reported(text);
        statement.SpeakerId.Should().NotBeNull();
        statement.Span.Of(text).Should().Be(clause);
    }

    [Theory]
    [InlineData("푸틴 대통령은 섬을 넘기지 않을 것이라고 거듭 강조했다.", "섬을 넘기지 않을 것")]
    [InlineData("林官房長官は、北方領土は日本固有の領土だと改めて強調した。", "北方領土は日本固有の領土だ")]
    public void AdverbBetweenTheParticleAndTheVerb(string text, string clause) =>
        Reported(text).Span.Of(text).Should().Be(clause);

    [Theory]
    [InlineData("푸틴 대통령은 “섬은 러시아 영토다”고 말했다. 그는 일본과 평화조약을 체결할 것이라고 강조했다.", "일본과 평화조약을 체결할 것")]
    [InlineData("プーチン大統領は「島はロシアの領土だ」と述べた。彼は日本と平和条約を結ぶと強調した。", "日本と平和条約を結ぶ")]
    public void PronounAsTheTopic_IsTheLastSpeaker(string text, string clause)
    {
        var statement = Reported(text);
        statement.SpeakerId.Should().Be("putin-vladimir");
        statement.Span.Of(text).Should().Be(clause);
    }

    [Theory]
    [InlineData("普京会见了日本首相，并表示，俄罗斯不会放弃这些岛屿。", "俄罗斯不会放弃这些岛屿")]
    [InlineData("普京会见了日本代表团，并解释说，双方讨论了恢复渔业协定等问题。", "双方讨论了恢复渔业协定等问题")]
    public void ChineseVerbAfterACommaAndAnAdverb_ContinuesTheOpeningSubject(string text, string clause)
    {
        var statement = Reported(text);
        statement.SpeakerId.Should().Be("putin-vladimir");
        statement.Span.Of(text).Should().Be(clause);
    }

    [Fact]
    public void ChineseVerbAfterAComma_WithoutTheSentenceOpeningWithAPerson_IsNoStatement() =>
        Parser.Parse("会谈结束后，普京的代表团离开了会场，并表示，俄罗斯不会放弃这些岛屿。").Statements
            .Should().NotContain(s => s.Kind == StatementKind.Reported);
}
