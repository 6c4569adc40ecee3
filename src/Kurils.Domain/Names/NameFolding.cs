using System.Globalization;

namespace Kurils.Domain.Names;

/// <summary>
/// The one place that decides which spellings of a name are "the same": case, diacritics and macrons,
/// ё/е, full- and half-width forms, hyphens and spaces, katakana/hiragana, and Japanese old/new and Chinese
/// traditional/simplified forms of the same character. Folding works one UTF-16 unit at a time, so the
/// scanner can fold text in place and keep offsets into the original input.
/// </summary>
internal static class NameFolding
{
    /// <summary>Folds to this when the unit carries no meaning for matching (combining marks, zero-width, bidi controls).</summary>
    public const char Drop = '\0';

    /// <summary>Folds to this for every separator (whitespace, hyphens, dashes, dots, middle dots).</summary>
    public const char Separator = ' ';

    private static readonly char[] Table = BuildTable();

    // The first unit of the canonical decomposition (NFD) of U+00C0–U+024F and of U+1E00–U+1EFF: the base
    // letter of a letter with diacritics, or the letter itself; and the compatibility form (NFKC) of the
    // half-width katakana U+FF66–U+FF9D. Spelled out rather than computed with string.Normalize, which needs
    // ICU: with invariant globalization (as in many containers) it returns its input, and the keys would differ.
    // NameFoldingTests checks them against string.Normalize.
    internal const string LatinBases00C0 =
        "AAAAAAÆCEEEEIIIIÐNOOOOO×ØUUUUYÞßaaaaaaæceeeeiiiiðnooooo÷øuuuuyþy"
        + "AaAaAaCcCcCcCcDdĐđEeEeEeEeEeGgGgGgGgHhĦħIiIiIiIiIıĲĳJjKkĸLlLlLlĿ"
        + "ŀŁłNnNnNnŉŊŋOoOoOoŒœRrRrRrSsSsSsSsTtTtŦŧUuUuUuUuUuUuWwYyYZzZzZzſ"
        + "ƀƁƂƃƄƅƆƇƈƉƊƋƌƍƎƏƐƑƒƓƔƕƖƗƘƙƚƛƜƝƞƟOoƢƣƤƥƦƧƨƩƪƫƬƭƮUuƱƲƳƴƵƶƷƸƹƺƻƼƽƾƿ"
        + "ǀǁǂǃǄǅǆǇǈǉǊǋǌAaIiOoUuUuUuUuUuǝAaAaÆæǤǥGgKkOoOoƷʒjǱǲǳGgǶǷNnAaÆæØø"
        + "AaAaEeEeIiIiOoOoRrRrUuUuSsTtȜȝHhȠȡȢȣȤȥAaEeOoOoOoOoYyȴȵȶȷȸȹȺȻȼȽȾȿ"
        + "ɀɁɂɃɄɅɆɇɈɉɊɋɌɍɎɏ";

    internal const string LatinBases1E00 =
        "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMm"
        + "MmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVv"
        + "WwWwWwWwWwXxXxYyZzZzZzhtwyẚſẜẝẞẟAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe"
        + "EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYyỺỻỼỽỾỿ";

    internal const string HalfwidthKatakanaWide =
        "ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";

    /// <summary>Folds one UTF-16 unit.</summary>
    public static char Fold(char c) => Table[c];

    /// <summary>Whether the unit belongs to a script that separates words with spaces, so names in it need word boundaries.</summary>
    public static bool IsSpacedWordChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) : c < 0x2E80 && (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark);

    /// <summary>The key of a whole name: every unit folded, separators collapsed to one space and trimmed.</summary>
    public static string Key(ReadOnlySpan<char> text)
    {
        // Every unit gives at most one unit of the key (a separator only stands for separators that gave
        // none), so a buffer of the text's length always suffices.
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var pendingSeparator = false;
        var table = Table;
        foreach (var c in text)
        {
            var folded = table[c];
            if (folded == Drop)
            {
                continue;
            }

            if (folded == Separator)
            {
                pendingSeparator = length > 0;
                continue;
            }

            if (pendingSeparator)
            {
                buffer[length++] = Separator;
                pendingSeparator = false;
            }

            buffer[length++] = folded;
        }

        return new string(buffer[..length]);
    }

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            table[i] = FoldSlow((char)i);
        }

        foreach (var (variant, canonical) in CjkVariants.Pairs)
        {
            table[variant] = canonical;
        }

        return table;
    }

    private static char FoldSlow(char c)
    {
        if (c < 0x80)
        {
            return c switch
            {
                >= 'A' and <= 'Z' => (char)(c + 32),
                '-' or '.' or '_' or '/' or ',' => Separator,
                '\'' => Drop,
                _ when char.IsWhiteSpace(c) || char.IsControl(c) => c == '\0' ? Drop : Separator,
                _ => c,
            };
        }

        switch (c)
        {
            case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
            case >= '\u200E' and <= '\u200F':
            case >= '\u202A' and <= '\u202E':
            case >= '\u2066' and <= '\u2069':
            case '\u2019' or '\u2018' or '\u02BC' or '\u02BB':
                return Drop;
            case '\u30FB' or '\u00B7' or '\uFF65' or '\u2027':
                return Separator;
            case 'ё' or 'Ё':
                return 'е';
            case 'ø' or 'Ø':
                return 'o';
            case 'ł' or 'Ł':
                return 'l';
            case 'đ' or 'Đ':
                return 'd';
            case >= '\u0300' and <= '\u036F':
                return Drop;
            case >= '\uFF01' and <= '\uFF5E':
                return FoldSlow((char)(c - 0xFEE0));
            case >= '\u30A1' and <= '\u30F6':
                return (char)(c - 0x60); // katakana → hiragana: the same reading
            case >= '\uFF66' and <= '\uFF9D':
                return FoldSlow(HalfwidthKatakanaWide[c - '\uFF66']);
        }

        if (char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation)
        {
            return Separator;
        }

        if (char.IsSurrogate(c))
        {
            return c;
        }

        if (c is >= '\u00C0' and <= '\u024F')
        {
            return char.ToLowerInvariant(LatinBases00C0[c - '\u00C0']);
        }

        if (c is >= '\u1E00' and <= '\u1EFF')
        {
            return char.ToLowerInvariant(LatinBases1E00[c - '\u1E00']);
        }

        return char.ToLowerInvariant(c);
    }
}
