using System.Collections.Immutable;
using System.Globalization;
using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Events;

/// <summary>
/// Finds a pack's words in text folded as packs fold them (one character for one, so offsets stay those of the
/// input): whole words in spaced scripts (or word beginnings for forms written with <c>*</c>, or after a particle
/// the language writes together with the next word), anywhere in scripts without spaces.
/// </summary>
internal static class WordMatcher
{
    /// <summary>The text folded one character at a time: lower case, typographic apostrophes, full width to ASCII.</summary>
    public static string Fold(string text) => string.Create(text.Length, text, static (chars, source) => Fold(source, chars));

    /// <summary>Folds <paramref name="source"/> into <paramref name="chars"/> (as long at least) as <see cref="Fold(string)"/> does.</summary>
    public static void Fold(ReadOnlySpan<char> source, Span<char> chars)
    {
        // Runs of ASCII are lowered in one (vectorized) call; every other unit alone, without a call into ICU for the
        // scripts news text is mostly in (InvariantCase, and Latin-1 here): the span call lowers a non-ASCII run through
        // ICU unit by unit, most of this stage's time on Cyrillic or Japanese text.
        var from = 0;
        while (from < source.Length)
        {
            var run = source[from..].IndexOfAnyExceptInRange('\0', '\u007F');
            var end = run < 0 ? source.Length : from + run;
            System.Text.Ascii.ToLower(source[from..end], chars[from..end], out _);
            for (from = end; from < source.Length && source[from] >= '\u0080'; from++)
            {
                chars[from] = FoldOne(source[from]);
            }
        }
    }

    /// <summary>One character folded: what <see cref="Fold(string)"/> does to each.</summary>
    internal static char FoldOne(char c)
    {
        var unit = c switch
        {
            '\u2019' or '\u02BC' => '\'',
            >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
            _ => c,
        };
        return unit switch
        {
            // The Latin-1 capitals (not the multiplication sign) are their small letters less 0x20; nothing else there has a case.
            (>= '\u00C0' and <= '\u00DE') and not '\u00D7' => (char)(unit + 0x20),
            >= '\u0080' and <= '\u00FF' => unit,
            _ => InvariantCase.Lower(unit),
        };
    }

