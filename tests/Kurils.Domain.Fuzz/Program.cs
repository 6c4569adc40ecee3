using System.Globalization;
using System.Text;
using Kurils.Domain.Fuzz;
using Kurils.Domain.Parsing;

// kurils-fuzz: mutates the seed articles and the hostile inputs and checks the parser's invariants.
//   --seconds N     run for N seconds
//   --count N       run N executions (with --seconds, whichever ends first)
//   --seed S        the run's seed (default 1): the same seed generates the same inputs
//   --iteration I   replay iteration I of the seed alone and print its input
//   --dump DIR      write each failing input to DIR
// Exit code 0 when nothing failed, 1 on failures, 64 for a bad command line.
const string Usage = "usage: Kurils.Domain.Fuzz (--seconds N | --count N | --iteration I) [--seed S] [--dump DIR]";

int seed = 1;
long? count = null;
long? iteration = null;
double? seconds = null;
string? dump = null;
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    var ok = args[i] switch
    {
        "--seed" => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out seed),
        "--count" => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) && c > 0 && (count = c) is not null,
        "--iteration" => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var it) && it >= 0 && (iteration = it) is not null,
        "--seconds" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 && (seconds = s) is not null,
        "--dump" => (dump = value) is not null,
        _ => false,
    };
    if (!ok)
    {
        Console.Error.WriteLine($"kurils-fuzz: bad argument '{args[i]}'{(value is null ? string.Empty : " " + value)}");
        Console.Error.WriteLine(Usage);
        return 64;
    }

    i++;
}

if (count is null && seconds is null && iteration is null)
{
    Console.Error.WriteLine(Usage);
    return 64;
}

var runner = new FuzzRunner(ArticleParser.Default, FuzzRunner.DefaultCorpus(Path.Combine(AppContext.BaseDirectory, "seeds")));
if (iteration is { } only)
{
    var input = runner.Generate(seed, only);
    Console.WriteLine(Describe(input));
    var reason = runner.Check(input);
    Console.WriteLine(reason is null ? "ok" : "FAILED: " + reason);
    return reason is null ? 0 : 1;
}

Console.WriteLine(FormattableString.Invariant($"kurils-fuzz: seed {seed}, {(count is null ? "no count limit" : count + " executions")}, {(seconds is null ? "no time limit" : seconds + " s")}"));
var printed = 0;
var result = runner.Run(seed, count, seconds is null ? null : TimeSpan.FromSeconds(seconds.Value), failure =>
{
    if (printed++ < 20)
    {
        Console.WriteLine(FormattableString.Invariant($"FAILURE seed {failure.Seed} iteration {failure.Iteration}: {failure.Reason}"));
        Console.WriteLine("  reproduce: " + failure.Reproduce);
    }

    if (dump is not null)
    {
        Directory.CreateDirectory(dump);
        var path = Path.Combine(dump, FormattableString.Invariant($"seed{failure.Seed}-iteration{failure.Iteration}"));
        if (failure.Case.Bytes is { } bytes)
        {
            File.WriteAllBytes(path + ".bin", bytes);
        }
        else
        {
            File.WriteAllText(path + ".txt", failure.Case.Text, new UTF8Encoding(false, false));
        }
    }
});

Console.WriteLine(FormattableString.Invariant($"executions: {result.Executions}, failures: {result.Failures.Count}, elapsed: {result.Elapsed.TotalSeconds:F1} s ({result.Executions / Math.Max(result.Elapsed.TotalSeconds, 0.001):F0}/s)"));
return result.Failures.Count == 0 ? 0 : 1;

static string Describe(FuzzCase input)
{
    var published = input.Published?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "none";
    if (input.Bytes is { } bytes)
    {
        return FormattableString.Invariant($"UTF-8 bytes ({bytes.Length}), published {published}: {Convert.ToHexString(bytes.AsSpan(0, Math.Min(bytes.Length, 4096)))}");
    }

    var escaped = new StringBuilder();
    foreach (var c in input.Text!.AsSpan(0, Math.Min(input.Text!.Length, 4096)))
    {
        escaped.Append(c is >= ' ' and < '\u007F' and not '\\' ? c.ToString() : FormattableString.Invariant($"\\u{(int)c:X4}"));
    }

    return FormattableString.Invariant($"text ({input.Text!.Length} chars), published {published}: \"{escaped}\"");
}
