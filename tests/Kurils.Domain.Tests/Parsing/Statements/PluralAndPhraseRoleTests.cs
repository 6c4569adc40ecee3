using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// A plural subject ("They said", "Ils ont déclaré", "Sie sagten": a plural verb ending makes "sie" plural) stands for no
/// one person: what it says is reported without a speaker, and says why. A role of several words ("the prime minister")
/// agrees only with who held that office, not with any minister its last word would name; a capitalised role noun
/// ("Der Minister") is the role itself, not a qualifier.
/// </summary>
public sealed class PluralAndPhraseRoleTests
{
    private static ArticleStatement[] StatementsWith(ParsedArticle article, string word) =>
        [.. article.Statements.Where(s => article.TextOf(s.Span).Contains(word, StringComparison.Ordinal))];

    [Theory]
    [InlineData("Kuril talks\n\nThe two countries still disagree about the four islands.\n\nVladimir Putin and Fumio Kishida met in Moscow on Tuesday. They said the talks on a peace treaty would continue next month.", "peace treaty")]
    [InlineData("Pourparlers sur les Kouriles\n\nLes deux pays restent en désaccord sur les quatre îles.\n\nVladimir Poutine a rencontré Fumio Kishida mardi à Moscou. Ils ont déclaré que les négociations sur le traité de paix se poursuivraient.", "négociations")]
    [InlineData("Der Streit um die Kurilen\n\nJapan und Russland streiten weiter um die Inseln.\n\nWladimir Putin und Fumio Kishida trafen sich am Dienstag in Moskau. Sie sagten, die Gespräche über einen Friedensvertrag würden fortgesetzt.", "Friedensvertrag würden")]
    public void APluralSubject_IsNoOnePerson_AndSaysWhy(string text, string word) =>
        StatementsWith(new ArticleParser(TestCatalog.Catalog).Parse(text), word).Should().ContainSingle()
            .Which.Should().Match<ArticleStatement>(s => s.SpeakerId == null && s.SpeakerName == null && s.Unattributed == UnattributedReason.UnresolvedReference);

    [Fact]
    public void ASingularVerb_KeepsSieFeminine() =>
        StatementsWith(ArticleParser.Default.Parse("Der Streit um die Kurilen\n\nJapan und Russland streiten weiter um die Inseln.\n\nDie Sprecherin des russischen Außenministeriums, Maria Sacharowa, äußerte sich am Mittwoch. Sie sagte, die Souveränität Russlands über die Inseln stehe nicht zur Debatte."), "Souveränität")
            .Should().ContainSingle().Which.SpeakerId.Should().Be("zakharova-maria");

    [Theory]
    [InlineData("Kuril talks\n\nThe two countries still disagree about the four islands.\n\nSergei Lavrov met reporters in Moscow on Tuesday. The prime minister said there were no conditions for a peace treaty.", "conditions")]
    [InlineData("Disputa de las Kuriles\n\nJapón y Rusia siguen enfrentados por las islas.\n\nSerguéi Lavrov habló el martes con la prensa en Moscú. El primer ministro dijo que no hay condiciones para un tratado de paz.", "condiciones")]
    public void ARoleOfSeveralWords_AgreesOnlyWithItsOffice(string text, string word) =>
        StatementsWith(ArticleParser.Default.Parse(text), word).Should().NotBeEmpty().And.NotContain(s => s.SpeakerId == "lavrov-sergey");

    [Theory]
    [InlineData("Der Streit um die Kurilen\n\nJapan und Russland streiten weiter um die Inseln.\n\nDer russische Außenminister Sergej Lawrow traf am Dienstag Journalisten. Der Minister sagte, es gebe keine Bedingungen für einen Friedensvertrag.", "Bedingungen")]
    [InlineData("Kuril talks\n\nThe two countries still disagree about the four islands.\n\nRussian Foreign Minister Sergei Lavrov met reporters in Moscow on Tuesday. The foreign minister said there were no conditions for a peace treaty.", "conditions")]
    public void ARoleOfTheOfficeHeld_StandsForThePersonNamedBefore(string text, string word) =>
        StatementsWith(ArticleParser.Default.Parse(text), word).Should().NotBeEmpty().And.OnlyContain(s => s.SpeakerId == "lavrov-sergey");
}
