using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// One pair of quotation marks around two pieces of speech and the attribution between them, set off by dialogue dashes
/// ("«…, — сказал Владимир Путин. — …»", "“… —dijo Vladímir Putin—. …”") or by commas ("« …, a dit Vladimir Poutine. … »"):
/// the speaker is the person the attribution names (a name inside a quotation is otherwise what was said, never who said
/// it), both pieces are the speaker's, and the attribution's words are in neither. A clause between commas that names no
/// one stays part of what was said.
/// </summary>
public sealed class InterruptedQuotationTests
{
    private static readonly ArticleParser Parser = ArticleParser.Default;

    private static List<ArticleStatement> Direct(string text) => [.. Parser.Parse(text).Statements.Where(s => s.Kind == StatementKind.Direct)];

    [Theory]
    [InlineData("Путин о Курилах\n\n«Мы не обсуждаем суверенитет над Курилами, — сказал Владимир Путин. — Этот вопрос закрыт раз и навсегда».\n", "putin-vladimir", "Мы не обсуждаем суверенитет над Курилами", "Этот вопрос закрыт раз и навсегда")]
    [InlineData("Путін про Курили\n\n«Ми не обговорюємо суверенітет над Курилами, — сказав Володимир Путін. — Це питання закрите».\n", "putin-vladimir", "Ми не обговорюємо суверенітет над Курилами", "Це питання закрите")]
    [InlineData("Путин за Курилите\n\n„Ние не обсъждаме суверенитета над Курилите – каза Владимир Путин. – Този въпрос е затворен.“\n", "putin-vladimir", "Ние не обсъждаме суверенитета над Курилите", "Този въпрос е затворен.")]
    [InlineData("Putin o Kurylach\n\n„Nie rozmawiamy o suwerenności nad Kurylami – powiedział Władimir Putin. – Ta sprawa jest zamknięta”.\n", "putin-vladimir", "Nie rozmawiamy o suwerenności nad Kurylami", "Ta sprawa jest zamknięta")]
    [InlineData("Putin sobre las Kuriles\n\n\"No discutimos la soberanía de las Kuriles —dijo Vladímir Putin—. Esta cuestión está cerrada\".\n", "putin-vladimir", "No discutimos la soberanía de las Kuriles", "Esta cuestión está cerrada")]
    [InlineData("Медведев об островах\n\n«Никаких уступок не будет, — написал зампред Совбеза Дмитрий Медведев в Telegram. — Курилы — наша земля».\n", "medvedev-dmitry", "Никаких уступок не будет", "Курилы — наша земля")]
    public void DashedAttribution_InsideTheMarks_NamesTheSpeakerOfBothPieces(string text, string speaker, string first, string second)
    {
        var statements = Direct(text);
        statements.Select(s => s.Span.Of(text)).Should().Equal(first, second);
        statements.Should().OnlyContain(s => s.SpeakerId == speaker);
    }

    [Theory]
    [InlineData("Poutine sur les Kouriles\n\n« Nous ne discutons pas de la souveraineté des Kouriles, a dit Vladimir Poutine. Cette question est close. »\n", "Nous ne discutons pas de la souveraineté des Kouriles", "Cette question est close.")]
    [InlineData("Путин о Курилима\n\n„Ми не разговарамо о суверенитету над Курилима, рекао је Владимир Путин. Ово питање је затворено.“\n", "Ми не разговарамо о суверенитету над Курилима", "Ово питање је затворено.")]
    public void CommaAttribution_InsideTheMarks_NamesTheSpeakerOfBothPieces(string text, string first, string second)
    {
        var statements = Direct(text);
        statements.Select(s => s.Span.Of(text)).Should().Equal(first, second);
        statements.Should().OnlyContain(s => s.SpeakerId == "putin-vladimir");
    }

    /// <summary>A clause between commas that no name or pronoun follows is what was said ("so" is a German speech word).</summary>
    [Theory]
    [InlineData("Sacharowa über Japan\n\nSacharowa erklärte:\n„Was das Thema Friedensvertrag betrifft, so ist es, wie Sie wissen, abgeschlossen.“\n", "Was das Thema Friedensvertrag betrifft, so ist es, wie Sie wissen, abgeschlossen.")]
    [InlineData("Лавров о Японии\n\nЛавров заявил: «Острова, сказал бы я, давно обсуждены и закрыты».\n", "Острова, сказал бы я, давно обсуждены и закрыты")]
    [InlineData("Putin on Japan\n\nPutin said: \"The islands, said to be rich in fish, are ours.\"\n", "The islands, said to be rich in fish, are ours.")]
    public void ClauseBetweenCommas_NamingNoOne_StaysInTheQuotation(string text, string quoted) =>
        Direct(text).Select(s => s.Span.Of(text)).Should().Equal(quoted);
}
