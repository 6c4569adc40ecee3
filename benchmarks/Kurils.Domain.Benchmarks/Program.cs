using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Kurils.Domain;
using Kurils.Domain.Benchmarks;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing;
using Kurils.Domain.Parsing.Dates;
using Kurils.Domain.Parsing.Mentions;
using Kurils.Domain.Parsing.Segmentation;
using Kurils.Domain.Parsing.Statements;

// Pick benchmarks on the command line, for example:
//   dotnet run -c Release --project benchmarks/Kurils.Domain.Benchmarks -- --filter '*MentionScan*'
// `-- corpora [name…]` prints the size of each corpus and one untimed-by-BenchmarkDotNet pass of the scanner
// and the parser over it: a quick check before a long run. `-- baselines corpus…` times building the two
// regex baselines and one count over each corpus. `-- phases corpus…` times each parser phase once.
// `-- scan [corpus…]` times the name scanner alone (best of 20 passes). `-- cpu corpus…` times the full parse
// after a warm-up until the JIT settles (`WarmUp`, every timed mode): minimum and median of wall and CPU time. `-- stages corpus…` times each stage of the
// full parse (minimum per stage, bytes allocated per char). `-- statements corpus…` times the statement stage alone,
// over contexts parsed up to it once (for a profiler); `-- events corpus…` the same for the events stage. `-- front corpus…` times
// language identification, the date finder,
// the segmenter and the name scanner alone, each in its own loop.
if (args is ["corpora", .. var names])
{
    foreach (var name in names.Length > 0 ? names : [.. Corpora.Names])
    {
        var corpus = Corpora.Get(name);
        var scanner = KurilsCatalog.Default.Scanner;
        var matches = new List<Kurils.Domain.Names.ScanMatch>();
        var watch = Stopwatch.StartNew();
        scanner.Scan(corpus.Text, matches);
        var scan = watch.Elapsed;
        watch.Restart();
        var mentions = 0;
        foreach (var article in corpus.Articles)
        {
            mentions += ArticleParser.Default.Parse(article).Mentions.Count;
        }

        var parse = watch.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-16} articles {corpus.Articles.Length,6}  chars {corpus.Length,11:N0}  utf8 {System.Text.Encoding.UTF8.GetByteCount(corpus.Text),11:N0}  names {matches.Count,8}  scan {scan.TotalMilliseconds,9:F1} ms  mentions {mentions,8}  parse {parse.TotalMilliseconds,10:F1} ms"));
    }

    return;
}

if (args is ["scan", .. var scanCorpora])
{
    // The scanner alone, article by article, best of 20 passes (KURILS_SCAN_PASSES sets more, for a profiler
    // to sample): a quick check while tuning it. With KURILS_SCAN_OWN_LANGUAGES=1 each article is scanned with the
    // morphology of its own languages, as the parse's names stage does, rather than with every language's.
    var passes = Environment.GetEnvironmentVariable("KURILS_SCAN_PASSES") is { } setting ? int.Parse(setting, CultureInfo.InvariantCulture) : 20;
    var build = Stopwatch.StartNew();
    _ = KurilsCatalog.Default;
    var catalogReady = build.Elapsed.TotalMilliseconds;
    build.Restart();
    var scanner = KurilsCatalog.Default.Scanner;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"catalog ready in {catalogReady:F1} ms, then its scanner in {build.Elapsed.TotalMilliseconds:F1} ms"));
    build.Restart();
    _ = new Kurils.Domain.Names.NameScanner(Kurils.Domain.Names.NameTrie.Build(KurilsCatalog.Default.Index, KurilsCatalog.Default.AllEntities));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"a second scanner built in {build.Elapsed.TotalMilliseconds:F1} ms"));
    var matches = new List<Kurils.Domain.Names.ScanMatch>(1 << 16);
    foreach (var name in scanCorpora.Length > 0 ? scanCorpora : ["seeds", "en-1MB", "gen-1MB", "mixed-1MB", "prose-en-1MB"])
    {
        var corpus = Corpora.Get(name);
        var morphologies = corpus.Articles
            .Select(a => Environment.GetEnvironmentVariable("KURILS_SCAN_OWN_LANGUAGES") == "1"
                ? LanguagePacks.Default.MorphologyOf(LanguagePacks.Default.Identifier.Identify(a))
                : LanguagePacks.Default.Morphology)
            .ToArray();
        var best = double.MaxValue;
        var found = 0;
        for (var pass = 0; pass < passes; pass++)
        {
            found = 0;
            var watch = Stopwatch.StartNew();
            for (var a = 0; a < corpus.Articles.Length; a++)
            {
                matches.Clear();
                scanner.Scan(corpus.Articles[a], matches, morphologies[a]);
                found += matches.Count;
            }

            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-16} chars {corpus.Length,11:N0}  names {found,8}  best {best * 1000,8:F2} ms  {corpus.Length / best,10:E2} chars/s"));
    }

    return;
}

