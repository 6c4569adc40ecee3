using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// Speakers named by an epithet (the packs' <c>speech.epithets</c>), a role ("the minister", "— подчеркнул дипломат"),
/// a pronoun whose antecedent opens the sentence, or an attribution in the sentence after a question; and a
/// description that names someone new ("a spokesman said") standing for nobody named before.
/// </summary>
public sealed class AnaphoraTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    [Fact]
    public void ShippedPacks_EpithetsNameOfficesOfTheShippedCatalog()
    {
        var offices = KurilsCatalog.Default.Offices.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var epithets = Kurils.Domain.Languages.LanguagePacks.Default.SelectMany(p => p.Speech.Epithets).ToList();

        epithets.Should().NotBeEmpty();
        epithets.Select(e => e.OfficeId).Should().OnlyContain(id => offices.Contains(id));
    }

    private static IReadOnlyList<ArticleStatement> Statements(string text) => Parser.Parse(text).Statements;

    [Theory]
    [InlineData("The talks ended in Moscow on Monday.\n\nPutin visited Tokyo in the spring. The Russian leader said the islands were Russian.")]
    [InlineData("Las conversaciones terminaron el lunes en Moscú.\n\nPutin visitó Tokio en primavera. El mandatario ruso dijo que las islas eran rusas.")]
    [InlineData("Переговоры завершились в понедельник в Москве.\n\nПутин посетил Токио весной. Глава государства заявил, что острова принадлежат России.")]
    [InlineData("Les discussions se sont terminées lundi à Moscou.\n\nPutin a visité Tokyo au printemps. Le chef du Kremlin a déclaré que les îles étaient russes.")]
    [InlineData("Die Gespräche endeten am Montag in Moskau.\n\nPutin besuchte Tokio im Frühjahr. Der Kremlchef sagte, dass die Inseln russisch seien.")]
    public void Epithet_IsTheLastPersonNamedWhoHeldTheOffice(string text) =>
        Statements(text).Should().ContainSingle().Which.SpeakerId.Should().Be("putin-vladimir");

    [Fact]
    public void Epithet_ForAnOfficeNobodyNamedHeld_GivesNoSpeaker() =>
        Statements("The talks ended in Moscow on Monday.\n\nRudenko visited Tokyo in the spring. The Russian leader said the islands were Russian.")
            .Should().NotContain(s => s.SpeakerId == "rudenko-andrey");

    [Theory]
    [InlineData("The talks ended in Moscow on Monday.\n\nRudenko said the islands were Russian. The minister added that the talks would go on.", "rudenko-andrey")]
    [InlineData("Las conversaciones terminaron el lunes en Moscú.\n\nRudenko dijo que las islas eran rusas. «No vamos a discutir las islas con nadie», añadió el diplomático.", "rudenko-andrey")]
    [InlineData("Переговоры завершились в понедельник в Москве.\n\nПутин заявил, что острова принадлежат России. «Мы не откажемся от своей позиции», — подчеркнул врио губернатора.", "putin-vladimir")]
    public void Role_StandsForTheLastSpeaker(string text, string speaker) =>
        Statements(text).Should().HaveCount(2).And.OnlyContain(s => s.SpeakerId == speaker);

    [Fact]
    public void Role_WithAQualifierTheParserCannotCheck_Abstains() =>
        Statements("The talks ended in Moscow on Monday.\n\nRudenko said the islands were Russian. The Japanese minister added that the talks would go on.")
            .Should().ContainSingle(s => s.SpeakerId == "rudenko-andrey").Which.Verb!.Value.Start.Should().BeLessThan(60);

    [Theory]
    [InlineData("The talks ended in Moscow on Monday.\n\nRudenko said the islands were Russian. “We will not discuss the islands with anyone,” a spokesman said.")]
    [InlineData("Las conversaciones terminaron el lunes en Moscú.\n\nRudenko dijo que las islas eran rusas. «No vamos a discutir las islas con nadie», dijo un portavoz del gobierno.")]
    public void IndefiniteDescription_IsNotTheEarlierSpeaker(string text)
    {
        var quote = Statements(text).Should().ContainSingle(s => s.Kind == StatementKind.Direct).Subject;
        quote.SpeakerId.Should().BeNull();
        quote.Unattributed.Should().Be(UnattributedReason.UnresolvedReference);
    }

    [Fact]
    public void Pronoun_MeansTheOnePersonNamedBeforeItInTheSentence()
    {
        const string text = "The talks ended in Moscow on Monday.\n\nPutin said the talks had been long and difficult for both sides.\n\nThe mood was tense, and Rudenko stressed it when he told reporters that the islands were Russian.";
        Statements(text).Select(s => s.SpeakerId).Should().Equal("putin-vladimir", "rudenko-andrey");
    }

    [Theory]
    [InlineData("The talks ended in Moscow on Monday.\n\n\"Do you think this is not an obstacle to a dialogue on the peace treaty?\" Putin said.")]
    [InlineData("Переговоры завершились в понедельник в Москве.\n\n«Разве это не препятствие для диалога о мирном договоре?» — сказал Путин.")]
    public void QuestionEndingItsSentence_IsAttributedByTheNextOne(string text) =>
        Statements(text).Should().ContainSingle(s => s.Kind == StatementKind.Direct).Which.SpeakerId.Should().Be("putin-vladimir");
}
