using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using Kurils.Domain;
using Kurils.Domain.Throughput;

// kurils-throughput generate ROOT [--short N] [--large N]   the corpora: ROOT/short, ROOT/large, ROOT/names.txt
// kurils-throughput baseline NAMES DIR                      the regex scan a user would write (one line per match)
// kurils-throughput run DIR --runs N LABEL=COMMAND...       alternating timed runs; {dir} in COMMAND is DIR
return args switch
{
    ["generate", var root, .. var rest] => Generate(root, Option(rest, "--short", 4500), Option(rest, "--large", 40)),
    ["baseline", var names, var dir] => Baseline.Run(names, dir),
    ["run", var dir, .. var rest] => Harness.Run(dir, Option(rest, "--runs", 5), [.. rest.Where(a => a.Contains('=', StringComparison.Ordinal))]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: generate ROOT [--short N] [--large N] | baseline NAMES DIR | run DIR [--runs N] LABEL=COMMAND...");
    return 2;
}

static int Option(string[] rest, string name, int fallback)
{
    var i = Array.IndexOf(rest, name);
    return i >= 0 && i + 1 < rest.Length ? int.Parse(rest[i + 1], CultureInfo.InvariantCulture) : fallback;
}

static int Generate(string root, int shortPages, int largeFiles)
{
    var names = new CatalogNames(KurilsCatalog.Default);
    var writer = new PageWriter(seed: 14, names);
    var shortDir = Directory.CreateDirectory(Path.Combine(root, "short")).FullName;
    var largeDir = Directory.CreateDirectory(Path.Combine(root, "large")).FullName;
    long shortChars = 0, largeChars = 0;
    for (var i = 0; i < shortPages; i++)
    {
        // 700–2,300 characters, about 1.5 KB on average, like the crawled pages the issue measured.
        var page = writer.Page(600 + (i * 7919 % 1500));
        shortChars += page.Length;
        File.WriteAllText(Path.Combine(shortDir, $"{i:00000}.txt"), page);
    }

    for (var i = 0; i < largeFiles; i++)
    {
        var page = writer.LargePage(500 * 1024);
        largeChars += page.Length;
        File.WriteAllText(Path.Combine(largeDir, $"{i:000}.txt"), page);
    }

    File.WriteAllLines(Path.Combine(root, "names.txt"), names.ForBaseline);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"short: {shortPages} pages, {shortChars:N0} chars; large: {largeFiles} files, {largeChars:N0} chars; names for the baseline: {names.ForBaseline.Length}"));
    return 0;
}

/// <summary>
/// The program a user would write instead of kurils: one regex of the names, NonBacktracking and IgnoreCase,
/// over every .txt file of the folder in ordinal order, read whole as UTF-8, one output line per match.
/// </summary>
internal static class Baseline
{
    public static int Run(string namesFile, string dir)
    {
        var names = File.ReadAllLines(namesFile).Where(n => n.Length > 0).OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal);
        var pattern = string.Join('|', names.Select(n => (Word(n[0]) ? @"\b" : string.Empty) + Regex.Escape(n) + (Word(n[^1]) ? @"\b" : string.Empty)));
        // 536 names are over the engine's default automaton limit of 10,000 nodes (construction throws): raised
        // through the documented switch, as a user would have to.
        AppContext.SetData("REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE", 1_000_000);
        var regex = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        foreach (var file in Directory.EnumerateFiles(dir, "*.txt").Order(StringComparer.Ordinal))
        {
            var text = Encoding.UTF8.GetString(File.ReadAllBytes(file));
            foreach (var match in regex.EnumerateMatches(text))
            {
                output.Write(file);
                output.Write('\t');
                output.Write(match.Index);
                output.Write('\t');
                output.Write(match.Length);
                output.Write('\t');
                output.Write(text.AsSpan(match.Index, match.Length));
                output.Write('\n');
            }
        }