if (args is ["front", .. var frontCorpora])
{
    // The first stages alone, each in its own loop over the corpus's articles, best of 20 passes (KURILS_SCAN_PASSES
    // sets more): language identification, the segmenter with the article's page words, the name scanner with
    // its morphology, and the date finder over the article's segments. Hot caches, unlike `-- stages`, which runs every
    // stage of one article before the next; with KURILS_EVICT_MB=16 each article is timed alone after that many MB are
    // written, as the other stages of a parse evict the caches between articles (the scanner costs about twice its hot time so).
    var passes = Environment.GetEnvironmentVariable("KURILS_SCAN_PASSES") is { } setting ? int.Parse(setting, CultureInfo.InvariantCulture) : 20;
    var evicting = new long[(Environment.GetEnvironmentVariable("KURILS_EVICT_MB") is { } mb ? int.Parse(mb, CultureInfo.InvariantCulture) : 0) << 17];
    var packs = LanguagePacks.Default;
    var scanner = KurilsCatalog.Default.Scanner;
    var matches = new List<Kurils.Domain.Names.ScanMatch>(1 << 16);
    foreach (var name in frontCorpora)
    {
        var articles = Corpora.Get(name).Articles;
        var guesses = articles.Select(a => packs.Identifier.Identify(a)).ToArray();
        var segmented = articles.Select(a =>
        {
            var context = new ParseContext(ArticleParser.Default.Catalog);
            context.Begin(a, null);
            ArticleParser.Default.IdentifyLanguages(context);
            ArticleParser.Segment(context);
            return context;
        }).ToArray();
        var stagesOfFront = new (string Name, Action<int> Run)[]
        {
            ("identify", a => packs.Identifier.Identify(articles[a])),
            ("segment", a => Segmenter.Split(articles[a], packs.PageOf(guesses[a]))),
            ("scan", a =>
            {
                matches.Clear();
                scanner.Scan(articles[a], matches, packs.MorphologyOf(guesses[a]));
            }),
            ("dates", a =>
            {
                segmented[a].DateExpressions.Clear();
                ArticleParser.FindDates(segmented[a]);
            }),
        };
        Console.Write(string.Create(CultureInfo.InvariantCulture, $"{name,-16} chars {Corpora.Get(name).Length,11:N0} "));
        // KURILS_FRONT_STAGE=segment (or identify, scan, dates) runs that stage alone, for a profiler.
        var only = Environment.GetEnvironmentVariable("KURILS_FRONT_STAGE");
        foreach (var (stage, run) in stagesOfFront.Where(s => only is null || s.Name == only))
        {
            WarmUp.Run(() =>
            {
                for (var a = 0; a < articles.Length; a++)
                {
                    run(a);
                }
            });
            var best = double.MaxValue;
            var allocated = 0L;
            for (var pass = 0; pass < passes; pass++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                var evicted = TimeSpan.Zero;
                for (var a = 0; a < articles.Length; a++)
                {
                    if (evicting.Length > 0)
                    {
                        // One write per cache line; not timed.
                        var eviction = Stopwatch.StartNew();
                        for (var line = 0; line < evicting.Length; line += 8)
                        {
                            evicting[line]++;
                        }

                        evicted += eviction.Elapsed;
                    }

                    run(a);
                }

                best = Math.Min(best, (watch.Elapsed - evicted).TotalMilliseconds);
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }

            Console.Write(string.Create(CultureInfo.InvariantCulture, $" {stage} {best,8:F3} ms {(double)allocated / Corpora.Get(name).Length,5:F2} B/char "));
        }

        Console.WriteLine();
    }

    return;
}

if (args is ["baselines", .. var corpora])
{
    foreach (var (label, create) in new (string, Func<System.Text.RegularExpressions.Regex>)[] { ("NonBacktracking", Baselines.NonBacktracking), ("Compiled", Baselines.Compiled) })
    {
        var watch = Stopwatch.StartNew();
        var regex = create();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-16} {Baselines.Names.Length} names, pattern {Baselines.Pattern().Length:N0} chars, built in {watch.Elapsed.TotalMilliseconds:F0} ms"));
        foreach (var name in corpora)
        {
            var text = Corpora.Get(name).Text;
            watch.Restart();
            var count = regex.Count(text);
            var first = watch.Elapsed;
            watch.Restart();
            regex.Count(text);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-16} {count,8} matches  first {first.TotalMilliseconds,9:F1} ms  second {watch.Elapsed.TotalMilliseconds,9:F1} ms"));
        }
    }

    return;
}

