using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// A quotation after a term cue (speech.termCues: "so-called", "cái gọi là", "так называемые") is a term however many
/// words it has, not a statement; without the cue, or with a sentence inside the quotation, it is read as before.
/// </summary>
public sealed class TermCueTests
{
    private static readonly ArticleParser Parser = new(TestCatalog.Catalog);

    [Theory]
    [InlineData("Tranh chấp quần đảo Kuril\n\nNhật Bản và Nga vẫn bất đồng về quần đảo Kuril.\n\nTokyo phản đối cái gọi là “hợp tác kinh tế chung” trên các đảo.", "hợp tác kinh tế chung")]
    [InlineData("Kuril dispute\n\nThe two countries still disagree about the four islands.\n\nTokyo has doubts about the so-called “joint economic activities on the four islands” plan.", "joint economic activities on the four islands")]
    [InlineData("Спор о Курилах\n\nЯпония и Россия по-прежнему спорят об островах.\n\nТокио выступает против так называемой «совместной хозяйственной деятельности на островах» без договора.", "совместной хозяйственной деятельности на островах")]
    [InlineData("Der Streit um die Kurilen\n\nJapan und Russland streiten weiter um die Inseln.\n\nTokio lehnt die sogenannte „gemeinsame wirtschaftliche Tätigkeit auf den Inseln“ ab.", "gemeinsame wirtschaftliche Tätigkeit auf den Inseln")]
    public void AQuotationAfterATermCue_IsNoStatement(string text, string term)
    {
        var article = Parser.Parse(text);
        article.Statements.Should().NotContain(s => article.TextOf(s.Span) == term);
    }

    [Theory]
    [InlineData("Kuril dispute\n\nThe two countries still disagree about the four islands.\n\nPutin said: “the joint economic activities on the four islands will go on.”", "joint economic activities")]
    [InlineData("Kuril dispute\n\nThe two countries still disagree about the four islands.\n\nThe so-called plan was criticized. “Joint economic activities on the four islands will go on,” Putin said.", "Joint economic activities")]
    public void AQuotationWithoutACueRightBeforeIt_IsAStatement(string text, string word)
    {
        var article = Parser.Parse(text);
        article.Statements.Should().Contain(s => article.TextOf(s.Span).Contains(word, StringComparison.Ordinal) && s.SpeakerId == "putin-vladimir");
    }
}
