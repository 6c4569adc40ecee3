using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// A speaker the catalog lacks named before a title that carries the topic marker (김영수 교수는 "…"라고 말했다, as
/// 山田太郎教授は「…」と述べた in Japanese): the name without the title; a family name alone stands for the fuller name
/// written before with the same title, or is named with its title when there is none, and is nobody earlier.
/// </summary>
public sealed class TitledSpeakerTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static List<ArticleStatement> Direct(string text) => [.. Parser.Parse(text).Statements.Where(s => s.Kind == StatementKind.Direct)];

    [Theory]
    [InlineData("김영수 교수는 \"섬은 일본 땅이고 반드시 돌려받아야 한다\"라고 말했다.", "김영수")]
    [InlineData("김정은 위원장이 \"우리는 러시아와 영원히 함께할 것\"이라고 강조했다.", "김정은")]
    [InlineData("山田太郎教授は「島は日本の領土だ」と述べた。", "山田太郎")]
    public void NameBeforeTheTitle_IsTheSpeakersName(string text, string name)
    {
        var statement = Direct(text).Should().ContainSingle().Subject;
        statement.SpeakerId.Should().BeNull();
        statement.SpeakerName.Should().Be(name);
        statement.SpeakerNameSpan!.Value.Of(text).Should().Be(name);
    }

    [Fact]
    public void CountryBetweenTheNameAndTheTitle_IsNotTheName()
    {
        const string text = "이바노프 러시아 대사는 \"섬은 러시아 영토이며 협상 대상이 아니다\"라고 말했다.";
        ArticleParser.Default.Parse(text).Statements.Should().ContainSingle(s => s.Kind == StatementKind.Direct).Which.SpeakerName.Should().Be("이바노프");
    }

    [Fact]
    public void FamilyNameAlone_IsTheFullerNameWrittenBeforeWithTheSameTitle()
    {
        const string text = "김정은 국무위원장이 12일 원산에서 손님을 맞았다. 김 위원장은 \"우리는 러시아와 영원히 함께할 것\"이라고 강조했다.";
        var statement = Direct(text).Should().ContainSingle().Subject;
        statement.SpeakerName.Should().Be("김정은");
        statement.SpeakerNameSpan!.Value.Start.Should().Be(0);
    }

    [Fact]
    public void FamilyNameAloneWithoutAFullerName_IsSomeoneNew()
    {
        const string text = "김영수 교수는 \"섬은 일본 땅이다\"라고 말했다. 박 교수는 \"협상은 당분간 어려울 것\"이라고 말했다.";
        var statements = Direct(text);
        statements.Should().HaveCount(2);
        statements[1].SpeakerName.Should().Be("박 교수");
    }

    [Theory]
    [InlineData("푸틴 대통령은 \"섬은 러시아 영토다\"라고 말했다.")]
    [InlineData("서울의 한 교수는 \"섬은 러시아 영토다\"라고 말했다.")]
    public void CataloguedPersonOrNoName_IsNotATitledName(string text) =>
        Direct(text).Should().ContainSingle().Which.SpeakerName.Should().BeNull();
}
