using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// A speech verb that opens its sentence takes the person written right after it as its subject (Arabic puts the verb
/// first: "وأضاف لافروف …"); a word between them ("Сказал, что Путин …") makes the person no subject. And the speech
/// sections of the Serbian and Indonesian packs: "рекао је Путин", "ujar Peskov", "Peskov dengan tegas mengatakan".
/// </summary>
public sealed class SentenceInitialVerbTests
{
    private static IReadOnlyList<ArticleStatement> Statements(string text) => ArticleParser.Default.Parse(text).Statements;

    [Theory]
    [InlineData("محادثات جزر الكوريل\n\nانتهت المحادثات بين البلدين في موسكو يوم الاثنين بعد يومين طويلين.\n\nوأضاف لافروف خلال المؤتمر الصحفي \"من الصعب التقدم في المفاوضات حول معاهدة السلام مع اليابان\".", "lavrov-sergey")]
    [InlineData("Переговоры о Курилах\n\nПереговоры двух стран завершились в Москве в понедельник после двух долгих дней.\n\nЗаявил Лавров на пресс-конференции: «Мы не будем обсуждать принадлежность островов».", "lavrov-sergey")]
    [InlineData("Kuril talks end in Moscow\n\nThe talks between the two countries ended in Moscow on Monday after two long days.\n\nSaid Putin at the press conference: “We will not discuss the islands with anyone.”", "putin-vladimir")]
    public void VerbOpeningTheSentence_TakesThePersonRightAfterIt(string text, string speaker) =>
        Statements(text).Should().ContainSingle(s => s.Kind == StatementKind.Direct).Which.SpeakerId.Should().Be(speaker);

    [Theory]
    [InlineData("Переговоры о Курилах\n\nПереговоры двух стран завершились в Москве в понедельник после двух долгих дней.\n\nСказал, что Путин не приедет на переговоры в этом году.")]
    [InlineData("Conversaciones sobre las Kuriles\n\nLas conversaciones entre los dos países terminaron el lunes en Moscú tras dos largos días.\n\nComentó que Putin no vendrá a las conversaciones este año.")]
    public void PersonAfterAWordBetween_IsNoSubject(string text) =>
        Statements(text).Should().NotContain(s => s.SpeakerId == "putin-vladimir");

    [Theory]
    [InlineData("Разговори о Курилима\n\nРазговори две земље завршени су у понедељак у Москви после два дуга дана.\n\n„Мукотрпан посао нас чека пре потписивања тог документа“, рекао је Путин после састанка у Москви.", "putin-vladimir")]
    [InlineData("Razgovori o Kurilima\n\nRazgovori dve zemlje završeni su u ponedeljak u Moskvi posle dva duga dana.\n\n„Mukotrpan posao nas čeka pre potpisivanja tog dokumenta“, rekao je Putin posle sastanka u Moskvi.", "putin-vladimir")]
    [InlineData("Pembicaraan Kepulauan Kuril\n\nPembicaraan antara kedua negara berakhir di Moskwa pada hari Senin setelah dua hari yang panjang.\n\n\"Kami menolak gagasan semacam itu. Kepulauan Kuril adalah bagian dari Rusia,\" ujar Peskov kepada wartawan.", "peskov-dmitry")]
    public void QuotationInSerbianAndIndonesian_HasItsSpeaker(string text, string speaker) =>
        Statements(text).Should().ContainSingle(s => s.Kind == StatementKind.Direct).Which.SpeakerId.Should().Be(speaker);

    [Theory]
    [InlineData("Разговори о Курилима\n\nРазговори две земље завршени су у понедељак у Москви после два дуга дана.\n\nПутин је рекао да острва припадају Русији и да ће тако остати.", "putin-vladimir")]
    [InlineData("Pembicaraan Kepulauan Kuril\n\nPembicaraan antara kedua negara berakhir di Moskwa pada hari Senin setelah dua hari yang panjang.\n\nPeskov dengan tegas mengatakan bahwa Kepulauan Kuril memang milik Rusia.", "peskov-dmitry")]
    public void ReportedSpeechInSerbianAndIndonesian_HasItsSpeaker(string text, string speaker) =>
        Statements(text).Should().ContainSingle(s => s.Kind == StatementKind.Reported).Which.SpeakerId.Should().Be(speaker);
}
