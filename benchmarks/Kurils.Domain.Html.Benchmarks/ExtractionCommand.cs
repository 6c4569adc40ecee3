using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Kurils.Domain.Parsing;

namespace Kurils.Domain.Html.Benchmarks;

/// <summary>
/// The <c>extraction</c> command: article-body F1 and speed of our extractor and of SmartReader over the same
/// pages, in one run. Pages are read into memory as strings first (decoding is not timed, for either); each
/// extractor gets one warm-up pass, then <c>--passes</c> timed passes on one pinned core; the fastest pass is
/// reported as characters of HTML per second of wall time and per second of the process's CPU time (the
/// latter is steadier on a shared machine).
/// </summary>
internal static class ExtractionCommand
{
    public static int Run(string[] args)
    {
        string? pagesDir = null, truthFile = null, only = null, outputDir = null;
        var passes = 3;
        var worst = 0;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--pages": pagesDir = args[i + 1]; break;
                case "--truth": truthFile = args[i + 1]; break;
                case "--passes": passes = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
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
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pages.Count} pages, {chars:N0} characters of HTML; {passes} timed passes after one warm-up, one core"));
        Console.WriteLine($"{"extractor",-22} {"F1",6} {"prec",6} {"recall",6} {"best wall",10} {"chars/s",14} {"best CPU",10} {"chars/CPU s",14}");

        var catalog = KurilsCatalog.Default;
        var results = new Dictionary<string, double>(StringComparer.Ordinal);
        if (only is null or "ours")
        {
            results["ours"] = Measure("Kurils.Domain.Html", pages, passes, chars, worst, html => Ours(html, catalog), Output(outputDir, "kurils_domain_html"));
        }

        if (only is null or "smartreader")
        {
            results["smartreader"] = Measure("SmartReader 0.11.1", pages, passes, chars, worst, html => SmartReaderBody(html), Output(outputDir, "smartreader"));
        }

        if (results.TryGetValue("ours", out var ours) && results.TryGetValue("smartreader", out var theirs))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed ratio (ours / SmartReader), wall: {ours / theirs:F2}x, CPU: {_cpuSpeeds["ours"] / _cpuSpeeds["smartreader"]:F2}x"));
        }

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

    private static double Measure(string name, List<(string Key, string Html, string Truth, string Url)> pages, int passes, long chars, int worst, Func<string, string> extract, string? outputFile)
    {
        var outputs = new string[pages.Count];
        for (var i = 0; i < pages.Count; i++)
        {
            outputs[i] = Safe(extract, pages[i].Html);
        }

        if (outputFile is not null)
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

        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var pass = 0; pass < passes; pass++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var sink = 0;
            foreach (var page in pages)
            {
                sink += Safe(extract, page.Html).Length;
            }

            best = Math.Min(best, watch.Elapsed.TotalSeconds);
            process.Refresh();
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpu).TotalSeconds);
            GC.KeepAlive(sink);
        }

        var counts = pages.Select((p, i) => ShingleScore.Match(p.Truth, outputs[i])).ToList();
        var (f1, precision, recall) = ShingleScore.Aggregate(counts);
        if (passes == 0)
        {
            best = bestCpu = double.NaN; // scored only
        }

        var speed = chars / best;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-22} {f1,6:F3} {precision,6:F3} {recall,6:F3} {best,9:F2}s {speed,14:N0} {bestCpu,9:F2}s {chars / bestCpu,14:N0}"));
        foreach (var (page, count) in pages.Zip(counts).OrderBy(x => ShingleScore.F1(x.Second)).Take(worst))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ShingleScore.F1(count):F3} p={count.Tp / Math.Max(1e-9, count.Tp + count.Fp):F2} r={count.Tp / Math.Max(1e-9, count.Tp + count.Fn):F2} {page.Key[..12]} {page.Url}"));
        }

        _cpuSpeeds[name.StartsWith("Kurils", StringComparison.Ordinal) ? "ours" : "smartreader"] = chars / bestCpu;
        return speed;
    }

    private static readonly Dictionary<string, double> _cpuSpeeds = new(StringComparer.Ordinal);

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
