using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// Two subjects of one speech verb joined by a conjunction (the packs' <c>speech.conjunctions</c>): the statement is
/// each one's, once for each, before the verb ("Putin and Kato told reporters") or after it ("ont déclaré le président
/// russe Vladimir Poutine et …"); a second person elsewhere in the sentence is no co-speaker.
/// </summary>
public sealed class CoordinatedSubjectTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static List<string?> Speakers(string text) => [.. Parser.Parse(text).Statements.Select(s => s.SpeakerId)];

    [Theory]
    [InlineData("Kuril talks end in Moscow\n\nThe talks between the two countries ended in Moscow on Monday after two long days.\n\nPutin and Kato told reporters that they had agreed to speed up the talks on a peace treaty.")]
    [InlineData("Переговоры о Курилах\n\nПереговоры двух стран завершились в Москве в понедельник после двух долгих дней.\n\nПутин и Руденко заявили журналистам, что переговоры о мирном договоре будут продолжены.")]
    [InlineData("Les îles Kouriles\n\nLa Russie et le Japon ont exprimé hier leur détermination à négocier sur les îles Kouriles.\n\n« Les deux pays sont convenus que la situation était anormale », ont déclaré Vladimir Putin et Andrey Rudenko dans un communiqué commun.")]
    [InlineData("Conversaciones sobre las Kuriles\n\nLas conversaciones entre los dos países terminaron el lunes en Moscú tras dos largos días.\n\n«Los dos países acordaron seguir negociando», dijeron Putin y Rudenko en un comunicado conjunto.")]
    public void JoinedSubjects_EachSayIt(string text) =>
        Speakers(text).Should().HaveCount(2).And.OnlyHaveUniqueItems().And.Contain("putin-vladimir");

    [Theory]
    [InlineData("Kuril talks end in Moscow\n\nThe talks between the two countries ended in Moscow on Monday after two long days.\n\nAfter meeting Rudenko, Putin told reporters that the talks on a peace treaty would go on.")]
    [InlineData("Переговоры о Курилах\n\nПереговоры двух стран завершились в Москве в понедельник после двух долгих дней.\n\n«Переговоры будут продолжены», — заявил Путин после встречи с Руденко.")]
    public void SecondPersonNotJoinedToTheSubject_IsNoSpeaker(string text) =>
        Speakers(text).Should().Equal("putin-vladimir");
}
