using System.Runtime.CompilerServices;

namespace Kurils.Domain.Languages;

/// <summary>The writing systems the packs name, by their ISO 15924 codes.</summary>
internal enum Script : byte
{
    /// <summary>Not a letter of any script below (digits, punctuation, symbols, space).</summary>
    None,

    /// <summary><c>Latn</c>.</summary>
    Latin,

    /// <summary><c>Cyrl</c>.</summary>
    Cyrillic,

    /// <summary><c>Grek</c>.</summary>
    Greek,

    /// <summary><c>Arab</c>.</summary>
    Arabic,

    /// <summary><c>Hebr</c>.</summary>
    Hebrew,

    /// <summary><c>Hani</c>: Chinese characters, as used in Chinese and Japanese.</summary>
    Han,

    /// <summary><c>Kana</c>: hiragana and katakana.</summary>
    Kana,

    /// <summary><c>Hang</c>: Korean Hangul.</summary>
    Hangul,

    /// <summary><c>Thai</c>.</summary>
    Thai,

    /// <summary><c>Deva</c>: Devanagari, as Hindi and Marathi write it.</summary>
    Devanagari,
}

/// <summary>Which script a character belongs to, and the ISO 15924 codes packs use for them.</summary>
internal static class Scripts
{
    /// <summary>How many <see cref="Script"/> values there are, for arrays indexed by script.</summary>
    public const int Count = (int)Script.Devanagari + 1;

    private static readonly (string Code, Script Script)[] Codes =
    [
        ("Latn", Script.Latin), ("Cyrl", Script.Cyrillic), ("Grek", Script.Greek), ("Arab", Script.Arabic),
        ("Hebr", Script.Hebrew), ("Hani", Script.Han), ("Kana", Script.Kana), ("Hang", Script.Hangul), ("Thai", Script.Thai),
        ("Deva", Script.Devanagari),
    ];

    /// <summary>Every code a pack may name, in the order error messages list them.</summary>
    public static string[] CodeTexts { get; } = [.. Codes.Select(c => c.Code)];

    /// <summary>The script of an ISO 15924 code, or <see cref="Script.None"/> when it is not one of <see cref="CodeTexts"/>.</summary>
    public static Script FromCode(string code)
    {
        foreach (var (text, script) in Codes)
        {
            if (string.Equals(text, code, StringComparison.Ordinal))
            {
                return script;
            }
        }

        return Script.None;
    }

    /// <summary>The script of one UTF-16 unit; combining marks and other non-letters are <see cref="Script.None"/>.</summary>
    // Inlined with the ASCII test first: every stage that reads words asks this for most units of the text.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Script Of(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' ? Script.Latin : c < '\u00C0' ? Script.None : OfBeyondAscii(c);

    private static Script OfBeyondAscii(char c) => c switch
    {
        >= '\u0410' and <= '\u044F' => Script.Cyrillic, // А to я, all letters: no category look-up for most Cyrillic text
        (>= '\u00C0' and <= '\u024F') and not ('\u00D7' or '\u00F7') => Script.Latin,
        >= '\u1E00' and <= '\u1EFF' => Script.Latin, // Latin Extended Additional: Vietnamese letters with tone marks
        >= '\u0370' and <= '\u03FF' => char.IsLetter(c) ? Script.Greek : Script.None,
        >= '\u0400' and <= '\u052F' => char.IsLetter(c) ? Script.Cyrillic : Script.None,
        >= '\u05D0' and <= '\u05EA' => Script.Hebrew,
        (>= '\u0620' and <= '\u064A') or (>= '\u066E' and <= '\u06D3') or (>= '\u06FA' and <= '\u06FC') => Script.Arabic,
        >= '\u0E01' and <= '\u0E30' => Script.Thai,

        // Devanagari vowel signs are combining marks but hold a word together (की): all but the stops and digits.
        (>= '\u0900' and <= '\u0963') or (>= '\u0970' and <= '\u097F') => Script.Devanagari,
        (>= '\u3041' and <= '\u3096') or (>= '\u30A1' and <= '\u30FA') or '\u30FC' or (>= '\uFF66' and <= '\uFF9D') => Script.Kana,
        (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') or '\u3005' => Script.Han,
        (>= '\uAC00' and <= '\uD7A3') or (>= '\u1100' and <= '\u11FF') or (>= '\u3131' and <= '\u318E') => Script.Hangul,
        (>= '\uFF21' and <= '\uFF3A') or (>= '\uFF41' and <= '\uFF5A') => Script.Latin, // full-width Latin
        _ => Script.None,
    };

    /// <summary>Whether text in <paramref name="script"/> separates its words with spaces (CJK and Thai do not).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool SeparatesWords(Script script) => script is not (Script.Han or Script.Kana or Script.Thai);
}
