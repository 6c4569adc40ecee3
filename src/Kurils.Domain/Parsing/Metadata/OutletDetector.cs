using System.Collections.Immutable;

namespace Kurils.Domain.Parsing;

/// <summary>
/// Decides who published the article from the cues outlets leave in pasted text, never from outlets the text
/// merely cites ("reported by TASS"). Site furniture names the publisher; a dateline agency tag or closing
/// credit names the wire whose story it is, and the publisher too when no site furniture says otherwise. A photo
/// credit alone proves nothing about the publisher.
/// </summary>
internal static class OutletDetector
{
    public static (string? Publisher, string? Wire) Detect(string text, ImmutableArray<Segment> segments, KurilsCatalog catalog)
    {
        string? page = null;
        string? wire = null;
        foreach (var outlet in catalog.Outlets)
        {
            foreach (var cue in outlet.Cues)
            {
                switch (cue.Kind)
                {
                    case OutletCueKind.Page when page is null && AppearsIn(text, segments, cue.Text, kind => kind is not SegmentKind.Body and not SegmentKind.Comment):
                        page = outlet.Id;
                        break;
                    case OutletCueKind.Dateline when wire is null && AppearsIn(text, segments, cue.Text, kind => kind == SegmentKind.Dateline):
                    case OutletCueKind.Signature when wire is null && AppearsIn(text, segments, cue.Text, kind => kind is SegmentKind.Credit or SegmentKind.Dateline or SegmentKind.EditorNote):
                        wire = outlet.Id;
                        break;
                }
            }
        }

        var publisher = page ?? wire;
        return (publisher, string.Equals(wire, publisher, StringComparison.Ordinal) ? null : wire);
    }

    private static bool AppearsIn(string text, ImmutableArray<Segment> segments, string cue, Func<SegmentKind, bool> where)
    {
        foreach (var segment in segments)
        {
            if (where(segment.Kind) && text.AsSpan(segment.Span.Start, segment.Span.Length).Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
