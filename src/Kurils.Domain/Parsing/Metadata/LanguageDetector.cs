using System.Numerics;
using System.Runtime.InteropServices;

namespace Kurils.Domain.Parsing.Metadata;

/// <summary>Tells the article's main language from the scripts its letters are written in.</summary>
internal static class LanguageDetector
{
    /// <summary>A BCP 47 tag: <c>ja</c> when kana appear, <c>zh</c> for Han without kana, <c>ko</c>, <c>ru</c>, <c>en</c>, or <c>und</c>.</summary>
    public static string Detect(ReadOnlySpan<char> text) => Decide(Count(text));

    /// <summary>The letters of each script in <paramref name="text"/>.</summary>
    internal static ScriptCounts Count(ReadOnlySpan<char> text)
    {
        var counts = default(ScriptCounts);

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
                    counts.Add(text.Slice(i, Vector<ushort>.Count));
                    continue;
                }

                // (c | 0x20) - 'a' <= 25, unsigned: an ASCII letter of either case. A lane that holds is 0xFFFF, -1 as a short.
                var letters = Vector.LessThanOrEqual((block | caseBit) - a, lastLetter);
                counts.Latin -= Vector.Sum(Vector.AsVectorInt16(letters));
            }
        }

        counts.Add(text[i..]);
        return counts;
    }

    /// <summary>The language the counts point to.</summary>
    internal static string Decide(in ScriptCounts counts)
    {
        var cjk = counts.Kana + counts.Han;
        var max = Math.Max(Math.Max(counts.Latin, counts.Cyrillic), Math.Max(cjk, counts.Hangul));
        if (max == 0)
        {
            return "und";
        }

        // CJK characters carry about as much text as three Latin letters: weigh them so.
        if (cjk * 3 >= max && cjk * 3 >= counts.Latin && cjk * 3 >= counts.Cyrillic)
        {
            return counts.Kana > 0 ? "ja" : "zh";
        }

        return max == counts.Hangul ? "ko" : max == counts.Cyrillic ? "ru" : "en";
    }

    /// <summary>Letters counted per script.</summary>
    internal struct ScriptCounts
    {
        public int Latin;
        public int Cyrillic;
        public int Kana;
        public int Han;
        public int Hangul;

        /// <summary>Counts <paramref name="text"/> a character at a time.</summary>
        public void Add(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                switch (c)
                {
                    case (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'):
                        Latin++;
                        break;
                    case >= '\u0400' and <= '\u04FF':
                        Cyrillic++;
                        break;
                    case (>= '\u3040' and <= '\u30FF') or (>= '\uFF66' and <= '\uFF9D'):
                        Kana++;
                        break;
                    case >= '\u4E00' and <= '\u9FFF':
                        Han++;
                        break;
                    case >= '\uAC00' and <= '\uD7A3':
                        Hangul++;
                        break;
                }
            }
        }
    }
}
