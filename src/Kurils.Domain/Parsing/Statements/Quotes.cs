using System.Collections.Immutable;

namespace Kurils.Domain.Parsing.Statements;

/// <summary>A quotation: the span inside the marks, and the marks' own positions.</summary>
internal readonly record struct Quote(TextSpan Inner, int Open, int Close);

/// <summary>
/// Finds quotations in every style the press uses: “…”, "…", «…», „…“, 「…」, 『…』, including a quote that opens
/// in each paragraph but closes only in the last one. Unbalanced marks are ignored, never guessed at. Linear:
/// each paragraph is scanned once, and a run-on quote only moves forward.
/// </summary>
internal static class Quotes
{
    public static ImmutableArray<Quote> Find(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        var result = ImmutableArray.CreateBuilder<Quote>();
        var p = 0;
        while (p < paragraphs.Count)
        {
            var para = paragraphs[p];
            var i = para.Start;
            var continuedTo = p;
            while (i < para.End)
            {
                var open = text[i];
                if (!IsOpener(text, i, para.Start))
                {
                    i++;
                    continue;
                }

                var close = FindClose(text, open, i + 1, para.End);
                if (close >= 0)
                {
                    if (HasLetter(text, i + 1, close))
                    {
                        result.Add(new Quote(Inner(text, i + 1, close), i, close));
                    }

                    i = close + 1;
                    continue;
                }

                // No closing mark in this paragraph: the convention for a long quote is to reopen it at the start
                // of each following paragraph and close it only in the last.
                var q = p + 1;
                var closed = -1;
                while (q < paragraphs.Count && paragraphs[q].Length > 0 && text[paragraphs[q].Start] == open)
                {
                    closed = FindClose(text, open, paragraphs[q].Start + 1, paragraphs[q].End);
                    if (closed >= 0)
                    {
                        break;
                    }

                    q++;
                }

                if (closed >= 0)
                {
                    result.Add(new Quote(Inner(text, i + 1, closed), i, closed));
                    continuedTo = q;
                }
                else
                {
                    // The paragraphs that reopened the quote never close it either: do not search them again.
                    continuedTo = Math.Max(p, q - 1);
                }

                break;
            }

            p = continuedTo + 1;
        }

        return result.ToImmutable();
    }

    public static bool IsQuoteMark(char c) => c is '"' or '“' or '”' or '«' or '»' or '„' or '「' or '」' or '『' or '』';

    private static bool IsOpener(string text, int i, int paragraphStart)
    {
        var c = text[i];
        if (c is '“' or '«' or '„' or '「' or '『')
        {
            return true;
        }

        // A straight quote opens at the start of a paragraph or after a space or an opening bracket or dash.
        return c == '"' && (i == paragraphStart || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-' or ':');
    }

    private static int FindClose(string text, char open, int from, int end)
    {
        var depth = 0;
        for (var i = from; i < end; i++)
        {
            var c = text[i];
            switch (open)
            {
                case '“' when c == '“':
                case '«' when c == '«':
                case '「' when c == '「':
                case '『' when c == '『':
                    depth++;
                    break;
                case '“' when c == '”':
                case '«' when c == '»':
                case '「' when c == '」':
                case '『' when c == '』':
                    if (depth-- == 0)
                    {
                        return i;
                    }

                    break;
                case '„' when c is '“' or '”':
                    return i;
                case '"' when c == '"':
                    return i;
            }
        }

        return -1;
    }

    /// <summary>The quoted words without the comma that English puts before the closing mark ("…next," he said).</summary>
    private static TextSpan Inner(string text, int start, int end)
    {
        while (end > start && (text[end - 1] is ',' or ';' || char.IsWhiteSpace(text[end - 1])))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    private static bool HasLetter(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
