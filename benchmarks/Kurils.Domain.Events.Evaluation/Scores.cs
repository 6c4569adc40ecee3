using System.Globalization;
using Kurils.Domain.Parsing;

namespace Kurils.Domain.Events.Evaluation;

/// <summary>
/// Agreement with the gold records, per system: precision, recall and F1 of the event type per PLOVER type (each
/// system codes a sentence with at most one type, its first event), micro-averaged over all types; and actor
/// agreement on the records whose gold actors the catalog knows.
/// </summary>
internal sealed class Scores(string[] systems)
{
    // The gold's actor codes (ISO 3166 alpha-3, and PLOVER's own JAP) of the countries the catalog holds.
    private static readonly Dictionary<string, string> CatalogCountries = new(StringComparer.Ordinal)
    {
        ["USA"] = "united-states", ["RUS"] = "russia", ["GBR"] = "united-kingdom", ["CHN"] = "china",
        ["JPN"] = "japan", ["JAP"] = "japan", ["KOR"] = "south-korea", ["UKR"] = "ukraine", ["SUN"] = "ussr", ["USR"] = "ussr",
    };

    private readonly Dictionary<(int System, EventType Type), (int Tp, int Fp, int Fn)> _counts = [];
    private readonly (int Sources, int SourceHits, int Targets, int TargetHits)[] _actors = new (int, int, int, int)[systems.Length];

    /// <summary>Counts one system's coding of one record.</summary>
    public void Add(GoldRecord gold, int system, EventType? coded, IReadOnlyCollection<string> sources, IReadOnlyCollection<string> targets)
    {
        if (coded == gold.Type)
        {
            Bump(system, gold.Type, tp: 1);
        }
        else
        {
            Bump(system, gold.Type, fn: 1);
            if (coded is { } wrong)
            {
                Bump(system, wrong, fp: 1);
            }
        }

        var goldSources = gold.SourceCodes.Where(CatalogCountries.ContainsKey).Select(c => CatalogCountries[c]).ToHashSet();
        var goldTargets = gold.TargetCodes.Where(CatalogCountries.ContainsKey).Select(c => CatalogCountries[c]).ToHashSet();
        var (s, sh, t, th) = _actors[system];
        if (goldSources.Count > 0)
        {
            s++;
            sh += sources.Any(goldSources.Contains) ? 1 : 0;
        }

        if (goldTargets.Count > 0)
        {
            t++;
            th += targets.Any(goldTargets.Contains) ? 1 : 0;
        }

        _actors[system] = (s, sh, t, th);
    }

    /// <summary>Writes the tables in Markdown.</summary>
    public void Write(TextWriter output, int records)
    {
        var types = Enum.GetValues<EventType>();
        output.WriteLine(Invariant($"{records} gold records; each cell: precision / recall / F1 of the event type (a sentence gets at most one: the system's first event)."));
        output.WriteLine();
        output.WriteLine("| type | gold | " + string.Join(" | ", systems) + " |");
        output.WriteLine("|---|---:|" + string.Concat(systems.Select(_ => "---|")));
        foreach (var type in types)
        {
            var gold = Get(0, type).Tp + Get(0, type).Fn;
            if (gold == 0 && Enumerable.Range(0, systems.Length).All(i => Get(i, type).Fp == 0))
            {
                continue;
            }

            output.WriteLine(Invariant($"| {type.ToString().ToUpperInvariant()} | {gold} | ") + string.Join(" | ", Enumerable.Range(0, systems.Length).Select(i => Cell(Get(i, type)))) + " |");
        }

        var totals = Enumerable.Range(0, systems.Length).Select(i => types.Aggregate((Tp: 0, Fp: 0, Fn: 0), (a, t) => (a.Tp + Get(i, t).Tp, a.Fp + Get(i, t).Fp, a.Fn + Get(i, t).Fn))).ToArray();
        output.WriteLine(Invariant($"| **all (micro)** | {totals[0].Tp + totals[0].Fn} | ") + string.Join(" | ", totals.Select(c => "**" + Cell(c) + "**")) + " |");
        output.WriteLine("| macro F1 | | " + string.Join(" | ", Enumerable.Range(0, systems.Length).Select(i => F(types.Where(t => Get(0, t).Tp + Get(0, t).Fn > 0).Average(t => F1(Get(i, t)))))) + " |");
        output.WriteLine();
        output.WriteLine("Actor agreement on the records whose gold actors include a country of the catalog (the system's first event, or for the baseline the first actor named before and after its keyword):");
        output.WriteLine();
        output.WriteLine("| | " + string.Join(" | ", systems) + " |");
        output.WriteLine("|---|" + string.Concat(systems.Select(_ => "---:|")));
        output.WriteLine("| source | " + string.Join(" | ", _actors.Select(a => Invariant($"{a.SourceHits}/{a.Sources}"))) + " |");
        output.WriteLine("| target | " + string.Join(" | ", _actors.Select(a => Invariant($"{a.TargetHits}/{a.Targets}"))) + " |");
    }

    private (int Tp, int Fp, int Fn) Get(int system, EventType type) => _counts.GetValueOrDefault((system, type));

    private void Bump(int system, EventType type, int tp = 0, int fp = 0, int fn = 0)
    {
        var (a, b, c) = Get(system, type);
        _counts[(system, type)] = (a + tp, b + fp, c + fn);
    }

    private static double Precision((int Tp, int Fp, int Fn) c) => c.Tp + c.Fp == 0 ? 0 : (double)c.Tp / (c.Tp + c.Fp);

    private static double Recall((int Tp, int Fp, int Fn) c) => c.Tp + c.Fn == 0 ? 0 : (double)c.Tp / (c.Tp + c.Fn);

    private static double F1((int Tp, int Fp, int Fn) c) => Precision(c) + Recall(c) is var sum && sum == 0 ? 0 : 2 * Precision(c) * Recall(c) / sum;

    private static string Cell((int Tp, int Fp, int Fn) c) => $"{F(Precision(c))} / {F(Recall(c))} / {F(F1(c))}";

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
