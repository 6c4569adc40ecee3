using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Kurils.Domain.Languages;

/// <summary>
/// The one order of the lexicons' word lists: longest first ("joint declaration" before "declaration"), words of
/// the same length in ordinal order, items with equal words in the order given. What LINQ's
/// <c>OrderByDescending(Length).ThenBy(Ordinal)</c> gives, without it: the lexicons are built at an article's first
/// parse, and under the JIT LINQ's ordering is compiled anew for every element type it sorts (about 70 methods for
/// each value tuple), while these sort strings and indexes, compiled once (benchmarks/README.md, "Cold start").
/// </summary>
internal static class WordOrder
{
    /// <summary>Longest first, then ordinal: negative when <paramref name="a"/> comes before <paramref name="b"/>.</summary>
    public static int Compare(string a, string b)
    {
        var byLength = b.Length.CompareTo(a.Length);
        return byLength != 0 ? byLength : string.CompareOrdinal(a, b);
    }

    /// <summary>The distinct (ordinal) <paramref name="words"/>, longest first.</summary>
    public static ImmutableArray<string> LongestFirst(IEnumerable<string> words)
    {
        var distinct = new HashSet<string>(words, StringComparer.Ordinal);
        var sorted = new string[distinct.Count];
        distinct.CopyTo(sorted);
        Array.Sort(sorted, Compare);
        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }

    /// <summary><paramref name="items"/> by their <paramref name="word"/>, longest first; items with equal words keep their order.</summary>
    public static ImmutableArray<T> LongestFirst<T>(List<T> items, Func<T, string> word)
    {
        var words = new string[items.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = word(items[i]);
        }

        var order = Order(words);
        var sorted = new T[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            sorted[i] = items[order[i]];
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }

    /// <summary>The indexes of <paramref name="words"/> in <see cref="Compare"/> order, equal words by index (a stable sort).</summary>
    private static int[] Order(string[] words)
    {
        var order = new int[words.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (x, y) =>
        {
            var byWord = Compare(words[x], words[y]);
            return byWord != 0 ? byWord : x.CompareTo(y);
        });
        return order;
    }
}
