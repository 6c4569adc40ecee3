using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;
using static Kurils.Domain.Tests.Parsing.ProbeStories;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// Speakers in Arabic, a script without capitals: a person the catalog lacks named after a role and its description, up to
/// the complementizer, a colon or the quotation ("وقال الخبير في الشؤون الروسية أحمد سالم إن …"); the description's words
/// (the article, nationality and rank adjectives, places and institutions the catalog knows) are not part of the name. And
/// an agency citing a person ("ونقلت وكالة تاس عن لافروف قوله: …"): the person is the speaker, not the agency. The
/// sentences are written for the tests.
/// </summary>
public sealed class CaselessNameTests
{
    private static ParsedArticle Parse(string line) => ArticleParser.Default.Parse(ArHead + "\n\n" + ArBody + "\n\n" + line + "\n");

    private static ArticleStatement[] StatementsWith(ParsedArticle article, string word) =>
        [.. article.Statements.Where(s => article.TextOf(s.Span).Contains(word, StringComparison.Ordinal))];

    [Theory]
    [InlineData("وقال الخبير في الشؤون الروسية أحمد سالم إن العلاقات بين البلدين لن تتحسن قريبا.", "لن تتحسن", "أحمد سالم")]
    [InlineData("وقال رئيس بلدية نيمورو ماساتوشي إيشيغاكي إن السكان السابقين يريدون العودة إلى الجزر.", "يريدون العودة", "ماساتوشي إيشيغاكي")]
    [InlineData("وقال النائب في مجلس الدوما أليكسي تشيبا إن الجزر ستبقى روسية إلى الأبد.", "ستبقى روسية", "أليكسي تشيبا")]
    [InlineData("وقال المحلل السياسي الياباني هيروشي ناكامورا إن طوكيو تخشى تعزيز الوجود العسكري الروسي.", "تعزيز الوجود", "هيروشي ناكامورا")]
    [InlineData("وقال الخبير أحمد سالم: \"العلاقات بين البلدين لن تتحسن قريبا\".", "لن تتحسن", "أحمد سالم")]
    [InlineData("وأكد الباحث في معهد الدراسات الشرقية إيغور بيتروف أن المفاوضات بين البلدين متوقفة منذ عامين.", "متوقفة منذ", "إيغور بيتروف")]
    public void ANameTheCatalogLacks_AfterARoleAndItsDescription_IsTheSpeaker(string line, string word, string name)
    {
        var article = Parse(line);
        StatementsWith(article, word).Should().NotBeEmpty().And.OnlyContain(s => s.SpeakerId == null && s.SpeakerName == name && article.TextOf(s.SpeakerNameSpan!.Value) == name);
    }

    /// <summary>A description with no name after it: nationality and rank adjectives, an institution, a place, are no one's name.</summary>
    [Theory]
    [InlineData("وقال مسؤول روسي كبير إن الجزر ستبقى روسية.", "ستبقى روسية")]
    [InlineData("وقال دبلوماسي ياباني سابق إن طوكيو قلقة من المناورات.", "قلقة")]
    [InlineData("وقال المتحدث باسم الحكومة إن طوكيو قلقة من المناورات.", "قلقة")]
    [InlineData("وقال رئيس بلدية نيمورو إن السكان يريدون العودة.", "يريدون العودة")]
    [InlineData("وقال مسؤول في وزارة الخارجية اليابانية إن طوكيو قلقة.", "قلقة")]
    public void ADescriptionWithoutAName_NamesNoOne(string line, string word) =>
        StatementsWith(Parse(line), word).Should().NotContain(s => s.SpeakerName != null || s.SpeakerId != null);

    /// <summary>"ونقلت وكالة تاس عن لافروف قوله": the agency reports, the person cited speaks.</summary>
    [Theory]
    [InlineData("ونقلت وكالة تاس عن لافروف قوله: \"لا توجد شروط لاستئناف المفاوضات مع طوكيو\".", "لاستئناف المفاوضات", "lavrov-sergey")]
    [InlineData("ونقلت وكالة سبوتنيك عن زاخاروفا قولها إن طوكيو تتبع سياسة واشنطن.", "سياسة واشنطن", "zakharova-maria")]
    [InlineData("ونقلت وكالة ريا نوفوستي عن بيسكوف قوله إن الكرملين لا يرى أساسا للمفاوضات.", "أساسا للمفاوضات", "peskov-dmitry")]
    [InlineData("ونقلت وكالة تاس عن لافروف قوله: \"لا توجد شروط لاستئناف المفاوضات\". وأضاف: \"اليابان اتخذت موقفا معاديا لروسيا\".", "موقفا معاديا", "lavrov-sergey")]
    public void APersonAnAgencyCites_IsTheSpeaker(string line, string word, string person) =>
        StatementsWith(Parse(line), word).Should().NotBeEmpty().And.OnlyContain(s => s.SpeakerId == person);
}
