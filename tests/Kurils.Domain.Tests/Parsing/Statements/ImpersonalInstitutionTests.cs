using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// An institution as the place a sentence opens with and an impersonal verb ("Im Kreml hieß es", "Desde el Kremlin se
/// dijo", "Al Cremlino si sottolinea", "No Kremlin, sublinha-se", "От руското външно министерство съобщиха"): the
/// institution says it. A person named with the verb is still its subject, and an impersonal verb with no institution
/// names no one.
/// </summary>
public sealed class ImpersonalInstitutionTests
{
    private static readonly LocalDate Published = new(2024, 6, 10);

    private static ArticleStatement Reported(string sentence, string word)
    {
        var article = ArticleParser.Default.Parse("Moscow and Tokyo\n\n" + sentence + "\n", Published);
        return article.Statements.Should().ContainSingle(s => s.Kind == StatementKind.Reported && article.TextOf(s.Span).Contains(word, StringComparison.Ordinal)).Subject;
    }

    [Theory]
    [InlineData("Im Kreml hieß es, der Besuch sei seit langem geplant gewesen.", "Besuch", "kremlin")]
    [InlineData("Aus dem russischen Außenministerium hieß es, die Sanktionen machten Gespräche unmöglich.", "Sanktionen", "foreign-ministry-russia")]
    [InlineData("Desde el Kremlin se dijo que las sanciones hacen imposible el diálogo.", "sanciones", "kremlin")]
    [InlineData("En el Kremlin se afirma que la visita estaba prevista.", "visita", "kremlin")]
    [InlineData("Al Cremlino si sottolinea che la visita era prevista da tempo.", "visita", "kremlin")]
    [InlineData("No Kremlin, sublinha-se que a visita estava prevista há muito.", "visita", "kremlin")]
    [InlineData("От руското външно министерство съобщиха, че санкциите правят диалога невъзможен.", "санкциите", "foreign-ministry-russia")]
    [InlineData("У руском Министарству спољних послова саопштили су да санкције онемогућавају дијалог.", "санкције", "foreign-ministry-russia")]
    [InlineData("В МИД России заявили, что санкции делают диалог невозможным.", "санкции", "foreign-ministry-russia")]
    public void AnInstitutionOpeningAnImpersonalSentence_SaysIt(string sentence, string word, string institution) =>
        Reported(sentence, word).SpeakerId.Should().Be(institution);

    [Theory]
    [InlineData("W Kremlu Dmitrij Pieskow powiedział, że wizyta była planowana od dawna.", "wizyta", "peskov-dmitry")]
    [InlineData("Desde el Kremlin, Dmitri Peskov dijo que la visita estaba prevista.", "visita", "peskov-dmitry")]
    [InlineData("Al Cremlino Vladimir Putin ha detto che la visita era prevista da tempo.", "visita", "putin-vladimir")]
    public void APersonNamedWithTheVerb_IsItsSubject(string sentence, string word, string person) =>
        Reported(sentence, word).SpeakerId.Should().Be(person);

    [Theory]
    [InlineData("Es hieß, die Gespräche seien abgebrochen worden.", "Gespräche")]
    [InlineData("Se dijo que las conversaciones estaban rotas.", "conversaciones")]
    public void AnImpersonalVerbWithoutAnInstitution_NamesNoOne(string sentence, string word)
    {
        var article = ArticleParser.Default.Parse("Moscow and Tokyo\n\n" + sentence + "\n", Published);
        article.Statements.Where(s => article.TextOf(s.Span).Contains(word, StringComparison.Ordinal))
            .Should().NotContain(s => s.SpeakerId != null || s.SpeakerName != null);
    }
}
