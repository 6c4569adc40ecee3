namespace Kurils.Domain.Parsing.Segmentation;

/// <summary>
/// Word tokens for comparing paragraphs, as 64-bit hashes of their lower-cased text (no strings allocated):
/// runs of letters and digits of three units or more; in CJK runs, which have no spaces, every pair of
/// adjacent characters.
/// </summary>
internal static class WordTokens
{
    /// <summary>The distinct tokens of the first <paramref name="maxLength"/> units of <paramref name="s"/>, added to <paramref name="output"/>.</summary>
    public static void Hashes(ReadOnlySpan<char> s, int maxLength, HashSet<ulong> output) => Add(s, maxLength, output);

    /// <summary>Every token of the first <paramref name="maxLength"/> units of <paramref name="s"/>, in order and repeated as written, appended to <paramref name="output"/>.</summary>
    public static void Hashes(ReadOnlySpan<char> s, int maxLength, List<ulong> output) => Add(s, maxLength, output);

    private static void Add<TOutput>(ReadOnlySpan<char> s, int maxLength, TOutput output)
        where TOutput : ICollection<ulong>
    {
        s = s[..Math.Min(s.Length, maxLength)];
        foreach (var word in Words.In<LettersAndDigits>(s))
        {
            var run = s.Slice(word.Start, word.Length);
            if (HasCjk(run))
            {
                for (var k = 0; k + 1 < run.Length; k++)
                {
                    output.Add(Hash(run.Slice(k, 2)));
                }
            }
            else if (run.Length >= 3)
            {
                output.Add(Hash(run));
            }
        }
    }

    private static bool HasCjk(ReadOnlySpan<char> run)
    {
        foreach (var c in run)
        {
            if (TextShape.IsCjk(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>FNV-1a over the invariant lower-case form.</summary>
    private static ulong Hash(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ Languages.InvariantCase.Lower(c)) * 1099511628211UL;
        }

        return hash;
    }
}
