using System.Text;

namespace Kurils.Domain.Html.Benchmarks;

/// <summary>
/// The article-extraction benchmark's metric, as its <c>evaluate.py</c> defines it: texts are tokenized into
/// Python <c>\w+</c> runs (letters, digits and underscore, by code point), shingles are the 4-grams of tokens
/// (a shorter text is one shingle of all its tokens), true/false positives and false negatives are counted over
/// the shingle multisets and normalized to sum to 1 per page; precision and recall are averaged over the pages
/// (a page counts for precision when tp + fp &gt; 0, for recall when tp + fn &gt; 0), and F1 is their harmonic mean.
/// </summary>
internal static class ShingleScore
{
    private const int N = 4;

    public readonly record struct Counts(double Tp, double Fp, double Fn);

    public static Counts Match(string truth, string prediction)
    {
        var expected = Shingles(truth);
        var predicted = Shingles(prediction);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, count) in expected)
        {
            var p = predicted.GetValueOrDefault(key);
            tp += Math.Min(count, p);
            fn += Math.Max(0, count - p);
        }

        foreach (var (key, count) in predicted)
        {
            fp += Math.Max(0, count - expected.GetValueOrDefault(key));
        }

        var sum = tp + fp + fn;
        return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
    }

    public static (double F1, double Precision, double Recall) Aggregate(IReadOnlyList<Counts> pages)
    {
        var precision = pages.Where(c => c.Tp + c.Fp > 0).Select(c => Precision(c)).DefaultIfEmpty(0).Average();
        var recall = pages.Where(c => c.Tp + c.Fn > 0).Select(c => Recall(c)).DefaultIfEmpty(0).Average();
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (f1, precision, recall);
    }

    public static double F1(Counts c)
    {
        var p = Precision(c);
        var r = Recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double Precision(Counts c) => c.Fp == 0 && c.Fn == 0 ? 1 : c.Tp == 0 && c.Fp == 0 ? 0 : c.Tp / (c.Tp + c.Fp);

    private static double Recall(Counts c) => c.Fp == 0 && c.Fn == 0 ? 1 : c.Tp == 0 && c.Fn == 0 ? 0 : c.Tp / (c.Tp + c.Fn);

    internal static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWord(rune))
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    /// <summary>Python's <c>\w</c> for str patterns: alphanumeric (letter categories, or a numeric value) or underscore.</summary>
    private static bool IsWord(Rune rune) =>
        rune.Value == '_' || Rune.IsLetter(rune) || Rune.IsNumber(rune);

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokens(text);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = Math.Max(1, tokens.Count - N + 1);
        for (var i = 0; i < count; i++)
        {
            var length = Math.Min(N, tokens.Count - i);
            if (length <= 0)
            {
                break;
            }

            var key = string.Join('\u0001', tokens.GetRange(i, length));
            result[key] = result.GetValueOrDefault(key) + 1;
        }

        return result;
    }
}