if (args is ["phases", .. var phaseCorpora])
{
    // Each phase per article, timed with a stopwatch: where a large input's time goes.
    var mentionFinder = new MentionFinder(KurilsCatalog.Default);
    var extractor = new StatementExtractor(KurilsCatalog.Default, LanguagePacks.Default);
    var reference = new NodaTime.LocalDate(2024, 6, 5);
    var scratch = new ParseContext(KurilsCatalog.Default);
    var tokens = new List<DateToken>();
    _ = ArticleParser.Default.Parse(Corpora.Get("seeds").Text);
    foreach (var name in phaseCorpora)
    {
        // Two rounds; the second is printed, so every phase runs tiered-up code.
        var times = new double[5];
        for (var round = 0; round < 2; round++)
        {
            Array.Clear(times);
            foreach (var text in Corpora.Get(name).Articles)
            {
                var watch = Stopwatch.StartNew();
                var segments = Segmenter.Split(text);
                times[0] += watch.Elapsed.TotalMilliseconds;
                var map = new SegmentMap(text, segments, Kurils.Domain.Languages.LanguagePacks.Default.Marks);
                watch.Restart();
                var found = ParsePhaseBenchmarks.FindMentions(mentionFinder, scratch, text, segments, map, reference).NameMentions.ToList();
                times[1] += watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                var expressions = new List<DateExpression>();
                foreach (var segment in segments)
                {
                    if (segment.Kind is SegmentKind.Body or SegmentKind.Headline or SegmentKind.Lead or SegmentKind.Dateline)
                    {
                        DateFinder.Find(text, segment.Content, LanguagePacks.Default.DatesOf(LanguagePacks.Default.Identifier.Identify(text)), expressions, tokens);
                    }
                }

                var dates = new List<DateMention>();
                DateResolver.ResolveAll(expressions, reference, dates, reference.Year);
                times[2] += watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                _ = ParsePhaseBenchmarks.ReadStatements(extractor, scratch, text, segments, map, reference, found, [.. dates]);
                times[3] += watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                _ = ArticleParser.Default.Parse(text);
                times[4] += watch.Elapsed.TotalMilliseconds;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-16} chars {Corpora.Get(name).Length,11:N0}  segment {times[0],9:F1} ms  mentions {times[1],9:F1} ms  dates {times[2],9:F1} ms  statements {times[3],9:F1} ms  full parse {times[4],9:F1} ms"));
    }

    return;
}

if (args is ["statements", .. var statementCorpora])
{
    // The statement stage alone, for a profiler: every article parsed up to it once (one context each), then the
    // stage run over them again and again (rounds: KURILS_ROUNDS, default 40): min ms per pass and B/char.
    var parser = ArticleParser.Default;
    var rounds = int.TryParse(Environment.GetEnvironmentVariable("KURILS_ROUNDS"), out var rs) ? rs : 40;
    foreach (var name in statementCorpora)
    {
        var corpus = Corpora.Get(name);
        var contexts = StageContexts.BeforeStatements(parser, corpus);

        WarmUp.Run(() =>
        {
            foreach (var context in contexts)
            {
                context.Statements.Clear();
                context.Anaphora.Clear();
                parser.ReadStatements(context);
            }
        });
        var best = double.MaxValue;
        long bytes = 0;
        for (var round = 0; round < rounds; round++)
        {
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            foreach (var context in contexts)
            {
                context.Statements.Clear();
                context.Anaphora.Clear();
                parser.ReadStatements(context);
            }

            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
            bytes = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: statements {best:F3} ms  {(double)bytes / corpus.Length:F2} B/char"));
    }

    return;
}

if (args is ["events", .. var eventCorpora])
{
    // The events stage alone, for a profiler: every article parsed up to it once (one context each), then the stage
    // run over them again and again (rounds: KURILS_ROUNDS, default 40): min ms per pass and B/char. With
    // KURILS_ALLOC_TYPES=1 also the runtime's allocation samples (one per ~100 KB) by type: where the bytes go.
    var parser = ArticleParser.Default;
    var rounds = int.TryParse(Environment.GetEnvironmentVariable("KURILS_ROUNDS"), out var re) ? re : 40;
    using var sampler = Environment.GetEnvironmentVariable("KURILS_ALLOC_TYPES") == "1" ? new AllocationSampler() : null;
    foreach (var name in eventCorpora)
    {
        var corpus = Corpora.Get(name);
        var contexts = StageContexts.BeforeStatements(parser, corpus);
        contexts.ForEach(parser.ReadStatements);

        var best = double.MaxValue;
        long bytes = 0;
        for (var round = 0; round < rounds; round++)
        {
            if (round == 1)
            {
                sampler?.Start(); // after the first round, which builds the packs' searches
            }

            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            foreach (var context in contexts)
            {
                context.Events.Clear();
                parser.CodeEvents(context);
            }

            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
            bytes = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: events {best:F3} ms  {(double)bytes / corpus.Length:F2} B/char"));
        sampler?.Report(Console.Out);
    }

    return;
}

if (args is ["stages", .. var stageCorpora])
{
    // The full parse's stages one by one, as ArticleParser runs them, over one reused context: the minimum over
    // the rounds of each stage's time per pass, and the bytes it allocates per char. Where a full parse's time goes.
    var parser = ArticleParser.Default;
    var context = new ParseContext(parser.Catalog);
    var stages = new (string Name, Action<ParseContext> Run)[]
    {
        ("language", parser.IdentifyLanguages),
        ("segment", ArticleParser.Segment),
        ("names", parser.FindNames),
        ("dates", ArticleParser.FindDates),
        ("date", ArticleParser.DateTheArticle),
        ("mentions", parser.ResolveMentions),
        ("outlet", ArticleParser.FindOutlet),
        ("statements", parser.ReadStatements),
        ("events", parser.CodeEvents),
        ("check", ArticleParser.Check),
        ("result", c => parser.Result(c)),
    };
    var rounds = int.TryParse(Environment.GetEnvironmentVariable("KURILS_ROUNDS"), out var sr) ? sr : 20;
    foreach (var name in stageCorpora)
    {
        var corpus = Corpora.Get(name);
        var best = Enumerable.Repeat(double.MaxValue, stages.Length).ToArray();
        var bytes = new long[stages.Length];
        WarmUp.Run(() =>
        {
            foreach (var article in corpus.Articles)
            {
                context.Begin(article, null);
                foreach (var (_, run) in stages)
                {
                    run(context);
                }

                context.Clear();
            }
        });
        for (var round = 0; round < rounds; round++)
        {
            var times = new double[stages.Length];
            Array.Clear(bytes);
            foreach (var article in corpus.Articles)
            {
                context.Begin(article, null);
                for (var i = 0; i < stages.Length; i++)
                {
                    var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                    var watch = Stopwatch.StartNew();
                    stages[i].Run(context);
                    times[i] += watch.Elapsed.TotalMilliseconds;
                    bytes[i] += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
                }

                context.Clear();
            }

            for (var i = 0; i < stages.Length; i++)
            {
                best[i] = Math.Min(best[i], times[i]);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} ({corpus.Length:N0} chars, {corpus.Articles.Length} articles): stage min ms, B/char"));
        for (var i = 0; i < stages.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stages[i].Name,-12} {best[i],9:F3} ms  {(double)bytes[i] / corpus.Length,6:F2} B/char"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"sum",-12} {best.Sum(),9:F3} ms  {(double)bytes.Sum() / corpus.Length,6:F2} B/char"));
    }

    return;
}

if (args is ["cpu", .. var cpuCorpora])
{
    // The full parse of each corpus, repeated: the minimum and median of wall time and of the process's CPU
    // time per pass (the parse is single-threaded; a workstation GC runs on the same thread), and allocated bytes per char. On a shared machine the minima and the CPU time hold steadier
    // than a mean. `-- cpu seeds mixed-1MB` (rounds: KURILS_ROUNDS, default 30).
    var rounds = int.TryParse(Environment.GetEnvironmentVariable("KURILS_ROUNDS"), out var r) ? r : 30;
    foreach (var name in cpuCorpora)
    {
        var corpus = Corpora.Get(name);
        WarmUp.Run(() =>
        {
            foreach (var article in corpus.Articles)
            {
                _ = ArticleParser.Default.Parse(article); // until the JIT's tiering settles
            }
        });

        var walls = new List<double>();
        var cpus = new List<double>();
        long allocated = 0;
        for (var round = -3; round < rounds * Math.Max(1, 100_000 / corpus.Length); round++)
        {
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            foreach (var article in corpus.Articles)
            {
                _ = ArticleParser.Default.Parse(article);
            }

            var wall = watch.Elapsed.TotalMilliseconds;
            allocated = GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
            if (round >= 0)
            {
                walls.Add(wall);
                cpus.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }
        }

        walls.Sort();
        cpus.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-16} chars {corpus.Length,11:N0}  wall min {walls[0],9:F3} ms  median {walls[walls.Count / 2],9:F3} ms  cpu min {cpus[0],9:F3} ms  median {cpus[cpus.Count / 2],9:F3} ms  chars/s (min wall) {corpus.Length / walls[0] * 1000,9:E2}  (min cpu) {corpus.Length / Math.Max(cpus[0], 1e-3) * 1000,9:E2}  B/char {(double)allocated / corpus.Length,6:F2}"));
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

