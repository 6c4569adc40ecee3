using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing;

/// <summary>
/// Splits a paragraph into sentences at the stops of the article's languages (. ! ? 。) followed by space, a
/// closing quote or the end (a full-width stop needs nothing after it), except after the languages'
/// abbreviations and after initials.
/// </summary>
internal static class Sentences
{
    /// <summary>Appends the sentences of <paramref name="range"/> to <paramref name="result"/>.</summary>
    public static void Split(string text, TextSpan range, TextLexicon marks, List<TextSpan> result)
    {
        var start = range.Start;
        var end = range.End;
        var i = start;
        while (i < end)
        {
            var next = text.AsSpan(i, end - i).IndexOfAny(marks.Stops);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = text[i];
            var j = i + 1;
            while (j < end && marks.Closers.Contains(text[j]))
            {
                j++;
            }

            // French sets a space inside its marks ("… close. »"): the closing mark after that space ends the sentence too.
            if (j == i + 1 && j + 1 < end && char.IsWhiteSpace(text[j]) && text[j] != '\n' && marks.Closers.Contains(text[j + 1])
                && (j + 2 >= end || char.IsWhiteSpace(text[j + 2]) || char.IsPunctuation(text[j + 2])))
            {
                j += 2;
            }

            var atBoundary = j >= end || marks.UnspacedStops.Contains(c) || char.IsWhiteSpace(text[j]);
            if (atBoundary && c == '.' && IsAbbreviation(text, start, i, marks))
            {
                atBoundary = false;
            }

            if (atBoundary)
            {
                result.Add(Trim(text, TextSpan.FromBounds(start, j)));
                while (j < end && char.IsWhiteSpace(text[j]))
                {
                    j++;
                }

                start = j;
            }

            i = j;
        }

        if (start < end)
        {
            var last = Trim(text, TextSpan.FromBounds(start, end));
            if (!last.IsEmpty)
            {
                result.Add(last);
            }
        }
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot, TextLexicon marks)
    {
        var w = dot;
        while (w > sentenceStart && !char.IsWhiteSpace(text[w - 1]) && !marks.Openers.Contains(text[w - 1]))
        {
            w--;
        }

        var word = text.AsSpan(w, dot - w);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "V. Putin"
        }

        if (marks.IsAbbreviation(word))
        {
            return true;
        }

        return false;
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        var s = span.Start;
        var e = span.End;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return TextSpan.FromBounds(s, e);
    }
}
