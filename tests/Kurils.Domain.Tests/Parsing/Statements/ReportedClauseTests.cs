using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// Where the reported clause of a speech verb starts and ends: around quotations in the sentence, after the
/// objects of prepositions before the complementizer, after the subject of a verb that opens the sentence, after a
/// second verb ("adding that"), and around an attribution set inside the clause.
/// </summary>
public sealed class ReportedClauseTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static IEnumerable<ArticleStatement> Reported(string text) =>
        Parser.Parse(text).Statements.Where(s => s.Kind == StatementKind.Reported);

    private static ArticleStatement Single(string text) => Reported(text).Should().ContainSingle().Subject;

    [Theory]
    [InlineData("Putin said he saw no problem in visiting the islands, “assuming that this is part of Russia’s sovereign territory.”", "he saw no problem in visiting the islands")]
    [InlineData("Путин сказал, что не видит проблем в поездке на острова, «поскольку это часть суверенной территории России».", "не видит проблем в поездке на острова")]
    [InlineData("Putin dijo que no ve ningún problema en visitar las islas, «ya que son parte del territorio soberano de Rusia».", "no ve ningún problema en visitar las islas")]
    public void QuotationClosingTheClauseAfterAComma_IsLeftToTheQuotation(string text, string clause)
    {
        var statement = Single(text);
        statement.SpeakerId.Should().Be("putin-vladimir");
        statement.Span.Of(text).Should().Be(clause);
    }

    [Theory]
    [InlineData("Putin told journalists after the talks that “detailed work” remained ahead of the two sides.", "“detailed work” remained ahead of the two sides")]
    [InlineData("Путин заявил, что «кропотливая работа» еще предстоит обеим сторонам.", "«кропотливая работа» еще предстоит обеим сторонам")]
    public void ClauseOpeningWithAQuotedPhrase_IsStillTheReportedClause(string text, string clause) =>
        Single(text).Span.Of(text).Should().Be(clause);

    [Theory]
    [InlineData("“The islands will never be handed over to anybody,” Putin said after laying a wreath in the park of the city.")]
    [InlineData("Putin said at the meeting: “The islands will never be handed over to anybody at all.”")]
    [InlineData("«Острова никогда не будут отданы никому», — заявил Путин после встречи с журналистами в Москве.")]
    public void QuotationAndItsAttribution_LeaveNoReportedClause(string text) =>
        Reported(text).Should().BeEmpty();

    [Theory]
    [InlineData("Putin said in an interview with Bloomberg that Russia would never hand the islands over.", "Russia would never hand the islands over")]
    [InlineData("Putin told journalists following the talks there that Russia would never hand the islands over.", "Russia would never hand the islands over")]
    [InlineData("Putin ha anticipado en una entrevista concedida a la agencia Bloomberg que ve posible un acuerdo con Japón.", "ve posible un acuerdo con Japón")]
    [InlineData("Putin a déclaré dans un entretien avec Le Figaro que la Russie ne cédera jamais les îles.", "la Russie ne cédera jamais les îles")]
    public void PrepositionalPhrasesBeforeTheComplementizer_AreCircumstances(string text, string clause) =>
        Single(text).Span.Of(text).Should().Be(clause);

    [Theory]
    [InlineData("Putin once again clarified Russia's position that the islands belong to Russia.", "the islands belong to Russia")]
    [InlineData("Putin reiterated his view that the islands belong to Russia.", "the islands belong to Russia")]
    public void NounOfTheStatementBeforeTheComplementizer_IsPartOfTheAttribution(string text, string clause) =>
        Single(text).Span.Of(text).Should().Be(clause);

    [Fact]
    public void LongRunBeforeAThat_IsNoComplementizerOfTheVerb() =>
        Reported("Putin said the islands in the sea between the two old rival countries that fought a war remain Russian.")
            .Should().ContainSingle().Which.Span.Of("Putin said the islands in the sea between the two old rival countries that fought a war remain Russian.")
            .Should().StartWith("the islands in the sea");

    [Theory]
    [InlineData("قال بوتين اليوم الاثنين خلال مؤتمر صحفي إن روسيا لن تتخلى عن الجزر أبدا.", "روسيا لن تتخلى عن الجزر أبدا")]
    [InlineData("وأضاف بوتين أن الجزر روسية وستبقى كذلك إلى الأبد.", "الجزر روسية وستبقى كذلك إلى الأبد")]
    [InlineData("ودعا بوتين اليابان إلى الاعتراف بنتائج الحرب العالمية الثانية.", "اليابان إلى الاعتراف بنتائج الحرب العالمية الثانية")]
    public void VerbOpeningTheSentence_ClauseFollowsItsSubject(string text, string clause)
    {
        var statement = Single(text);
        statement.SpeakerId.Should().Be("putin-vladimir");
        statement.Span.Of(text).Should().Be(clause);
    }

    [Theory]
    [InlineData("“Talks are impossible now,” Putin said, adding that Russia has always supported a dialogue with Japan.", "Russia has always supported a dialogue with Japan")]
    [InlineData("«Переговоры сейчас невозможны», — сказал Путин, добавив, что Россия всегда выступала за диалог с Японией.", "Россия всегда выступала за диалог с Японией")]
    [InlineData("«Las negociaciones son imposibles», dijo Putin, añadiendo que Rusia siempre apoyó el diálogo con Japón.", "Rusia siempre apoyó el diálogo con Japón")]
    public void SecondVerbAfterTheComma_OpensTheReportedClause(string text, string clause)
    {
        var statement = Single(text);
        statement.SpeakerId.Should().Be("putin-vladimir");
        statement.Span.Of(text).Should().Be(clause);
    }

    [Theory]
    [InlineData("Those negotiations, Putin said, would be based on the 1956 declaration.")]
    [InlineData("Эти переговоры, заявил Путин, будут основаны на декларации 1956 года.")]
    [InlineData("Esas negociaciones, dijo Putin, se basarán en la declaración de 1956.")]
    public void AttributionBetweenCommasInsideTheClause_ReportsTheWholeSentence(string text) =>
        Single(text).Span.Of(text).Should().Be(text.TrimEnd('.'));

    [Fact]
    public void AttributionBetweenCommasAfterAWholeClause_ReportsTheClauseBeforeIt()
    {
        const string text = "Japan must accept the results of the war, Putin said, dismissing the claims of Tokyo.";
        Single(text).Span.Of(text).Should().Be("Japan must accept the results of the war");
    }

    // A verb of instruction reports the position it tells someone to take ("доручив … виходити з позиції, що …").
    [Theory]
    [InlineData("Путін доручив уряду у відносинах із Японією виходити з позиції, що острови є російськими.", "острови є російськими")]
    [InlineData("Путин поручил правительству в отношениях с Японией исходить из позиции, что острова являются российскими.", "острова являются российскими")]
    public void VerbOfInstruction_ReportsTheClauseItsAddresseeIsToHold(string text, string clause)
    {
        var statement = Single(text);
        statement.SpeakerId.Should().Be("putin-vladimir");
        statement.Span.Of(text).Should().Be(clause);
    }
}
