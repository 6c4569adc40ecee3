using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// Two speakers in one sentence: "Putin said …, while Kishida said …" is a statement of each, the first ending before the
/// comma, in several languages (a conjunction, a title, or a verb before its subject may open the second clause). A
/// comma followed by no second speaker of their own, or by the same speaker, leaves the clause whole. The sentences are
/// written for the tests; a statement is found by a word of it.
/// </summary>
public sealed class SecondSpeakerTests
{
    private static ArticleStatement[] StatementsWith(ParsedArticle article, string word) =>
        [.. article.Statements.Where(s => article.TextOf(s.Span).Contains(word, StringComparison.Ordinal))];

    /// <summary>The second clause is its own speaker's, and the first speaker's clause ends before it.</summary>
    [Theory]
    [InlineData("Putin said Russia was open to dialogue, while Kishida said Japan's position had not changed.", "open to dialogue", "putin-vladimir", "position had not changed", "kishida-fumio")]
    [InlineData("Russian President Vladimir Putin said the islands were Russian, while Prime Minister Fumio Kishida stressed that Japan's position had not changed.", "islands were Russian", "putin-vladimir", "position had not changed", "kishida-fumio")]
    [InlineData("Putin mengatakan bahwa Rusia terbuka untuk dialog, sementara Kishida menyatakan bahwa posisi Jepang tidak berubah.", "terbuka untuk dialog", "putin-vladimir", "posisi Jepang", "kishida-fumio")]
    [InlineData("Tổng thống Putin nói rằng quần đảo là lãnh thổ Nga, trong khi Thủ tướng Kishida khẳng định lập trường của Tokyo không thay đổi.", "lãnh thổ Nga", "putin-vladimir", "lập trường của Tokyo", "kishida-fumio")]
    [InlineData("وقال بوتين إن روسيا منفتحة على الحوار، فيما أكد كيشيدا أن موقف اليابان لم يتغير.", "منفتحة على الحوار", "putin-vladimir", "موقف اليابان", "kishida-fumio")]
    [InlineData("Lavrov erklärte, dass Moskau nicht verhandeln werde, während Hayashi sagte, dass Tokio protestiert habe.", "nicht verhandeln", "lavrov-sergey", "protestiert", "hayashi-yoshimasa")]
    public void SecondSpeakerAfterAComma_SaysTheSecondClause(string text, string firstWord, string first, string secondWord, string second)
    {
        var article = ArticleParser.Default.Parse(text);

        StatementsWith(article, firstWord).Should().NotBeEmpty().And.OnlyContain(s => s.SpeakerId == first);
        StatementsWith(article, secondWord).Should().NotBeEmpty().And.OnlyContain(s => s.SpeakerId == second);
    }

    /// <summary>No second speech verb with a subject of its own after the comma, or the same speaker again: one clause.</summary>
    [Theory]
    [InlineData("Lavrov said Japan, and Kishida's government in particular, had chosen confrontation.", "chosen confrontation", "lavrov-sergey")]
    [InlineData("Kishida said Japan would protest, and Kishida also said that talks must continue.", "talks must continue", "kishida-fumio")]
    [InlineData("Lavrov mengatakan bahwa Jepang, terutama pemerintahan Kishida, memilih konfrontasi.", "memilih konfrontasi", "lavrov-sergey")]
    public void NoSecondSpeaker_LeavesTheClauseWhole(string text, string word, string speaker)
    {
        var article = ArticleParser.Default.Parse(text);

        StatementsWith(article, word).Should().NotBeEmpty().And.OnlyContain(s => s.SpeakerId == speaker);
        article.Statements.Should().OnlyContain(s => s.SpeakerId == speaker);
    }
}
