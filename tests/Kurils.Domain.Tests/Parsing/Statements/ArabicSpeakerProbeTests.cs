using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// Who said it in news copy of Arabic (Al Jazeera, Asharq Al-Awsat, RT Arabic, Sputnik Arabic style): quotations before and after their speaker, titles with names, roles and
/// pronouns for someone named before, institutions, agencies citing a person, people the catalog lacks, reported speech
/// with its markers. Written for the tests; each is checked by <see cref="AsiaProbes.Check"/>.
/// </summary>
public sealed class ArabicSpeakerProbeTests
{
    [Theory]
    [InlineData("ar", "قال وزير الخارجية الروسي سيرغي لافروف إن محادثات معاهدة السلام مع اليابان مستحيلة في ظل سياستها الحالية.", "مستحيلة", "reported", "lavrov-sergey")]
    [InlineData("ar", "ونقلت وكالة تاس عن لافروف قوله: \"لا توجد شروط لاستئناف المفاوضات مع طوكيو\".", "لاستئناف المفاوضات", "direct", "lavrov-sergey")]
    [InlineData("ar", "ونقلت وكالة تاس عن لافروف قوله: \"لا توجد شروط لاستئناف المفاوضات مع طوكيو\". وأضاف: \"اليابان اتخذت موقفا معاديا لروسيا\".", "موقفا معاديا", "direct", "lavrov-sergey")]
    [InlineData("ar", "قال رئيس الوزراء الياباني فوميو كيشيدا: \"لن نتخلى عن الأقاليم الشمالية\".", "لن نتخلى", "direct", "kishida-fumio")]
    [InlineData("ar", "وصرح المتحدث باسم الكرملين ديمتري بيسكوف بأن روسيا لن تناقش مسألة السيادة على الجزر.", "لن تناقش", "reported", "peskov-dmitry")]
    [InlineData("ar", "وقال الخبير في الشؤون الروسية أحمد سالم إن العلاقات بين البلدين لن تتحسن قريبا.", "لن تتحسن", "reported", "@أحمد سالم")]
    [InlineData("ar", "وقال رئيس بلدية نيمورو ماساتوشي إيشيغاكي إن السكان السابقين يريدون العودة إلى الجزر.", "السكان السابقين", "reported", "@ماساتوشي إيشيغاكي")]
    [InlineData("ar", "وقال النائب في مجلس الدوما أليكسي تشيبا إن الجزر ستبقى روسية إلى الأبد.", "ستبقى روسية", "reported", "@أليكسي تشيبا")]
    [InlineData("ar", "التقى رئيس الوزراء الياباني فوميو كيشيدا بسكان سابقين في نيمورو. وأشار إلى أن اليابان لن تتخلى عن مطالبها.", "لن تتخلى عن مطالبها", "reported", "kishida-fumio")]
    [InlineData("ar", "وقال كبير أمناء مجلس الوزراء الياباني يوشيماسا هاياشي: «موقف اليابان لم يتغير».", "موقف اليابان لم يتغير", "direct", "hayashi-yoshimasa")]
    [InlineData("ar", "ونقلت وكالة سبوتنيك عن زاخاروفا قولها إن طوكيو تتبع سياسة واشنطن.", "سياسة واشنطن", "reported", "zakharova-maria")]
    [InlineData("ar", "وقال المحلل السياسي الياباني هيروشي ناكامورا إن طوكيو تخشى تعزيز الوجود العسكري الروسي.", "تعزيز الوجود", "reported", "@هيروشي ناكامورا")]
    [InlineData("ar", "وقالت وزارة الخارجية الروسية إن العقوبات اليابانية عمل غير ودي. وأضافت الوزارة أنها سترد بالمثل.", "سترد بالمثل", "reported", "foreign-ministry-russia")]
    public void TheStatement_HasTheSpeakerACarefulReaderGives(string language, string line, string word, string kind, string speaker) =>
        AsiaProbes.Check(language, line, word, kind, speaker);
}
