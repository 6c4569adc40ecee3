using System.Numerics;
using System.Runtime.InteropServices;

namespace Kurils.Domain.Parsing;

/// <summary>Tells the article's main language from the scripts its letters are written in.</summary>
internal static class LanguageDetector
{
    /// <summary>A BCP 47 tag: <c>ja</c> when kana appear, <c>zh</c> for Han without kana, <c>ko</c>, <c>ru</c>, <c>en</c>, or <c>und</c>.</summary>
    public static string Detect(ReadOnlySpan<char> text)
    {
        int latin = 0, cyrillic = 0, kana = 0, han = 0, hangul = 0;

        // Blocks of ASCII (most of an English article) are counted a vector at a time; a block holding any
        // other character is counted character by character.
        var units = MemoryMarshal.Cast<char, ushort>(text);
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var caseBit = new Vector<ushort>(0x20);
            var a = new Vector<ushort>('a');
            var lastLetter = new Vector<ushort>('z' - 'a');
            var lastAscii = new Vector<ushort>(0x7F);
            for (; i <= units.Length - Vector<ushort>.Count; i += Vector<ushort>.Count)
            {
                var block = new Vector<ushort>(units[i..]);
                if (Vector.GreaterThanAny(block, lastAscii))
                {
                    Count(text.Slice(i, Vector<ushort>.Count), ref latin, ref cyrillic, ref kana, ref han, ref hangul);
                    continue;
                }

                // (c | 0x20) - 'a' <= 25, unsigned: an ASCII letter of either case. A lane that holds is 0xFFFF, -1 as a short.
                var letters = Vector.LessThanOrEqual((block | caseBit) - a, lastLetter);
                latin -= Vector.Sum(Vector.AsVectorInt16(letters));
            }
        }

        Count(text[i..], ref latin, ref cyrillic, ref kana, ref han, ref hangul);

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

    private static void Count(ReadOnlySpan<char> text, ref int latin, ref int cyrillic, ref int kana, ref int han, ref int hangul)
    {
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
    }
}
