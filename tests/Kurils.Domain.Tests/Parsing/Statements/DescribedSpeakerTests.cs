using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// Reported speech whose speaker is only described ("a Japanese government spokesperson said"): found, and unattributed
/// with its reason, unless it opens the story and the statement right after names a speaker of the side the
/// description speaks for, as news writing names them.
/// </summary>
public sealed class DescribedSpeakerTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static List<ArticleStatement> Reported(string text) =>
        [.. Parser.Parse(text).Statements.Where(s => s.Kind == StatementKind.Reported)];

    [Theory]
    [InlineData("Drills\n\nJapan urged Russia to keep its drills away from the islands, a Japan government spokesperson said on Thursday.\n\n\"We lodged a firm protest,\" Chief Cabinet Secretary Yoshimasa Hayashi told a news conference.", "Japan urged Russia to keep its drills away from the islands", "hayashi-yoshimasa")]
    [InlineData("Drills\n\nA Kremlin official said on Monday that Russia would hold the drills as planned.\n\n\"The drills will go ahead,\" Putin told reporters in Moscow.", "Russia would hold the drills as planned", "putin-vladimir")]
    public void DescribedSpeakerOfTheFirstStatement_IsTheNextStatementsOfTheSameSide(string text, string clause, string speaker)
    {
        var reported = Reported(text).Should().ContainSingle().Subject;
        reported.Span.Of(text).Should().Be(clause);
        reported.SpeakerId.Should().Be(speaker);
        reported.Unattributed.Should().BeNull();
    }

    [Fact]
    public void DescribedSpeaker_NamedAfterAnOfficeOfTheSameSide_IsThatName()
    {
        const string text = "Drills\n\nJapan urged Russia to keep its drills away from the islands, a Japan government spokesperson said on Thursday.\n\n\"We lodged a firm protest,\" Chief Cabinet Secretary Kenji Tanaka told a news conference.";
        var reported = Reported(text).Should().ContainSingle().Subject;
        reported.SpeakerId.Should().BeNull();
        reported.SpeakerName.Should().Be("Kenji Tanaka");
    }

    [Theory]
    [InlineData("Drills\n\nJapan urged Russia to keep its drills away from the islands, a Kremlin spokesman said on Thursday.\n\n\"We lodged a firm protest,\" Chief Cabinet Secretary Yoshimasa Hayashi told a news conference.")]
    [InlineData("Drills\n\nJapan urged Russia to keep its drills away from the islands, a spokesperson said on Thursday.\n\n\"We lodged a firm protest,\" Chief Cabinet Secretary Yoshimasa Hayashi told a news conference.")]
    [InlineData("Drills\n\nRussia began its drills near the islands on Monday, Putin said in Moscow.\n\nJapan urged Russia to keep its drills away from the islands, a Japan government spokesperson said on Thursday.\n\n\"We lodged a firm protest,\" Chief Cabinet Secretary Yoshimasa Hayashi told a news conference.")]
    public void DescribedSpeaker_OfAnotherSideOrNoSideOrNotFirst_IsUnattributedWithItsReason(string text)
    {
        var reported = Reported(text).Should().ContainSingle(s => s.Span.Of(text) == "Japan urged Russia to keep its drills away from the islands").Subject;
        reported.SpeakerId.Should().BeNull();
        reported.SpeakerName.Should().BeNull();
        reported.Unattributed.Should().Be(UnattributedReason.UnresolvedReference);
    }

    [Fact]
    public void SentenceGluedToTheNext_EndsWhereItsStopIs()
    {
        // A lost paragraph break: "Thursday.Japan" is two sentences, and what was said stands before the described subject.
        const string text = "Drills\n\nJapan urged Russia to keep its drills away from the islands, a spokesperson said on Thursday.Japan lays claim to the islands that Russia holds.";
        Reported(text).Should().ContainSingle().Which.Span.Of(text).Should().Be("Japan urged Russia to keep its drills away from the islands");
    }
}
