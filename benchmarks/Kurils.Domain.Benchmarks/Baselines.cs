using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Kurils.Domain.Names;

namespace Kurils.Domain.Benchmarks;

/// <summary>
/// What a .NET developer would otherwise reach for to find the catalog's names in text, built over the same
/// names the library's scanner indexes: every curated name text of every entity, distinct, longest first.
/// </summary>
public static class Baselines
{
    private static readonly Lazy<ImmutableArray<string>> LazyNames = new(
        () => [.. KurilsCatalog.Default.AllEntities
            .SelectMany(e => e.Names)
            .Select(n => n.Text)
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(t => t.Length)
            .ThenBy(t => t, StringComparer.Ordinal)],
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every catalog name, distinct, longest first.</summary>
    public static ImmutableArray<string> Names => LazyNames.Value;

    /// <summary>
    /// One alternation of every name, escaped, longest first, with <c>\b</c> on a side whose edge character
    /// is a letter or digit of a spaced script (Latin, Cyrillic); CJK names get none.
    /// </summary>
    public static string Pattern()
    {
        var builder = new StringBuilder();
        foreach (var name in Names)
        {
            if (builder.Length > 0)
            {
                builder.Append('|');
            }

            var escaped = Regex.Escape(name);
            builder.Append(NameFolding.IsSpacedWordChar(name[0]) ? @"\b" : string.Empty)
                .Append(escaped)
                .Append(NameFolding.IsSpacedWordChar(name[^1]) ? @"\b" : string.Empty);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The alternation with the non-backtracking engine: linear time in the input. Its NFA for every catalog
    /// name is far over the runtime's default limit of 10,000 nodes (construction throws NotSupportedException),
    /// so the limit is raised through the documented <c>REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE</c> switch, as a
    /// user would have to.
    /// </summary>
    public static Regex NonBacktracking()
    {
        AppContext.SetData("REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE", 10_000_000);
        return new(Pattern(), RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>The alternation compiled to IL with the backtracking engine.</summary>
    public static Regex Compiled() =>
        new(Pattern(), RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The names as a vectorized multi-string search (Teddy / Aho-Corasick inside the runtime).</summary>
    public static SearchValues<string> SearchValues() =>
        System.Buffers.SearchValues.Create([.. Names], StringComparison.OrdinalIgnoreCase);

    /// <summary>Counts positions where some name starts (no boundaries, no longest match: less work than the scanner).</summary>
    public static int CountAny(ReadOnlySpan<char> text, SearchValues<string> names)
    {
        var count = 0;
        while (true)
        {
            var index = text.IndexOfAny(names);
            if (index < 0)
            {
                return count;
            }

            count++;
            text = text[(index + 1)..];
        }
    }
}
