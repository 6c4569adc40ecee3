using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing;
using Kurils.Domain.Parsing.Dates;
using Kurils.Domain.Parsing.Mentions;
using Kurils.Domain.Parsing.Segmentation;
using Kurils.Domain.Parsing.Statements;
using NodaTime;

namespace Kurils.Domain.Benchmarks;

/// <summary>
/// The parser's phases, each over every article of the corpus with the earlier phases' results prepared in
/// setup: segmentation, mentions, date finding, date resolution, statements; and the full parse.
/// </summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
public class ParsePhaseBenchmarks : SliceBenchmark
{
    private static readonly LocalDate Reference = new(2024, 6, 5);
    private Prepared[] _articles = [];
    private MentionFinder _mentions = null!;
    private StatementExtractor _statements = null!;
    private ParseContext _scratch = null!;
    private readonly List<DateToken> _tokens = [];

    /// <inheritdoc/>
    [Params("seeds", "mixed-1MB")]
    public override string Corpus { get; set; } = string.Empty;

    /// <summary>Loads the corpus and runs every phase once per article, keeping each phase's input.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Load();
        _ = ArticleParser.Default;
        _mentions = new MentionFinder(KurilsCatalog.Default);
        _statements = new StatementExtractor(KurilsCatalog.Default, LanguagePacks.Default);
        _scratch = new ParseContext(KurilsCatalog.Default);
        _articles = [.. Text.Articles.Select(text =>
        {
            var segments = Segmenter.Split(text);
            var map = new SegmentMap(text, segments, Kurils.Domain.Languages.LanguagePacks.Default.Marks);
            var expressions = FindDates(text, segments, _tokens);
            var dates = new List<DateMention>();
            DateResolver.ResolveAll(expressions, Reference, dates, Reference.Year);
            var mentions = FindMentions(_mentions, _scratch, text, segments, map, Reference).NameMentions.ToList();
            return new Prepared(text, segments, map, expressions, [.. dates], mentions);
        })];
    }

    /// <summary>
    /// The mention stage as the parser runs it, in <paramref name="scratch"/> (cleared first): one scan, then the
    /// matches resolved into <see cref="ParseContext.NameMentions"/>.
    /// </summary>
    internal static ParseContext FindMentions(
        MentionFinder finder, ParseContext scratch, string text, ImmutableArray<Parsing.Segment> segments, SegmentMap map, LocalDate reference)
    {
        scratch.Clear();
        scratch.Begin(text, reference);
        (scratch.Segments, scratch.Map, scratch.ReferenceDate) = (segments, map, reference);
        KurilsCatalog.Default.Scanner.Scan(text, scratch.Names);
        finder.Find(scratch);
        return scratch;
    }

    /// <summary>
    /// The statement stage as the parser runs it, in <paramref name="scratch"/> (cleared first): epithets, then
    /// statements and pronouns, from the mentions and dates given.
    /// </summary>
    internal static ParseContext ReadStatements(
        StatementExtractor extractor, ParseContext scratch, string text, ImmutableArray<Parsing.Segment> segments, SegmentMap map,
        LocalDate reference, List<Mention> mentions, ImmutableArray<DateMention> dates)
    {
        scratch.Clear();
        scratch.Begin(text, reference);
        (scratch.Segments, scratch.Map, scratch.ReferenceDate, scratch.Dates) = (segments, map, reference, dates);
        scratch.NameMentions.AddRange(mentions);
        extractor.Extract(scratch);
        return scratch;
    }

    /// <summary><c>Segmenter.Split</c>: lines, headline, dateline, body, comments.</summary>
    [Benchmark]
    public int Segment()
    {
        var count = 0;
        foreach (var a in _articles)
        {
            count += Segmenter.Split(a.Text).Length;
        }

        return count;
    }

    /// <summary><c>MentionFinder.Find</c>: the scan plus traps, disambiguation, offices, descriptions.</summary>
    [Benchmark]
    public int Mentions()
    {
        var count = 0;
        foreach (var a in _articles)
        {
            count += FindMentions(_mentions, _scratch, a.Text, a.Segments, a.Map, Reference).NameMentions.Count;
        }

        return count;
    }

    /// <summary><c>DateFinder.Find</c> over the article-text segments.</summary>
    [Benchmark]
    public int DateFind()
    {
        var count = 0;
        foreach (var a in _articles)
        {
            count += FindDates(a.Text, a.Segments, _tokens).Count;
        }

        return count;
    }

    /// <summary><c>DateResolver.ResolveAll</c> against a fixed reference date.</summary>
    [Benchmark]
    public int DateResolve()
    {
        var count = 0;
        var output = new List<DateMention>();
        foreach (var a in _articles)
        {
            output.Clear();
            DateResolver.ResolveAll(a.Expressions, Reference, output, Reference.Year);
            count += output.Count;
        }

        return count;
    }

    /// <summary><c>StatementExtractor.Extract</c>: epithets, quotes, reported speech, speakers, pronouns, dates.</summary>
    [Benchmark]
    public int Statements()
    {
        var count = 0;
        foreach (var a in _articles)
        {
            count += ReadStatements(_statements, _scratch, a.Text, a.Segments, a.Map, Reference, a.Mentions, a.Dates).Statements.Count;
        }

        return count;
    }

    /// <summary><c>ArticleParser.Parse</c>, with the reference date inferred as the CLI does.</summary>
    [Benchmark]
    public int FullParse()
    {
        var count = 0;
        foreach (var a in _articles)
        {
            count += ArticleParser.Default.Parse(a.Text).Mentions.Count;
        }

        return count;
    }

    private static List<DateExpression> FindDates(string text, ImmutableArray<Parsing.Segment> segments, List<DateToken> tokens)
    {
        var expressions = new List<DateExpression>();
        foreach (var segment in segments)
        {
            if (segment.Kind is SegmentKind.Body or SegmentKind.Headline or SegmentKind.Lead or SegmentKind.Dateline)
            {
                DateFinder.Find(text, segment.Content, LanguagePacks.Default.DatesOf(LanguagePacks.Default.Identifier.Identify(text)), expressions, tokens);
            }
        }

        return expressions;
    }

    private sealed record Prepared(
        string Text, ImmutableArray<Parsing.Segment> Segments, SegmentMap Map, List<DateExpression> Expressions, ImmutableArray<DateMention> Dates, List<Mention> Mentions);
}

