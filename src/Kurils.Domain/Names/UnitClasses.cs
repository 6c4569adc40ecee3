using System.Runtime.CompilerServices;

namespace Kurils.Domain.Names;

/// <summary>
/// The classes of text units the scanner's word boundaries depend on, one table load per unit, the same for every
/// catalog. A spaced-word unit is a letter, digit or mark of a script that separates words with spaces; a
/// transparent unit (apostrophe, combining mark, zero-width) is invisible when looking for the unit before a word,
/// so "O'Brien" is one word and "'Kunashir'" starts one.
/// </summary>
internal static class UnitClasses
{
    /// <summary>The bit of a spaced-word unit.</summary>
    public const byte SpacedWordUnit = 1;

    /// <summary>The bit of a transparent unit.</summary>
    public const byte TransparentUnit = 2;

    private static readonly byte[] Table = Build();

    /// <summary>The class bits of <paramref name="c"/>.</summary>
    public static byte Of(char c) => Table[c];

    /// <summary>Whether <paramref name="c"/> is a letter, digit or mark of a script that separates words with spaces.</summary>
    public static bool IsSpacedWordUnit(char c) => (Table[c] & SpacedWordUnit) != 0;

    /// <summary>Whether the last unit before <paramref name="i"/> that is not transparent belongs to a word of a spaced script.</summary>
    public static bool PreviousIsWordUnit(ReadOnlySpan<char> text, int i)
    {
        for (var p = i - 1; p >= 0; p--)
        {
            var unitClass = Table[text[p]];
            if ((unitClass & TransparentUnit) == 0)
            {
                return (unitClass & SpacedWordUnit) != 0;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="i"/>, inside a word, comes right after a prefix the morphology attaches to the next
    /// word ("و" in "وإيتوروب", "d'" in "d'Itouroup"): a name may start there.
    /// </summary>
    public static bool AfterAttachedPrefix(ReadOnlySpan<char> text, int i, NameMorphology morphology)
    {
        if (!morphology.HasPrefixes)
        {
            return false;
        }

        var start = i;
        while (start > 0 && i - start < morphology.MaxPrefixLength && (Table[text[start - 1]] & (SpacedWordUnit | TransparentUnit)) != 0)
        {
            start--;
        }

        var atWordStart = start == 0 || (Table[text[start - 1]] & (SpacedWordUnit | TransparentUnit)) == 0;
        return atWordStart && start < i && morphology.IsAttachedPrefix(text[start..i]);
    }

    // The table covers all 65,536 units and is built before the first scan: optimized at once, not tiered.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static byte[] Build()
    {
        var classes = new byte[char.MaxValue + 1];
        for (var raw = 0; raw <= char.MaxValue; raw++)
        {
            var unit = (char)raw;
            classes[raw] = (byte)((NameFolding.IsSpacedWordChar(unit) ? SpacedWordUnit : 0)
                | (NameFolding.Fold(unit) == NameFolding.Drop && !char.IsLetterOrDigit(unit) ? TransparentUnit : 0));
        }

        return classes;
    }
}
