using System.Buffers;

namespace Kurils.Domain.Parsing;

/// <summary>Splits a paragraph into sentences: at . ! ? 。 ！ ？ followed by space, a closing quote or the end, except after common abbreviations and initials.</summary>
internal static class Sentences
{
    private static readonly string[] Abbreviations =
    [
        "Mr", "Mrs", "Ms", "Dr", "St", "Mt", "No", "Gen", "Lt", "Col", "Sgt", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sep", "Sept", "Oct", "Nov", "Dec", "U.S", "U.K", "U.N", "Jr", "Sr", "Prof", "vs", "etc", "i.e", "e.g", "Inc", "Co", "Corp",
        "г", "гг", "ул", "им", "т.е", "т.к", "т.д",
    ];

    /// <summary>The characters that can end a sentence, for a vectorized search.</summary>
    private static readonly SearchValues<char> Stops = SearchValues.Create(".!?。！？");

    /// <summary>Appends the sentences of <paramref name="range"/> to <paramref name="result"/>.</summary>
    public static void Split(string text, TextSpan range, List<TextSpan> result)
    {
        var start = range.Start;
        var end = range.End;
        var i = start;
        while (i < end)
        {
            var next = text.AsSpan(i, end - i).IndexOfAny(Stops);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = text[i];
            var j = i + 1;
            while (j < end && text[j] is '.' or '!' or '?' or '"' or '”' or '’' or '»' or '」' or '』' or ')')
            {
                j++;
            }

            var cjk = c is '。' or '！' or '？';
            var atBoundary = j >= end || cjk || char.IsWhiteSpace(text[j]);
            if (atBoundary && c == '.' && IsAbbreviation(text, start, i))
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

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var w = dot;
        while (w > sentenceStart && !char.IsWhiteSpace(text[w - 1]) && text[w - 1] is not ('(' or '"' or '“'))
        {
            w--;
        }

        var word = text.AsSpan(w, dot - w);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "V. Putin"
        }

        foreach (var abbreviation in Abbreviations)
        {
            if (word.Equals(abbreviation, StringComparison.Ordinal))
            {
                return true;
            }
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
