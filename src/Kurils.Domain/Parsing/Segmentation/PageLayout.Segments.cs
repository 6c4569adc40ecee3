using System.Collections.Immutable;

namespace Kurils.Domain.Parsing.Segmentation;

/// <summary>From the decided lines to segments that cover the input, and the comments section as a thread of comments.</summary>
internal sealed partial class PageLayout
{
    public ImmutableArray<Segment> ToSegments()
    {
        var units = new List<Unit>(_lines.Count + 1);
        for (var i = 0; i < _commentsStart; i++)
        {
            var line = _lines[i];
            if (i == _dateline)
            {
                var restStart = line.ContentStart + _datelineRest;
                units.Add(new Unit(SegmentKind.Dateline, line.Start, line.ContentStart, line.ContentStart + _datelineLength, null));
                units.Add(new Unit(SegmentKind.Body, restStart, restStart, line.ContentEnd, null));
                continue;
            }

            units.Add(new Unit(_kinds[i], line.Start, line.ContentStart, line.ContentEnd, null));
        }

        AddComments(units);

        var builder = ImmutableArray.CreateBuilder<Segment>(units.Count);
        for (var u = 0; u < units.Count; u++)
        {
            var unit = units[u];
            var start = u == 0 ? 0 : unit.Start;
            var end = u + 1 < units.Count ? units[u + 1].Start : _text.Length;
            builder.Add(new Segment(
                unit.Kind,
                TextSpan.FromBounds(start, end),
                TextSpan.FromBounds(unit.ContentStart, unit.ContentEnd),
                unit.Author));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>
    /// The comments section: each comment is a handle line (short, no sentence punctuation, no comma)
    /// and the text lines up to the next handle. The line after a handle is always text, however short.
    /// Headers, page chrome and closing credits stand apart and end the comment they interrupt.
    /// </summary>
    private void AddComments(List<Unit> units)
    {
        var open = false;
        var hasText = false;
        PageLine first = default;
        var lastEnd = 0;
        TextSpan? author = null;

        for (var i = _commentsStart; i < _lines.Count; i++)
        {
            var line = _lines[i];
            var standalone = _classes[i] switch
            {
                LineClass.CommentsHeader => SegmentKind.CommentsHeader,
                LineClass.Residue => SegmentKind.Residue,
                LineClass.Advertisement => SegmentKind.Advertisement,
                LineClass.Navigation => SegmentKind.Navigation,
                LineClass.Credit => SegmentKind.Credit,
                _ => SegmentKind.Unknown,
            };

            if (standalone != SegmentKind.Unknown)
            {
                Close();
                units.Add(new Unit(standalone, line.Start, line.ContentStart, line.ContentEnd, null));
                continue;
            }

            var handle = _rules.IsHandle(Content(i)) && HasCommentTextAfter(i);
            if (open && (!hasText || !handle))
            {
                hasText = true;
                lastEnd = line.ContentEnd;
                continue;
            }

            Close();
            open = true;
            first = line;
            lastEnd = line.ContentEnd;
            author = handle ? TextSpan.FromBounds(line.ContentStart, line.ContentEnd) : null;
            hasText = !handle;
        }

        Close();

        void Close()
        {
            if (open)
            {
                units.Add(new Unit(SegmentKind.Comment, first.Start, first.ContentStart, lastEnd, author));
                open = false;
            }
        }
    }

    // A handle needs its comment: a following line that would join the comment rather than stand apart.
    private bool HasCommentTextAfter(int i) =>
        i + 1 < _lines.Count
        && _classes[i + 1] is not (LineClass.CommentsHeader or LineClass.Residue or LineClass.Advertisement
            or LineClass.Navigation or LineClass.Credit);

    /// <summary>A finished piece before spans are closed up: it runs to the next unit's start.</summary>
    private readonly record struct Unit(SegmentKind Kind, int Start, int ContentStart, int ContentEnd, TextSpan? Author);
}
