using System.Collections.Immutable;
using FluentAssertions;
using Kurils.Domain.Catalog;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing;
using Kurils.Domain.Parsing.Segmentation;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Segmentation;

/// <summary>
/// The quotation marks and stops a line's shape is read with come from the packs of the article's languages (of
/// every pack when the language is not known), and a pack's own mark changes how a page is segmented.
/// </summary>
public sealed class MarksFromPacksTests
{
    private static readonly LanguagePacks WithHindi =
        LanguagePacks.Default.With([CatalogSource.FromFile(Path.Combine(AppContext.BaseDirectory, "TestData", "languages", "hi.yaml"))]);

    // A page with no headline: three sentences, each closed by the danda (।), a mark no shipped pack has.
    private const string Hindi =
        "जापान और रूस ने कुरील द्वीपों पर बातचीत फिर से शुरू करने का फ़ैसला किया है।\n" +
        "दोनों देशों के विदेश मंत्रियों ने मंगलवार को मास्को में मुलाकात की और शांति संधि पर चर्चा की।\n" +
        "जापान इन द्वीपों को अपने उत्तरी क्षेत्र कहता है।\n";

    private static TextLexicon MarksOf(params string[] codes)
    {
        var packs = codes.Select(c => LanguagePacks.Default.Find(c)!).ToImmutableArray();
        return LanguagePacks.Default.MarksOf(new LanguageGuess(packs[0], packs));
    }

    [Theory]
    [InlineData("fr", "« C’est une question de souveraineté. »", true)]
    [InlineData("en", "« C’est une question de souveraineté. »", false)]
    [InlineData("de", "„Das ist eine Frage der Souveränität.“", true)]
    [InlineData("de", "»Das ist eine Frage der Souveränität.«", true)]
    [InlineData("ja", "「主権の問題だ。」", true)]
    [InlineData("ru", "「主権の問題だ。」", false)]
    [InlineData("ar", "هل ستعود الجزر؟", true)]
    [InlineData("en", "هل ستعود الجزر؟", false)]
    [InlineData("el", "Θα επιστραφούν τα νησιά;", true)]
    [InlineData("en", "Will the islands be returned;", false)]
    [InlineData("en", "(Talks on the islands stalled.)", true)]
    [InlineData("en", "Talks on the islands stalled…", true)]
    public void EndsSentence_ReadsTheStopsOfTheLanguages_PastTheirQuotationMarks(string code, string line, bool expected) =>
        TextShape.EndsSentence(line, MarksOf(code)).Should().Be(expected);

    [Theory]
    [InlineData("ja", "北方領土の交渉が再開された。", true)]
    [InlineData("ja", "交渉は再開されるのか？", false)]
    [InlineData("en", "Talks on the islands resumed.", true)]
    [InlineData("en", "Talks on the islands resume?", false)]
    [InlineData("en", "Talks on the islands resume...", false)]
    [InlineData("ru", "«Переговоры об островах возобновятся?»", false)]
    [InlineData("ru", "«Переговоры об островах возобновились.»", true)]
    public void EndsInPeriod_IsAFullStopOfTheLanguages_NotAQuestionMark(string code, string line, bool expected) =>
        TextShape.EndsInPeriod(line, MarksOf(code)).Should().Be(expected);

    [Fact]
    public void TitleCase_TrimsTheQuotationMarksOfTheLanguages()
    {
        // A word's quotation mark is no lower-case start: „Putin counts as capitalised where „ is a mark of the languages.
        TextShape.IsTitleCase("„Putin Rejects“ Claims", MarksOf("de")).Should().BeTrue();
        TextShape.IsTitleCase("„Putin Rejects“ Claims", MarksOf("en")).Should().BeFalse();
        TextShape.IsTitleCase("„Putin rejects“ claims", MarksOf("de")).Should().BeFalse();
    }

    [Fact]
    public void APacksOwnStop_ChangesSegmentation_WhenItsLanguageIsNotKnown()
    {
        // Read with the marks of every loaded pack: the danda of the added pack ends the first line's sentence, so it
        // is body text; without the pack, the line, unpunctuated to the shipped packs, is taken for a headline.
        Segmenter.Split(Hindi, WithHindi.Page).Should().OnlyContain(s => s.Kind == SegmentKind.Body);
        Segmenter.Split(Hindi, LanguagePacks.Default.Page)[0].Kind.Should().Be(SegmentKind.Headline);
    }

    [Fact]
    public void APacksOwnStop_ChangesTheParse_OfAnArticleInItsLanguage()
    {
        var parsed = new ArticleParser(KurilsCatalog.Default, WithHindi).Parse(Hindi);

        parsed.Language.Should().Be("hi");
        parsed.Headline.Should().BeNull();
        ArticleParser.Default.Parse(Hindi).Headline.Should().NotBeNull();
    }

    [Fact]
    public void TheLexiconsOfASetOfLanguages_ShareItsMarks_BuiltOnce()
    {
        var packs = ImmutableArray.Create(LanguagePacks.Default.Find("pl")!, LanguagePacks.Default.Find("en")!);
        var guess = new LanguageGuess(packs[0], packs);
        var marks = LanguagePacks.Default.MarksOf(guess);

        LanguagePacks.Default.MarksOf(guess).Should().BeSameAs(marks);
        LanguagePacks.Default.PageOf(guess).Marks.Should().BeSameAs(marks);
        LanguagePacks.Default.DatesOf(guess).ClauseStops.Should().BeSameAs(marks.ClauseStops);
        LanguagePacks.Default.Page.Marks.Should().BeSameAs(LanguagePacks.Default.Marks);
    }
}
