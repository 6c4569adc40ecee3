using System.Buffers;
using System.Text;

namespace Kurils.Domain.Parsing;

/// <summary>
/// <see cref="MemoryExtensions.IndexOf(ReadOnlySpan{char}, ReadOnlySpan{char}, StringComparison)"/> with
/// <see cref="StringComparison.OrdinalIgnoreCase"/>, the same answers, faster for phrases that are not all ASCII:
/// the runtime searches those a character at a time through its casing table (~2 ns a char, for each phrase,
/// over the whole article), where an ASCII needle is searched with vector instructions. A phrase opening with a letter
/// of a script without case (CJK, kana, Hangul, Arabic) is searched for that letter as written, vectorized.
/// </summary>
/// <remarks>
/// Ordinal case-insensitive equality compares UTF-16 units one by one after simple upper-casing, so a match of the
/// phrase starts with a match of its ASCII prefix ("Japan" of "Japan’s leader", or a single letter: "d" of a word
/// with an accent next): that prefix is searched
/// vectorized and each hit checked in full. A Cyrillic phrase can only match Cyrillic letters (U+0400–U+052F) or the
/// old lower-case variants of U+1C80–U+1C88 (the only other characters whose upper case is Cyrillic): in a text
/// without those variants, a match starts with the phrase's first letter in lower or upper case, and those two
/// characters are searched vectorized and each hit checked in full.
/// </remarks>
internal static class IgnoreCaseSearch
{
    /// <summary>The index of the first occurrence of <paramref name="phrase"/> in <paramref name="text"/>, ignoring case ordinally; -1 when none.</summary>
    public static int IndexOf(ReadOnlySpan<char> text, string phrase)
    {
        if (phrase.Length == 0)
        {
            return 0;
        }

        var prefix = 0;
        while (prefix < phrase.Length && char.IsAscii(phrase[prefix]))
        {
            prefix++;
        }

        if (prefix >= 2 || prefix == phrase.Length || (prefix == 1 && char.IsAsciiLetter(phrase[0])))
        {
            return IndexOfByAsciiAnchor(text, phrase, Anchor(phrase.AsSpan(0, prefix)));
        }

        if (prefix == 0 && IsCaseless(phrase[0]))
        {
            // No other character upper-cases to a caseless one: a match starts with it as written.
            var from = 0;
            while (true)
            {
                var at = text[from..].IndexOf(phrase[0]);
                if (at < 0)
                {
                    return -1;
                }

                if (text[(from + at)..].StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
                {
                    return from + at;
                }

                from += at + 1;
            }
        }

        if (prefix == 0 && IsCyrillic(phrase[0]) && !text.ContainsAnyInRange('\u1C80', '\u1C88'))
        {
            // A match starts with the first letter in either case: search those two vectorized, check each hit.
            var (lower, upper) = CyrillicCases(phrase[0]);
            var from = 0;
            while (true)
            {
                var at = text[from..].IndexOfAny(lower, upper);
                if (at < 0)
                {
                    return -1;
                }

                if (text[(from + at)..].StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
                {
                    return from + at;
                }

                from += at + 1;
            }
        }

        return text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The first match of <paramref name="phrase"/>, found by searching vectorized for every character that can
    /// stand at <paramref name="anchor"/> (an index into its ASCII prefix) and checking each hit in full with the
    /// runtime's own comparison. In invariant globalization mode (how kurils runs) the runtime's case-insensitive
    /// IndexOf goes a character at a time even for an ASCII needle, ~20 times slower than this.
    /// </summary>
    /// <remarks>
    /// Ordinal case-insensitive equality compares simple upper cases, and the only non-ASCII characters whose
    /// upper case is ASCII are U+0131 (ı, to I) and U+017F (ſ, to S): so at the anchor stands the ASCII letter in
    /// either case, or one of those two for i and s, or the non-letter itself. No match is skipped.
    /// </remarks>
    private static int IndexOfByAsciiAnchor(ReadOnlySpan<char> text, string phrase, int anchor)
    {
        var c = phrase[anchor];
        var lower = char.ToLowerInvariant(c);
        var upper = char.ToUpperInvariant(c);
        var third = lower switch { 'i' => '\u0131', 's' => '\u017F', _ => upper };
        var from = anchor;
        while (from < text.Length)
        {
            var at = text[from..].IndexOfAny(lower, upper, third);
            if (at < 0)
            {
                return -1;
            }

            var start = from + at - anchor;
            if (text.Length - start < phrase.Length)
            {
                return -1;
            }

            if (text.Slice(start, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return start;
            }

            from += at + 1;
        }

        return -1;
    }

    /// <summary>
    /// Where in an ASCII prefix to anchor the search: its letter rarest in running text (by an ordinary English
    /// letter-frequency order), so that fewer hits need the full check; a speed choice only, any index is correct.
    /// </summary>
    private static int Anchor(ReadOnlySpan<char> prefix)
    {
        var best = 0;
        var bestRank = -1;
        for (var i = 0; i < prefix.Length; i++)
        {
            var rank = AnchorRank[prefix[i]];
            if (rank > bestRank)
            {
                (best, bestRank) = (i, rank);
            }
        }

        return best;
    }

    /// <summary>For each ASCII character, how rare it is as an anchor: space least, then e, t, a … z, digits and punctuation most.</summary>
    private static readonly byte[] AnchorRank = BuildAnchorRank();

    /// <summary>
    /// How rare <paramref name="c"/> is in running text, for choosing where to anchor a search (higher is rarer): ASCII by
    /// <see cref="AnchorRank"/>, any other character above every ASCII one (rare in Latin text; a speed choice only).
    /// </summary>
    internal static int Rarity(char c) => c < AnchorRank.Length ? AnchorRank[c] : AnchorRank.Length;

    private static byte[] BuildAnchorRank()
    {
        const string ByFrequency = " etaoinshrdlcumwfgypbvkjxqz";
        var ranks = new byte[128];
        for (var c = 0; c < ranks.Length; c++)
        {
            var rank = ByFrequency.IndexOf(char.ToLowerInvariant((char)c), StringComparison.Ordinal);
            ranks[c] = (byte)(rank < 0 ? ByFrequency.Length : rank);
        }

        return ranks;
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u052F';

    /// <summary>
    /// Letters of scripts without case, which no other character upper-cases to: Hebrew, Arabic, Thai, Hangul jamo and
    /// syllables, kana, CJK ideographs.
    /// </summary>
    private static bool IsCaseless(char c) =>
        c is (>= '\u05D0' and <= '\u05EA') or (>= '\u0620' and <= '\u064A') or (>= '\u0E01' and <= '\u0E30') or (>= '\u1100' and <= '\u11FF')
            or (>= '\u3041' and <= '\u30FA') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7A3');

    /// <summary>
    /// A Cyrillic letter in lower and upper case: the basic block (U+0400–U+045F) mapped here, since
    /// <see cref="char.ToLowerInvariant(char)"/> calls into ICU for every non-ASCII character; others through it.
    /// </summary>
    private static (char Lower, char Upper) CyrillicCases(char c) => c switch
    {
        >= '\u0410' and <= '\u042F' => ((char)(c + 0x20), c),
        >= '\u0430' and <= '\u044F' => (c, (char)(c - 0x20)),
        >= '\u0400' and <= '\u040F' => ((char)(c + 0x50), c),
        >= '\u0450' and <= '\u045F' => (c, (char)(c - 0x50)),
        _ => (char.ToLowerInvariant(c), char.ToUpperInvariant(c)),
    };
}

/// <summary>
/// A <see cref="SearchValues{T}"/> of words compared with <see cref="StringComparison.OrdinalIgnoreCase"/>, split in
/// two: the all-ASCII words, which the runtime searches with vector instructions, and the others (Cyrillic, CJK,
/// Hangul), which it searches a character at a time. Those are searched only in text that holds a character of
/// their scripts, since none of them can match without one (see <see cref="IgnoreCaseSearch"/>).
/// </summary>
internal sealed class IgnoreCaseWords
{
    // At most this many words outside ASCII are searched one by one (IgnoreCaseSearch: a vectorized search for the
    // first letter of a Cyrillic or caseless word) rather than as a set, which the runtime searches a unit at a time
    // (the one Russian and the one Japanese consent word took a third of the segmenter's time on their pages).
    private const int SearchedOneByOne = 4;

    private readonly SearchValues<string> _ascii;
    private readonly SearchValues<string>? _other;
    private readonly string[] _otherWords;
    private readonly bool _otherNeedsScript;

    // The same two sets folded by CaseFold, searched ordinally in folded text; null when a word holds a surrogate,
    // which the ignore-case comparison matches by code point, not unit by unit as the fold does.
    private readonly SearchValues<string>? _asciiFolded;
    private readonly FoldedWords? _otherFolded;

    public IgnoreCaseWords(IEnumerable<string> words)
    {
        var all = words.ToArray();
        var ascii = all.Where(w => Ascii.IsValid(w)).ToArray();
        _ascii = SearchValues.Create(ascii, StringComparison.OrdinalIgnoreCase);
        var other = all.Where(w => !Ascii.IsValid(w)).ToArray();
        _other = other.Length == 0 ? null : SearchValues.Create(other, StringComparison.OrdinalIgnoreCase);
        _otherWords = other;

        // The gate holds only if every such word has a character no other script's character case-folds to.
        _otherNeedsScript = other.All(w => w.Any(IsScriptLetter));

        if (!all.Any(w => w.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF')))
        {
            _asciiFolded = SearchValues.Create([.. ascii.Select(CaseFold.Of)], StringComparison.Ordinal);
            _otherFolded = other.Length == 0 ? null : new FoldedWords([.. other.Select(CaseFold.Of)]);
        }
    }

    /// <summary>Whether <paramref name="text"/> contains any of the words, ignoring case ordinally.</summary>
    public bool ContainsAny(ReadOnlySpan<char> text) =>
        text.ContainsAny(_ascii) || (_other is not null && (!_otherNeedsScript || HasScriptLetter(text)) && ContainsOther(text));

    private bool ContainsOther(ReadOnlySpan<char> text)
    {
        if (_otherWords.Length > SearchedOneByOne)
        {
            return text.ContainsAny(_other!);
        }

        foreach (var word in _otherWords)
        {
            if (IgnoreCaseSearch.IndexOf(text, word) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How many words of <paramref name="text"/> hold one of the words (a word with two hits counts once: "quake"
    /// in "earthquake" is not a second hit); in scripts without spaces, each hit counts.
    /// </summary>
    public int Count(ReadOnlySpan<char> text) => CountOf(text, text, _ascii, null) + (_other is not null && (!_otherNeedsScript || HasScriptLetter(text)) ? CountOf(text, text, _other, null) : 0);

    /// <summary>
    /// <see cref="Count(ReadOnlySpan{char})"/> of <paramref name="text"/>, given also as <paramref name="folded"/> (the
    /// same span of <see cref="CaseFold.Of"/>'s fold): the same answer, searched ordinally, which is several times faster
    /// than the ignore-case search outside ASCII.
    /// </summary>
    public int Count(ReadOnlySpan<char> text, ReadOnlySpan<char> folded)
    {
        if (_asciiFolded is null || folded.Length != text.Length)
        {
            return Count(text);
        }

        return CountOf(text, folded, _asciiFolded, null)
            + (_otherFolded is not null && (!_otherNeedsScript || HasScriptLetter(text)) ? CountOf(text, folded, null, _otherFolded) : 0);
    }

    // The words (or the folded words) found in searched (the text itself, or its fold), counted as Count says.
    private static int CountOf(ReadOnlySpan<char> text, ReadOnlySpan<char> searched, SearchValues<string>? words, FoldedWords? folded)
    {
        var count = 0;
        var from = 0;
        while (from < text.Length)
        {
            var at = words is not null ? searched[from..].IndexOfAny(words) : folded!.IndexOfAny(searched[from..]);
            if (at < 0)
            {
                break;
            }

            count++;
            var next = from + at + 1;
            while (next < text.Length && char.IsLetter(text[next]) && text[next] is not ((>= '\u3040' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7A3')))
            {
                next++;
            }

            from = next;
        }

        return count;
    }

    /// <summary>
    /// Folded words outside ASCII searched ordinally in folded text: one pass over the text tests each pair of units
    /// against a bit set of the words' first two units, and checks a hit against the words opening with that pair. The
    /// runtime's ordinal search of many such words walks a trie through a dictionary at every character, and a search
    /// for their first units stops too often in a script whose words share a few first letters.
    /// </summary>
    private sealed class FoldedWords
    {
        // Bit (low byte of the first unit, low byte of the second) is set when some word may open with that pair.
        private readonly ulong[] _pairs = new ulong[65536 / 64];
        private readonly Dictionary<int, string[]> _byPair;
        private readonly string _singles;

        public FoldedWords(string[] words)
        {
            var distinct = words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
            _singles = string.Concat(distinct.Where(w => w.Length == 1));
            _byPair = distinct.Where(w => w.Length > 1).GroupBy(w => (w[0] << 16) | w[1]).ToDictionary(g => g.Key, g => g.ToArray());
            foreach (var key in _byPair.Keys)
            {
                var bit = PairBit((char)(key >> 16), (char)key);
                _pairs[bit >> 6] |= 1UL << bit;
            }
        }

        private static int PairBit(char first, char second) => ((first & 0xFF) << 8) | (second & 0xFF);

        /// <summary>Where the first word starts in <paramref name="folded"/>; -1 when none does.</summary>
        public int IndexOfAny(ReadOnlySpan<char> folded)
        {
            var pairs = _pairs;
            for (var i = 0; i < folded.Length; i++)
            {
                if (_singles.Length > 0 && _singles.Contains(folded[i], StringComparison.Ordinal))
                {
                    return i;
                }

                if (i + 1 < folded.Length)
                {
                    var bit = PairBit(folded[i], folded[i + 1]);
                    if ((pairs[bit >> 6] & (1UL << bit)) != 0 && _byPair.TryGetValue((folded[i] << 16) | folded[i + 1], out var candidates))
                    {
                        var rest = folded[i..];
                        foreach (var word in candidates)
                        {
                            if (rest.StartsWith(word, StringComparison.Ordinal))
                            {
                                return i;
                            }
                        }
                    }
                }
            }

            return -1;
        }
    }

    /// <summary>Cyrillic, kana and CJK ideographs, Hangul syllables.</summary>
    private static bool IsScriptLetter(char c) => c is (>= '\u0400' and <= '\u052F') or (>= '\u3040' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7A3');

    /// <summary>A character of <see cref="IsScriptLetter"/>, or one whose upper case is Cyrillic (U+1C80–U+1C88).</summary>
    private static bool HasScriptLetter(ReadOnlySpan<char> text) =>
        text.ContainsAnyInRange('\u0400', '\u052F') || text.ContainsAnyInRange('\u3040', '\u9FFF')
        || text.ContainsAnyInRange('\uAC00', '\uD7A3') || text.ContainsAnyInRange('\u1C80', '\u1C88');
}

/// <summary>
/// Folds text one UTF-16 unit for one (offsets stay those of the input) so that an ordinal comparison of folded
/// text answers as <see cref="StringComparison.OrdinalIgnoreCase"/> does for words without surrogates: each unit
/// becomes its invariant upper case (or that of its lower case: the Kelvin sign's is "K") when the runtime's ignore-case
/// comparison holds the two equal, else stays itself; surrogates stay as they are.
/// </summary>
/// <remarks>
/// The mapping of units outside ASCII is read from the runtime once per 256-unit page, on first need, so the fold of
/// a text costs a table lookup a character and ASCII runs are upper-cased with vector instructions.
/// </remarks>
internal static class CaseFold
{
    private static readonly char[]?[] Pages = new char[]?[256];

    /// <summary>The fold of <paramref name="text"/>.</summary>
    public static string Of(string text) => string.Create(text.Length, text, static (chars, source) => Fold(source, chars));

    /// <summary>Writes the fold of <paramref name="source"/> to <paramref name="destination"/> (at least as long).</summary>
    public static void Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        var at = 0;
        while (at < source.Length)
        {
            var other = source[at..].IndexOfAnyExceptInRange('\0', '\u007F');
            var end = other < 0 ? source.Length : at + other;
            Ascii.ToUpper(source[at..end], destination[at..end], out _);
            for (at = end; at < source.Length && source[at] > '\u007F'; at++)
            {
                var c = source[at];
                destination[at] = (Pages[c >> 8] ?? BuildPage(c >> 8))[c & 0xFF];
            }
        }
    }

    /// <summary>One unit folded.</summary>
    public static char One(char c)
    {
        var page = Pages[c >> 8] ?? BuildPage(c >> 8);
        return page[c & 0xFF];
    }

    private static char[] BuildPage(int number)
    {
        var page = new char[256];
        for (var i = 0; i < page.Length; i++)
        {
            var c = (char)((number << 8) | i);
            page[i] = char.IsSurrogate(c) ? c
                : EqualIgnoringCase(c, char.ToUpperInvariant(c)) ? char.ToUpperInvariant(c)
                : EqualIgnoringCase(c, char.ToUpperInvariant(char.ToLowerInvariant(c))) ? char.ToUpperInvariant(char.ToLowerInvariant(c))
                : c;
        }

        // Two threads may build the same page: both arrays are equal, either may stay.
        Pages[number] = page;
        return page;
    }

    // The runtime's own answer, so that the fold agrees with it whatever its casing tables (ICU or invariant mode).
    private static bool EqualIgnoringCase(char a, char b) =>
        new ReadOnlySpan<char>(in a).Equals(new ReadOnlySpan<char>(in b), StringComparison.OrdinalIgnoreCase);
}
