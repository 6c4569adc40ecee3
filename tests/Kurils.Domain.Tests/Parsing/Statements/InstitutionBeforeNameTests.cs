using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// After an inverted verb, an institution's name right before a person's ("kata juru bicara Kremlin Dmitry Peskov") is
/// the person's affiliation: the person speaks. The institution alone after the verb is still the speaker. The sentences are written for the tests; a statement is found by a word of it.
/// </summary>
public sealed class InstitutionBeforeNameTests
{
    private static ArticleStatement[] StatementsWith(string text, string word)
    {
        var article = ArticleParser.Default.Parse(text);
        return [.. article.Statements.Where(s => article.TextOf(s.Span).Contains(word, StringComparison.Ordinal))];
    }

    [Theory]
    [InlineData("“Kepulauan itu adalah wilayah Rusia,” kata juru bicara Kremlin Dmitry Peskov kepada wartawan.", "wilayah Rusia", "peskov-dmitry")]
    [InlineData("“Tokyo harus berhenti memprovokasi,” ujar juru bicara Kementerian Luar Negeri Rusia Maria Zakharova.", "memprovokasi", "zakharova-maria")]
    [InlineData("“Kepulauan itu adalah wilayah Rusia,” kata Kremlin kepada wartawan.", "wilayah Rusia", "kremlin")]
    [InlineData("“Las islas son rusas”, dijo el Kremlin.", "islas son rusas", "kremlin")]
    public void InstitutionRightBeforeAName_IsTheNamedPersons(string text, string word, string speaker) =>
        StatementsWith(text, word).Should().NotBeEmpty().And.OnlyContain(s => s.SpeakerId == speaker);
}
