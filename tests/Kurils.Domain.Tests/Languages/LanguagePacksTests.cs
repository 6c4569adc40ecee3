using FluentAssertions;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Languages;

public sealed class LanguagePacksTests
{
    private static readonly string TestPacks = Path.Combine(AppContext.BaseDirectory, "TestData", "languages");

    [Fact]
    public void Default_EveryShippedPack_LoadsWithoutProblems()
    {
        LanguagePacks.Validate(LanguagePacks.EmbeddedSources()).Should().BeEmpty();
        LanguagePacks.Default.Codes.Should().Contain(["en", "ru", "uk", "pl", "ja", "zh", "ko", "fr", "de", "es", "it", "pt", "ar", "vi"]);
    }

    [Fact]
    public void Find_LongerTag_FindsThePackOfItsPrimarySubtag()
    {
        LanguagePacks.Default.Find("zh-Hant")!.Code.Should().Be("zh");
        LanguagePacks.Default.Find("RU")!.Code.Should().Be("ru");
        LanguagePacks.Default.Find("xx").Should().BeNull();
    }

    [Fact]
    public void Load_BadPack_ReportsEveryProblemWithItsPosition()
    {
        const string yaml = """
            code: French
            name: French
            scripts: [Latn, Klingon]
            identify:
              wrods: [le, la]
            marks:
              quotes: ["«»", "«"]
            """;
        var errors = LanguagePacks.Validate([CatalogSource.FromString("fr.yaml", yaml)]).Select(e => e.ToString());
        errors.Should().BeEquivalentTo(
            "fr.yaml(1,7): 'French' is not a language code (a BCP 47 primary subtag: two or three lower-case letters, such as 'fr')",
            "fr.yaml(3,17): 'Klingon' is not a script code (expected one of: Latn, Cyrl, Grek, Arab, Hebr, Hani, Kana, Hang, Thai, Deva)",
            "fr.yaml(5,3): unknown key 'wrods' (did you mean 'words'?)",
            "fr.yaml(7,18): '«' is not a pair of quotation marks (write the opening and the closing mark together, such as '«»')");
    }

    [Fact]
    public void Load_ReadWithNotACode_ReportsItWithItsPosition()
    {
        const string yaml = """
            code: hr
            name: Croatian
            scripts: [Latn]
            identify:
              words: [je, se]
              readWith: [sr, Serbian]
            """;
        var errors = LanguagePacks.Validate([CatalogSource.FromString("hr.yaml", yaml)]).Select(e => e.ToString());
        errors.Should().ContainSingle().Which.Should().StartWith("hr.yaml(6,18): 'Serbian' is not a language code");
    }

    [Fact]
    public void Load_BadEra_ReportsItWithItsPosition()
    {
        const string yaml = """
            code: ja
            name: Japanese
            scripts: [Hani]
            dates:
              eras: [{name: 令和, start: 0}, {start: 1989}]
            """;
        var errors = LanguagePacks.Validate([CatalogSource.FromString("ja.yaml", yaml)]).Select(e => e.ToString());
        errors.Should().HaveCount(2);
        errors.Should().Contain(e => e.StartsWith("ja.yaml(5,28): 'start' must be a year", StringComparison.Ordinal));
        errors.Should().Contain(e => e.StartsWith("ja.yaml(5,32)", StringComparison.Ordinal) && e.Contains("'name'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_PackNamedAfterAnotherCode_IsRefused()
    {
        var errors = LanguagePacks.Validate([CatalogSource.FromString("de.yaml", "code: nl\nname: Dutch\nscripts: [Latn]\n")]);
        errors.Should().ContainSingle().Which.Message.Should().Be("the pack's code 'nl' is not its file name ('de')");
    }

    [Fact]
    public void With_PackOfAnUnshippedLanguage_IsIdentifiedAndItsIslandWordsAndNamesWork()
    {
        var languages = LanguagePacks.Default.With([CatalogSource.FromFile(Path.Combine(TestPacks, "sw.yaml"))]);
        var parser = new ArticleParser(TestCatalog.Catalog, languages);
        const string text = "Waziri alisema kwamba kisiwa cha Iturup ni sehemu ya Japani, na pia kwamba mazungumzo ya amani yataendelea katika mwaka huu.";

        var article = parser.Parse(text);

        article.Language.Should().Be("sw");
        article.Mentions.Select(m => (m.Id, m.Span.Of(text))).Should().Contain(("iturup", "Iturup"));
        ArticleParser.Default.Parse(text).Language.Should().Be("und", "no shipped pack fits Swahili");
    }

    [Fact]
    public void LoadDirectory_FolderWithoutPacks_SaysSo()
    {
        var empty = Directory.CreateTempSubdirectory().FullName;
        var act = () => LanguagePacks.LoadDirectory(empty);
        act.Should().Throw<CatalogException>().Which.Errors.Should().ContainSingle().Which.Message.Should().Contain("no language packs");
    }
}
