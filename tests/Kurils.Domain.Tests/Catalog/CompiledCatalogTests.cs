using System.Text;
using FluentAssertions;
using Kurils.Domain.Catalog;
using Kurils.Domain.Tests.Packaging;
using Xunit;

namespace Kurils.Domain.Tests.Catalog;

/// <summary>The shipped catalog as the build compiles it: the same data as the YAML, byte for byte reproducible.</summary>
public sealed class CompiledCatalogTests
{
    [Fact]
    public void EmbeddedBlob_RebuiltFromTheRepositoryData_IsTheSameByteForByte()
    {
        var rebuilt = CatalogCompiler.Compile(RepositorySources());

        rebuilt.Should().Equal(EmbeddedBlob(), "the embedded blob is what the build compiles from data/*.yaml");
    }

    [Fact]
    public void EmbeddedBlob_SourceHash_IsTheHashOfTheEmbeddedYaml()
    {
        var texts = KurilsCatalog.EmbeddedSources().Select(s =>
        {
            s.TryReadText(out var text, out var error).Should().BeTrue(error?.ToString());
            return (s.Name, text);
        }).ToList();

        CatalogCompiler.SourceHash(new MemoryStream(EmbeddedBlob())).Should().Equal(CompiledTrees.HashSources(texts));
    }

    [Fact]
    public void Default_LoadedFromTheBlob_EqualsTheCatalogLoadedFromTheYaml()
    {
        var fromYaml = KurilsCatalog.Load(KurilsCatalog.EmbeddedSources());

        KurilsCatalog.Default.AllEntities.Should().Equal(fromYaml.AllEntities);
        KurilsCatalog.Default.Statements.Should().Equal(fromYaml.Statements);
    }

    [Fact]
    public void CompileThenLoad_EveryKindAndField_EqualsTheCatalogLoadedFromTheYaml()
    {
        var sources = new[] { CatalogSource.FromString("data/all.yaml", EveryFieldYaml) };
        var fromYaml = KurilsCatalog.Load(sources);

        var loaded = CatalogCompiler.Load(new MemoryStream(CatalogCompiler.Compile(sources)), "catalog.bin");

        loaded.Entities.Should().Equal(fromYaml.AllEntities, "records compare every field, the init-only ones included");
        loaded.Statements.Should().Equal(fromYaml.Statements);
        loaded.Entities.OfType<Instrument>().Single().SignedJulian!.Value.Calendar.Should().Be(NodaTime.CalendarSystem.Julian);
        loaded.Entities.OfType<Person>().Select(p => p.Gender).Should().Equal(PersonGender.Female, null);
        loaded.CompiledNames.Should().NotBeNull("the trie of the names follows the entities");
    }

    [Fact]
    public void Compile_SharesEachStringOnce()
    {
        var yaml = "countries:\n  - id: japan\n    source: zzsharedzz\n    names:\n      - { text: Japan, lang: en, kind: official }\n"
            + "  - id: russia\n    source: zzsharedzz\n    names:\n      - { text: Russia, lang: en, kind: official }\n";

        var blob = CatalogCompiler.Compile([CatalogSource.FromString("data/c.yaml", yaml)]);

        Occurrences(blob, Encoding.UTF8.GetBytes("zzsharedzz")).Should().Be(1, "the source both countries cite is written once");
    }

    [Fact]
    public void Load_DamagedAnywhere_ThrowsOnlyCatalogExceptions()
    {
        var blob = CatalogCompiler.Compile([CatalogSource.FromString("data/all.yaml", EveryFieldYaml)]);
        var refused = 0;

        // Eight bytes of 0xFF at each place in turn: counts, indexes, kinds and dates that point nowhere.
        for (var at = 0; at < blob.Length - 8; at += 5)
        {
            var damaged = (byte[])blob.Clone();
            damaged.AsSpan(at, 8).Fill(0xFF);
            try
            {
                CatalogCompiler.Load(new MemoryStream(damaged), "catalog.bin");
            }
            catch (CatalogException e)
            {
                e.Errors.Should().ContainSingle().Which.Code.Should().Be(CatalogErrorCode.Unreadable);
                refused++;
            }
        }

        refused.Should().BePositive();
    }

