using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// A speaker the catalog lacks, named with a title in Korean and Chinese: a family and a given name before the title
/// (나카무라 히로시 씨는), a name in Han letters after a title (渔民中村浩说) or before one (李明教授表示). The name is given as
/// written, with its span; the title and the role noun before the name are not part of it.
/// </summary>
public sealed class TitledCjkNameTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static ArticleStatement Only(string text) => Parser.Parse(text).Statements.Should().ContainSingle().Subject;

    [Theory]
    [InlineData("나카무라 히로시 씨는 \"섬에 돌아가고 싶다\"고 말했다.", "나카무라 히로시")]
    [InlineData("어민 나카무라 히로시 씨는 \"섬에 돌아가고 싶다\"고 말했다.", "나카무라 히로시")]
    [InlineData("12일 나카무라 히로시 씨는 \"섬에 돌아가고 싶다\"고 말했다.", "나카무라 히로시")]
    [InlineData("도쿄 주민 김영수 씨는 \"섬에 돌아가고 싶다\"고 말했다.", "김영수")]
    [InlineData("渔民中村浩说：“我想回到岛上。”", "中村浩")]
    [InlineData("原島民中村浩表示：「我想回到島上。」", "中村浩")]
    [InlineData("李明教授表示：“日本的要求毫无根据。”", "李明")]
    [InlineData("中村先生在记者会上说：“我想回到岛上。”", "中村")]
    [InlineData("元島民の中村浩さん（85）は「島に帰りたい」と話した。", "中村浩")]
    public void NameWithItsTitle_IsTheSpeakersName(string text, string name)
    {
        var statement = Only(text);
        statement.SpeakerId.Should().BeNull();
        statement.SpeakerName.Should().Be(name);
        statement.SpeakerNameSpan!.Value.Of(text).Should().Be(name);
    }

    [Theory]
    [InlineData("渔民协会会长说：“我想回到岛上。”")]
    [InlineData("我的朋友说：“我想回到岛上。”")]
    [InlineData("教授表示：“日本的要求毫无根据。”")]
    public void WordsThatAreNoNameBesideATitle_NameNoSpeaker(string text) =>
        Only(text).SpeakerName.Should().BeNull();

    [Fact]
    public void NameOfTwoWords_AfterAnotherWord_IsTheLastWordAlone() =>
        Only("그때 도쿄의 김영수 교수는 \"섬은 일본 땅이다\"라고 말했다.").SpeakerName.Should().Be("김영수");

    [Theory]
    [InlineData("나카무라 히로시 씨는 섬에 돌아가고 싶다고 말했다.", "나카무라 히로시")]
    [InlineData("김영수 교수는 섬 반환은 어렵다고 말했다.", "김영수")]
    [InlineData("元島民の中村浩さん（85）は島に帰りたいと話した。", "中村浩")]
    [InlineData("李明教授指出，日本的要求毫无根据。", "李明")]
    public void ReportedSpeech_NamesTheSameSpeakers(string text, string name)
    {
        var statement = Only(text);
        statement.Kind.Should().Be(StatementKind.Reported);
        statement.SpeakerName.Should().Be(name);
    }

    [Fact]
    public void FamilyNameAlone_IsTheFullerNameWrittenBefore()
    {
        const string text = "元島民の中村浩さん（85）は「島に帰りたい」と話した。\n中村さんは「墓参りもしたい」と語った。";
        var statements = Parser.Parse(text).Statements;
        statements.Should().HaveCount(2);
        statements.Should().OnlyContain(s => s.SpeakerName == "中村浩");
        statements[1].SpeakerNameSpan!.Value.Start.Should().Be(text.IndexOf("中村浩", StringComparison.Ordinal));
    }

    [Fact]
    public void FamilyNameAloneWithoutAFullerName_IsItself() =>
        Only("田中さんは「島に帰りたい」と話した。").SpeakerName.Should().Be("田中");
}
