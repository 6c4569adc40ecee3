using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// A reciprocal subject (the packs' <c>speech.reciprocals</c>: "both sides", "стороны", "ambas partes") stands for the two
/// parties last named together, people of two countries in the nearest sentence before that names them; each said it.
/// </summary>
public sealed class ReciprocalSubjectTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static List<ArticleStatement> Reported(string text) =>
        [.. Parser.Parse(text).Statements.Where(s => s.Kind == StatementKind.Reported)];

    [Theory]
    [InlineData("Talks\n\nYoshimasa Hayashi held talks with Vladimir Putin and Andrey Rudenko in Moscow. The visit was the first in ten years. Both sides reaffirmed their shared view that the talks on a peace treaty must go on.", "the talks on a peace treaty must go on")]
    [InlineData("Переговоры\n\nВладимир Путин, Андрей Руденко и Ёсимаса Хаяси провели переговоры в Москве. Стороны заявили, что переговоры о мирном договоре будут продолжены.", "переговоры о мирном договоре будут продолжены")]
    [InlineData("Conversaciones\n\nVladimir Putin se reunió con Yoshimasa Hayashi en Moscú. Ambas partes afirmaron que las negociaciones sobre el tratado de paz continuarán.", "las negociaciones sobre el tratado de paz continuarán")]
    [InlineData("Pourparlers\n\nVladimir Putin a rencontré Yoshimasa Hayashi à Moscou. Les deux dirigeants ont affirmé que les négociations sur le traité de paix se poursuivraient.", "les négociations sur le traité de paix se poursuivraient")]
    public void Reciprocal_IsSaidByTheFirstPersonNamedAndTheFirstOfAnotherCountry(string text, string clause)
    {
        var reported = Reported(text);
        reported.Select(s => s.SpeakerId).Should().BeEquivalentTo("putin-vladimir", "hayashi-yoshimasa");
        reported.Should().OnlyContain(s => s.Span.Of(text) == clause);
    }

    [Fact]
    public void Reciprocal_OfAQuotation_IsSaidByEach()
    {
        const string text = "Talks\n\nVladimir Putin met Yoshimasa Hayashi in Moscow on Monday. \"The talks on a peace treaty must go on,\" both sides said in a joint statement.";
        Parser.Parse(text).Statements.Where(s => s.Kind == StatementKind.Direct).Select(s => s.SpeakerId)
            .Should().BeEquivalentTo("putin-vladimir", "hayashi-yoshimasa");
    }

    [Theory]
    [InlineData("Talks\n\nYoshimasa Hayashi met Katsunobu Kato in Tokyo. Both sides said that the talks on a peace treaty must go on.")]
    [InlineData("Talks\n\nThe talks ended in Moscow on Monday. Both sides said that the talks on a peace treaty must go on.")]
    [InlineData("Talks\n\nVladimir Putin met Yoshimasa Hayashi in Moscow. The talks lasted long. They ended late. The islands were discussed. Fishing was discussed. Both sides said that the talks on a peace treaty must go on.")]
    public void Reciprocal_WithoutTwoCountriesNamedShortlyBefore_HasNoSpeaker(string text) =>
        Reported(text).Should().BeEmpty();
}