    [Fact]
    public void WriteThenRead_SmallTree_KeepsKindsStylesPositionsAndSharedStrings()
    {
        var errors = new List<CatalogError>();
        var tree = YamlTreeReader.Read("a: x\nb: 'x'\nc:\n  - { k: \"\" }\n  - []\n  - ~\nd: {}\n", "t.yaml", errors)!;
        var blob = CompiledTrees.Write([("t.yaml", tree)], new byte[32]);

        var read = CompiledTrees.Read(new MemoryStream(blob)).Trees.Should().ContainSingle().Subject;

        read.Name.Should().Be("t.yaml");
        CompiledBlobs.Dump(read.Root).Should().Be(CompiledBlobs.Dump(tree));
        Encoding.UTF8.GetString(blob).Split('x').Length.Should().Be(2, "'x' appears in the string table once");
    }

    [Fact]
    public void Load_OtherFormatVersion_ThrowsCatalogExceptionNamingBothVersions()
    {
        var blob = EmbeddedBlob();
        BitConverter.GetBytes(CatalogCompiler.FormatVersion + 1).CopyTo(blob, 4);

        var act = () => CatalogCompiler.Load(new MemoryStream(blob), "catalog.bin");

        act.Should().Throw<CatalogException>().Which.Errors.Should().ContainSingle().Which.ToString()
            .Should().Be($"catalog.bin(1,1): cannot read: compiled catalog format {CatalogCompiler.FormatVersion + 1}; this library reads format {CatalogCompiler.FormatVersion}");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(40)]
    [InlineData(1000)]
    public void Load_CutShortOrNotABlob_ThrowsCatalogException(int length)
    {
        var blob = length == 0 ? "not a blob"u8.ToArray() : EmbeddedBlob()[..length];

        var act = () => CatalogCompiler.Load(new MemoryStream(blob), "catalog.bin");

        act.Should().Throw<CatalogException>().Which.Errors.Should().ContainSingle().Which.Code.Should().Be(CatalogErrorCode.Unreadable);
    }

    [Fact]
    public void Compile_InvalidData_ThrowsWithEveryPosition()
    {
        var act = () => CatalogCompiler.Compile(
        [
            CatalogSource.FromString("data/a.yaml", "countries:\n  - id: japan\n    nmae: x\n    source: s\n"),
            CatalogSource.FromString("data/b.yaml", "territories:\n  - id: iturup\n    kind: isle\n    source: s\n"),
        ]);

        act.Should().Throw<CatalogException>().Which.Errors.Select(e => e.ToString()).Should().Equal(
            "data/a.yaml(3,5): unknown key 'nmae' (did you mean 'names'?)",
            "data/b.yaml(3,11): 'isle' is not a valid kind; expected one of: island, islet, island-group, archipelago, region");
    }