    /// <summary>Whether <paramref name="c"/> belongs to a script written without spaces between words (Han, kana, Hangul, Thai).</summary>
    public static bool Unspaced(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF')
            or (>= '\uAC00' and <= '\uD7AF') or (>= '\u1100' and <= '\u11FF') or (>= '\u0E00' and <= '\u0E7F');

    /// <summary>Whether <paramref name="c"/> belongs to a word: a letter, digit or combining mark (ASCII has no marks).</summary>
    internal static bool IsWordChar(char c) => c < '\u0080'
        ? char.IsAsciiLetterOrDigit(c)
        : char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Whether <paramref name="c"/> belongs to a word of a script written with spaces: where, after another such character, only a particle lets a form start (<see cref="MatchesInsideWords"/>).</summary>
    internal static bool IsSpacedWordChar(char c) => IsWordChar(c) && !Unspaced(c);

    /// <summary>Every occurrence of <paramref name="form"/> in <paramref name="range"/> of <paramref name="folded"/>, as a span.</summary>
    public static void FindAll(ReadOnlySpan<char> folded, TextSpan range, WordForm form, ImmutableArray<string> attachedPrefixes, List<TextSpan> result)
    {
        var first = form.Parts[0];
        var from = range.Start;
        while (from < range.End)
        {
            var at = folded.Slice(from, range.End - from).IndexOf(first, StringComparison.Ordinal);
            if (at < 0)
            {
                return;
            }

            var start = from + at;
            var end = MatchAt(folded, range, start, form, attachedPrefixes);
            if (end > 0)
            {
                result.Add(TextSpan.FromBounds(start, end));
            }

            from = start + 1;
        }
    }

    /// <summary>
    /// Where the occurrence of <paramref name="form"/> that starts at <paramref name="start"/> (where its first piece is, inside
    /// <paramref name="range"/>) ends, when it is one as <see cref="FindAll"/> counts it in <paramref name="range"/>; else -1.
    /// </summary>
    public static int MatchAt(ReadOnlySpan<char> folded, TextSpan range, int start, WordForm form, ImmutableArray<string> attachedPrefixes)
    {
        var parts = form.Parts;
        var first = parts[0];
        var end = start + first.Length;
        for (var p = 1; p < parts.Length && end >= 0; p++)
        {
            end = FollowPart(folded, range.End, end, parts[p]);
        }

        var last = parts[^1].Length > 0 ? parts[^1][^1] : first[^1];
        return end > 0 && end <= range.End && StartsWord(folded, range.Start, start, first[0], attachedPrefixes) && EndsWord(folded, range.End, end, last, form.Prefix)
            ? end
            : -1;
    }

    /// <summary>After a word's free ending (the letters a <c>*</c> stands for), the next piece of a phrase; its end, or -1.</summary>
    private static int FollowPart(ReadOnlySpan<char> folded, int rangeEnd, int at, string part)
    {
        while (at < rangeEnd && IsWordChar(folded[at]))
        {
            at++;
        }

        // The piece starts with the space between the words: any run of white space will do.
        var rest = part.AsSpan().TrimStart(' ');
        var spaced = at;
        while (spaced < rangeEnd && char.IsWhiteSpace(folded[spaced]))
        {
            spaced++;
        }

        if (spaced == at || rangeEnd - spaced < rest.Length || !folded.Slice(spaced, rest.Length).SequenceEqual(rest))
        {
            return -1;
        }

        return spaced + rest.Length;
    }

    /// <summary>Whether <paramref name="form"/> occurs in <paramref name="range"/>.</summary>
    public static bool Occurs(ReadOnlySpan<char> folded, TextSpan range, WordForm form, ImmutableArray<string> attachedPrefixes, List<TextSpan> scratch)
    {
        scratch.Clear();
        FindAll(folded, range, form, attachedPrefixes, scratch);
        return scratch.Count > 0;
    }

    /// <summary>
    /// Whether, with these particles, a form may match from a place inside a word of a script with spaces (a character of
    /// <see cref="IsSpacedWordChar"/> after one of <see cref="IsWordChar"/>) that starts no range (<see cref="MatchAt"/>):
    /// only after a run of particles, the last of which then ends in that character before. French <c>l'</c> ends in an
    /// apostrophe and lets no form match inside a word; Arabic <c>و</c> is a letter and does.
    /// </summary>
    public static bool MatchesInsideWords(ImmutableArray<string> attachedPrefixes)
    {
        foreach (var prefix in attachedPrefixes)
        {
            if (prefix.Length > 0 && IsWordChar(prefix[^1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWord(ReadOnlySpan<char> folded, int rangeStart, int start, char first, ImmutableArray<string> attachedPrefixes)
    {
        if (Unspaced(first) || start == rangeStart || !IsWordChar(folded[start - 1]) || !IsWordChar(first))
        {
            return true;
        }

        // A particle written together with the word (Arabic و, ال; French l'): the word starts after it.
        var wordStart = start;
        while (wordStart > rangeStart && IsWordChar(folded[wordStart - 1]))
        {
            wordStart--;
        }

        var attached = folded.Slice(wordStart, start - wordStart);
        foreach (var prefix in attachedPrefixes)
        {
            if (attached.SequenceEqual(prefix) || (attached.Length > prefix.Length && attached.StartsWith(prefix, StringComparison.Ordinal) && IsAttachedChain(attached, attachedPrefixes)))
            {
                return true;
            }
        }

        return false;
    }

    // Two particles in a row (Arabic وال): every piece of the run is a particle.
    private static bool IsAttachedChain(ReadOnlySpan<char> run, ImmutableArray<string> prefixes)
    {
        while (!run.IsEmpty)
        {
            var matched = false;
            foreach (var prefix in prefixes)
            {
                if (run.StartsWith(prefix, StringComparison.Ordinal))
                {
                    run = run[prefix.Length..];
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsWord(ReadOnlySpan<char> folded, int rangeEnd, int end, char last, bool prefix) =>
        prefix || Unspaced(last) || end >= rangeEnd || !IsWordChar(folded[end]) || !IsWordChar(last);
}
