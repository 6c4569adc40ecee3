using System.Collections.Frozen;

namespace Kurils.Domain.Names;

/// <summary>
/// Russian declines names ("Путин" → "Путина", "Итуруп" → "на Итурупе", "Япония" → "Японии"): the case endings
/// that may follow a name's stem. Only whole endings followed by a word boundary count.
/// </summary>
internal static class RussianEndings
{
    private const int MaxLength = 3;

    private static readonly FrozenSet<string> Endings = new[]
    {
        "а", "я", "у", "ю", "е", "и", "ы", "о", "ом", "ем", "ём", "ой", "ей", "ою", "ею", "ам", "ям", "ами", "ями", "ах", "ях",
        "ов", "ев", "ого", "его", "ому", "ему", "ым", "им", "ых", "их", "ую", "юю", "ая", "яя", "ые", "ие",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Endings.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    /// <summary>Vowels (and й, ь) that end a nominative the stem of which takes the endings: Япони-я, Курил-ы, Захаров-а.</summary>
    public static bool IsStemVowel(char c) => c is 'а' or 'я' or 'ы' or 'и' or 'о' or 'е' or 'й' or 'ь';

    /// <summary>The length of the case ending at <paramref name="index"/>, or 0 when the letters there are not one.</summary>
    public static int EndingAt(ReadOnlySpan<char> text, int index)
    {
        var length = 0;
        while (index + length < text.Length && IsCyrillic(text[index + length]) && char.IsLetter(text[index + length]))
        {
            if (++length > MaxLength)
            {
                return 0;
            }
        }

        if (length == 0 || (index + length < text.Length && NameFolding.IsSpacedWordChar(text[index + length])))
        {
            return 0;
        }

        // Endings are basic Cyrillic, lower case: only А–Я and Ё need lowering (by hand, since
        // char.ToLowerInvariant calls into ICU for every non-ASCII letter).
        Span<char> lower = stackalloc char[MaxLength];
        for (var k = 0; k < length; k++)
        {
            var c = text[index + k];
            lower[k] = c switch
            {
                >= 'А' and <= 'Я' => (char)(c + ('а' - 'А')),
                'Ё' => 'ё',
                _ => c,
            };
        }

        return Lookup.Contains(lower[..length]) ? length : 0;
    }
}
