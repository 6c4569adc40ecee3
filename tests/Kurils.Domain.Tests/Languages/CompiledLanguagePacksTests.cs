using FluentAssertions;
using Kurils.Domain.Catalog;
using Kurils.Domain.Languages;
using Kurils.Domain.Tests.Catalog;
using Kurils.Domain.Tests.Packaging;
using Xunit;

namespace Kurils.Domain.Tests.Languages;

/// <summary>The shipped language packs as the build compiles them: the same trees as the YAML, byte for byte reproducible.</summary>
public sealed class CompiledLanguagePacksTests
{
    [Fact]
    public void EmbeddedBlob_RebuiltFromTheRepositoryPacks_IsTheSameByteForByte()
    {
        var rebuilt = LanguagePackCompiler.Compile(CompiledBlobs.RepositorySources("data/languages"));

        rebuilt.Should().Equal(EmbeddedBlob(), "the embedded blob is what the build compiles from data/languages/*.yaml");
    }

    [Fact]
    public void EmbeddedBlob_SourceHash_IsTheHashOfTheEmbeddedYaml() =>
        CompiledBlobs.ShouldBeCompiledFrom(EmbeddedBlob(), LanguagePacks.EmbeddedSources());

    [Fact]
    public void Read_EveryShippedPack_GivesTheTreeYamlDotNetReads_PositionsIncluded()
    {
        // Each pack is stored as its head and a tree per section: put together again, they are the YAML's tree.
        var sources = LanguagePacks.EmbeddedSources();
        var trees = LanguagePackCompiler.ReadTrees(new MemoryStream(EmbeddedBlob()), "languages.bin");

        trees.Select(t => t.Name).Should().Equal(sources.Select(s => s.Name));
        foreach (var ((name, root), source) in trees.Zip(sources))
        {
            source.TryReadText(out var text, out _).Should().BeTrue();
            var errors = new List<CatalogError>();
            var expected = YamlTreeReader.Read(text!, name, errors);
            errors.Should().BeEmpty();
            CompiledBlobs.Dump(root).Should().Be(CompiledBlobs.Dump(expected), name);
        }
    }

    [Fact]
    public void Compile_APackWithAnEmptySection_LoadsItAsEmpty_AndReadsBackTheSameTree()
    {
        const string yaml = "code: xx\nname: X\nscripts: [Latn]\nspeech:\nevents: ~\nmarks:\n  sentenceStops: \".\"\n";
        var blob = LanguagePackCompiler.Compile([CatalogSource.FromString("data/languages/xx.yaml", yaml)]);

        var pack = LanguagePackCompiler.Load(new MemoryStream(blob), "languages.bin").Single();
        var tree = LanguagePackCompiler.ReadTrees(new MemoryStream(blob), "languages.bin").Single().Root;

        pack.Speech.Should().BeSameAs(SpeechWords.Empty);
        pack.Events.Should().BeSameAs(EventWords.Empty);
        pack.Marks.SentenceStops.Should().Be(".");
        CompiledBlobs.Dump(tree).Should().Be(CompiledBlobs.Dump(YamlTreeReader.Read(yaml, "data/languages/xx.yaml", [])));
    }

    [Fact]
    public void Default_LoadedFromTheBlob_HasThePacksLoadedFromTheYaml()
    {
        var fromYaml = LanguagePacks.Load(LanguagePacks.EmbeddedSources());

        LanguagePacks.Default.Select(p => (p.Code, p.Name, string.Join(' ', p.Scripts), p.Source))
            .Should().Equal(fromYaml.Select(p => (p.Code, p.Name, string.Join(' ', p.Scripts), p.Source)));
        LanguagePacks.Default.Select(p => p.Source).Should().OnlyContain(s => s.StartsWith("data/languages/", StringComparison.Ordinal));
    }

    [Fact]
    public void Default_EverySectionReadWhenFirstAskedFor_IsTheSectionReadFromTheYaml()
    {
        var fromYaml = LanguagePacks.Load(LanguagePacks.EmbeddedSources());

        foreach (var (compiled, yaml) in LanguagePacks.LoadCompiled().Zip(fromYaml))
        {
            Sections(compiled).Should().Equal(Sections(yaml), $"the compiled '{compiled.Code}' pack reads its sections as the YAML does");
        }
    }

    [Fact]
    public void Default_SectionAskedForOnManyThreadsAtOnce_IsOneAndTheSame()
    {
        var packs = LanguagePacks.LoadCompiled();
        var speech = new SpeechWords[64];

        Parallel.For(0, speech.Length, i => speech[i] = packs[i % packs.Count].Speech);

        for (var i = 0; i < speech.Length; i++)
        {
            speech[i].Should().BeSameAs(packs[i % packs.Count].Speech);
        }
    }

