using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// In a language that drops subjects, a speech verb without one continues the previous speaker, within a short
/// window and only when nobody else is named before the verb; a language that needs its subjects does not guess.
/// </summary>
public sealed class SubjectContinuationTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static List<string?> Speakers(string text) => [.. Parser.Parse(text).Statements.Select(s => s.SpeakerId)];

    [Theory]
    [InlineData("林官房長官は会見で「北方領土は日本固有の領土だ」と述べた。その上で「粘り強く交渉を続ける」と強調した。")]
    [InlineData("Putin powiedział, że Rosja nigdy nie odda wysp Japonii. Powinniśmy nadal rozmawiać o traktacie pokojowym - dodał.")]
    [InlineData("Putin dijo que Rusia no cederá nunca las islas del sur a Japón y que el tratado sigue pendiente. Al mismo tiempo comentó que el tema debe estudiarse a fondo con calma.")]
    [InlineData("Путин заявил, что Россия никогда не отдаст острова Японии. Также подчеркнул, что переговоры о мирном договоре будут продолжены.")]
    public void VerbWithoutSubject_ContinuesThePreviousSpeaker(string text) =>
        Speakers(text).Should().HaveCount(2).And.OnlyContain(s => s != null && s.StartsWith("hayashi-yoshimasa") || s == "putin-vladimir");

    [Fact]
    public void AnotherPersonNamedBeforeTheVerb_IsTheSpeaker() =>
        Speakers("Putin powiedział, że Rosja nigdy nie odda wysp Japonii. Rudenko spotkał się z dziennikarzami i dodał, że rozmowy potrwają jeszcze długo.")
            .Should().Equal("putin-vladimir", "rudenko-andrey");

    [Fact]
    public void LanguageThatNeedsItsSubjects_DoesNotContinue() =>
        Speakers("Putin said Russia will never give up the islands to Japan. Then added in a low voice that the talks would go on for years.")
            .Should().Equal("putin-vladimir");

    [Fact]
    public void PreviousSpeakerFarBack_IsNotContinued()
    {
        var filler = string.Concat(Enumerable.Repeat(" Ciudadanos y turistas pasearon por la costa durante la tarde soleada de otoño.", 10));
        Speakers("Putin dijo que Rusia no cederá nunca las islas del sur a Japón y que el tratado sigue pendiente." + filler + " Al mismo tiempo comentó que el tema debe estudiarse a fondo con calma.")
            .Should().Equal("putin-vladimir");
    }
}
