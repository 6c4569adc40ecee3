using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>A statement without a speaker says why: nobody named, only an unresolved reference, several candidates, or too far.</summary>
public sealed class UnattributedReasonTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static ArticleStatement Only(string text) => Parser.Parse(text).Statements.Should().ContainSingle().Subject;

    [Theory]
    [InlineData("“The islands are ours and will remain so forever,” the statement read.")]
    [InlineData("«Острова наши и останутся нашими навсегда», — говорилось в заявлении.")]
    [InlineData("„Die Inseln gehören uns und werden es immer bleiben“, hieß es in der Erklärung.")]
    public void NobodyNamedBefore_IsNoSpeakerNamed(string text)
    {
        var statement = Only(text);
        statement.SpeakerId.Should().BeNull();
        statement.Unattributed.Should().Be(UnattributedReason.NoSpeakerNamed);
    }

    [Theory]
    [InlineData("“The islands are ours and will remain so forever,” a government spokesman said.")]
    [InlineData("« Les îles sont à nous et le resteront pour toujours », a déclaré un porte-parole du gouvernement.")]
    [InlineData("«Las islas son nuestras y lo seguirán siendo siempre», dijo un portavoz del gobierno.")]
    public void VerbWithoutANamedSubject_IsAnUnresolvedReference(string text) =>
        Only(text).Unattributed.Should().Be(UnattributedReason.UnresolvedReference);

    [Theory]
    [InlineData("Putin met Kishida, and the talks ended with “a frank exchange of views on the peace treaty question”.")]
    [InlineData("Путин встретился с Кисидой, и переговоры закончились «откровенным обменом мнениями о мирном договоре».")]
    public void PeopleNamedButNotAsTheSpeaker_IsAmbiguous(string text) =>
        Only(text).Unattributed.Should().Be(UnattributedReason.Ambiguous);

    [Theory]
    [InlineData("Putin visited the region in the summer.\n\nThe trip was short.\n\n“The islands are ours and will remain so forever.”")]
    [InlineData("Путин посетил регион летом.\n\nПоездка была короткой.\n\n«Острова наши и останутся нашими навсегда».")]
    public void SpeakerOnlyInAnEarlierParagraph_IsTooFar(string text)
    {
        var statement = Parser.Parse(text).Statements.Should().ContainSingle(s => s.Kind == StatementKind.Direct).Subject;
        statement.SpeakerId.Should().BeNull();
        statement.Unattributed.Should().Be(UnattributedReason.SpeakerTooFar);
    }

    [Theory]
    [InlineData("“The islands are ours and will remain so forever,” Putin said.")]
    [InlineData("林官房長官は会見で「北方領土は日本固有の領土だ」と述べた。")]
    [InlineData("“We want to go home before we die,” said Iwao Kondo, who was born on the island.")]
    public void AttributedStatement_HasNoReason(string text) =>
        Only(text).Unattributed.Should().BeNull();
}
