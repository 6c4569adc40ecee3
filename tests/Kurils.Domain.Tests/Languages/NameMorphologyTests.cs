using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Languages;

/// <summary>Names in the forms each language writes them, in text (the scanner) and out of context (Resolve), from the packs' morphology.</summary>
public sealed class NameMorphologyTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    [Theory]
    [InlineData("Военные учения прошли на Итурупе и вокруг острова, сообщили в понедельник.", "Итурупе")]
    [InlineData("Військові навчання відбулися на Ітурупі, повідомили у понеділок.", "Ітурупі")]
    [InlineData("Ćwiczenia wojskowe odbyły się na Iturupie, poinformowano w poniedziałek.", "Iturupie")]
    [InlineData("Les manœuvres militaires ont eu lieu sur l'île d'Itouroup, selon le ministère.", "Itouroup")]
    [InlineData("Les manœuvres se sont déroulées près d’Itouroup lundi, a indiqué le ministère.", "Itouroup")]
    [InlineData("أجريت التدريبات العسكرية في جزيرة إيتوروب وفي المياه المحيطة بها وبإيتوروب.", "إيتوروب")]
    [InlineData("قال الوزير إن المناورات جرت وإيتوروب هي أكبر الجزر.", "إيتوروب")]
    public void Parse_NameWithAnEndingOrAPrefixOfTheTextsLanguage_IsFound(string text, string surface) =>
        Parser.Parse(text).Mentions.Should().Contain(m => m.Id == "iturup" && m.Span.Of(text) == surface);

    [Fact]
    public void Parse_EnglishText_TakesNoPolishEnding()
    {
        // "Iturupie" is Polish; in an English text the same letters are not the island.
        const string text = "The word Iturupie appears in this English sentence, which the parser must read as English.";
        Parser.Parse(text).Mentions.Should().NotContain(m => m.Id == "iturup");
    }

    [Fact]
    public void Parse_WordGluedToAnElisionWithoutApostrophe_IsNotAName()
    {
        const string text = "Le ministre a parlé de lIturup hier soir, selon les journaux de la région.";
        Parser.Parse(text).Mentions.Should().NotContain(m => m.Id == "iturup");
    }

    [Theory]
    [InlineData("Итурупе")]
    [InlineData("Итурупом")]
    [InlineData("Ітурупі")]
    [InlineData("Iturupie")]
    [InlineData("وإيتوروب")]
    public void Resolve_InflectedFormInTheNamesLanguage_FindsIturup(string name)
    {
        var match = TestCatalog.Catalog.Resolve(name).Should().ContainSingle().Subject;
        match.Entity.Id.Should().Be("iturup");
        match.Method.Should().Be(MatchMethod.Inflected);
    }

    [Theory]
    [InlineData("Etorofuie")] // a Polish ending on a name only Japanese romanization has
    [InlineData("Итурупщ")]
    public void Resolve_EndingNotOfTheNamesLanguage_FindsNothing(string name) =>
        TestCatalog.Catalog.Resolve(name).Should().BeEmpty();
}
