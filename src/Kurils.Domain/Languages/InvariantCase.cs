namespace Kurils.Domain.Languages;

/// <summary>
/// <see cref="char.ToLowerInvariant(char)"/> without its call into ICU for the scripts news text is mostly in: ASCII
/// and basic Cyrillic are mapped here, kana, CJK ideographs and Hangul syllables have no case; every other unit goes
/// through <see cref="char.ToLowerInvariant(char)"/>, so the result is always the same as its.
/// </summary>
/// <remarks>The stages that look words up lower-case them unit by unit; one ICU call per unit of a Cyrillic word was a good part of their time.</remarks>
internal static class InvariantCase
{
    /// <summary>The lower case of <paramref name="c"/>, as <see cref="char.ToLowerInvariant(char)"/> gives it.</summary>
    public static char Lower(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c | 0x20),
        < '\u0080' => c,
        >= '\u0410' and <= '\u042F' => (char)(c + 0x20),
        >= '\u0400' and <= '\u040F' => (char)(c + 0x50),
        (>= '\u0430' and <= '\u045F') or (>= '\u3040' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7A3') => c,
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>
    /// <paramref name="word"/> in lower case, with the typographic apostrophes as the plain one, into
    /// <paramref name="lower"/> (as long as it): how the packs' words are written, and so how text is looked up in them.
    /// </summary>
    public static void LowerWord(ReadOnlySpan<char> word, Span<char> lower)
    {
        for (var k = 0; k < word.Length; k++)
        {
            lower[k] = LowerWordUnit(word[k]);
        }
    }

    /// <summary>One unit as <see cref="LowerWord"/> writes it.</summary>
    public static char LowerWordUnit(char c) => c is '\u2019' or '\u02BC' ? '\'' : Lower(c);
}
