using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>An institution the catalog holds speaks as one (its id is the speaker), but is no antecedent of "he".</summary>
public sealed class InstitutionSpeakerTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    [Theory]
    [InlineData("Japan's Foreign Ministry said the islands are an inherent part of the territory of Japan.")]
    [InlineData("«Острова — исконная территория Японии», — заявили в МИД Японии.")]
    [InlineData("外務省は「北方領土は日本固有の領土だ」と述べた。")]
    public void Institution_IsTheSpeaker(string text) =>
        Parser.Parse(text).Statements.Should().ContainSingle().Which.SpeakerId.Should().Be("foreign-ministry-japan");

    [Fact]
    public void Pronoun_AfterAnInstitution_IsNotTheInstitution()
    {
        const string text = "The Kremlin said the islands would stay Russian for as long as anybody could foresee. He added that the talks would go on.";
        Parser.Parse(text).Statements.Should().ContainSingle(s => s.SpeakerId == "kremlin").Which.Span.Start.Should().BeLessThan(30);
    }
}
