using System.Collections.Immutable;
using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Segmentation;

/// <summary>
/// Splits a pasted article into <see cref="Segment"/>s without losing a character: the segments cover the
/// input in order, so concatenating their spans gives it back. Works in passes over the non-blank lines:
/// line-local rules first (<see cref="LineRules"/>), then the comments section, then the article's shape
/// (headline, lead, dateline, captions, closing credits) from each line's neighbours (<see cref="PageLayout"/>).
/// Every pass is linear and every rule reads a bounded part of a line, so no input is slow and none makes it throw.
/// </summary>
internal static class Segmenter
{
    /// <summary>Splits <paramref name="text"/> into segments with the page words of every shipped language.</summary>
    public static ImmutableArray<Segment> Split(string text) => Split(text, LanguagePacks.Default.Page);

    /// <summary>Splits <paramref name="text"/> into segments, reading its page furniture with <paramref name="words"/> (the article's languages); see the type's remarks for the guarantees.</summary>
    public static ImmutableArray<Segment> Split(string text, PageLexicon words)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }

        var rules = new LineRules(words);
        var lines = ReadLines(text, rules);
        if (lines.Count == 0)
        {
            return [new Segment(SegmentKind.Unknown, new TextSpan(0, text.Length), new TextSpan(0, 0))];
        }

        var page = new PageLayout(text, lines, rules);
        page.Resolve();
        return page.ToSegments();
    }

    /// <summary>
    /// The non-blank lines, trimmed; a sentence with a closing credit glued to its end
    /// ("...here.© KYODO") becomes two lines so each gets its own kind.
    /// </summary>
    private static List<PageLine> ReadLines(string text, LineRules rules)
    {
        var lines = new List<PageLine>((text.Length / 256) + 4);
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var lineLength = text.AsSpan(i).IndexOfAny(TextShape.LineBreaks);
            i = lineLength < 0 ? text.Length : i + lineLength;

            var end = i;
            if (i < text.Length)
            {
                i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            }

            var cs = start;
            while (cs < end && TextShape.IsSpace(text[cs]))
            {
                cs++;
            }

            var ce = end;
            while (ce > cs && TextShape.IsSpace(text[ce - 1]))
            {
                ce--;
            }

            if (cs == ce)
            {
                continue;
            }

            var glued = rules.GluedCreditStart(text.AsSpan(cs, ce - cs));
            if (glued < 0)
            {
                lines.Add(new PageLine(start, cs, ce, GluedCredit: false));
                continue;
            }

            var at = cs + glued;
            var headEnd = at;
            while (headEnd > cs && TextShape.IsSpace(text[headEnd - 1]))
            {
                headEnd--;
            }

            lines.Add(new PageLine(start, cs, headEnd, GluedCredit: false));
            lines.Add(new PageLine(at, at, ce, GluedCredit: true));
        }

        return lines;
    }
}

/// <summary>One non-blank line (or the credit cut from its end). Offsets are into the input.</summary>
/// <param name="Start">Where the line's own span starts (the line start, indentation included).</param>
/// <param name="ContentStart">First non-space unit.</param>
/// <param name="ContentEnd">Just past the last non-space unit.</param>
/// <param name="GluedCredit">Whether this is a credit cut from the end of the previous line.</param>
internal readonly record struct PageLine(int Start, int ContentStart, int ContentEnd, bool GluedCredit)
{
    public int Length => ContentEnd - ContentStart;
}
