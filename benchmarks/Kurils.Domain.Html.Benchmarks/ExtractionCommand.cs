using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Kurils.Domain.Parsing;

namespace Kurils.Domain.Html.Benchmarks;

/// <summary>
/// The <c>extraction</c> command: article-body F1 and speed of our extractor and of SmartReader over the same
/// pages, in one run. Pages are read into memory as strings first (decoding is not timed, for either); each
/// extractor gets a scored pass and <c>--warmup</c> more untimed passes (default 6: both
/// extractors' per-pass CPU time falls for about seven passes while the JIT tiers their code up), then <c>--passes</c> timed passes of each, alternating, on one pinned core. Reported: the best
/// and median pass in wall time and in the process's CPU time (user + system; steadier than wall time on a
/// shared machine), and the load average before and after.
/// </summary>
internal static class ExtractionCommand
{
    public static int Run(string[] args)
    {
        string? pagesDir = null, truthFile = null, only = null, outputDir = null;
        var passes = 9;
        var warmup = 6;
        var worst = 0;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--pages": pagesDir = args[i + 1]; break;
                case "--truth": truthFile = args[i + 1]; break;
                case "--passes": passes = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--warmup": warmup = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--worst": worst = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--only": only = args[i + 1]; break;
                case "--output": outputDir = args[i + 1]; break;
                case "--dump": return Dump(args[i + 1]);
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }

        if (pagesDir is null || truthFile is null || !Directory.Exists(pagesDir) || !File.Exists(truthFile))
        {
            Console.Error.WriteLine("extraction: --pages DIR (the benchmark's html/ pages, gunzipped) and --truth FILE (ground-truth.json) are required and must exist");
            return 2;
        }

