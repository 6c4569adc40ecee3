using System.Collections.Immutable;

namespace Kurils.Domain.Parsing;

/// <summary>Finds the segment holding an offset by binary search, and tells which segments are article text.</summary>
internal sealed class SegmentMap
{
    private readonly ImmutableArray<Segment> _segments;

    public SegmentMap(ImmutableArray<Segment> segments) => _segments = segments;

    public ImmutableArray<Segment> Segments => _segments;

    /// <summary>Segments whose text is the article's own prose: where statements and claims are read.</summary>
    public static bool IsArticleText(SegmentKind kind) => kind is SegmentKind.Body or SegmentKind.Headline or SegmentKind.Lead;

    public int SegmentOf(int offset)
    {
        int low = 0, high = _segments.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var span = _segments[mid].Span;
            if (offset < span.Start)
            {
                high = mid - 1;
            }
            else if (offset >= span.End)
            {
                low = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
