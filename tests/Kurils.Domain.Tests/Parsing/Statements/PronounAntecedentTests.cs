using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// What a pronoun that stands for a speaker means: the one person named before it in its sentence (a catalog person, or
/// one the catalog lacks named after a title), else the last speaker, whether the catalog holds them or not; a plural
/// pronoun means no one person.
/// </summary>
public sealed class PronounAntecedentTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static IReadOnlyList<ArticleStatement> Statements(string text) => Parser.Parse(text).Statements;

    [Theory]
    [InlineData("Kuril talks end in Moscow\n\nThe talks between the two countries ended in Moscow on Monday after two long days.\n\nPutin said the talks had been long and difficult for both sides.\n\nThe mood was tense, and deputy prime minister Boris Nemtsov stressed it when he told reporters that the islands were Russian.", "Boris Nemtsov")]
    [InlineData("Kuril talks end in Moscow\n\nThe talks between the two countries ended in Moscow on Monday after two long days.\n\nPutin said the talks had been long and difficult for both sides.\n\nBefore the weekend’s talks, Governor Iwao Kondo was blunt when he told reporters that the islands were Japanese.", "Iwao Kondo")]
    public void UncataloguedPersonNamedAfterATitle_IsThePronounsAntecedent(string text, string name)
    {
        var second = Statements(text).Should().HaveCount(2).And.Subject.Last();
        second.SpeakerId.Should().BeNull();
        second.SpeakerName.Should().Be(name);
    }

    [Theory]
    [InlineData("Talks in Tokyo\n\nThe two leaders met for three hours on Monday to talk about the islands.\n\nPutin met Kishida in Tokyo on Monday. He said that the islands would remain Russian.")]
    [InlineData("Переговоры в Токио\n\nДва лидера встретились в понедельник на три часа, чтобы обсудить острова.\n\nПутин встретился с Кисидой в Токио в понедельник. Он заявил, что острова останутся российскими.")]
    [InlineData("Conversaciones en Tokio\n\nLos dos líderes se reunieron el lunes durante tres horas para hablar de las islas.\n\nPutin se reunió con Kishida en Tokio el lunes. Él dijo que las islas seguirán siendo rusas.")]
    public void PronounOpeningASentence_IsThePreviousSentencesSubject_NotTheLastPersonNamed(string text) =>
        Parser.Parse(text).Statements.Should().ContainSingle().Which.SpeakerId.Should().Be("putin-vladimir");

    [Theory]
    [InlineData("Kuril talks end in Moscow\n\nThe talks between the two countries ended in Moscow on Monday after two long days.\n\n“The islands are ours,” said Iwao Kondo, who was born there.\n\nKondo showed a map of the old villages. “We want to go home,” he said.", "Iwao Kondo")]
    [InlineData("Переговоры о Курилах\n\nПереговоры двух стран завершились в Москве в понедельник после двух долгих дней.\n\n«Острова наши», — сказал Иван Петров, уроженец острова.\n\nОн показал карту старых деревень. «Мы хотим вернуться домой», — сказал он.", "Иван Петров")]
    [InlineData("Conversaciones sobre las Kuriles\n\nLas conversaciones entre los dos países terminaron el lunes en Moscú tras dos largos días.\n\n«Las islas son nuestras», dijo Carlos Ruiz, nacido allí.\n\nMostró un mapa de los pueblos. «Queremos volver a casa», dijo él.", "Carlos Ruiz")]
    public void Pronoun_MeansTheLastSpeakerTheCatalogLacks(string text, string name) =>
        Statements(text).Where(s => s.Kind == StatementKind.Direct).Should().HaveCount(2).And.OnlyContain(s => s.SpeakerName == name);

    [Theory]
    [InlineData("Переговоры о Курилах\n\nПереговоры двух стран завершились в Москве в понедельник после двух долгих дней.\n\nПутин заявил, что острова принадлежат России, и добавил, что переговоры будут долгими.\n\nПереговоры продолжились. Они заявили, что острова останутся российскими.", "Они")]
    [InlineData("Conversaciones sobre las Kuriles\n\nLas conversaciones entre los dos países terminaron el lunes en Moscú tras dos largos días.\n\nPutin dijo que las islas son rusas y añadió que las conversaciones serán largas.\n\nLas conversaciones siguieron. Ellos dijeron que las islas seguirán siendo rusas.", "Ellos")]
    public void PluralPronoun_IsNotTheLastSpeaker(string text, string pronoun)
    {
        var at = text.IndexOf(pronoun, StringComparison.Ordinal);
        var statements = Statements(text);
        statements.Should().Contain(s => s.SpeakerId == "putin-vladimir" && s.Span.Start < at);
        statements.Should().NotContain(s => s.SpeakerId == "putin-vladimir" && s.Span.Start > at);
    }

    [Theory]
    [InlineData("Переговоры о Курилах\n\nПереговоры двух стран завершились в Москве в понедельник после двух долгих дней.\n\n«Острова наши», — сказал Путин журналистам. «Мы не будем их обсуждать», — сказали они позже.")]
    [InlineData("Conversaciones sobre las Kuriles\n\nLas conversaciones entre los dos países terminaron el lunes en Moscú tras dos largos días.\n\n«Las islas son nuestras», dijo Putin a los periodistas. «No vamos a discutirlas», dijeron ellos después.")]
    public void QuotationOfAPluralPronoun_DoesNotContinueTheParagraphsSpeaker(string text)
    {
        var quotes = Statements(text).Where(s => s.Kind == StatementKind.Direct).ToList();
        quotes.Should().HaveCount(2);
        quotes[0].SpeakerId.Should().Be("putin-vladimir");
        quotes[1].SpeakerId.Should().BeNull();
        quotes[1].Unattributed.Should().Be(UnattributedReason.UnresolvedReference);
    }
}
