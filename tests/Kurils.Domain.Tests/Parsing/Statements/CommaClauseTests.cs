using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// A language whose pack sets <c>speech.commaClauses</c> (German) opens a reported clause with the comma alone, its verb
/// in the subjunctive ("Lawrow sagte am Dienstag, die Inseln gehörten zu Russland"); a subordinator after the comma
/// (<c>speech.subordinators</c>: "nachdem", "als") opens a circumstance instead, and a language without the key keeps
/// the comma as the end of the verb's clause ("Lavrov said Friday, dismissing …").
/// </summary>
public sealed class CommaClauseTests
{
    private const string GermanLead = "Gespräche über die Kurilen\n\nDie Gespräche der beiden Länder endeten am Montag in Moskau nach zwei langen Tagen.\n\n";

    private static IReadOnlyList<ArticleStatement> Reported(string text) =>
        [.. ArticleParser.Default.Parse(text).Statements.Where(s => s.Kind == StatementKind.Reported)];

    [Theory]
    [InlineData("Lawrow sagte am Dienstag, die Inseln gehörten seit dem Zweiten Weltkrieg rechtmäßig zu Russland.", "lavrov-sergey", "die Inseln")]
    [InlineData("Kishida erklärte vor Journalisten, Japan werde die Verhandlungen über einen Friedensvertrag fortsetzen.", "kishida-fumio", "Japan werde")]
    [InlineData("Sacharowa betonte, es gebe derzeit keine Grundlage für Gespräche über die Kurilen.", "zakharova-maria", "es gebe")]
    public void GermanCommaClause_IsReportedSpeechOfTheSubject(string sentence, string speaker, string opening)
    {
        var text = GermanLead + sentence;
        var statement = Reported(text).Should().ContainSingle().Which;
        statement.SpeakerId.Should().Be(speaker);
        text.Substring(statement.Span.Start, statement.Span.Length).Should().StartWith(opening);
    }

    [Theory]
    [InlineData("Lawrow sagte am Dienstag, nachdem er lange mit den Journalisten in Tokio gesprochen hatte.")]
    [InlineData("Lawrow sprach am Dienstag, als die Delegation aus Tokio in Moskau eintraf.")]
    public void GermanCommaBeforeASubordinator_IsNoReportedClause(string sentence) =>
        Reported(GermanLead + sentence).Should().BeEmpty();

    [Fact]
    public void LanguageWithoutCommaClauses_KeepsTheCommaAsTheClausesEnd() =>
        Reported("Kuril talks end\n\nThe talks between the two countries ended in Moscow on Monday after two long days.\n\nLavrov said Friday, dismissing the proposal from Tokyo as a distraction.")
            .Should().NotContain(s => s.SpeakerId == "lavrov-sergey");
}
