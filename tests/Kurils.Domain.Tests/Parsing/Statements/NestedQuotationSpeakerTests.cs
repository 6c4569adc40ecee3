using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// A quotation inside a quotation whose own clause names who said it: in Putin's words "Shinzo said, ‘Let us change our
/// approach’" quotes Abe, named by the given name alone after the story named him in full. A nested quotation opened by a
/// pronoun, by "I", or by a name the story never gave stays the enclosing speaker's words. A single mark written twice
/// (‘’…’’) is one quotation, and a quotation nested in a quote that runs over paragraphs does not end it.
/// </summary>
public sealed class NestedQuotationSpeakerTests
{
    private static readonly LocalDate Published = new(2024, 6, 10);

    private static ParsedArticle Parse(string text) => ArticleParser.Default.Parse(text, Published);

    private static IEnumerable<ArticleStatement> Holding(ParsedArticle article, string words) =>
        article.Statements.Where(s => s.Kind == StatementKind.Direct && article.TextOf(s.Span).StartsWith(words, StringComparison.Ordinal));

    [Theory]
    [InlineData("Putin offers a treaty\n\nPrime Minister Shinzo Abe made an appeal in Vladivostok.\n\n“We have negotiated for 70 years. Shinzo said, ‘Let us change our approach.’ So let us sign a peace treaty,” Vladimir Putin said.\n", "Let us change")]
    [InlineData("Путин предложил договор\n\nПремьер-министр Японии Синдзо Абэ выступил во Владивостоке.\n\n«Мы 70 лет ведем переговоры. Синдзо сказал: „Давайте изменим подход“. Давайте подпишем мирный договор», — заявил Владимир Путин.\n", "Давайте изменим")]
    [InlineData("Poutine propose un traité\n\nLe Premier ministre Shinzo Abe a lancé un appel à Vladivostok.\n\n« Nous négocions depuis 70 ans. Shinzo a dit ‘’Changeons d'approche !’’. Signons un traité de paix », a déclaré Vladimir Poutine.\n", "Changeons")]
    [InlineData("Putin ofrece un tratado\n\nEl primer ministro Shinzo Abe hizo un llamamiento en Vladivostok.\n\n«Negociamos desde hace 70 años. Shinzo dijo: \"Cambiemos de enfoque\". Firmemos un tratado de paz», afirmó Vladimir Putin.\n", "Cambiemos")]
    [InlineData("Putin offers a treaty\n\nTalks were held in Vladivostok.\n\n“We have negotiated for 70 years. Shinzo Abe said, ‘Let us change our approach.’ So let us sign a peace treaty,” Vladimir Putin said.\n", "Let us change")]
    public void ANestedQuotation_IsThePersonItsClauseNames(string text, string words) =>
        Holding(Parse(text), words).Should().ContainSingle().Which.SpeakerId.Should().Be("abe-shinzo");

    [Theory]
    [InlineData("Putin offers a treaty\n\nPrime Minister Shinzo Abe made an appeal in Vladivostok.\n\n“We have negotiated for 70 years. He said, ‘Let us change our approach.’ So let us sign a peace treaty,” Vladimir Putin said.\n")]
    [InlineData("Putin offers a treaty\n\nPrime Minister Shinzo Abe made an appeal in Vladivostok.\n\n“We have negotiated for 70 years. I said, ‘Let us change our approach.’ So let us sign a peace treaty,” Vladimir Putin said.\n")]
    [InlineData("Putin offers a treaty\n\nPrime Minister Shinzo Abe made an appeal in Vladivostok.\n\n“We have negotiated for 70 years. Taro said, ‘Let us change our approach.’ So let us sign a peace treaty,” Vladimir Putin said.\n")]
    public void ANestedQuotationWithoutANamedSpeaker_StaysTheEnclosingSpeakers(string text)
    {
        var article = Parse(text);
        Holding(article, "Let us change").Should().BeEmpty();
        Holding(article, "We have negotiated").Should().ContainSingle().Which.SpeakerId.Should().Be("putin-vladimir");
    }

    [Fact]
    public void AQuotationNestedInAQuoteOverParagraphs_DoesNotEndIt()
    {
        var article = Parse("Poutine propose un traité\n\nLe Premier ministre Shinzo Abe a lancé un appel. \"Cela fait 70 ans que nous cherchons.\n\nShinzo a dit ‘’Changeons d'approche !’’. Signons un traité\", a déclaré Vladimir Poutine.\n");
        Holding(article, "Cela fait 70 ans").Should().ContainSingle().Which.SpeakerId.Should().Be("putin-vladimir");
        article.TextOf(Holding(article, "Cela fait 70 ans").Single().Span).Should().EndWith("Signons un traité");
        Holding(article, "Changeons").Should().ContainSingle().Which.SpeakerId.Should().Be("abe-shinzo");
    }
}
