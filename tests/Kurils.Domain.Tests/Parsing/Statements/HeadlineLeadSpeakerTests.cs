using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// A headline that is only a quotation, its speaker named in the story's first sentence ("„Die Kurilen sind russisches
/// Land“" over "Der frühere russische Präsident Dmitri Medwedew hat …"): the quotation is that person's. When the first
/// sentence names no one, or several, it stays unattributed.
/// </summary>
public sealed class HeadlineLeadSpeakerTests
{
    private static readonly LocalDate Published = new(2024, 6, 10);

    private static ArticleStatement Quoted(string text, string word)
    {
        var article = ArticleParser.Default.Parse(text, Published);
        return article.Statements.Should().ContainSingle(s => s.Kind == StatementKind.Direct && article.TextOf(s.Span).Contains(word, StringComparison.Ordinal)).Subject;
    }

    [Theory]
    [InlineData("„Die Kurilen sind russisches Land“\n\nDer frühere russische Präsident Dmitri Medwedew hat Japans Ansprüche erneut zurückgewiesen.\n", "russisches Land", "medvedev-dmitry")]
    [InlineData("\"Las Kuriles son tierra rusa\"\n\nEl expresidente ruso Dmitri Medvédev volvió a rechazar el lunes las reclamaciones japonesas.\n", "tierra rusa", "medvedev-dmitry")]
    [InlineData("\"Le Curili sono terra russa\"\n\nL'ex presidente russo Dmitri Medvedev ha respinto ancora una volta le rivendicazioni giapponesi.\n", "terra russa", "medvedev-dmitry")]
    [InlineData("\"As Curilas são terra russa\"\n\nO ex-presidente russo Dmitri Medvedev voltou a rejeitar as reivindicações japonesas.\n", "terra russa", "medvedev-dmitry")]
    [InlineData("« Nous ne renoncerons jamais à nos îles »\n\nLe Premier ministre japonais Fumio Kishida s'est exprimé lundi devant la Diète.\n", "renoncerons", "kishida-fumio")]
    [InlineData("«Никаких условий для переговоров нет»\n\nМинистр иностранных дел России Сергей Лавров в понедельник выступил на пресс-конференции.\n", "условий", "lavrov-sergey")]
    [InlineData("\"Japan will never give up the islands\"\n\nPrime Minister Fumio Kishida spoke in parliament on Monday about the Northern Territories.\n", "give up", "kishida-fumio")]
    public void AHeadlineQuotation_IsThePersonTheStoryOpensWith(string text, string word, string speaker) =>
        Quoted(text, word).SpeakerId.Should().Be(speaker);

    [Theory]
    [InlineData("\"Japan will never give up the islands\"\n\nTokyo protested on Monday against Russian military drills on the disputed islands.\n", "give up")]
    [InlineData("\"Japan will never give up the islands\"\n\nVladimir Putin and Fumio Kishida have not met since the war in Ukraine began.\n", "give up")]
    [InlineData("„Die Kurilen sind russisches Land“\n\nJapan hat die Rückgabe der vier Inseln erneut gefordert, Sergej Lawrow hat abgelehnt.\n", "russisches Land")]
    public void AHeadlineQuotation_OverAStoryThatOpensWithNoOneOrSeveral_HasNoSpeaker(string text, string word)
    {
        var statement = Quoted(text, word);
        statement.SpeakerId.Should().BeNull();
        statement.Unattributed.Should().NotBeNull();
    }
}
