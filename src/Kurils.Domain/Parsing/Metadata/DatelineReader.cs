using System.Collections.Immutable;

namespace Kurils.Domain.Parsing;

/// <summary>Reads place, agency and date out of the dateline segment ("ST. PETERSBURG, December 13. /TASS/.", "MOSCOW –", "TOKYO (Reuters) -").</summary>
internal static class DatelineReader
{
    public static Dateline? Read(string text, ImmutableArray<Segment> segments, ImmutableArray<DateMention> dates)
    {
        var segment = segments.FirstOrDefault(s => s.Kind == SegmentKind.Dateline);
        if (segment is null)
        {
            return null;
        }

        var span = segment.Content;
        var content = text.AsSpan(span.Start, span.Length);

        // The place runs up to the first comma, bracket, slash or dash.
        var placeEnd = content.IndexOfAny([',', '(', '/', '–', '—', '-']);
        var place = (placeEnd < 0 ? content : content[..placeEnd]).Trim().TrimEnd('.').Trim().ToString();

        string? agency = null;
        var slash = content.IndexOf('/');
        if (slash >= 0 && content[(slash + 1)..].IndexOf('/') is var close and > 0)
        {
            agency = content.Slice(slash + 1, close).Trim().ToString();
        }
        else if (content.IndexOf('(') is var open and >= 0 && content[(open + 1)..].IndexOf(')') is var closeParen and > 0)
        {
            agency = content.Slice(open + 1, closeParen).Trim().ToString();
        }

        var date = dates.FirstOrDefault(d => span.Contains(d.Span));
        var dateText = date?.Span.Of(text);
        return new Dateline(span, place.Length == 0 ? null : place, agency, dateText, date?.Date);
    }
}
