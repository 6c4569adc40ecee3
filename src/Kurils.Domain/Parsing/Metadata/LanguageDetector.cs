namespace Kurils.Domain.Parsing;

/// <summary>Tells the article's main language from the scripts its letters are written in.</summary>
internal static class LanguageDetector
{
    /// <summary>A BCP 47 tag: <c>ja</c> when kana appear, <c>zh</c> for Han without kana, <c>ko</c>, <c>ru</c>, <c>en</c>, or <c>und</c>.</summary>
    public static string Detect(ReadOnlySpan<char> text)
    {
        int latin = 0, cyrillic = 0, kana = 0, han = 0, hangul = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'):
                    latin++;
                    break;
                case >= '\u0400' and <= '\u04FF':
                    cyrillic++;
                    break;
                case (>= '\u3040' and <= '\u30FF') or (>= '\uFF66' and <= '\uFF9D'):
                    kana++;
                    break;
                case >= '\u4E00' and <= '\u9FFF':
                    han++;
                    break;
                case >= '\uAC00' and <= '\uD7A3':
                    hangul++;
                    break;
            }
        }

        var cjk = kana + han;
        var max = Math.Max(Math.Max(latin, cyrillic), Math.Max(cjk, hangul));
        if (max == 0)
        {
            return "und";
        }

        // CJK characters carry about as much text as three Latin letters: weigh them so.
        if (cjk * 3 >= max && cjk * 3 >= latin && cjk * 3 >= cyrillic)
        {
            return kana > 0 ? "ja" : "zh";
        }

        return max == hangul ? "ko" : max == cyrillic ? "ru" : "en";
    }
}
