using System.Text;
using FluentAssertions;
using Xunit;

namespace Kurils.Domain.Tests.Catalog;

public sealed class HostileYamlTests
{
    [Fact]
    public void Validate_BillionLaughs_FailsFastOnTheFirstAnchor()
    {
        var yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 0; i < 9; i++)
        {
            yaml.Append((char)('b' + i)).Append(": &").Append((char)('b' + i)).Append(" [*").Append((char)('a' + i));
            for (var j = 0; j < 8; j++)
            {
                yaml.Append(",*").Append((char)('a' + i));
            }

            yaml.Append("]\n");
        }

        var errors = KurilsCatalog.Validate([CatalogSource.FromString("laughs.yaml", yaml.ToString())]);
        errors.Should().ContainSingle().Which.Should().Be(new CatalogError("laughs.yaml", 1, 4, CatalogErrorCode.LimitExceeded, "anchors and aliases are not allowed in catalog files"));
    }

    [Fact]
    public void Validate_Tag_IsRejectedAndNothingIsInstantiated()
    {
        var errors = KurilsCatalog.Validate([CatalogSource.FromString("t.yaml", "countries: !!python/object:os.system [\"rm\"]\n")]);
        errors.Should().Contain(e => e.Code == CatalogErrorCode.WrongType && e.Message.Contains("tag", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_DeepNesting_IsALimitError()
    {
        var yaml = "countries: " + new string('[', 200) + new string(']', 200) + "\n";
        KurilsCatalog.Validate([CatalogSource.FromString("deep.yaml", yaml)])
            .Should().ContainSingle(e => e.Code == CatalogErrorCode.LimitExceeded && e.Message.Contains("nesting", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_HugeFile_IsRefusedBeforeParsing()
    {
        var stream = new MemoryStream(new byte[17 * 1024 * 1024]);
        KurilsCatalog.Validate([CatalogSource.FromStream("huge.yaml", stream)])
            .Should().ContainSingle(e => e.Code == CatalogErrorCode.LimitExceeded);
    }

    [Fact]
    public void Validate_InvalidUtf8_IsUnreadable()
    {
        var stream = new MemoryStream([0x63, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]);
        KurilsCatalog.Validate([CatalogSource.FromStream("bad.yaml", stream)])
            .Should().ContainSingle(e => e.Code == CatalogErrorCode.Unreadable);
    }

    [Fact]
    public void Extend_FailedOverlay_LeavesTheCatalogUntouched()
    {
        var catalog = TestCatalog.Catalog;
        var before = catalog.Territories;
        var act = () => catalog.Extend([CatalogSource.FromString("bad.yaml", "territories:\n  - id: iturup\n    kind: island\n    names: []\n    source: s\n")]);
        act.Should().Throw<CatalogException>().Which.Errors.Should().ContainSingle().Which.ToString()
            .Should().Be("bad.yaml(5,5): territory 'iturup' already has a 'source'; to change it, list the key under 'replace' (replace: [source])");
        catalog.Territories.Should().Equal(before);
        catalog.Resolve("Iturup").Should().ContainSingle();
    }

    [Fact]
    public void Extend_ValidOverlay_AddsToACopy()
    {
        var catalog = TestCatalog.Catalog;
        var extended = catalog.Extend([CatalogSource.FromString("mine.yaml", "territories:\n  - id: urup\n    kind: island\n    names: [{ text: Urup, lang: en, kind: official }]\n    parent: test-group\n    source: mine\n")]);
        extended.ResolveTerritory("Urup")!.Id.Should().Be("urup");
        catalog.ResolveTerritory("Urup").Should().BeNull();
    }

    [Fact]
    public void Default_RaceOfManyThreads_YieldsOneInstance()
    {
        var instances = new KurilsCatalog[32];
        Parallel.For(0, instances.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => instances[i] = KurilsCatalog.Default);
        instances.Distinct().Should().ContainSingle();
    }
}
