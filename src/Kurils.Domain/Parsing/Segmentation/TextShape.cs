using System.Buffers;
using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Segmentation;

/// <summary>
/// Cheap, bounded measurements of a piece of text (one line's content) that the line rules combine.
/// Every helper looks at a bounded number of units so a 10 MB line costs no more than a short one.
/// </summary>
internal static class TextShape
{
    /// <summary>Words are counted up to this many; callers only ask "at most N" for small N.</summary>
    public const int WordCountCap = 64;

    /// <summary>Units scanned when counting words; beyond this the line is long text anyway.</summary>
    private const int WordScanLimit = 2048;

    /// <summary>
    /// Whitespace for trimming and blank-line purposes: Unicode white space plus the invisible format
    /// characters pasted pages carry (a BOM, zero-width spaces), which must not make a line look substantive.
    /// </summary>
    public static bool IsSpace(char c) =>
        char.IsWhiteSpace(c) || c is '\uFEFF' or '\u200B' or '\u2060' or '\u200E' or '\u200F';

    /// <summary>Horizontal space only: never a line break.</summary>
    public static bool IsInlineSpace(char c) => !IsLineBreak(c) && IsSpace(c);

    /// <summary>The characters that end a line.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    /// <summary>The characters of <see cref="IsLineBreak"/>, for a vectorized search.</summary>
    public static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029\u0085");

    /// <summary>Han, kana, hangul: scripts written without spaces between words.</summary>
    public static bool IsCjk(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF')
            or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF66' and <= '\uFF9F');

    /// <summary>Number of space-separated words holding at least one letter or digit, capped at <see cref="WordCountCap"/>.</summary>
    public static int WordCount(ReadOnlySpan<char> s)
    {
        var count = 0;
        var inWord = false;
        var wordHasAlnum = false;
        var limit = Math.Min(s.Length, WordScanLimit);
        for (var i = 0; i < limit; i++)
        {
            var c = s[i];
            if (IsSpace(c))
            {
                if (inWord && wordHasAlnum && ++count >= WordCountCap)
                {
                    return count;
                }

                inWord = false;
                wordHasAlnum = false;
                continue;
            }

            inWord = true;
            wordHasAlnum |= char.IsLetterOrDigit(c);
        }

        if (inWord && wordHasAlnum)
        {
            count++;
        }

        return limit < s.Length ? WordCountCap : Math.Min(count, WordCountCap);
    }

    /// <summary>Whether the text contains CJK characters within its first units (it is then measured in characters, not words).</summary>
    public static bool HasCjk(ReadOnlySpan<char> s)
    {
        var limit = Math.Min(s.Length, 256);
        for (var i = 0; i < limit; i++)
        {
            if (IsCjk(s[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A size in "words" that works for both spaced and unspaced scripts: CJK text counts one word per
    /// three characters, roughly what a Japanese headline of N English words needs.
    /// </summary>
    public static int Heft(ReadOnlySpan<char> s) =>
        HasCjk(s) ? Math.Max(WordCount(s), Math.Min(LetterCount(s) / 3, WordCountCap)) : WordCount(s);

    /// <summary>Letters in the text, capped.</summary>
    public static int LetterCount(ReadOnlySpan<char> s)
    {
        var count = 0;
        var limit = Math.Min(s.Length, WordScanLimit);
        for (var i = 0; i < limit; i++)
        {
            if (char.IsLetter(s[i]))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether any letter occurs in the text.</summary>
    public static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last character that is not a quotation mark of <paramref name="marks"/>, a closing bracket or a space, or '\0' for none.</summary>
    public static char LastSignificant(ReadOnlySpan<char> s, TextLexicon marks)
    {
        for (var i = s.Length - 1; i >= 0 && i >= s.Length - 8; i--)
        {
            var c = s[i];
            if (marks.QuoteMarks.Contains(c) || TextLexicon.IsClosingBracket(c) || IsSpace(c))
            {
                continue;
            }

            return c;
        }

        return '\0';
    }

    /// <summary>Whether the text ends like a sentence: a stop of <paramref name="marks"/>' languages, or an ellipsis (…), which every script writes.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> s, TextLexicon marks) =>
        LastSignificant(s, marks) is var c && (marks.Stops.Contains(c) || c == '\u2026');

    /// <summary>Whether the text ends in a full stop of <paramref name="marks"/>' languages (not an ellipsis), the mark a headline lacks.</summary>
    public static bool EndsInPeriod(ReadOnlySpan<char> s, TextLexicon marks)
    {
        var end = s.Length;
        while (end > 0 && (marks.QuoteMarks.Contains(s[end - 1]) || TextLexicon.IsClosingBracket(s[end - 1]) || s[end - 1] == ' '))
        {
            end--;
        }

        var t = s[..end];
        return t.Length > 0 && marks.FullStops.Contains(t[^1]) && !t.EndsWith("...");
    }

    /// <summary>
    /// Title case: most words of four or more letters start with a capital ("Putin Says Japan Must Change
    /// Course."), which lets a title ending in a period still count as a headline.
    /// </summary>
    public static bool IsTitleCase(ReadOnlySpan<char> s, TextLexicon marks)
    {
        if (s.Length > 200)
        {
            return false;
        }

        var longWords = 0;
        var capitalised = 0;
        foreach (var range in s.SplitAny(" \t\u00A0"))
        {
            var w = TrimEdges(s[range], marks.WordEdges);
            if (w.Length < 4)
            {
                continue;
            }

            longWords++;
            if (char.IsUpper(w[0]))
            {
                capitalised++;
            }
        }

        return longWords >= 2 && capitalised * 10 >= longWords * 8;
    }

    /// <summary><paramref name="word"/> without the <paramref name="edges"/> at its start and end.</summary>
    private static ReadOnlySpan<char> TrimEdges(ReadOnlySpan<char> word, SearchValues<char> edges)
    {
        var first = word.IndexOfAnyExcept(edges);
        return first < 0 ? [] : word[first..(word.LastIndexOfAnyExcept(edges) + 1)];
    }

    /// <summary>Whether every letter in the text is upper case (and there is at least one).</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 0;
    }
}
