using Kurils.Domain.Names;
using Kurils.Domain.Parsing;
using System.Buffers;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;

namespace Kurils.Domain.Benchmarks;

/// <summary>
/// A benchmark over one named <see cref="Corpus"/> (its <c>Corpus</c> parameter, which the chars/s and
/// bytes/char columns read), with the memory-speed ceiling every class measures beside the library.
/// </summary>
public abstract class CorpusBenchmark
{
    /// <summary>The corpus name; see <see cref="Corpora"/>.</summary>
    public abstract string Corpus { get; set; }

    /// <summary>The corpus, set by <see cref="Load"/>.</summary>
    protected Corpus Text { get; private set; } = null!;

    /// <summary>The full parse of every article of <paramref name="corpus"/>, one after the other; returns the mentions found.</summary>
    protected static int ParseEach(Corpus corpus)
    {
        var count = 0;
        foreach (var article in corpus.Articles)
        {
            count += ArticleParser.Default.Parse(article).Mentions.Count;
        }

        return count;
    }

    /// <summary>The name scan of every article of <paramref name="corpus"/> into a reused list; returns the names found.</summary>
    private protected static int ScanEach(NameScanner scanner, Corpus corpus, List<ScanMatch> matches)
    {
        var count = 0;
        foreach (var article in corpus.Articles)
        {
            matches.Clear();
            scanner.Scan(article, matches);
            count += matches.Count;
        }

        return count;
    }

    /// <summary>The limit reference: one pass that only counts a character, the memory-speed ceiling.</summary>
    [Benchmark]
    public int CountChar_Limit() => Text.Text.AsSpan().Count('e');

    /// <summary>Builds the corpus and the catalog's lazy indexes outside the measurement.</summary>
    protected void Load()
    {
        Text = Corpora.Get(Corpus);
        _ = KurilsCatalog.Default.Scanner;
    }
}

/// <summary>
/// A <see cref="CorpusBenchmark"/> on a slice small enough (≤ 1 MB) for the regex baselines, which it adds:
/// the alternation of every catalog name with the non-backtracking engine (the baseline of the ratios) and
/// <see cref="SearchValues{T}"/> of strings. (The compiled backtracking alternation takes about half a second per
/// 3 KB, so it is measured on the seeds only, in <see cref="MentionScanSeedsBenchmarks"/>.) Each is built lazily, on the benchmark's
/// first (jitting) invocation, which BenchmarkDotNet does not count: a process builds only the one it measures.
/// </summary>
public abstract class SliceBenchmark : CorpusBenchmark
{
    private readonly Lazy<Regex> _nonBacktracking = new(Baselines.NonBacktracking);
    private readonly Lazy<SearchValues<string>> _searchValues = new(Baselines.SearchValues);

    /// <summary>Counts name matches with the non-backtracking alternation, article by article.</summary>
    [Benchmark(Baseline = true)]
    public int Regex_NonBacktracking() => CountAll(_nonBacktracking.Value);

    /// <summary>Counts positions where some name starts, with <c>SearchValues&lt;string&gt;</c> and OrdinalIgnoreCase.</summary>
    [Benchmark]
    public int SearchValues_OrdinalIgnoreCase()
    {
        var count = 0;
        foreach (var article in Text.Articles)
        {
            count += Baselines.CountAny(article, _searchValues.Value);
        }

        return count;
    }

    protected int CountAll(Regex regex)
    {
        var count = 0;
        foreach (var article in Text.Articles)
        {
            count += regex.Count(article);
        }

        return count;
    }
}
