using FluentAssertions;
using Xunit;

namespace Kurils.Domain.Tests.Catalog;

/// <summary>Institutions as a catalog kind: loaded, validated, resolved in every script they are written in.</summary>
public sealed class InstitutionTests
{
    private static KurilsCatalog Catalog => TestCatalog.Catalog;

    [Theory]
    [InlineData("Japan's Foreign Ministry", "foreign-ministry-japan")]
    [InlineData("Japan’s foreign ministry", "foreign-ministry-japan")]
    [InlineData("МИД Японии", "foreign-ministry-japan")]
    [InlineData("外務省", "foreign-ministry-japan")]
    [InlineData("the Kremlin", null)]
    [InlineData("Kremlin", "kremlin")]
    [InlineData("Кремль", "kremlin")]
    [InlineData("クレムリン", "kremlin")]
    [InlineData("克里姆林宮", "kremlin")]
    public void ResolveInstitution_PressForms_GiveTheInstitution(string name, string? id) =>
        Catalog.ResolveInstitution(name)?.Id.Should().Be(id);

    [Fact]
    public void Load_Institution_HasItsKindCountryNamesAndSource()
    {
        var ministry = Catalog.Find<Institution>("foreign-ministry-japan")!;

        ministry.Kind.Should().Be(InstitutionKind.Ministry);
        ministry.CountryId.Should().Be("japan");
        ministry.EntityKind.Should().Be(EntityKind.Institution);
        ministry.DisplayName.Should().Be("Ministry of Foreign Affairs of Japan");
        ministry.Source.Should().Be("test");
        Catalog.Institutions.Select(i => i.Id).Should().Equal("foreign-ministry-japan", "kremlin");
        Catalog.Find<CatalogEntity>("kremlin").Should().BeSameAs(Catalog.Institutions[1]);
    }

    [Theory]
    [InlineData("institutions:\n  - { id: x-ministry, kind: ministry, country: atlantis, source: s }\n", "t.yaml(2,48): unknown country 'atlantis'")]
    [InlineData("institutions:\n  - { id: x-ministry, kind: bureau, country: japan, source: s }\n", "t.yaml(2,29): 'bureau' is not a valid kind; expected one of: executive-office, government, ministry, parliament, agency, regional-government, municipality, embassy, association")]
    [InlineData("institutions:\n  - { id: x-ministry, kind: ministry, source: s }\n", "t.yaml(2,5): an institution is missing required key 'country'")]
    public void Validate_BadInstitution_IsReportedWithItsPosition(string yaml, string error)
    {
        var japan = "countries:\n  - { id: japan, source: s }\n";
        var errors = KurilsCatalog.Validate([CatalogSource.FromString("t.yaml", yaml.Replace("institutions:\n", japan + "institutions:\n", StringComparison.Ordinal))]);

        errors.Select(e => e.ToString()).Should().Equal(error.Replace("t.yaml(2,", "t.yaml(4,", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_InstitutionNameThatNamesACountry_IsACollision()
    {
        var errors = KurilsCatalog.Validate([CatalogSource.FromString("mine.yaml", "institutions:\n  - id: japan-state\n    kind: government\n    country: japan\n    names: [{ text: Japan, lang: en, kind: variant }]\n    source: s\n")], Catalog);

        errors.Select(e => e.ToString()).Should().Equal("mine.yaml(5,13): name 'Japan' also names country 'japan'; mark both 'ambiguous: true' if that is intended");
    }

    [Fact]
    public void Shipped_Institutions_HaveNamesInEveryCuratedLanguage()
    {
        string[] languages = ["en", "ru-Cyrl", "ja", "zh-Hans", "zh-Hant", "ko-Kore", "uk-Cyrl", "pl-Latn", "fr-Latn", "de-Latn", "es-Latn", "it-Latn", "pt-Latn", "ar-Arab", "vi-Latn"];
        var institutions = KurilsCatalog.Default.Institutions;

        institutions.Select(i => i.Id).Should().Contain(["foreign-ministry-japan", "foreign-ministry-russia", "kremlin", "prime-ministers-office-japan", "state-duma", "federation-council", "national-diet", "sakhalin-oblast-government", "defense-ministry-japan", "defense-ministry-russia", "hokkaido-government", "nemuro-city", "chishima-habomai-residents-league", "embassy-japan-moscow", "embassy-russia-tokyo", "fsb-border-service"]);
        foreach (var institution in institutions)
        {
            // zh-Hant may be absent where the traditional form is the simplified one (the matcher folds the two).
            var missing = languages.Where(l => l != "zh-Hant" && !institution.Names.Any(n => n.Language.StartsWith(l, StringComparison.Ordinal)));
            missing.Should().BeEmpty(institution.Id);
        }
    }
}