        PinToOneCore();
        using var truthJson = JsonDocument.Parse(File.ReadAllBytes(truthFile));
        var pages = new List<(string Key, string Html, string Truth, string Url)>();
        foreach (var entry in truthJson.RootElement.EnumerateObject())
        {
            var path = Path.Combine(pagesDir, entry.Name + ".html");
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"missing page {path}");
                return 1;
            }

            var truth = entry.Value.TryGetProperty("articleBody", out var body) ? body.GetString() ?? string.Empty : string.Empty;
            var url = entry.Value.TryGetProperty("url", out var u) ? u.GetString() ?? "https://example.com/" : "https://example.com/";
            pages.Add((entry.Name, File.ReadAllText(path), truth, url));
        }

        var chars = pages.Sum(p => (long)p.Html.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pages.Count} pages, {chars:N0} characters of HTML; one scored and {warmup} more untimed passes each, then {passes} timed passes of each, alternating, on one core"));

        var catalog = KurilsCatalog.Default;
        var extractors = new List<Extractor>();
        if (only is null or "ours")
        {
            extractors.Add(new("Kurils.Domain.Html", html => Ours(html, catalog), Output(outputDir, "kurils_domain_html")));
        }

        if (only is null or "smartreader")
        {
            extractors.Add(new("SmartReader 0.11.1", SmartReaderBody, Output(outputDir, "smartreader")));
        }

        using var process = Process.GetCurrentProcess();
        foreach (var extractor in extractors)
        {
            Score(extractor, pages, worst);
            for (var i = 0; i < warmup; i++)
            {
                Time(extractor, pages, process);
            }

            extractor.Wall.Clear();
            extractor.Cpu.Clear();
        }

        // Alternating passes, so that both extractors see the same moments of a shared machine's load.
        var loadBefore = LoadAverage();
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var extractor in extractors)
            {
                Time(extractor, pages, process);
            }
        }

        var loadAfter = LoadAverage();
        Console.WriteLine($"{"extractor",-22} {"F1",6} {"prec",6} {"recall",6} {"wall best",10} {"median",8} {"CPU best",9} {"median",8} {"chars/CPU s (median)",21}");
        foreach (var extractor in extractors)
        {
            var (f1, precision, recall) = extractor.Quality;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{extractor.Name,-22} {f1,6:F3} {precision,6:F3} {recall,6:F3} {Best(extractor.Wall),9:F3}s {Median(extractor.Wall),7:F3}s {Best(extractor.Cpu),8:F3}s {Median(extractor.Cpu),7:F3}s {chars / Median(extractor.Cpu),21:N0}"));
        }

        if (extractors.Count == 2 && passes > 0)
        {
            var (ours, theirs) = (extractors[0], extractors[1]);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"speed ratio (ours / SmartReader): CPU median {Median(theirs.Cpu) / Median(ours.Cpu):F2}x (best {Best(theirs.Cpu) / Best(ours.Cpu):F2}x), wall median {Median(theirs.Wall) / Median(ours.Wall):F2}x (best {Best(theirs.Wall) / Best(ours.Wall):F2}x)"));
        }

        foreach (var extractor in extractors)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {extractor.Name} CPU s per pass: {string.Join(' ', extractor.Cpu.Select(t => t.ToString("F3", CultureInfo.InvariantCulture)))}"));
        }

        Console.WriteLine($"load average (1, 5, 15 min) before the timed passes: {loadBefore}; after: {loadAfter}");
        return 0;
    }

    /// <summary>Prints a page's segments (kind and opening) and the containers chosen: for finding classes of failure.</summary>
    private static int Dump(string path)
    {
        var (visible, segments, metadata) = HtmlArticleParser.Extract(File.ReadAllText(path), KurilsCatalog.Default, null);
        Console.WriteLine(metadata);
        foreach (var segment in segments)
        {
            var text = segment.Content.Of(visible.Text).ReplaceLineEndings(" ");
            Console.WriteLine($"{segment.Kind,-14} {text[..Math.Min(110, text.Length)]}");
            if (Environment.GetEnvironmentVariable("KURILS_DUMP_CHAIN") is not null && visible.Blocks.FirstOrDefault(b => b.Start == segment.Content.Start) is { } block)
            {
                var chain = new List<string>();
                for (var e = block.Owner; e is not null && chain.Count < 16; e = e.Parent)
                {
                    chain.Add($"{e.Name}.{e.Attribute("class")}#{e.Attribute("id")}[{Extraction.StructureCues.Of(e)} {e.TextLength}]");
                }

                Console.WriteLine("      " + string.Join(" < ", chain));
            }
        }

        return 0;
    }

    private static string Ours(string html, KurilsCatalog catalog)
    {
        var (visible, segments, _) = HtmlArticleParser.Extract(html, catalog, null);
        var body = new System.Text.StringBuilder();
        foreach (var segment in segments)
        {
            if (segment.Kind == SegmentKind.Body)
            {
                body.Append(visible.Text, segment.Content.Start, segment.Content.Length).Append("\n\n");
            }
        }

        return body.ToString();
    }

    private static string SmartReaderBody(string html)
    {
        var reader = new SmartReader.Reader("https://example.com/", html);
        var article = reader.GetArticle();
        return article.TextContent ?? string.Empty;
    }

    /// <summary>Where to write an extractor's bodies in evaluate.py's output format (<c>{key: {"articleBody": …}}</c>), so its own script can check this scorer.</summary>
    private static string? Output(string? directory, string name) => directory is null ? null : Path.Combine(directory, name + ".json");

    /// <summary>One extractor under test: its scores from the warm-up pass and the times of its timed passes.</summary>
    private sealed record Extractor(string Name, Func<string, string> Extract, string? OutputFile)
    {
        public (double F1, double Precision, double Recall) Quality { get; set; }

        public List<double> Wall { get; } = [];

        public List<double> Cpu { get; } = [];
    }

    /// <summary>The untimed pass: every page's body, scored (and written for evaluate.py when asked).</summary>
    private static void Score(Extractor extractor, List<(string Key, string Html, string Truth, string Url)> pages, int worst)
    {
        var outputs = new string[pages.Count];
        for (var i = 0; i < pages.Count; i++)
        {
            outputs[i] = Safe(extractor.Extract, pages[i].Html);
        }

        if (extractor.OutputFile is { } outputFile)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(outputFile)!);
            using var stream = File.Create(outputFile);
            using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            writer.WriteStartObject();
            for (var i = 0; i < pages.Count; i++)
            {
                writer.WriteStartObject(pages[i].Key);
                writer.WriteString("articleBody", outputs[i]);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        var counts = pages.Select((p, i) => ShingleScore.Match(p.Truth, outputs[i])).ToList();
        extractor.Quality = ShingleScore.Aggregate(counts);
        if (worst > 0)
        {
            Console.WriteLine($"{extractor.Name}: the {worst} pages with the lowest F1");
        }

        foreach (var (page, count) in pages.Zip(counts).OrderBy(x => ShingleScore.F1(x.Second)).Take(worst))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ShingleScore.F1(count):F3} p={count.Tp / Math.Max(1e-9, count.Tp + count.Fp):F2} r={count.Tp / Math.Max(1e-9, count.Tp + count.Fn):F2} {page.Key[..12]} {page.Url}"));
        }
    }

    /// <summary>One timed pass over all pages: wall time by stopwatch, CPU time (user + system) of the process.</summary>
    private static void Time(Extractor extractor, List<(string Key, string Html, string Truth, string Url)> pages, Process process)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var sink = 0;
        foreach (var page in pages)
        {
            sink += Safe(extractor.Extract, page.Html).Length;
        }

        extractor.Wall.Add(watch.Elapsed.TotalSeconds);
        process.Refresh();
        extractor.Cpu.Add((process.TotalProcessorTime - cpu).TotalSeconds);
        GC.KeepAlive(sink);
    }

    private static double Best(List<double> times) => times.Count == 0 ? double.NaN : times.Min();

    private static double Median(List<double> times)
    {
        if (times.Count == 0)
        {
            return double.NaN;
        }

        var sorted = times.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The 1-, 5- and 15-minute load averages (Linux), to report beside the times.</summary>
    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string Safe(Func<string, string> extract, string html)
    {
        try
        {
            return extract(html);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return string.Empty; // an extractor that fails on a page scores nothing there
        }
    }

    private static void PinToOneCore()
    {
        try
        {
            if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
            {
                Process.GetCurrentProcess().ProcessorAffinity = 1;
            }
        }
        catch (Exception e) when (e is InvalidOperationException or PlatformNotSupportedException or System.ComponentModel.Win32Exception)
        {
            Console.Error.WriteLine($"could not pin to one core: {e.Message}");
        }
    }
}
