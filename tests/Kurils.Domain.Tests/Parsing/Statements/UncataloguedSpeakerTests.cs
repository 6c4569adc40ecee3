using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>A speaker the catalog does not hold is given by name as written, with its span, and no id; titles stay outside the name.</summary>
public sealed class UncataloguedSpeakerTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static (string? Id, string? Name, string? AtSpan) Speaker(string text)
    {
        var statement = Parser.Parse(text).Statements.Should().ContainSingle().Subject;
        return (statement.SpeakerId, statement.SpeakerName, statement.SpeakerNameSpan?.Of(text));
    }

    [Theory]
    [InlineData("Former islander Iwao Kondo said the islands should be returned to Japan within his lifetime.", "Iwao Kondo")]
    [InlineData("“We want to go home before we die,” said Iwao Kondo, who was born on the island.", "Iwao Kondo")]
    [InlineData("« Nous voulons rentrer chez nous », a déclaré Mme Dupont devant la mairie.", "Dupont")]
    [InlineData("«Queremos volver a casa antes de morir», dijo Carlos Ruiz en la plaza del pueblo.", "Carlos Ruiz")]
    [InlineData("阿部稔店主(69)は「例年より身入りがいい」と話した。", "阿部稔")]
    [InlineData("山根隆治外務副大臣は会見で「容認できない」と述べた。", "山根隆治")]
    public void SpeakerOutsideTheCatalog_IsNamedAsWritten(string text, string name)
    {
        var (id, written, at) = Speaker(text);
        id.Should().BeNull();
        written.Should().Be(name);
        at.Should().Be(name);
    }

    [Theory]
    [InlineData("The Kremlin said the islands would stay Russian for as long as anybody could foresee.")]
    [InlineData("Japanese Prime Minister said the islands must be returned before any treaty is signed.")]
    [InlineData("Officials said the islands would stay Russian for as long as anybody could foresee.")]
    public void NoPersonsName_GivesNoName(string text) =>
        Parser.Parse(text).Statements.Should().NotContain(s => s.SpeakerName != null);

    [Fact]
    public void UncataloguedTopic_StopsTheContinuationOfAnEarlierSpeaker()
    {
        const string text = "林官房長官は会見で「北方領土は日本固有の領土だ」と述べた。\n\n小寺次郎局長は「受け入れられない」と抗議した。その上で「遺憾だ」と強調した。";
        var statements = Parser.Parse(text).Statements;
        statements.Select(s => s.SpeakerId).Should().Equal("hayashi-yoshimasa", null, null);
        statements.Skip(1).Select(s => s.SpeakerName).Should().Equal("小寺次郎", "小寺次郎");
    }
}
