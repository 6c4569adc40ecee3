using FluentAssertions;
using Kurils.Domain.Catalog;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing;
using Kurils.Domain.Parsing.Statements;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>The speech words come from the packs of the article's languages: each language's verbs, cues and particles, on sentences written for it.</summary>
public sealed class SpeechPackTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static ArticleStatement Single(string text, StatementKind kind) =>
        Parser.Parse(text).Statements.Should().ContainSingle(s => s.Kind == kind).Subject;

    [Theory]
    [InlineData("Putin a déclaré que la Russie ne cédera jamais les îles aux Japonais.", "la Russie ne cédera jamais les îles aux Japonais")]
    [InlineData("Putin a également souligné qu'il ne cédera jamais les îles du sud.", "il ne cédera jamais les îles du sud")]
    [InlineData("Putin dijo que Rusia no cederá nunca las islas del sur a Japón y que el tratado sigue pendiente.", "Rusia no cederá nunca las islas del sur a Japón y que el tratado sigue pendiente")]
    [InlineData("Putin ha afirmado que Rusia no cederá nunca las islas del sur.", "Rusia no cederá nunca las islas del sur")]
    [InlineData("Putin powiedział, że Rosja nigdy nie odda wysp Japonii.", "Rosja nigdy nie odda wysp Japonii")]
    [InlineData("Putin sagte, dass Russland die Inseln niemals abgeben werde.", "Russland die Inseln niemals abgeben werde")]
    [InlineData("Putin ha detto che la Russia non cederà mai le isole al Giappone.", "la Russia non cederà mai le isole al Giappone")]
    [InlineData("Putin disse que a Rússia nunca vai ceder as ilhas ao Japão.", "a Rússia nunca vai ceder as ilhas ao Japão")]
    [InlineData("Руденко заявив, що Росія ніколи не віддасть острови Японії.", "Росія ніколи не віддасть острови Японії")]
    [InlineData("Путин подчеркнули, что Россия никогда не отдаст острова.", "Россия никогда не отдаст острова")]
    public void ReportedClause_AfterTheLanguagesVerbAndComplementizer(string text, string clause)
    {
        var statement = Single(text, StatementKind.Reported);
        statement.SpeakerId.Should().NotBeNull();
        statement.Span.Of(text).Should().Be(clause);
    }

    [Theory]
    [InlineData("« Nous ne céderons jamais les îles », a déclaré Putin.")]
    [InlineData("«No cederemos nunca las islas», afirmó Putin.")]
    [InlineData("„Nigdy nie oddamy wysp” – powiedział Putin.")]
    [InlineData("„Wir geben die Inseln niemals ab“, sagte Putin.")]
    [InlineData("«Non cederemo mai le isole», ha detto Putin.")]
    public void Quotation_VerbAfterTheQuote_SpeakerAfterTheVerb(string text) =>
        Single(text, StatementKind.Direct).SpeakerId.Should().Be("putin-vladimir");

    [Theory]
    [InlineData("푸틴 대통령은 회담에서 “섬을 넘기지 않겠다”고 말했다.")]
    [InlineData("푸틴 대통령은 “섬을 넘기지 않겠다”라고 반박했다.")]
    [InlineData("プーチン大統領は会見で「島は渡さない」と非難した。")]
    [InlineData("プーチン大統領は「島は渡さない」と発言した。")]
    public void Quotation_ParticleAndVerbAfterIt_TopicIsTheSpeaker(string text) =>
        Single(text, StatementKind.Direct).SpeakerId.Should().Be("putin-vladimir");

    [Theory]
    [InlineData("Selon Putin, la Russie ne cédera jamais les îles du sud.")]
    [InlineData("Según Putin, Rusia no cederá nunca las islas del sur.")]
    [InlineData("Laut Putin wird Russland die Inseln niemals abgeben.")]
    [InlineData("Secondo Putin, la Russia non cederà mai le isole del sud.")]
    [InlineData("Segundo Putin, a Rússia nunca vai ceder as ilhas do sul.")]
    [InlineData("По мнению Путина, Россия никогда не отдаст острова.")]
    public void SourcePrefix_OfTheLanguage_NamesTheSpeaker(string text) =>
        Single(text, StatementKind.Reported).SpeakerId.Should().Be("putin-vladimir");

    [Fact]
    public void Verbs_OfOneLanguage_DoNotApplyToAnother()
    {
        // "dijo" is a Spanish speech verb, not an English one: in an English article it introduces nothing.
        const string text = "Putin dijo the words again and the audience in the hall of the palace was silent for a long time.";
        Parser.Parse(text).Statements.Should().BeEmpty();
    }

    [Theory]
    [InlineData("ar", "قالت")]
    [InlineData("ar", "وأكد")]
    [InlineData("uk", "заявила")]
    [InlineData("pl", "stwierdziła")]
    public void ShippedPacks_HoldTheFormsOfTheirVerbs(string code, string word)
    {
        new SpeechLexicon([LanguagePacks.Default.Find(code)!]).IsVerb(word).Should().BeTrue();
    }

    [Fact]
    public void Vietnamese_VerbOfTwoWords_IsMatchedWhole()
    {
        var lexicon = new SpeechLexicon([LanguagePacks.Default.Find("vi")!]);
        const string text = "Ông khẳng định rằng";
        lexicon.VerbEndingAt(text, new TextSpan(10, 4), 0).Should().Be(new TextSpan(4, 10)); // "khẳng định"
        lexicon.VerbEndingAt(text, new TextSpan(4, 5), 0).Should().BeNull(); // "khẳng" alone is no verb
    }

    [Fact]
    public void Pronouns_KeepTheirGender()
    {
        var lexicon = new SpeechLexicon([LanguagePacks.Default.Find("fr")!, LanguagePacks.Default.Find("ru")!]);
        lexicon.PronounGender("elle").Should().Be(SpeechLexicon.Gender.Feminine);
        lexicon.PronounGender("он").Should().Be(SpeechLexicon.Gender.Masculine);
        lexicon.PronounGender("ils").Should().Be(SpeechLexicon.Gender.Plural);
        lexicon.PronounGender("table").Should().BeNull();
    }

    [Fact]
    public void SpeechSection_WithAnUnknownKey_IsReportedWithItsPosition()
    {
        const string yaml = """
            code: fr
            name: French
            scripts: [Latn]
            speech:
              verbs: [dit]
              verbes: [déclaré]
              pronouns:
                masculin: [il]
            """;
        var errors = LanguagePacks.Validate([CatalogSource.FromString("fr.yaml", yaml)]).Select(e => e.ToString());
        errors.Should().BeEquivalentTo(
            "fr.yaml(6,3): unknown key 'verbes' (did you mean 'verbs'?)",
            "fr.yaml(8,5): unknown key 'masculin' (did you mean 'masculine'?)");
    }
}
