using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// The constructions of the press around a quotation in the languages that invert subject and verb or name a
/// source: "…», ha explicado el jefe …, Andrei Rudenko", "según Putin, «…»", "declaró el presidente ruso".
/// </summary>
public sealed class InvertedAttributionTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    private static ArticleStatement Quote(string text) =>
        Parser.Parse(text).Statements.Should().ContainSingle(s => s.Kind == StatementKind.Direct).Subject;

    [Theory]
    [InlineData("«Las islas son rusas y lo seguirán siendo», ha explicado el jefe de la diplomacia rusa, Andrei Rudenko, tras la reunión.")]
    [InlineData("« Les îles sont russes et le resteront », a déclaré le vice-ministre russe des Affaires étrangères, Andrei Rudenko.")]
    [InlineData("“The islands are Russian and will stay so,” said the deputy foreign minister in charge of Asia, Andrei Rudenko.")]
    public void TitleInAppositionBeforeTheName_AfterTheVerb(string text) =>
        Quote(text).SpeakerId.Should().Be("rudenko-andrey");

    [Fact]
    public void CommaAfterTheVerb_WithNoNameAfterIt_GivesNoSpeaker() =>
        Quote("«Las islas son rusas y lo seguirán siendo», ha explicado el portavoz, que no quiso dar su nombre.").SpeakerId.Should().BeNull();

    [Theory]
    [InlineData("Las islas, según Putin, «no se venden a nadie».")]
    [InlineData("La Russie, selon Putin, « ne cédera jamais les îles du sud ».")]
    [InlineData("Острова, по словам Путина, «никогда не будут отданы Японии».")]
    [InlineData("The islands, according to Putin, “will never be handed over to anybody.”")]
    public void SourceCueRightBeforeTheQuotation_NamesItsSpeaker(string text)
    {
        var quote = Quote(text);
        quote.SpeakerId.Should().Be("putin-vladimir");
        quote.SpeakerSpan!.Value.Of(text).Should().StartWith(text.Contains("Путина", StringComparison.Ordinal) ? "Путин" : "Putin");
    }

    [Theory]
    [InlineData("Vladimir Putin met the press in Moscow.\n\n“The islands will stay Russian,” the Russian President said.")]
    [InlineData("Владимир Путин встретился с журналистами в Москве.\n\n«Острова останутся российскими», — заявил президент России.")]
    [InlineData("林芳正氏は会見に臨んだ。\n\n官房長官は「極めて遺憾だ」と述べた。")]
    public void OfficeWithoutADate_IsTheOnePersonTheArticleNamesWhoHeldIt(string text) =>
        Quote(text).SpeakerId.Should().Be(text.Contains('林', StringComparison.Ordinal) ? "hayashi-yoshimasa" : "putin-vladimir");

    [Fact]
    public void OfficeWithoutADate_AndNoHolderNamed_GivesNoSpeaker() =>
        Quote("Andrei Rudenko met the press in Moscow.\n\n“The islands will stay Russian,” the Russian President said.").SpeakerId.Should().BeNull();
}
