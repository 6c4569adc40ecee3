using FluentAssertions;
using Xunit;

namespace Kurils.Domain.Tests.Catalog;

public sealed class ResolveTests
{
    private static KurilsCatalog Catalog => TestCatalog.Catalog;

    [Theory]
    [InlineData("Etorofu")]
    [InlineData("ETOROFU")]
    [InlineData("etorofu")]
    [InlineData("Etorofu-tō")]
    [InlineData("Etorofu-to")]
    [InlineData("Etorofu to")]
    [InlineData("Etorofu Tō")]
    [InlineData("Iturup")]
    [InlineData("Iturup Island")]
    [InlineData("ostrov Iturup")]
    [InlineData("остров Итуруп")]
    [InlineData("Итуруп")]
    [InlineData("ИТУРУП")]
    [InlineData("択捉島")]
    [InlineData("擇捉島")]
    [InlineData("择捉岛")]
    [InlineData("択捉")]
    [InlineData("ＥＴＯＲＯＦＵ")]
    [InlineData("  Etorofu  ")]
    [InlineData("Eto\u200Brofu")]
    public void Resolve_HarmlessVariant_FindsIturup(string name) =>
        Catalog.ResolveTerritory(name)!.Id.Should().Be("iturup");

    [Theory]
    [InlineData("Остров Юрий", "yuri")]
    [InlineData("Юрии", null)]
    [InlineData("Yuri-to", "yuri")]
    [InlineData("Kunashiri", "kunashir")]
    [InlineData("Kunashir", "kunashir")]
    [InlineData("Shakotan", null)]
    [InlineData("Etorofu-class", null)]
    [InlineData("eToro", null)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    public void Resolve_Traps_AreRespected(string name, string? expected) =>
        Catalog.ResolveTerritory(name)?.Id.Should().Be(expected);

    [Fact]
    public void Resolve_ZelyonyWithYo_EqualsWithE()
    {
        var catalog = Catalog.Extend([CatalogSource.FromString("z.yaml", "territories:\n  - id: zelyony\n    kind: islet\n    names: [{ text: остров Зелёный, lang: ru-Cyrl, kind: official }]\n    source: s\n")]);
        catalog.ResolveTerritory("остров Зеленый")!.Id.Should().Be("zelyony");
    }

    [Fact]
    public void Resolve_Match_SaysHowItMatched()
    {
        var match = Catalog.Resolve("Etorofu-to").Should().ContainSingle().Subject;
        match.Name.Text.Should().Be("Etorofu-tō");
        match.Name.Language.Should().Be("ja-Latn");
        match.Name.UsedBy.Should().Equal("japan");
        match.Method.Should().Be(MatchMethod.Normalized);
        Catalog.Resolve("Etorofu-tō")[0].Method.Should().Be(MatchMethod.Exact);
        Catalog.Resolve("Iturup Island")[0].Method.Should().Be(MatchMethod.WithoutFrame);
    }

    [Fact]
    public void Resolve_GroupName_ReturnsTheGroupWithItsMembers()
    {
        var match = Catalog.Resolve("Southern Kurils").Should().ContainSingle().Subject;
        match.Entity.Id.Should().Be("test-group");
        match.Members.Select(m => m.Id).Should().Equal("iturup", "kunashir");
        Catalog.Resolve("northern territories")[0].Entity.Id.Should().Be("test-group");
    }

    [Fact]
    public void Resolve_SharedFamilyName_ReturnsEveryCandidate()
    {
        Catalog.Resolve("Hayashi").Select(m => m.Entity.Id).Should().BeEquivalentTo(["hayashi-yoshimasa", "hayashi-other"]);
        Catalog.ResolvePerson("Hayashi").Should().BeNull();
    }

    [Theory]
    [InlineData("Hayashi Yoshimasa")]
    [InlineData("Yoshimasa Hayashi")]
    [InlineData("HAYASHI Yoshimasa")]
    [InlineData("林芳正")]
    [InlineData("林 芳正")]
    [InlineData("Y. Hayashi")]
    public void Resolve_PersonNameOrders_FindTheSamePerson(string name) =>
        Catalog.ResolvePerson(name)!.Id.Should().Be("hayashi-yoshimasa");

    [Theory]
    [InlineData("Andrey Rudenko")]
    [InlineData("Andrei Rudenko")]
    [InlineData("Andrei Yuryevich Rudenko")]
    [InlineData("Руденко Андрей Юрьевич")]
    [InlineData("Андрей Руденко")]
    [InlineData("А. Ю. Руденко")]
    public void Resolve_TransliterationVariants_FindTheSamePerson(string name) =>
        Catalog.ResolvePerson(name)!.Id.Should().Be("rudenko-andrey");

    [Fact]
    public void Resolve_UnknownName_ReturnsNothingAndNeverThrows()
    {
        Catalog.Resolve("Atlantis").Should().BeEmpty();
        Catalog.Resolve("\uD800broken\0").Should().BeEmpty();
    }

    [Fact]
    public void Resolve_Typo_IsFoundOnlyInTypoTolerantMode()
    {
        Catalog.Resolve("Kunashiry").Should().BeEmpty();
        var match = Catalog.Resolve("Kunashiry", options: ResolveOptions.TypoTolerant).Should().ContainSingle().Subject;
        match.Entity.Id.Should().Be("kunashir");
        match.Method.Should().Be(MatchMethod.Fuzzy);
        match.Distance.Should().Be(1);
    }

    [Theory]
    [InlineData("Itrup", "iturup", 1)]
    [InlineData("Итурп", "iturup", 1)]
    [InlineData("Kyoda", "kyodo", 1)]
    [InlineData("Etorofuuu", "iturup", 2)]
    public void Resolve_TypoTolerant_FourOrFiveLettersAcceptOneEdit_SixOrMoreTwo(string name, string id, int distance)
    {
        var match = Catalog.Resolve(name, options: ResolveOptions.TypoTolerant).Should().ContainSingle().Subject;

        match.Entity.Id.Should().Be(id);
        match.Method.Should().Be(MatchMethod.Fuzzy);
        match.Distance.Should().Be(distance);
    }

    [Theory]
    [InlineData("Itrp")]
    [InlineData("Kyaba")]
    [InlineData("Yuro")]
    public void Resolve_TypoTolerant_ShortNameTwoEditsAway_IsNotMatched(string name) =>
        Catalog.Resolve(name, options: ResolveOptions.TypoTolerant).Should().BeEmpty();

    [Fact]
    public void Resolve_ShortName_NeverMatchesFuzzily()
    {
        Catalog.Resolve("Yuro", options: ResolveOptions.TypoTolerant).Should().BeEmpty();
        Catalog.Resolve("TAS", options: ResolveOptions.TypoTolerant).Should().BeEmpty();
    }

    [Fact]
    public void Resolve_KindFilter_ReturnsOnlyThatKind()
    {
        Catalog.Resolve("TASS", EntityKind.Territory).Should().BeEmpty();
        Catalog.ResolveOutlet("TASS")!.Id.Should().Be("tass");
        Catalog.ResolveInstrument("soviet japanese joint declaration")!.Id.Should().Be("joint-declaration-1956");
    }

    [Fact]
    public void Resolve_NullName_IsApiMisuse()
    {
        var act = () => Catalog.Resolve(null!);
        act.Should().Throw<ArgumentNullException>();
    }
}
