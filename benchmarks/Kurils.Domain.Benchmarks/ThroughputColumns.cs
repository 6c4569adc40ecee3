using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Kurils.Domain.Benchmarks;

/// <summary>
/// The run settings of the throughput benchmarks: one launch, ten warm-up and six measured iterations (the
/// machine is shared; a run must stay short), memory diagnoser, and the chars/s and bytes/char columns.
/// </summary>
public sealed class ThroughputConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public ThroughputConfig()
    {
        // Ten warm-ups: with two, the parser was still partly in tiered-up-but-not-yet-PGO code and measured 1.5–2×
        // slower than after a few seconds of work (the state of a long-running monitor).
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(10).WithIterationCount(6).WithId("Warm6"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new CorpusColumn(CorpusColumn.Measure.Chars), new CorpusColumn(CorpusColumn.Measure.CharsPerSecond), new CorpusColumn(CorpusColumn.Measure.BytesPerChar));
    }
}

/// <summary>
/// The settings for the 20 MB corpora and the 10 MB article, where one operation takes seconds: three warm-up
/// and three measured iterations.
/// </summary>
public sealed class LargeThroughputConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public LargeThroughputConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(3).WithId("Large3"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new CorpusColumn(CorpusColumn.Measure.Chars), new CorpusColumn(CorpusColumn.Measure.CharsPerSecond), new CorpusColumn(CorpusColumn.Measure.BytesPerChar));
    }
}

/// <summary>Only the corpus columns, for classes that declare their own job.</summary>
public sealed class CorpusColumnsConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public CorpusColumnsConfig() =>
        AddColumn(new CorpusColumn(CorpusColumn.Measure.Chars), new CorpusColumn(CorpusColumn.Measure.CharsPerSecond), new CorpusColumn(CorpusColumn.Measure.BytesPerChar));
}

/// <summary>
/// Columns computed from the benchmark's corpus (its <c>Corpus</c> parameter): its size, chars/s from the
/// mean, and allocated bytes per input char.
/// </summary>
public sealed class CorpusColumn(CorpusColumn.Measure measure) : IColumn
{
    /// <summary>What the column shows.</summary>
    public enum Measure
    {
        /// <summary>Characters in the corpus.</summary>
        Chars,

        /// <summary>Characters per second, from the mean time.</summary>
        CharsPerSecond,

        /// <summary>Allocated bytes per character.</summary>
        BytesPerChar,
    }

    /// <inheritdoc/>
    public string Id => $"Corpus.{measure}";

    /// <inheritdoc/>
    public string ColumnName => measure switch
    {
        Measure.Chars => "Chars",
        Measure.CharsPerSecond => "Chars/s",
        _ => "B/char",
    };

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => (int)measure;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => measure switch
    {
        Measure.Chars => "UTF-16 characters processed per operation",
        Measure.CharsPerSecond => "Characters per second (Chars / Mean)",
        _ => "Allocated bytes per character (Allocated / Chars)",
    };

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Parameters["Corpus"] is not string name)
        {
            return "-";
        }

        double chars = Corpora.Get(name).Length;
        if (measure == Measure.Chars)
        {
            return chars.ToString("N0", CultureInfo.InvariantCulture);
        }

        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics)
        {
            return "NA";
        }

        if (measure == Measure.CharsPerSecond)
        {
            return (chars / (statistics.Mean / 1e9)).ToString("0.00e+0", CultureInfo.InvariantCulture);
        }

        var bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return bytes is { } b ? (b / chars).ToString("0.000", CultureInfo.InvariantCulture) : "NA";
    }
}
