using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// A word that is a pronoun and a title at once (Vietnamese "ông", "bà": "he", "she", and "Mr", "Mrs") is the title
/// right before a person's name ("Theo ông Peskov, …"), and the pronoun elsewhere ("Theo ông, …": the last speaker).
/// The sentences are written for the tests; a statement is found by a word of it.
/// </summary>
public sealed class TitlePronounTests
{
    private static ArticleStatement[] StatementsWith(string text, string word)
    {
        var article = ArticleParser.Default.Parse(text);
        return [.. article.Statements.Where(s => article.TextOf(s.Span).Contains(word, StringComparison.Ordinal))];
    }

    [Theory]
    [InlineData("Theo ông Peskov, Moskva không có kế hoạch thảo luận về vấn đề lãnh thổ với Tokyo.", "kế hoạch thảo luận", "peskov-dmitry")]
    [InlineData("Theo bà Zakharova, Nhật Bản đang quân sự hóa khu vực.", "quân sự hóa", "zakharova-maria")]
    [InlineData("Ngoại trưởng Nhật Bản Yoko Kamikawa nói rằng Tokyo đã phản đối. Theo bà, bốn hòn đảo thuộc về Nhật Bản.", "bốn hòn đảo", "kamikawa-yoko")]
    public void TitleBeforeAName_OrPronounAlone_NamesTheSource(string text, string word, string speaker) =>
        StatementsWith(text, word).Should().NotBeEmpty().And.OnlyContain(s => s.SpeakerId == speaker);
}
