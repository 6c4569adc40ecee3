using FluentAssertions;
using Kurils.Domain.Names;
using Xunit;

namespace Kurils.Domain.Tests.Names;

/// <summary>The name trie the build compiles into the catalog blob, against the one a catalog builds from its names.</summary>
public sealed class NameTrieTests
{
    [Fact]
    public void CompiledTrie_OfTheShippedCatalog_IsTheTrieItsNamesBuild()
    {
        var catalog = KurilsCatalog.Default;

        var built = NameTrie.Build(catalog.Index, catalog.AllEntities);

        Bytes(catalog.Scanner.Trie).Should().Equal(Bytes(built), "the build and a start without the compiled trie run the same code on the same names");
    }

    [Fact]
    public void HasCaseFreeNames_AtEveryNode_IsWhetherSomeOfItsNamesMatchesInAnyCase()
    {
        // The scanner skips its case check where the flag is set, so the flag must say exactly what the names say.
        foreach (var trie in new[] { KurilsCatalog.Default.Scanner.Trie, TestCatalog.Catalog.Scanner.Trie })
        {
            var (caseFree, caseSensitiveOnly) = (0, 0);
            for (var node = 0; node < trie.NodeCount; node++)
            {
                foreach (var stem in new[] { false, true })
                {
                    var names = stem ? trie.StemEntriesAt(node) : trie.EntriesAt(node);
                    var expected = !names.IsDefault && names.Any(n => !n.Name.CaseSensitive);
                    trie.HasCaseFreeNames(node, stem).Should().Be(expected, $"node {node}, stem {stem}");
                    caseFree += expected ? 1 : 0;
                    caseSensitiveOnly += !names.IsDefault && !expected ? 1 : 0;
                }
            }

            caseFree.Should().BePositive();
            caseSensitiveOnly.Should().BePositive("\"AP\" (the agency) has only a case-sensitive name");
        }

        var test = TestCatalog.Catalog.Scanner.Trie;
        var ap = test.Child(test.Child(NameTrie.Root, 'a'), 'p');
        test.EntriesAt(ap).IsDefault.Should().BeFalse();
        test.HasCaseFreeNames(ap, stem: false).Should().BeFalse();
    }

    [Fact]
    public void Lookup_EveryKeyOfTheShippedCatalog_GivesWhatTheIndexGives()
    {
        var catalog = KurilsCatalog.Default;
        var trie = catalog.Scanner.Trie;

        foreach (var (key, names) in catalog.Index.Entries)
        {
            trie.Lookup(key).Should().Equal(names, key);
        }

        trie.Lookup("no such name anywhere").Should().BeEmpty();
        trie.Lookup(string.Empty).Should().BeEmpty();
    }

    [Fact]
    public void Lookup_StemThatIsNoKey_FindsNothing()
    {
        // "итуруп" declines from its stem "итуру" in the scanner, but the stem is not a name of its own.
        var trie = TestCatalog.Catalog.Scanner.Trie;

        trie.Lookup(NameFolding.Key("Итуруп")).Should().NotBeEmpty();
        trie.Lookup(NameFolding.Key("Итуру")).Should().BeEmpty();
    }

    [Fact]
    public void WriteThenRead_TestCatalog_GivesTheSameTrieAndNames()
    {
        var catalog = TestCatalog.Catalog;
        var trie = NameTrie.Build(catalog.Index, catalog.AllEntities);
        var bytes = Bytes(trie);

        var read = NameTrie.Of(NameTrie.Read(new MemoryStream(bytes))!, catalog.AllEntities);

        Bytes(read).Should().Equal(bytes);
        foreach (var (key, names) in catalog.Index.Entries)
        {
            read.Lookup(key).Should().Equal(names, key);
        }
    }

    [Fact]
    public void Read_CutShort_ThrowsInvalidData()
    {
        var bytes = Bytes(NameTrie.Build(TestCatalog.Catalog.Index, TestCatalog.Catalog.AllEntities));

        var act = () => NameTrie.Read(new MemoryStream(bytes[..(bytes.Length / 2)]));

        act.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void Read_EdgeToANodeThatIsNotThere_ThrowsInvalidData()
    {
        var catalog = TestCatalog.Catalog;
        var trie = NameTrie.Build(catalog.Index, catalog.AllEntities);
        var bytes = Bytes(trie);

        // The arrays in order: edge starts (nodes + 1 ints), edge units (nodes - 1 chars), edge targets; each after its length.
        var nodes = trie.NodeCount;
        using var stream = new MemoryStream(bytes);
        using var reader = new BinaryReader(stream);
        stream.Position = reader.Read7BitEncodedInt() * 4 + stream.Position;
        stream.Position = (reader.Read7BitEncodedInt() * 2) + stream.Position;
        reader.Read7BitEncodedInt().Should().Be(nodes - 1);
        BitConverter.GetBytes(nodes).CopyTo(bytes, (int)stream.Position);

        var act = () => NameTrie.Read(new MemoryStream(bytes));

        act.Should().Throw<InvalidDataException>().WithMessage("*out of range*");
    }

    [Fact]
    public void Of_NameOutsideTheCatalog_ThrowsInvalidData()
    {
        var catalog = TestCatalog.Catalog;
        var bytes = Bytes(NameTrie.Build(catalog.Index, catalog.AllEntities));
        var arrays = NameTrie.Read(new MemoryStream(bytes))!;

        var act = () => NameTrie.Of(arrays, catalog.AllEntities[..1]);

        act.Should().Throw<InvalidDataException>().WithMessage("*outside the catalog*");
    }

    [Fact]
    public void ExtendedCatalog_BuildsItsOwnTrie_WithTheOverlaysNames()
    {
        var extended = KurilsCatalog.Default.Extend(
        [
            CatalogSource.FromString("overlay.yaml", "territories:\n  - id: iturup\n    names:\n      - { text: Zzyzx Isle, lang: en, kind: exonym }\n"),
        ]);
        var matches = new List<ScanMatch>();

        extended.Scanner.Scan("Seen from Zzyzx Isle, that is Iturup.", matches);

        matches.Select(m => m.Entries[0].Entity.Id).Should().Equal("iturup", "iturup");
        extended.Resolve("Zzyzx Isle").Should().ContainSingle().Which.Entity.Id.Should().Be("iturup");
        KurilsCatalog.Default.Scanner.Trie.Lookup(NameFolding.Key("Zzyzx Isle")).Should().BeEmpty("the shipped catalog is untouched");
    }

    private static byte[] Bytes(NameTrie trie)
    {
        using var stream = new MemoryStream();
        trie.Write(stream);
        return stream.ToArray();
    }
}
