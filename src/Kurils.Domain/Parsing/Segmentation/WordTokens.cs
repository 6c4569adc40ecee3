namespace Kurils.Domain.Parsing;

/// <summary>
/// Lower-cased word tokens for comparing paragraphs: runs of letters and digits of three units or more; in
/// CJK runs, which have no spaces, every pair of adjacent characters.
/// </summary>
internal static class WordTokens
{
    public static List<string> Of(ReadOnlySpan<char> s, int maxLength)
    {
        var tokens = new List<string>();
        s = s[..Math.Min(s.Length, maxLength)];
        var i = 0;
        while (i < s.Length)
        {
            if (!char.IsLetterOrDigit(s[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var cjk = false;
            while (i < s.Length && char.IsLetterOrDigit(s[i]))
            {
                cjk |= TextShape.IsCjk(s[i]);
                i++;
            }

            var run = s[start..i];
            if (cjk)
            {
                for (var k = 0; k + 1 < run.Length; k++)
                {
                    tokens.Add(run.Slice(k, 2).ToString());
                }
            }
            else if (run.Length >= 3)
            {
                tokens.Add(Lower(run));
            }
        }

        return tokens;
    }

    private static string Lower(ReadOnlySpan<char> run)
    {
        Span<char> buffer = run.Length <= 128 ? stackalloc char[run.Length] : new char[run.Length];
        run.ToLowerInvariant(buffer);
        return new string(buffer);
    }
}
