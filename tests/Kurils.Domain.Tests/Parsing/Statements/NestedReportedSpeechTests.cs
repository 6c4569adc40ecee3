using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// Reported speech inside a quotation or a transcript turn: the reported clause's own subject, named inside it, is its
/// speaker, not the quotation's; a clause with no subject of its own there ("I said", "we believe") stays the speaker's words.
/// </summary>
public sealed class NestedReportedSpeechTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static List<ArticleStatement> Reported(string text) =>
        [.. Parser.Parse(text).Statements.Where(s => s.Kind == StatementKind.Reported)];

    [Theory]
    [InlineData("Talks on the islands\n\n\"Yesterday Chief Cabinet Secretary Yoshimasa Hayashi told me that Japan wants to resume talks on the peace treaty,\" Putin told reporters.", "Japan wants to resume talks on the peace treaty", "hayashi-yoshimasa")]
    [InlineData("Conversaciones\n\n\"Ayer el secretario jefe del Gabinete, Yoshimasa Hayashi, dijo durante nuestra reunión que Japón quisiera retomar el debate sobre la declaración\", informó Putin a los periodistas.", "Japón quisiera retomar el debate sobre la declaración", "hayashi-yoshimasa")]
    [InlineData("Переговоры\n\n«Вчера Андрей Руденко сказал, что Япония хочет возобновить переговоры о мирном договоре», — заявил Путин журналистам.", "Япония хочет возобновить переговоры о мирном договоре", "rudenko-andrey")]
    [InlineData("Pourparlers\n\n« Hier, Yoshimasa Hayashi a déclaré que le Japon souhaitait reprendre les négociations sur le traité de paix », a déclaré Putin aux journalistes.", "le Japon souhaitait reprendre les négociations sur le traité de paix", "hayashi-yoshimasa")]
    public void ClauseNamingSomeoneElse_InsideAQuotation_IsTheirs(string text, string clause, string speaker)
    {
        var statements = Parser.Parse(text).Statements;
        statements.Should().ContainSingle(s => s.Kind == StatementKind.Direct).Which.SpeakerId.Should().Be("putin-vladimir");
        var reported = Reported(text).Should().ContainSingle().Subject;
        reported.SpeakerId.Should().Be(speaker);
        reported.Span.Of(text).Should().Be(clause);
    }

    [Fact]
    public void JapaneseClause_InsideAQuotationSplitAtItsOwnStop_IsTheNamedSpeakers()
    {
        // The sentence splitter cuts the quotation at its 。: the first part is no と-clause of the quotation's speaker.
        const string text = "会談\n\n林官房長官は「プーチン大統領は平和条約の交渉を続けたいと述べました。私はそれを歓迎します」と語った。";
        var reported = Reported(text).Should().ContainSingle().Subject;
        reported.SpeakerId.Should().Be("putin-vladimir");
        reported.Span.Of(text).Should().Be("平和条約の交渉を続けたい");
    }

    [Theory]
    [InlineData("Talks on the islands\n\n\"I said that Japan wants to resume talks on the peace treaty with Vladimir Putin,\" Hayashi told reporters.")]
    [InlineData("Переговоры\n\n«Я сказал, что Япония хочет возобновить переговоры с Владимиром Путиным», — заявил Хаяси журналистам.")]
    [InlineData("Talks on the islands\n\n\"Japan wants to resume talks on the peace treaty, as we have said many times,\" Hayashi told reporters.")]
    public void ClauseWithoutASubjectOfItsOwn_StaysTheQuotations(string text) =>
        Reported(text).Should().BeEmpty();

    [Theory]
    [InlineData("Press conference\n\nREPORTER: I would like to ask about the islands. What are the Government's thoughts?\n\nYoshimasa Hayashi: I would like to speak briefly. Yesterday President Putin said that Russia will not hand the islands over to anyone. I said that Japan will keep negotiating patiently.", "hayashi-yoshimasa", "Russia will not hand the islands over to anyone", "Japan will keep negotiating patiently")]
    [InlineData("Брифинг\n\nВопрос: Что вы думаете о визите на острова?\n\nАндрей Руденко: Я хотел бы коротко сказать об этом. Вчера Владимир Путин заявил, что Россия никому не отдаст острова. Я сказал, что переговоры будут продолжены.", "rudenko-andrey", "Россия никому не отдаст острова", "переговоры будут продолжены")]
    [InlineData("Conférence de presse\n\nQuestion : Que pensez-vous de la visite sur les îles ?\n\nAndrey Rudenko : Je voudrais dire quelques mots. Hier, Vladimir Putin a déclaré que la Russie ne céderait les îles à personne. Nous avons déclaré que les négociations continueraient.", "rudenko-andrey", "la Russie ne céderait les îles à personne", "les négociations continueraient")]
    public void ClauseInATranscriptTurn_IsItsSubjectsAndAFirstPersonOneNoEarlierSpeakers(string text, string turnSpeaker, string putins, string ownWords)
    {
        var statements = Parser.Parse(text).Statements;
        statements.Should().Contain(s => s.Kind == StatementKind.Direct && s.SpeakerId == turnSpeaker);
        statements.Should().ContainSingle(s => s.Kind == StatementKind.Reported && s.Span.Of(text) == putins).Which.SpeakerId.Should().Be("putin-vladimir");
        statements.Should().NotContain(s => s.Kind == StatementKind.Reported && s.Span.Of(text) == ownWords && s.SpeakerId != turnSpeaker);
    }

    [Fact]
    public void ClauseNamingTheQuotationsSpeaker_IsNoSecondStatement()
    {
        const string text = "Talks on the islands\n\n\"As Hayashi said yesterday, Japan wants to resume talks on the peace treaty. Hayashi said that the islands are Japan's,\" Hayashi told reporters.";
        Reported(text).Should().BeEmpty();
    }
}
