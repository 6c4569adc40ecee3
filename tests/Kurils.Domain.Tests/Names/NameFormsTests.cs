using FluentAssertions;
using Kurils.Domain.Languages;
using Kurils.Domain.Names;
using Xunit;

namespace Kurils.Domain.Tests.Names;

/// <summary>
/// The forms in which running text writes a catalog name, read by the one morphology the scanner and
/// <see cref="KurilsCatalog.Resolve"/> share: a whole-word name whose own ending gives way to another ("Зеленского"),
/// an elision written onto it ("d'Itouroup", "dell'Hokkaido"), an Arabic prefix merged with its article ("لليابان"),
/// and the limits: no name across a comma or a sentence's end, no ending on a name shorter than a stem, no ordinary
/// word at a sentence's start. The names are this test's own, on the small test catalog.
/// </summary>
public sealed class NameFormsTests
{
    private static readonly KurilsCatalog Catalog = TestCatalog.Catalog.Extend([CatalogSource.FromString("forms.yaml", """
        territories:
          - id: test-isle
            kind: island
            names:
              - { text: Testurup, lang: en, kind: variant }
              - { text: Itestoup, lang: fr-Latn, kind: variant }
              - { text: Тестуруп, lang: ru-Cyrl, kind: variant }
              - { text: الجزيرة, lang: ar-Arab, kind: variant }
            source: test
          - id: test-ministry
            kind: island
            names:
              - { text: Bộ Ngoại giao Nga, lang: vi-Latn, kind: variant }
              - { text: Ministry Russia, lang: en, kind: variant }
              - { text: Testurio, lang: en, kind: variant }
            source: test
        people:
          - id: zelensky-test
            country: japan
            names:
              - { lang: ru-Cyrl, family: Зеленский, given: Владимир }
              - { lang: uk-Cyrl, family: Зеленський, given: Володимир }
              - { lang: en, family: Zelenski, given: Volodymyr }
              - { lang: pl-Latn, family: Zelenski, given: Wołodymyr }
            source: test
          - id: tan-test
            country: japan
            names:
              - { lang: en, family: Tan, given: Naoki }
              - { lang: de-Latn, family: Tan, given: Naoki }
              - { lang: sr-Cyrl, family: Тан, given: Наоки }
            source: test
        """)]);

    private static List<(string Text, string Id)> Scan(string language, string text)
    {
        var packs = LanguagePacks.Default;
        var matches = new List<ScanMatch>();
        Catalog.Scanner.Scan(text, matches, packs.MorphologyOf(packs.Find(language)!));
        return [.. matches.Select(m => (text.Substring(m.Start, m.Length), m.Entries[0].Entity.Id))];
    }

    private static string? Resolved(string name) => Catalog.Resolve(name) is [var first, ..] ? first.Entity.Id : null;

    [Theory]
    [InlineData("ru", "Выступление Зеленского показали вечером.", "Зеленского")]
    [InlineData("ru", "Позвонили Зеленскому в понедельник.", "Зеленскому")]
    [InlineData("uk", "Указ Зеленського визнав острови.", "Зеленського")]
    [InlineData("uk", "Зеленському подякували.", "Зеленському")]
    [InlineData("pl", "Według Zelenskiego rozmowy trwają.", "Zelenskiego")]
    public void Scan_WholeWordNameWhoseEndingGivesWay_IsTheName(string language, string text, string surface) =>
        Scan(language, text).Should().Contain((surface, "zelensky-test"));

    [Theory]
    [InlineData("Зеленского")]
    [InlineData("Зеленського")]
    [InlineData("Zelenskiego")]
    public void Resolve_WholeWordNameWhoseEndingGivesWay_IsTheName(string name) =>
        Resolved(name).Should().Be("zelensky-test");

    [Theory]
    [InlineData("ru", "Выступление Зеленсктого показали.")] // the letters after the stem are no ending
    [InlineData("en", "The Zelenskiego speech.")]           // English takes no endings
    public void Scan_WithoutAnEndingOfTheLanguage_IsNotTheName(string language, string text) =>
        Scan(language, text).Should().NotContain(m => m.Id == "zelensky-test");

    [Theory]
    [InlineData("fr", "Le ministre a parlé d'Itestoup hier.", "Itestoup")]
    [InlineData("fr", "Le ministre a parlé de l’Itestoup hier.", "Itestoup")]
    [InlineData("it", "Il ministro ha parlato dell'Testurup ieri.", "Testurup")]
    [InlineData("it", "Il ministro è andato all'Testurup ieri.", "Testurup")]
    public void Scan_ElisionWrittenOntoTheName_IsNotPartOfIt(string language, string text, string surface) =>
        Scan(language, text).Should().Contain((surface, "test-isle"));

