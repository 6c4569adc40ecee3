using FluentAssertions;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing;
using Kurils.Domain.Parsing.Statements;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>Quotations are found with the quotation marks of the article's languages, across paragraphs and up to a cut-off end.</summary>
public sealed class QuotationMarkTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static IEnumerable<ArticleStatement> Direct(string text) => Parser.Parse(text).Statements.Where(s => s.Kind == StatementKind.Direct);

    private static List<string> Found(string text, params QuotePair[] pairs) =>
        [.. new Quotes(pairs).Find(text, [new TextSpan(0, text.Length)]).Select(q => q.Inner.Of(text))];

    [Fact]
    public void Marks_AreThoseOfThePacks()
    {
        const string text = "«Nous ne céderons rien», puis “we will not”.";
        Found(text, new QuotePair('«', '»')).Should().Equal("Nous ne céderons rien");
        Found(text, new QuotePair('“', '”')).Should().Equal("we will not");
    }

    [Fact]
    public void ShippedPacks_AllHaveQuotationMarks()
    {
        foreach (var pack in LanguagePacks.Default)
        {
            pack.Marks.Quotes.Should().NotBeEmpty(pack.Code);
        }
    }

    [Theory]
    [InlineData("'The islands are not Russian, and they are not Japanese either,' said Putin at the meeting.", "The islands are not Russian, and they are not Japanese either")]
    [InlineData("'We lived there before the islanders' homes were built, and before Japan's claim.' Putin said so again.", "We lived there before the islanders' homes were built, and before Japan's claim.")]
    public void StraightSingleQuotes_CloseAfterAStop_NotAtAnApostrophe(string text, string quoted) =>
        Direct(text).Select(s => s.Span.Of(text)).Should().Equal(quoted);

    [Fact]
    public void StraightSingleQuote_WithNoClosingMark_OpensNothing()
    {
        const string text = "Rock 'n' roll and the '90s, Putin said, and then: “The islands stay with Russia forever and ever.”";
        Direct(text).Select(s => s.Span.Of(text)).Should().Equal("The islands stay with Russia forever and ever.");
    }

    [Theory]
    [InlineData("fr", "Putin a ajouté : \"Nous cherchons une solution depuis soixante-dix ans.\n\nNous continuerons à négocier sans condition\", a déclaré Putin devant la presse.")]
    [InlineData("es", "Putin habló largo rato: «Buscamos una solución desde hace setenta años.\n\nSeguiremos negociando sin condiciones», afirmó Putin ante la prensa.")]
    [InlineData("ru", "Путин долго говорил: «Мы ищем решение уже семьдесят лет.\n\nМы продолжим переговоры без условий», — заявил Путин журналистам.")]
    public void QuoteNotReopened_EndsAtTheClosingMarkOfALaterParagraph(string language, string text)
    {
        var statement = Direct(text).Should().ContainSingle(language).Subject;
        statement.SpeakerId.Should().Be("putin-vladimir");
        statement.Span.Of(text).Should().Contain("\n\n");
    }

    [Fact]
    public void QuoteNotReopened_ALaterOpeningMark_ClosesNothing()
    {
        const string text = "Putin said \"the islands are ours.\n\nThe \"talks\" went on for hours and nobody said anything else.";
        Direct(text).Should().NotContain(s => s.Span.Of(text).Contains("\n\n"));
    }

    [Theory]
    [InlineData("Putin a parlé des îles devant la presse.\n\nPutin a déclaré : « Nous ne céderons jamais les îles du sud et nous", "Nous ne céderons jamais les îles du sud et nous")]
    [InlineData("プーチン大統領は二日、モスクワで日本の記者団と会見し、北方領土問題について長い時間をかけて述べた。\n\n会見の最後にプーチン大統領は「島は渡さない。日本との交渉は", "島は渡さない。日本との交渉は")]
    public void QuoteCutOffByTheEndOfTheText_RunsToTheEnd(string text, string quoted) =>
        Direct(text).Select(s => s.Span.Of(text).Trim()).Should().Contain(quoted);

    [Fact]
    public void QuoteUnclosed_InATextThatEndsWithAStop_IsNotCutOff()
    {
        const string text = "Putin a parlé des îles devant la presse.\n\nPutin a déclaré : « Nous ne céderons jamais les îles du sud.";
        Direct(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("푸틴 대통령은 이날 \"섬은 절대 넘겨주지 않을 것\u201C이라고 말했다.", "섬은 절대 넘겨주지 않을 것")]
    [InlineData("푸틴 대통령은 이날 \u201D섬은 절대 넘겨주지 않을 것\u201D이라고 말했다.", "섬은 절대 넘겨주지 않을 것")]
    [InlineData("푸틴 대통령은 이날 \u201C섬은 절대 넘겨주지 않을 것\u201D이라고 말했다.", "섬은 절대 넘겨주지 않을 것")]
    public void KoreanPairs_MismatchedByEditors_StillQuote(string text, string quoted) =>
        Direct(text).Should().ContainSingle().Which.Span.Of(text).Should().Be(quoted);

    [Fact]
    public void MismatchedPairs_OfOnePack_LeaveTheRegularPairsAlone()
    {
        const string text = "그는 \"평화조약\" 체결을, 그리고 \u201C북방영토\u201D 반환을 말했다.";
        Found(text, new QuotePair('“', '”'), new QuotePair('"', '"'), new QuotePair('”', '”'), new QuotePair('"', '“')).Should().Equal("평화조약", "북방영토");
    }

    [Theory]
    [InlineData("Poutine a parlé des îles devant la presse.\n\nPoutine a déclaré : « Le mot “restitution” n'est pas le bon, nous ne rendrons rien à personne ».", "Le mot “restitution” n'est pas le bon, nous ne rendrons rien à personne")]
    [InlineData("Putin spoke about the islands to the press.\n\nPutin said: “Abe told me ‘let us change our approach’, and we agreed to sign a treaty this year.”", "Abe told me ‘let us change our approach’, and we agreed to sign a treaty this year.")]
    [InlineData("Путин долго говорил о Курилах.\n\nПутин заявил: «Слово „возвращение“ здесь неуместно, мы ничего не отдадим».", "Слово „возвращение“ здесь неуместно, мы ничего не отдадим")]
    public void NestedQuotation_IsPartOfTheOuterOne_WithoutTheSpacesInsideTheMarks(string text, string quoted) =>
        Direct(text).Should().ContainSingle().Which.Span.Of(text).Should().Be(quoted);
}
