using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Kurils.Domain.Benchmarks;

/// <summary>Loading the shipped catalog, as every process does once, from the compiled blob and from its YAML.</summary>
[MemoryDiagnoser]
public class CatalogLoadBenchmarks
{
    /// <summary>Read the compiled trees, map, validate and index them: the work behind <see cref="KurilsCatalog.Default"/>.</summary>
    [Benchmark]
    public KurilsCatalog LoadCompiled() => KurilsCatalog.LoadCompiled();

    /// <summary>The same from the embedded YAML with YamlDotNet: what <c>KurilsCatalog.Load</c> of the files would cost.</summary>
    [Benchmark(Baseline = true)]
    public KurilsCatalog LoadEmbeddedYaml() => KurilsCatalog.Load(KurilsCatalog.EmbeddedSources());
}

/// <summary>
/// Cold start: the first <see cref="KurilsCatalog.Default"/>, the first <see cref="Languages.LanguagePacks.Default"/>
/// and the first parse of a fresh process, including JIT and type loading. One launch per measurement, so each one
/// really is cold.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1)]
public class CatalogColdStartBenchmarks
{
    private string _seed = string.Empty;

    /// <summary>The first seed article, read before the measurement (each launch runs this once).</summary>
    [GlobalSetup]
    public void Setup() => _seed = File.ReadAllText(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal).First());

    [Benchmark]
    public int DefaultCatalog() => KurilsCatalog.Default.AllEntities.Length;

    /// <summary>The shipped language packs alone.</summary>
    [Benchmark]
    public int DefaultLanguagePacks() => Languages.LanguagePacks.Default.Count;

    /// <summary>What <c>kurils parse article.txt</c> waits for: catalog, packs, scanner and one parse.</summary>
    [Benchmark]
    public int FirstParse() => Parsing.ArticleParser.Default.Parse(_seed).Mentions.Count;
}

/// <summary>Resolving single names, the job of <c>kurils resolve</c> and of code that normalizes island names.</summary>
[MemoryDiagnoser]
public class ResolveBenchmarks
{
    private KurilsCatalog _catalog = null!;
    private Dictionary<string, string> _byText = null!;

    [Params("Etorofu-tō", "остров Итуруп", "択捉島", "Yoshimasa Hayashi", "Atlantis")]
    public string Name { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = KurilsCatalog.Default;
        _byText = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in _catalog.AllEntities)
        {
            foreach (var name in entity.Names)
            {
                _byText.TryAdd(name.Text, entity.Id);
            }
        }
    }

    /// <summary>
    /// The baseline a user would write: every catalog name's text in a case-insensitive dictionary. It finds only
    /// exact spellings ("Etorofu-to" or "Итуруп" without its frame word miss), and one entity per text.
    /// </summary>
    [Benchmark(Baseline = true)]
    public int Dictionary_OrdinalIgnoreCase() => _byText.TryGetValue(Name, out var id) ? id.Length : 0;

    [Benchmark]
    public int Resolve() => _catalog.Resolve(Name).Length;

    [Benchmark]
    public int ResolveTypoTolerant() => _catalog.Resolve(Name, options: ResolveOptions.TypoTolerant).Length;
}
