using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// A quotation without an attribution of its own continues a speaker named before: the paragraph's (a catalog person or
/// one the catalog lacks), the one a sentence ending in a colon announces ("Putin said:"), or, for a quotation that opens
/// its paragraph, the article's last speaker when nobody else who could speak has been named since.
/// </summary>
public sealed class QuotationContinuationTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static IReadOnlyList<ArticleStatement> Quotes(string text) =>
        Parser.Parse(text).Statements.Where(s => s.Kind == StatementKind.Direct).ToList();

    [Theory]
    [InlineData("Kuril talks end in Moscow\n\nThe talks between the two countries ended in Moscow on Monday after two long days.\n\n“The islands are ours,” said Iwao Kondo, who was born there. “We lived there before the war.”", "Iwao Kondo")]
    [InlineData("Переговоры о Курилах\n\nПереговоры двух стран завершились в Москве в понедельник после двух долгих дней.\n\n«Острова наши», — сказал Иван Петров, уроженец острова. «Мы жили там до войны».", "Иван Петров")]
    [InlineData("Conversaciones sobre las Kuriles\n\nLas conversaciones entre los dos países terminaron el lunes en Moscú tras dos largos días.\n\n«Las islas son nuestras», dijo Carlos Ruiz, nacido allí. «Vivimos allí antes de la guerra».", "Carlos Ruiz")]
    public void SecondQuotation_ContinuesTheParagraphsUncataloguedSpeaker(string text, string name) =>
        Quotes(text).Should().HaveCount(2).And.OnlyContain(s => s.SpeakerId == null && s.SpeakerName == name);

    [Theory]
    [InlineData("Kuril talks end in Moscow\n\nThe talks between the two countries ended in Moscow on Monday after two long days.\n\nPutin said the islands were Russian and would stay so, and added that the talks would be long.\n\n“We will not give up our land. Nobody should doubt it.”")]
    [InlineData("Переговоры о Курилах\n\nПереговоры двух стран завершились в Москве в понедельник после двух долгих дней.\n\nПутин заявил, что острова принадлежат России, и добавил, что переговоры будут долгими.\n\n«Мы не отдадим свою землю. Никто не должен в этом сомневаться».")]
    [InlineData("Gespräche über die Kurilen\n\nDie Gespräche der beiden Länder endeten am Montag in Moskau nach zwei langen Tagen.\n\nPutin sagte, dass die Inseln russisch seien und bleiben würden.\n\n„Wir geben unser Land nicht her. Niemand sollte daran zweifeln.“")]
    public void QuotationOpeningItsParagraph_ContinuesTheLastSpeaker(string text) =>
        Quotes(text).Should().ContainSingle().Which.SpeakerId.Should().Be("putin-vladimir");

    [Theory]
    [InlineData("Kuril talks end in Moscow\n\nThe talks between the two countries ended in Moscow on Monday after two long days.\n\nRudenko visited Tokyo last week and met the envoy there. Putin said:\n\n“We will not give up our land. Nobody should doubt it.”")]
    [InlineData("Переговоры о Курилах\n\nПереговоры двух стран завершились в Москве в понедельник после двух долгих дней.\n\nРуденко посетил Токио на прошлой неделе и встретился там с послом. Путин заявил:\n\n«Мы не отдадим свою землю. Никто не должен в этом сомневаться».")]
    [InlineData("Gespräche über die Kurilen\n\nDie Gespräche der beiden Länder endeten am Montag in Moskau nach zwei langen Tagen.\n\nRudenko besuchte Tokio letzte Woche und traf dort den Botschafter. Putin erklärte:\n\n„Wir geben unser Land nicht her. Niemand sollte daran zweifeln.“")]
    public void SentenceEndingInAColon_AnnouncesTheNextQuotationsSpeaker(string text) =>
        Quotes(text).Should().ContainSingle().Which.SpeakerId.Should().Be("putin-vladimir");

    [Theory]
    [InlineData("Kuril talks end in Moscow\n\nThe talks between the two countries ended in Moscow on Monday after two long days.\n\nPutin said the islands were Russian and would stay so, and added that the talks would be long.\n\nRudenko met the Japanese envoy in Tokyo the next day.\n\n“We will not give up our land. Nobody should doubt it.”")]
    [InlineData("Переговоры о Курилах\n\nПереговоры двух стран завершились в Москве в понедельник после двух долгих дней.\n\nПутин заявил, что острова принадлежат России, и добавил, что переговоры будут долгими.\n\nНа следующий день Руденко встретился с японским послом.\n\n«Мы не отдадим свою землю. Никто не должен в этом сомневаться».")]
    public void QuotationOpeningItsParagraph_AfterSomeoneElseIsNamed_Abstains(string text)
    {
        var quote = Quotes(text).Should().ContainSingle().Subject;
        quote.SpeakerId.Should().BeNull();
        quote.Unattributed.Should().NotBeNull();
    }

    [Fact]
    public void QuotationOpeningItsParagraph_FarFromTheLastSpeaker_Abstains()
    {
        var filler = string.Join(" ", Enumerable.Repeat("The weather on the coast was cold and the sea was rough for most of the week.", 10));
        var text = "Kuril talks end in Moscow\n\nThe talks between the two countries ended in Moscow on Monday after two long days.\n\nPutin said the islands were Russian and would stay so, and added that the talks would be long.\n\n" + filler + "\n\n“We will not give up our land. Nobody should doubt it.”";
        var quote = Quotes(text).Should().ContainSingle().Subject;
        quote.SpeakerId.Should().BeNull();
        quote.Unattributed.Should().Be(UnattributedReason.SpeakerTooFar);
    }
}
