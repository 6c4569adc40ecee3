using System.Buffers;
using BenchmarkDotNet.Attributes;
using Kurils.Domain.Names;

namespace Kurils.Domain.Benchmarks;

/// <summary>The library's scanner over a corpus, article by article, beside the baselines every slice class measures.</summary>
public abstract class ScanBenchmark : SliceBenchmark
{
    private readonly List<ScanMatch> _matches = new(1 << 16);
    private NameScanner _scanner = null!;

    /// <summary>Loads the corpus and the scanner.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Load();
        _scanner = KurilsCatalog.Default.Scanner;
    }

    /// <summary>The library's scanner, article by article, into a reused list.</summary>
    [Benchmark]
    public int NameScanner_Scan() => ScanEach(_scanner, Text, _matches);
}

/// <summary>
/// Finding every catalog name in text: the library's <see cref="NameScanner"/> (a trie over the folded keys of
/// all names) against the regex and <c>SearchValues</c> baselines, on 1 MB slices.
/// </summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
public class MentionScanBenchmarks : ScanBenchmark
{
    /// <inheritdoc/>
    [Params("en-1MB", "mixed-1MB", "gen-1MB", "prose-en-1MB")]
    public override string Corpus { get; set; } = string.Empty;
}

/// <summary>
/// The scanner and every baseline on the five seed articles, the only text small enough for the compiled
/// backtracking alternation (about half a second per 3 KB article).
/// </summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
public class MentionScanSeedsBenchmarks : ScanBenchmark
{
    private readonly Lazy<System.Text.RegularExpressions.Regex> _compiled = new(Baselines.Compiled);

    /// <inheritdoc/>
    [Params("seeds")]
    public override string Corpus { get; set; } = string.Empty;

    /// <summary>Counts name matches with the compiled (backtracking) alternation, article by article.</summary>
    [Benchmark]
    public int Regex_Compiled() => CountAll(_compiled.Value);
}

/// <summary>The scanner on the 20 MB corpora and the 10 MB article, beside the baselines fast enough to run there.</summary>
[Config(typeof(LargeThroughputConfig))]
[MemoryDiagnoser]
public class MentionScanLargeBenchmarks : CorpusBenchmark
{
    private readonly List<ScanMatch> _matches = new(1 << 20);
    private NameScanner _scanner = null!;
    private SearchValues<string> _searchValues = null!;

    /// <inheritdoc/>
    [Params("mixed-20MB", "gen-20MB", "en-10MB-article")]
    public override string Corpus { get; set; } = string.Empty;

    /// <summary>Loads the corpus, the scanner and the search values.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Load();
        _scanner = KurilsCatalog.Default.Scanner;
        _searchValues = Baselines.SearchValues();
    }

    /// <summary>The library's scanner over the whole corpus in one call.</summary>
    [Benchmark(Baseline = true)]
    public int NameScanner_Scan()
    {
        _matches.Clear();
        _scanner.Scan(Text.Text, _matches);
        return _matches.Count;
    }

    /// <summary>Positions where some name starts, with <c>SearchValues&lt;string&gt;</c>.</summary>
    [Benchmark]
    public int SearchValues_OrdinalIgnoreCase() => Baselines.CountAny(Text.Text, _searchValues);
}