/// <summary>The full parse of every article of a corpus, one after the other; the classes below pick the corpora and run settings.</summary>
public abstract class FullParseBenchmark : CorpusBenchmark
{
    /// <summary>Loads the corpus and the parser.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Load();
        _ = ArticleParser.Default;
    }

    /// <summary><c>ArticleParser.Parse</c> of every article of the corpus.</summary>
    [Benchmark(Baseline = true)]
    public int FullParse() => ParseEach(Text);
}

/// <summary>
/// The full parse of single articles from 2 KB to 1 MB: the seeds one by one and generated English articles of
/// 3 KB, 100 KB and 1 MB, to see how throughput holds as an article grows. (The regex baselines on the same
/// kind of text are in <see cref="ParsePhaseBenchmarks"/> and <see cref="MentionScanBenchmarks"/>.)
/// </summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
public class FullParseBenchmarks : FullParseBenchmark
{
    /// <inheritdoc/>
    [Params("seed-0", "seed-1", "seed-2", "seed-3", "seed-4", "en-3KB-article", "en-100KB-article", "en-1MB-article")]
    public override string Corpus { get; set; } = string.Empty;
}

/// <summary>The full parse on the 20 MB corpora, article by article, sequentially.</summary>
[Config(typeof(LargeThroughputConfig))]
[MemoryDiagnoser]
public class FullParseLargeBenchmarks : FullParseBenchmark
{
    /// <inheritdoc/>
    [Params("mixed-20MB", "gen-20MB")]
    public override string Corpus { get; set; } = string.Empty;
}

/// <summary>
/// The full parse of one 10 MB article, measured like the 3 KB one (warmed up, then timed), so the two compare:
/// one operation takes a second or two, hence the settings of the 20 MB corpora.
/// </summary>
[Config(typeof(LargeThroughputConfig))]
[MemoryDiagnoser]
public class HugeArticleParseBenchmarks : FullParseBenchmark
{
    /// <inheritdoc/>
    [Params("en-10MB-article")]
    public override string Corpus { get; set; } = string.Empty;
}

/// <summary>
/// A batch: every article of the corpus parsed with <see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, ParallelOptions, Action{TSource})"/>
/// on one or two cores (<see cref="ParallelOptions.MaxDegreeOfParallelism"/>); one parser shared by all threads.
/// </summary>
[Config(typeof(LargeThroughputConfig))]
[MemoryDiagnoser]
public class BatchParseBenchmarks : CorpusBenchmark
{
    /// <inheritdoc/>
    [Params("mixed-20MB")]
    public override string Corpus { get; set; } = string.Empty;

    /// <summary>The degree of parallelism.</summary>
    [Params(1, 2)]
    public int Cores { get; set; }

    /// <summary>Loads the corpus and the parser.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Load();
        _ = ArticleParser.Default;
    }

    /// <summary>Parses every article in parallel and sums the mentions.</summary>
    [Benchmark(Baseline = true)]
    public int ParallelParse()
    {
        var total = 0;
        Parallel.ForEach(Text.Articles, new ParallelOptions { MaxDegreeOfParallelism = Cores }, article =>
            Interlocked.Add(ref total, ArticleParser.Default.Parse(article).Mentions.Count));
        return total;
    }
}