    [Fact]
    public void Read_ASectionDamagedAfterAll_ThrowsWhenTheSectionIsRead_WithItsPosition()
    {
        // The blob is validated when the build compiles it; a section read later that is damaged after all is a packaging bug.
        var head = YamlTreeReader.Read("code: xx\nname: X\nscripts: [Latn]\nspeech: ''\n", "data/languages/xx.yaml", [])!;
        var speech = YamlTreeReader.Read("verbs: [said]\nvrebs: [told]\n", "data/languages/xx.yaml", [])!;
        var errors = new List<CatalogError>();

        var pack = LanguagePackReader.Read(head, "data/languages/xx.yaml", errors, k => k == LanguagePackReader.SpeechSection ? speech : null)!;
        var act = () => pack.Speech;

        errors.Should().BeEmpty();
        pack.Events.Should().BeSameAs(EventWords.Empty);
        act.Should().Throw<CatalogException>().Which.Errors.Select(e => e.ToString()).Should().Equal(
            "data/languages/xx.yaml(2,1): unknown key 'vrebs' (did you mean 'verbs'?)");
    }

    /// <summary>Every section of a pack, written out in full so that two packs' can be compared.</summary>
    private static List<string> Sections(LanguagePack pack) =>
    [
        .. new object[] { pack.Identify, pack.Morphology, pack.Islands, pack.Marks, pack.Page, pack.Dispute, pack.Dates, pack.Speech, pack.Events, pack.Transcripts, pack.People }
            .Select(section => section.GetType().Name + " " + System.Text.Json.JsonSerializer.Serialize(section, section.GetType())),
    ];

    [Fact]
    public void Compile_InvalidPacks_ThrowsWithEveryPosition()
    {
        var act = () => LanguagePackCompiler.Compile(
        [
            CatalogSource.FromString("data/languages/xx.yaml", "code: xx\nname: X\nscripts: [Latn]\nidentify:\n  wrods: [a]\n"),
            CatalogSource.FromString("data/languages/yy.yaml", "code: zz\nname: Y\nscripts: [Latn]\n"),
            CatalogSource.FromString("data/languages/ww.yaml", "code: ww\nname: [W\n"),
        ]);

        act.Should().Throw<CatalogException>().Which.Errors.Select(e => e.ToString()).Should().Equal(
            "data/languages/xx.yaml(5,3): unknown key 'wrods' (did you mean 'words'?)",
            "data/languages/yy.yaml(1,1): the pack's code 'zz' is not its file name ('yy')",
            LanguagePacks.Validate([CatalogSource.FromString("data/languages/ww.yaml", "code: ww\nname: [W\n")]).Single().ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(40)]
    [InlineData(1000)]
    public void Load_CutShortOrNotABlob_ThrowsCatalogException(int length)
    {
        var blob = length == 0 ? "not a blob"u8.ToArray() : EmbeddedBlob()[..length];

        var act = () => LanguagePackCompiler.Load(new MemoryStream(blob), "languages.bin");

        act.Should().Throw<CatalogException>().Which.Errors.Should().ContainSingle().Which.Code.Should().Be(CatalogErrorCode.Unreadable);
    }

    [Fact]
    public async Task DataCompiler_BadPack_FailsWithMsBuildErrorsAtTheirPositions()
    {
        var directory = Directory.CreateTempSubdirectory("kurils-pack-compiler-");
        try
        {
            var languages = Path.Combine(directory.FullName, "data", "languages");
            Directory.CreateDirectory(languages);
            var file = Path.Combine(languages, "xx.yaml");
            File.WriteAllText(file, "code: xx\nname: X\nscripts: [Latn, Klingon]\n");
            var output = Path.Combine(directory.FullName, "languages.bin");

            var run = await ProcessRunner.RunAsync(ProcessRunner.Dotnet, ["exec", CompiledBlobs.DataCompilerPath(), "--packs", "--root", directory.FullName, "--out", output, file], directory.FullName);

            run.ExitCode.Should().Be(1, run.Describe());
            run.StandardError.Should().StartWith(file + "(3,17): error KURILSDATA: 'Klingon' is not a script code");
            File.Exists(output).Should().BeFalse();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task DataCompiler_ShippedPacks_WritesTheEmbeddedBlob()
    {
        var output = Path.Combine(Path.GetTempPath(), "kurils-languages-" + Guid.NewGuid().ToString("N") + ".bin");
        try
        {
            var root = ShippedCatalogTests.RepoRoot();
            string[] files = [.. Directory.GetFiles(Path.Combine(root, "data", "languages"), "*.yaml").Reverse()];

            var run = await ProcessRunner.RunAsync(ProcessRunner.Dotnet, ["exec", CompiledBlobs.DataCompilerPath(), "--packs", "--root", root, "--out", output, .. files], root);

            run.ExitCode.Should().Be(0, run.Describe());
            File.ReadAllBytes(output).Should().Equal(EmbeddedBlob(), "the order files are given in does not matter");
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static byte[] EmbeddedBlob() => CompiledBlobs.Embedded(LanguagePackCompiler.ResourceName);
}
