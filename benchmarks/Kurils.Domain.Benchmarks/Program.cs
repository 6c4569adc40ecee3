using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Kurils.Domain;
using Kurils.Domain.Benchmarks;
using Kurils.Domain.Parsing;

// Pick benchmarks on the command line, for example:
//   dotnet run -c Release --project benchmarks/Kurils.Domain.Benchmarks -- --filter '*MentionScan*'
// `-- corpora [name…]` prints the size of each corpus and one untimed-by-BenchmarkDotNet pass of the scanner
// and the parser over it: a quick check before a long run. `-- baselines corpus…` times building the two
// regex baselines and one count over each corpus.
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

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
