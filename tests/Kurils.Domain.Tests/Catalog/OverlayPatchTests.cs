using FluentAssertions;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Catalog;

/// <summary>An overlay entry whose id is already in the catalog extends that entity; replacing says so.</summary>
public sealed class OverlayPatchTests
{
    private static KurilsCatalog Base => TestCatalog.Catalog;

    private static KurilsCatalog Extend(string yaml) => Base.Extend([CatalogSource.FromString("mine.yaml", yaml)]);

    private static IEnumerable<string> Errors(string yaml) =>
        KurilsCatalog.Validate([CatalogSource.FromString("mine.yaml", yaml)], Base).Select(e => e.ToString());

    [Fact]
    public void Extend_IdAndNamesOnly_AddsTheNamesToTheExistingTerritory()
    {
        var mine = Extend("territories:\n  - id: iturup\n    names:\n      - { text: 이투루프, lang: ko-Kore, kind: exonym }\n      - { text: Iturupo, lang: es, kind: exonym }\n");

        var iturup = mine.Find<Territory>("iturup")!;
        iturup.Names.Select(n => n.Text).Should().Equal([.. Base.Find<Territory>("iturup")!.Names.Select(n => n.Text), "이투루프", "Iturupo"]);
        iturup.Kind.Should().Be(TerritoryKind.Island);
        iturup.Areas.Should().Equal(Base.Find<Territory>("iturup")!.Areas);
        mine.ResolveTerritory("이투루프").Should().BeSameAs(iturup);
        mine.Territories.Select(t => t.Id).Should().Equal(Base.Territories.Select(t => t.Id), "the extended entity keeps its place");
        Base.ResolveTerritory("이투루프").Should().BeNull("the catalog extended is left untouched");
    }

    [Fact]
    public void Extend_PersonTenureAndNameParts_AreAddedAndNameFormsGenerated()
    {
        var mine = Extend("""
            people:
              - id: kato-katsunobu
                names:
                  - { lang: ja-Jpan, family: 加藤, given: 勝信 }
                tenures:
                  - { office: chief-cabinet-secretary, from: 2012-12-26, to: 2013-01-01, source: mine }
            """);

        var kato = mine.Find<Person>("kato-katsunobu")!;
        kato.Tenures.Select(t => t.Period.Start).Should().Equal(new LocalDate(2012, 12, 26), new LocalDate(2020, 9, 16));
        mine.ResolvePerson("加藤勝信").Should().BeSameAs(kato);
        mine.ResolvePerson("Katsunobu Kato").Should().BeSameAs(kato, "the forms of the parts it had are kept");
        mine.HoldersOf("chief-cabinet-secretary", new LocalDate(2012, 12, 27)).Should().Equal(kato);
    }

    [Fact]
    public void Extend_ScalarWithoutReplace_IsAnErrorThatSaysHowToReplace()
    {
        Errors("territories:\n  - id: iturup\n    kind: islet\n").Should().Equal(
            "mine.yaml(3,5): territory 'iturup' already has a 'kind'; to change it, list the key under 'replace' (replace: [kind])");
    }

    [Fact]
    public void Extend_Replace_ChangesTheValueAndReplacesAListInsteadOfAddingToIt()
    {
        var mine = Extend("""
            territories:
              - id: iturup
                replace: [kind, areas]
                kind: islet
                areas:
                  - { km2: 3000, source: mine }
            """);

        var iturup = mine.Find<Territory>("iturup")!;
        iturup.Kind.Should().Be(TerritoryKind.Islet);
        iturup.Areas.Select(a => a.SquareKilometres).Should().Equal(3000m);
        iturup.Names.Should().Equal(Base.Find<Territory>("iturup")!.Names);
    }

    [Fact]
    public void Extend_TheSameValueAsTheEntity_IsNoChangeAndNoError() =>
        Errors("territories:\n  - id: iturup\n    kind: island\n    source: test\n    names: []\n").Should().BeEmpty();

    [Fact]
    public void Extend_ValueTheEntityLacks_IsAddedWithoutReplace()
    {
        var mine = Extend("events:\n  - id: test-press-conference\n    end: 2024-06-07\n");

        mine.Find<Event>("test-press-conference")!.End.Should().Be(new LocalDate(2024, 6, 7));
    }

    [Fact]
    public void Extend_ReplacedNames_NoLongerCollideWithANewEntity()
    {
        var mine = Extend("""
            outlets:
              - id: kyodo
                replace: [names]
                names:
                  - { text: Kyodo News, lang: en, kind: official }
              - id: kyodo-fan-club
                names:
                  - { text: Kyodo, lang: en, kind: official }
                source: mine
            """);

        mine.ResolveOutlet("Kyodo")!.Id.Should().Be("kyodo-fan-club");
    }

    [Theory]
    [InlineData("territories:\n  - id: iturup\n    replace: [nmae]\n    names: []\n", "mine.yaml(3,15): unknown key 'nmae' (did you mean 'names'?)")]
    [InlineData("territories:\n  - id: iturup\n    replace: [kind]\n", "mine.yaml(3,15): 'replace' lists 'kind' but the entry gives no 'kind'")]
    [InlineData("territories:\n  - id: iturup\n    names:\n      - { text: Kunashir, lang: en, kind: variant }\n", "mine.yaml(4,9): name 'Kunashir' also names territory 'kunashir'; mark both 'ambiguous: true' if that is intended")]
    public void Extend_BadPatch_IsReportedWithItsPosition(string yaml, string error) =>
        Errors(yaml).Should().Equal(error);

    [Theory]
    [InlineData("territories:\n  - id: iturupp\n    names:\n      - { text: Itouroup, lang: fr, kind: exonym }\n", "mine.yaml(2,5): no territory 'iturupp' in the catalog to extend (did you mean 'iturup'?); a new territory also needs 'kind', 'source'")]
    [InlineData("people:\n  - id: kato-katsunobo\n    tenures: []\n", "mine.yaml(2,5): no person 'kato-katsunobo' in the catalog to extend (did you mean 'kato-katsunobu'?); a new person also needs 'country', 'names', 'source'")]
    [InlineData("outlets:\n  - id: zzz-unrelated\n    replace: [names]\n    names: []\n    source: s\n", "mine.yaml(2,5): no outlet 'zzz-unrelated' in the catalog to extend")]
    public void Extend_PatchOfAnUnknownId_SaysThereIsNothingToExtend_WithADidYouMean(string yaml, string error) =>
        Errors(yaml).Should().Equal(error);

    [Fact]
    public void Load_SameIdTwiceInOneLoad_IsStillADuplicate()
    {
        var errors = KurilsCatalog.Validate([CatalogSource.FromString("a.yaml", "countries:\n  - id: japan\n    source: s\n  - id: japan\n    source: t\n")]);

        errors.Select(e => e.ToString()).Should().Equal("a.yaml(4,5): duplicate country id 'japan' (first defined at a.yaml(2,5))");
    }

    [Fact]
    public void Load_MissingKeysWithoutAnyCloseId_AreStillMissingKeys()
    {
        var errors = KurilsCatalog.Validate([CatalogSource.FromString("a.yaml", "countries:\n  - id: freedonia\n    names: []\n")]);

        errors.Select(e => e.ToString()).Should().Equal("a.yaml(2,5): a country is missing required key 'source'");
    }
}
