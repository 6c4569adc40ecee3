using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// The particle "also" marks the speaker as the sentence's subject as は/은 do (Japanese も, Korean 도), and a Korean
/// verb stem after the quotation matches its connective forms (밝혔으나, 말했고), so the speaker of such a quotation is
/// the person before it.
/// </summary>
public sealed class TopicAlsoTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    [Theory]
    [InlineData("林官房長官は会見で「北方領土は日本固有の領土だ」と述べた。\n\nこれに対し、プーチン大統領も「交渉を続ける用意がある」と述べた。", "putin-vladimir")]
    [InlineData("회담이 끝났다.\n\n이에 푸틴 대통령도 \"평화조약 체결 문제에 대해 논의했다\"고 밝혔으나 구체적 언급은 하지 않았다.", "putin-vladimir")]
    [InlineData("회담이 끝났다.\n\n푸틴 대통령은 \"평화조약 체결 문제에 대해 논의했다\"고 말했고 회담은 끝났다.", "putin-vladimir")]
    public void AlsoParticle_MarksTheSpeaker(string text, string speaker) =>
        Parser.Parse(text).Statements.Where(s => s.Kind == StatementKind.Direct).Last().SpeakerId.Should().Be(speaker);
}
