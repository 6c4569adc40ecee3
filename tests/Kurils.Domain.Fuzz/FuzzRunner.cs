using System.Diagnostics;
using System.Text;
using System.Text.Unicode;
using Kurils.Domain.Parsing;
using NodaTime;

namespace Kurils.Domain.Fuzz;

/// <summary>One generated input: text (or UTF-8 bytes) and the publication date it is parsed with.</summary>
/// <param name="Text">The text, when parsed as a string.</param>
/// <param name="Bytes">The bytes, when parsed as UTF-8.</param>
/// <param name="Published">The publication date passed to the parser.</param>
public sealed record FuzzCase(string? Text, byte[]? Bytes, LocalDate? Published);

/// <summary>An input that broke the parser, with what it takes to reproduce it.</summary>
/// <param name="Seed">The run's seed.</param>
/// <param name="Iteration">The iteration that generated the input.</param>
/// <param name="Case">The input.</param>
/// <param name="Reason">The exception or the broken invariants.</param>
public sealed record FuzzFailure(int Seed, long Iteration, FuzzCase Case, string Reason)
{
    /// <summary>The command that replays this one input.</summary>
    public string Reproduce => FormattableString.Invariant($"dotnet run -c Release --project tests/Kurils.Domain.Fuzz -- --seed {Seed} --iteration {Iteration}");
}

/// <summary>The totals of a run.</summary>
/// <param name="Executions">How many inputs were parsed.</param>
/// <param name="Failures">The inputs that broke the parser.</param>
/// <param name="Elapsed">How long the run took.</param>
public sealed record FuzzResult(long Executions, IReadOnlyList<FuzzFailure> Failures, TimeSpan Elapsed);

/// <summary>
/// Mutates the seed articles and the hostile inputs and checks that the parser neither throws nor breaks the
/// invariants of <see cref="ArticleInvariants"/>. Iteration <c>i</c> of seed <c>s</c> always generates the same
/// input, so any failure replays on its own.
/// </summary>
public sealed class FuzzRunner
{
    private static readonly LocalDate[] EdgeDates = [LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new(1, 1, 1), new(9999, 12, 31), new(2024, 2, 29)];

    private readonly ArticleParser _parser;
    private readonly IReadOnlyList<string> _corpus;

    /// <summary>Creates a runner over <paramref name="corpus"/>.</summary>
    /// <param name="parser">The parser under test.</param>
    /// <param name="corpus">The inputs to mutate.</param>
    public FuzzRunner(ArticleParser parser, IReadOnlyList<string> corpus)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(corpus);
        if (corpus.Count == 0)
        {
            throw new ArgumentException("the corpus is empty", nameof(corpus));
        }

        _parser = parser;
        _corpus = corpus;
    }

    /// <summary>The seed articles in <paramref name="seedsDirectory"/> followed by the hostile inputs.</summary>
    /// <param name="seedsDirectory">The directory holding the seed articles (*.txt).</param>
    /// <returns>The corpus.</returns>
    public static IReadOnlyList<string> DefaultCorpus(string seedsDirectory)
    {
        var seeds = Directory.GetFiles(seedsDirectory, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        if (seeds.Count == 0)
        {
            throw new FileNotFoundException("no seed articles (*.txt) found", seedsDirectory);
        }

        return [.. seeds, .. HostileCorpus.Inputs.Select(i => i.Value)];
    }

    /// <summary>The input of iteration <paramref name="iteration"/> of the run seeded with <paramref name="seed"/>.</summary>
    /// <param name="seed">The run's seed.</param>
    /// <param name="iteration">The iteration.</param>
    /// <returns>The input.</returns>
    public FuzzCase Generate(int seed, long iteration)
    {
        var random = new Random(Mix(seed, iteration));
        var start = _corpus[random.Next(_corpus.Count)];
        var text = random.Next(20) == 0 ? start : Mutator.Mutate(start, random, _corpus);
        LocalDate? published = random.Next(4) switch
        {
            0 => null,
            1 => EdgeDates[random.Next(EdgeDates.Length)],
            _ => new LocalDate(1850, 1, 1).PlusDays(random.Next(100_000)),
        };

        return random.Next(5) == 0
            ? new FuzzCase(null, Mutator.CorruptUtf8(text, random), published)
            : new FuzzCase(text, null, published);
    }

    /// <summary>Parses one input and checks the invariants.</summary>
    /// <param name="input">The input.</param>
    /// <returns>Null when all is well, otherwise what went wrong.</returns>
    public string? Check(FuzzCase input)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            if (input.Bytes is { } bytes)
            {
                var (article, text) = _parser.Parse(bytes, input.Published);
                var problems = new List<string>(ArticleInvariants.Violations(text, article));
                if (!string.Equals(text, Encoding.UTF8.GetString(bytes), StringComparison.Ordinal))
                {
                    problems.Add("decoded text differs from Encoding.UTF8.GetString");
                }

                var reported = article.Diagnostics.Any(d => d.Code == DiagnosticCodes.InvalidEncoding);
                if (reported == Utf8.IsValid(bytes))
                {
                    problems.Add(reported ? "KD004 reported for valid UTF-8" : "invalid UTF-8 without KD004");
                }

                return problems.Count == 0 ? null : string.Join(Environment.NewLine, problems);
            }

            var parsed = _parser.Parse(input.Text!, input.Published);
            var violations = ArticleInvariants.Violations(input.Text!, parsed);
            return violations.Count == 0 ? null : string.Join(Environment.NewLine, violations);
        }
#pragma warning disable CA1031 // A fuzzer reports every exception the parser lets out, whatever its type.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return e.ToString();
        }
    }

    /// <summary>Runs iterations from <paramref name="firstIteration"/> until <paramref name="count"/> executions or <paramref name="duration"/> has passed, whichever comes first.</summary>
    /// <param name="seed">The run's seed.</param>
    /// <param name="count">The number of executions, or null for no limit.</param>
    /// <param name="duration">The time limit, or null for none.</param>
    /// <param name="onFailure">Called on each failure as it happens.</param>
    /// <param name="firstIteration">The first iteration to run.</param>
    /// <returns>The totals.</returns>
    public FuzzResult Run(int seed, long? count, TimeSpan? duration, Action<FuzzFailure>? onFailure = null, long firstIteration = 0)
    {
        if (count is null && duration is null)
        {
            throw new ArgumentException("give a count, a duration or both");
        }

        var clock = Stopwatch.StartNew();
        var failures = new List<FuzzFailure>();
        long executions = 0;
        for (var iteration = firstIteration; (count is null || executions < count) && (duration is null || clock.Elapsed < duration); iteration++)
        {
            var input = Generate(seed, iteration);
            executions++;
            if (Check(input) is { } reason)
            {
                var failure = new FuzzFailure(seed, iteration, input, reason);
                failures.Add(failure);
                onFailure?.Invoke(failure);
            }
        }

        return new FuzzResult(executions, failures, clock.Elapsed);
    }

    /// <summary>A well-spread 32-bit seed for one iteration (SplitMix64), the same on every machine and run.</summary>
    private static int Mix(int seed, long iteration)
    {
        unchecked
        {
            var z = ((ulong)(uint)seed << 32) + (ulong)iteration + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return (int)(z ^ (z >> 31));
        }
    }
}
