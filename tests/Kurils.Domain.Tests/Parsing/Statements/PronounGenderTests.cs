using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// A pronoun agrees in gender with the person it stands for, as the catalog records it: "she" is not the last speaker
/// when he is a man, but the woman named before; the one person named before it in its sentence is the one who agrees.
/// </summary>
public sealed class PronounGenderTests
{
    // The shipped catalog records the gender of its people.
    private static IReadOnlyList<ArticleStatement> Statements(string text) => ArticleParser.Default.Parse(text).Statements;

    [Theory]
    [InlineData("Переговоры о Курилах\n\nПереговоры двух стран завершились в Москве в понедельник после двух долгих дней.\n\nЗахарова прокомментировала итоги переговоров. Путин заявил, что острова принадлежат России, и добавил, что переговоры будут долгими.\n\n«Мы не будем обсуждать принадлежность островов», — сказала она.")]
    [InlineData("Kuril talks end in Moscow\n\nThe talks between the two countries ended in Moscow on Monday after two long days.\n\nZakharova commented on the talks. Putin said that the islands were Russian and added that the talks would be long.\n\n“We will not discuss the islands with anyone,” she said.")]
    [InlineData("Les îles Kouriles\n\nLes discussions entre les deux pays se sont terminées lundi à Moscou après deux longues journées.\n\nZakharova a commenté les discussions. Poutine a déclaré que les îles étaient russes et que les discussions seraient longues.\n\n« Nous ne discuterons des îles avec personne », a-t-elle dit.")]
    public void FemininePronoun_IsNotAMaleLastSpeaker(string text) =>
        Statements(text).Where(s => s.Kind == StatementKind.Direct).Should().ContainSingle()
            .Which.SpeakerId.Should().NotBe("putin-vladimir");

    [Theory]
    [InlineData("Переговоры о Курилах\n\nПереговоры двух стран завершились в Москве в понедельник после двух долгих дней.\n\nЗахарова прокомментировала итоги переговоров. Путин заявил, что острова принадлежат России, и добавил, что переговоры будут долгими.\n\n«Мы не будем обсуждать принадлежность островов», — сказала она.")]
    [InlineData("Kuril talks end in Moscow\n\nThe talks between the two countries ended in Moscow on Monday after two long days.\n\nZakharova commented on the talks. Putin said that the islands were Russian and added that the talks would be long.\n\n“We will not discuss the islands with anyone,” she said.")]
    public void FemininePronoun_MeansTheWomanNamedBefore(string text) =>
        Statements(text).Where(s => s.Kind == StatementKind.Direct).Should().ContainSingle()
            .Which.SpeakerId.Should().Be("zakharova-maria");

    [Theory]
    [InlineData("Kuril talks end in Moscow\n\nThe talks between the two countries ended in Moscow on Monday after two long days.\n\nThe mood was tense, and Putin met Zakharova before she told reporters that the islands were Russian.", "zakharova-maria")]
    [InlineData("Kuril talks end in Moscow\n\nThe talks between the two countries ended in Moscow on Monday after two long days.\n\nThe mood was tense, and Zakharova met Putin before he told reporters that the islands were Russian.", "putin-vladimir")]
    public void PronounAfterTwoPeopleInItsSentence_MeansTheOneWhoAgrees(string text, string speaker) =>
        Statements(text).Should().ContainSingle().Which.SpeakerId.Should().Be(speaker);
}
