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
    public void EmbeddedBlob_SourceHash_IsTheHashOfTheEmbeddedYaml() =>
        CompiledBlobs.ShouldBeCompiledFrom(EmbeddedBlob(), KurilsCatalog.EmbeddedSources());

    [Fact]
    public void Default_LoadedFromTheBlob_EqualsTheCatalogLoadedFromTheYaml()
    {
        var fromYaml = KurilsCatalog.Load(KurilsCatalog.EmbeddedSources());

        KurilsCatalog.Default.AllEntities.Should().Equal(fromYaml.AllEntities);
        KurilsCatalog.Default.Statements.Should().Equal(fromYaml.Statements);
    }

    [Fact]
    public void Read_EveryShippedFile_GivesTheTreeYamlDotNetReads_PositionsIncluded() =>
        CompiledBlobs.ShouldHoldTheTreesOf(EmbeddedBlob(), KurilsCatalog.EmbeddedSources());

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
        BitConverter.GetBytes(CompiledTrees.FormatVersion + 1).CopyTo(blob, 4);

        var act = () => CatalogCompiler.Load(new MemoryStream(blob), "catalog.bin");

        act.Should().Throw<CatalogException>().Which.Errors.Should().ContainSingle().Which.ToString()
            .Should().Be($"catalog.bin(1,1): cannot read: compiled catalog format {CompiledTrees.FormatVersion + 1}; this library reads format {CompiledTrees.FormatVersion}");
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

    private static List<CatalogSource> RepositorySources() => CompiledBlobs.RepositorySources("data");

    private static byte[] EmbeddedBlob() => CompiledBlobs.Embedded(CatalogCompiler.ResourceName);
}