    [Fact]
    public async Task DataCompiler_BadFile_FailsWithMsBuildErrorsAtTheirPositions()
    {
        var directory = Directory.CreateTempSubdirectory("kurils-data-compiler-");
        try
        {
            var data = Path.Combine(directory.FullName, "data");
            Directory.CreateDirectory(data);
            var file = Path.Combine(data, "countries.yaml");
            File.WriteAllText(file, "countries:\n  - id: japan\n    source: s\n    from: '1945-02-30'\n");
            var output = Path.Combine(directory.FullName, "catalog.bin");

            var run = await ProcessRunner.RunAsync(ProcessRunner.Dotnet, ["exec", CompiledBlobs.DataCompilerPath(), "--root", directory.FullName, "--out", output, file], directory.FullName);

            run.ExitCode.Should().Be(1, run.Describe());
            run.StandardError.Should().StartWith(file + "(4,11): error KURILSDATA: '1945-02-30'");
            File.Exists(output).Should().BeFalse();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task DataCompiler_ShippedData_WritesTheEmbeddedBlob()
    {
        var output = Path.Combine(Path.GetTempPath(), "kurils-catalog-" + Guid.NewGuid().ToString("N") + ".bin");
        try
        {
            var root = ShippedCatalogTests.RepoRoot();
            string[] files = [.. Directory.GetFiles(Path.Combine(root, "data"), "*.yaml").Reverse()];

            var run = await ProcessRunner.RunAsync(ProcessRunner.Dotnet, ["exec", CompiledBlobs.DataCompilerPath(), "--root", root, "--out", output, .. files], root);

            run.ExitCode.Should().Be(0, run.Describe());
            File.ReadAllBytes(output).Should().Equal(EmbeddedBlob(), "the order files are given in does not matter");
        }
        finally
        {
            File.Delete(output);
        }
    }

    // Every field of every kind, each optional one both given and left out somewhere.
    private const string EveryFieldYaml = """
        countries:
          - id: japan
            from: 1947-05-03
            source: c1
            names:
              - { text: Japan, lang: en, kind: official, usedBy: [japan] }
              - { text: Nihon, lang: ja-Latn, kind: romanization, ambiguous: true }
          - id: russia
            display: "the Russian side"
            source: c2
            names:
              - { text: Russia, lang: en, kind: official, note: "case-sensitive: test" }
        territories:
          - id: group
            kind: island-group
            members: [isle]
            source: t1
            names:
              - { text: The Group, lang: en, kind: political-framing, usedBy: [japan, russia] }
          - id: isle
            kind: island
            parent: group
            coordinates: { lat: 44.25, lon: -146.125 }
            areas:
              - { km2: 3182.50, source: a1, asOf: 2022-10-01 }
              - { km2: 12, source: a2 }
            administered:
              - { by: japan, from: 1855-02-07, to: 1945-09-01, unit: Nemuro, source: p1 }
              - { by: russia, from: 1945-09-01, source: p2 }
            claimed:
              - { by: japan, from: 1945-09-01, source: p3 }
            source: t2
            names:
              - { text: Isle, lang: en, kind: official }
              - { text: Yuri, lang: en, kind: variant, note: "frame-only: test" }
        instruments:
          - id: old-treaty
            kind: treaty
            signed: 1855-02-07
            signedJulian: 1855-01-26
            ratified: 1856-01-01
            inForce: 1856-12-07
            ended: 1895-09-10
            end: superseded
            place: Shimoda
            parties: [japan, russia]
            provisions:
              - { article: "2", effect: border, territories: [isle], from: russia, to: japan, summary: s1 }
              - { article: "3", effect: other, summary: s2 }
            source: i1
            names:
              - { text: Old Treaty, lang: en, kind: official }
              - { text: peace treaty, lang: en, kind: variant, note: "generic: test" }
        offices:
          - id: minister
            country: japan
            source: o1
            names:
              - { text: Minister, lang: en, kind: official }
        people:
          - id: tanaka-hanako
            country: japan
            gender: female
            names:
              - { lang: en, family: Tanaka, given: [Hanako, Hana] }
              - { lang: ja-Jpan, family: 田中, given: 花子 }
            aliases:
              - { text: Tanaka-san, lang: en, kind: variant }
            tenures:
              - { office: minister, from: 2020-01-01, to: 2021-01-01, source: n1 }
              - { office: minister, from: 2010-01-01, to: 2011-01-01, source: n2 }
            source: n3
          - id: ivanov-ivan
            country: russia
            names:
              - { lang: ru-Cyrl, family: Иванов, given: Иван, patronymic: Иванович }
            source: n4
        outlets:
          - id: paper
            country: japan
            cues:
              - { kind: dateline, text: "PAPER" }
              - { kind: credit, text: "(Paper)" }
            source: u1
            names:
              - { text: The Paper, lang: en, kind: official }
          - id: wire
            source: u2
            names:
              - { text: The Wire, lang: en, kind: official }
        events:
          - id: summit
            kind: summit
            start: 2019-01-22
            end: 2019-01-23
            place: Moscow
            source: e1
            names:
              - { text: The Summit, lang: en, kind: official }
          - id: visit
            kind: visit
            start: 2020-05-05
            source: e2
            names:
              - { text: The Visit, lang: en, kind: official }
        institutions:
          - id: ministry
            kind: ministry
            country: japan
            source: m1
            names:
              - { text: The Ministry, lang: en, kind: official }
        statements:
          - { id: st1, speaker: tanaka-hanako, said: 2020-02-02, published: 2020-02-03, event: summit, kind: direct, gist: g1, tags: [a, b], source: q1 }
          - { id: st2, speaker: ivanov-ivan, said: 2020-02-04, kind: reported, gist: g2, source: q2 }
        """;

    private static int Occurrences(byte[] haystack, byte[] needle)
    {
        var count = 0;
        for (var at = haystack.AsSpan().IndexOf(needle); at >= 0; at = haystack.AsSpan(at + 1).IndexOf(needle) is var next and >= 0 ? at + 1 + next : -1)
        {
            count++;
        }

        return count;
    }

    private static List<CatalogSource> RepositorySources() => CompiledBlobs.RepositorySources("data");

    private static byte[] EmbeddedBlob() => CompiledBlobs.Embedded(CatalogCompiler.ResourceName);
}
