using FluentAssertions;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing;
using Kurils.Domain.Parsing.Segmentation;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Segmentation;

/// <summary>
/// Page furniture read with the page words of the article's language packs: share bars, advertisements,
/// comment headers, bylines, tags, photo credits and copyright lines in several languages, and a word of one
/// language that is not furniture in another's article.
/// </summary>
public sealed class PageFurnitureTests
{
    private static LineRules RulesOf(params string[] codes) =>
        new(PageLexicon.Of([.. codes.Select(c => LanguagePacks.Default.Find(c)!)]));

    [Theory]
    [InlineData("fr", "Partager Imprimer", "Residue")]
    [InlineData("de", "Teilen Drucken", "Residue")]
    [InlineData("es", "Compartir Imprimir", "Residue")]
    [InlineData("pl", "Udostępnij Drukuj", "Residue")]
    [InlineData("uk", "Поділитися", "Residue")]
    [InlineData("ko", "공유 인쇄", "Residue")]
    [InlineData("zh", "分享 打印", "Residue")]
    [InlineData("it", "Pubblicità", "Advertisement")]
    [InlineData("pt", "Publicidade", "Advertisement")]
    [InlineData("ar", "إعلان", "Advertisement")]
    [InlineData("es", "Comentarios (12)", "CommentsHeader")]
    [InlineData("de", "Kommentare", "CommentsHeader")]
    [InlineData("vi", "Bình luận", "CommentsHeader")]
    [InlineData("fr", "Mots-clés : Japon, Russie, Kouriles", "Tags")]
    [InlineData("pl", "Tagi: Japonia, Rosja", "Tags")]
    [InlineData("es", "Foto: Archivo", "PhotoCredit")]
    [InlineData("zh", "图片来源：网络", "PhotoCredit")]
    [InlineData("it", "Tutti i diritti riservati", "Credit")]
    [InlineData("de", "© 2024 Beispiel Verlag", "Credit")]
    [InlineData("fr", "Par Jean Dupont", "Byline")]
    [InlineData("pt", "Por Maria Silva", "Byline")]
    [InlineData("sr", "Сва права задржана", "Credit")]
    [InlineData("bg", "Реклама", "Advertisement")]
    [InlineData("id", "Baca juga: Jepang dan Rusia", "Navigation")]
    [InlineData("tr", "Yorumlar (3)", "CommentsHeader")]
    [InlineData("nl", "© 2024 Voorbeeld Krant", "Credit")]
    public void ALanguagesFurniture_IsReadWithItsPack(string code, string line, string expected) =>
        RulesOf(code).Classify(line).Should().Be(Enum.Parse<LineClass>(expected));

    [Theory]
    [InlineData("ru", "Поделиться", "Residue")]
    [InlineData("ru", "Реклама", "Advertisement")]
    [InlineData("ja", "シェア", "Residue")]
    [InlineData("en", "Share Tweet Email", "Residue")]
    [InlineData("en", "Advertisement", "Advertisement")]
    public void TheFurnitureOnceInCode_IsNowInThePacks(string code, string line, string expected) =>
        RulesOf(code).Classify(line).Should().Be(Enum.Parse<LineClass>(expected));

    [Theory]
    [InlineData("en", "Partager Imprimer")]
    [InlineData("fr", "Share Tweet Email")]
    [InlineData("de", "Pubblicità")]
    public void AnotherLanguagesFurniture_IsNotReadInThisOne(string code, string line) =>
        RulesOf(code).Classify(line).Should().Be(LineClass.Text);

    [Theory]
    [InlineData("en", "June 6, 2024 10:40 JST")]
    [InlineData("ru", "13 декабря 2023, 14:35")]
    [InlineData("fr", "5 mars 2024 10:40")]
    [InlineData("de", "5. März 2024, 10:40")]
    [InlineData("pl", "5 marca 2024 10:40")]
    [InlineData("es", "5 mar 2024 10:40")]
    public void ATimestampLine_ReadsTheMonthsOfItsPack(string code, string line) =>
        RulesOf(code).Classify(line).Should().Be(LineClass.Timestamp);

    [Theory]
    [InlineData("en", "5 mars 2024 10:40")]
    [InlineData("fr", "13 декабря 2023, 14:35")]
    public void AnotherLanguagesMonth_DoesNotMakeATimestamp(string code, string line) =>
        RulesOf(code).Classify(line).Should().Be(LineClass.Text);

    [Fact]
    public void APackOfAnUnshippedLanguage_BringsItsMonthsToTimestampsAndDatelines()
    {
        var sw = LanguagePacks.Load([CatalogSource.FromFile(Path.Combine(AppContext.BaseDirectory, "TestData", "languages", "sw.yaml"))]).Find("sw")!;
        var words = PageLexicon.Of([sw]);

        new LineRules(words).Classify("5 Machi 2024 10:40").Should().Be(LineClass.Timestamp);
        RulesOf("en").Classify("5 Machi 2024 10:40").Should().Be(LineClass.Text);
        const string paragraph = "NAIROBI, 5 Machi (Reuters) - Waziri alisema kwamba";
        DatelineParser.TryParse(paragraph, words, out var length, out _).Should().BeTrue();
        length.Should().Be("NAIROBI, 5 Machi (Reuters) -".Length);
        DatelineParser.TryParse(paragraph, RulesOf("en").Words, out _, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("ja", "・北方領土 ・日露関係", "Tags")]
    [InlineData("en", "・Kuril Islands", "Text")]
    [InlineData("en", "• Kuril Islands", "Tags")]
    public void ABulletOfTheLanguagesTypography_OpensATagItem(string code, string line, string expected) =>
        RulesOf(code).Classify(line).Should().Be(Enum.Parse<LineClass>(expected));

    [Fact]
    public void APrefixMustEndAWord() =>
        RulesOf("en").Classify("Byzantium and the islands").Should().Be(LineClass.Text);

    [Fact]
    public void TheParserReadsFurnitureInTheArticlesLanguage()
    {
        const string text =
            "Le Japon et la Russie reprennent le dialogue\n" +
            "Partager Imprimer\n" +
            "Le ministre a déclaré mardi que les négociations sur un traité de paix avec le Japon reprendraient malgré les sanctions, selon un communiqué.\n" +
            "Publicité\n" +
            "Les deux pays n'ont jamais signé de traité depuis la fin de la Seconde Guerre mondiale, ont rappelé les responsables.\n";

        var segments = ArticleParser.Default.Parse(text).Segments;

        segments.Select(s => s.Kind).Should().Contain(SegmentKind.Residue).And.Contain(SegmentKind.Advertisement);
    }
}