    [Theory]
    [InlineData("d'Itestoup")]
    [InlineData("l’Itestoup")]
    [InlineData("dell'Testurup")]
    [InlineData("all'Testurup")]
    public void Resolve_ElisionWrittenOntoTheName_ResolvesTheName(string name) =>
        Resolved(name).Should().Be("test-isle");

    [Fact]
    public void Resolve_WordEndingInAnApostrophe_IsNoElision() =>
        Resolved("xyz'Testurup").Should().BeNull();

    [Theory]
    [InlineData("قال إن للجزيرة تاريخا طويلا.", "للجزيرة")]  // ل + الجزيرة
    [InlineData("قال إن وللجزيرة تاريخا طويلا.", "للجزيرة")] // و، then ل + الجزيرة
    [InlineData("قال إن والجزيرة هادئة.", "الجزيرة")]
    [InlineData("وصل بالجزيرة أمس.", "الجزيرة")]
    [InlineData("وصل وبالجزيرة أمس.", "الجزيرة")]
    public void Scan_ArabicPrefixes_AreNotPartOfTheName(string text, string surface) =>
        Scan("ar", text).Should().Contain((surface, "test-isle"));

    [Theory]
    [InlineData("للجزيرة")]
    [InlineData("وللجزيرة")]
    [InlineData("فالجزيرة")]
    [InlineData("كالجزيرة")]
    public void Resolve_ArabicPrefixes_ResolveTheName(string name) =>
        Resolved(name).Should().Be("test-isle");

    [Fact]
    public void Scan_ArabicContraction_OnlyBeforeANameWithTheArticle() =>
        Scan("ar", "قال إن لجزيرة أخرى تاريخا.").Should().NotContain(m => m.Id == "test-isle");

    [Theory]
    [InlineData("vi", "Bộ Ngoại giao, Nga và Nhật Bản họp.")]
    [InlineData("en", "The Ministry, Russia said.")]
    [InlineData("en", "He called the Ministry. Russia said no.")]
    [InlineData("en", "He called the Ministry – Russia said no.")]
    public void Scan_ClausePunctuation_EndsAName(string language, string text) =>
        Scan(language, text).Should().NotContain(m => m.Id == "test-ministry");

    [Theory]
    [InlineData("vi", "Bộ Ngoại giao Nga cho biết.", "Bộ Ngoại giao Nga")]
    [InlineData("en", "The Ministry-Russia talks.", "Ministry-Russia")]
    public void Scan_SeparatorsInsideAName_AreRead(string language, string text, string surface) =>
        Scan(language, text).Should().Contain((surface, "test-ministry"));

    [Theory]
    [InlineData("de", "Tann sagte nichts.")]   // Tan + n
    [InlineData("de", "Tans Rede war kurz.")]  // Tan + s
    public void Scan_NameShorterThanAStem_TakesNoEnding(string language, string text) =>
        Scan(language, text).Should().NotContain(m => m.Id == "tan-test");

    [Fact]
    public void Scan_NameShorterThanAStem_MatchesAsWritten() =>
        Scan("de", "Tan sagte nichts.").Should().Contain(("Tan", "tan-test"));

    [Fact]
    public void Scan_NameShorterThanAStem_TakesAnEndingOfSeveralLetters() =>
        Scan("sr", "Путин се састао са Таном у Токију.").Should().Contain(("Таном", "tan-test"));

    private static List<(string Text, string Id)> ScanWithCutOff(string text)
    {
        var matches = new List<ScanMatch>();
        Catalog.Scanner.Scan(text, matches, LanguagePacks.Default.Morphology);
        Catalog.Scanner.ScanCutOffEnd(text, matches);
        return [.. matches.Select(m => (text.Substring(m.Start, m.Length), m.Entries[0].Entity.Id))];
    }

    [Theory]
    [InlineData("The ministry named the islands of Testuru", "Testuru")]
    [InlineData("Судна пройшли протоку між Тесту", "Тесту")]
    public void ScanCutOffEnd_WordCutOffByTheTextsEnd_BeginningOneEntitysNames_IsThatEntity(string text, string surface) =>
        ScanWithCutOff(text).Should().Contain((surface, "test-isle"));

    [Theory]
    [InlineData("The ministry named the islands of Test")]        // four letters begin too much
    [InlineData("The ministry named the islands of Testuru.")]    // the text ends after the word
    [InlineData("The ministry named the islands of testuru")]     // no capital
    [InlineData("The ministry named the islands of Testur")]      // it begins Testurio too
    public void ScanCutOffEnd_OtherEnds_AddNothing(string text) =>
        ScanWithCutOff(text).Should().NotContain(m => m.Id == "test-isle");
}
