using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// Two speakers in one sentence: a second speech verb with a subject of its own between two quotations gives the second
/// quotation its speaker ("“…,” Lavrov said, while Zakharova added: “…”"); with no second subject between them both
/// quotations are the first speaker's.
/// </summary>
public sealed class SecondQuoteSpeakerTests
{
    private static readonly ArticleParser Parser = ArticleParser.Default;

    private static ArticleStatement DirectWith(string text, string word) =>
        Parser.Parse(text).Statements.Single(s => s.Kind == StatementKind.Direct && s.Span.Of(text).Contains(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("Москва ответила Токио\n\n«Острова являются российской территорией», — заявил Сергей Лавров, а Мария Захарова добавила: «Никаких переговоров о передаче не будет».\n", "российской", "Никаких")]
    [InlineData("Москва відповіла Токіо\n\n«Острови є російською територією», — заявив Сергій Лавров, а Марія Захарова додала: «Жодних переговорів про передачу не буде».\n", "російською", "Жодних")]
    [InlineData("Москва отговори на Токио\n\n„Островите са руска територия“, заяви Сергей Лавров, а Мария Захарова добави: „Няма да има никакви преговори за предаване“.\n", "руска", "никакви")]
    [InlineData("Moscow rejects Tokyo protest\n\n\"The islands are Russian territory,\" Sergey Lavrov said, while Maria Zakharova added: \"There will be no talks on any handover.\"\n", "Russian", "no talks")]
    [InlineData("Moscou répond à Tokyo\n\n« Les îles sont un territoire russe », a déclaré Sergueï Lavrov, et Maria Zakharova a ajouté : « Il n'y aura aucune négociation sur une cession. »\n", "russe", "aucune")]
    [InlineData("Moskau antwortet Tokio\n\n„Die Inseln sind russisches Territorium“, sagte Sergej Lawrow, und Maria Sacharowa fügte hinzu: „Verhandlungen über eine Übergabe wird es nicht geben.“\n", "russisches", "Verhandlungen")]
    [InlineData("Mosca risponde a Tokyo\n\n\"Le isole sono territorio russo\", ha dichiarato Sergej Lavrov, e Maria Zakharova ha aggiunto: \"Non ci sarà alcun negoziato su una cessione\".\n", "russo", "alcun")]
    public void SecondSubjectBetweenTheQuotations_SpeaksTheSecond(string text, string first, string second)
    {
        DirectWith(text, first).SpeakerId.Should().Be("lavrov-sergey");
        DirectWith(text, second).SpeakerId.Should().Be("zakharova-maria");
    }

    /// <summary>One verb for both quotations, or a second verb with no subject of its own: both are the first speaker's.</summary>
    [Theory]
    [InlineData("Moscow rejects Tokyo protest\n\n\"The islands are Russian territory,\" Sergey Lavrov said, adding: \"There will be no talks on any handover.\"\n", "Russian", "no talks")]
    [InlineData("Москва ответила Токио\n\n«Острова являются российской территорией», — заявил Сергей Лавров и добавил: «Никаких переговоров о передаче не будет».\n", "российской", "Никаких")]
    [InlineData("Moskau antwortet Tokio\n\nSergej Lawrow sagte: „Die Inseln sind russisches Territorium“ und „Verhandlungen über eine Übergabe wird es nicht geben.“\n", "russisches", "Verhandlungen")]
    public void NoSecondSubject_BothAreTheFirstSpeakers(string text, string first, string second)
    {
        DirectWith(text, first).SpeakerId.Should().Be("lavrov-sergey");
        DirectWith(text, second).SpeakerId.Should().Be("lavrov-sergey");
    }
}