        return 0;
    }

    // \b only works beside letters of a spaced script; a CJK name is matched anywhere.
    private static bool Word(char c) => char.IsLetterOrDigit(c) && c < '\u0530';
}

/// <summary>
/// Runs each command over the folder, round after round, the order rotated each round so no command always
/// follows the same one; standard output goes to /dev/null. Wall time by stopwatch, CPU time (user + system)
/// of the child from getrusage(RUSAGE_CHILDREN), the 1-minute load average before each run.
/// </summary>
internal static class Harness
{
    public static int Run(string dir, int runs, string[] commands)
    {
        var chars = Directory.EnumerateFiles(dir, "*.txt").Sum(f => (long)File.ReadAllText(f).Length);
        var labels = commands.Select(c => c[..c.IndexOf('=', StringComparison.Ordinal)]).ToArray();
        var lines = commands.Select(c => c[(c.IndexOf('=', StringComparison.Ordinal) + 1)..].Replace("{dir}", dir, StringComparison.Ordinal)).ToArray();
        var results = labels.Select(_ => new List<(double Wall, double Cpu, double Load)>()).ToArray();
        for (var round = 0; round < runs; round++)
        {
            for (var k = 0; k < lines.Length; k++)
            {
                var i = (k + round) % lines.Length;
                var load = LoadAverage();
                var cpuBefore = ChildCpuSeconds();
                var stopwatch = Stopwatch.StartNew();
                using (var process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", $"exec {lines[i]} > /dev/null"]) { UseShellExecute = false })!)
                {
                    process.WaitForExit();
                    if (process.ExitCode != 0)
                    {
                        Console.Error.WriteLine($"{labels[i]}: exit code {process.ExitCode}");
                    }
                }

                var wall = stopwatch.Elapsed.TotalSeconds;
                results[i].Add((wall, ChildCpuSeconds() - cpuBefore, load));
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  round {round + 1} {labels[i]}: {wall:F2} s wall, {results[i][^1].Cpu:F2} s CPU, load {load:F1}"));
            }
        }

        var baseline = Array.FindIndex(labels, l => l.StartsWith("regex", StringComparison.Ordinal));
        var baselineWall = baseline >= 0 ? Median(results[baseline].Select(r => r.Wall)) : double.NaN;
        var baselineCpu = baseline >= 0 ? Median(results[baseline].Select(r => r.Cpu)) : double.NaN;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{dir}: {chars:N0} chars, {runs} runs each"));
        Console.WriteLine("| command | median wall s | chars/s (wall) | median CPU s | wall ratio (regex / it) | CPU ratio (regex / it) | load avg (min–max) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---|");
        for (var i = 0; i < labels.Length; i++)
        {
            var wall = Median(results[i].Select(r => r.Wall));
            var cpu = Median(results[i].Select(r => r.Cpu));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {labels[i]} | {wall:F2} | {chars / wall:0.00e0} | {cpu:F2} | {Ratio(baselineWall, wall)} | {Ratio(baselineCpu, cpu)} | {results[i].Min(r => r.Load):F1}–{results[i].Max(r => r.Load):F1} |"));
        }

        return 0;
    }

    // Without a command labelled regex… there is nothing to compare with.
    private static string Ratio(double baseline, double it) =>
        double.IsNaN(baseline) ? "—" : string.Create(CultureInfo.InvariantCulture, $"{baseline / it:F2}×");

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    private static double ChildCpuSeconds()
    {
        _ = getrusage(-1 /* RUSAGE_CHILDREN */, out var usage);
        return usage.UserSeconds + (usage.UserMicroseconds / 1e6) + usage.SystemSeconds + (usage.SystemMicroseconds / 1e6);
    }

    [DllImport("libc", SetLastError = true)]
#pragma warning disable CA5392, SYSLIB1054 // a plain libc call, no marshalling to generate
    private static extern int getrusage(int who, out RUsage usage);
#pragma warning restore CA5392, SYSLIB1054

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        private unsafe fixed long _rest[14];
    }
}
