using System.Collections.Immutable;

namespace Kurils.Domain.Parsing.Metadata;

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
        var date = dates.FirstOrDefault(d => span.Contains(d.Span));
        if (content.Length > 2 && content[0] is '【' or '［' or '[')
        {
            return Bracketed(text, span, content, date);
        }

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
        else if (content.IndexOfAny('—', '–') is var dash and > 0 && content[(dash + 1)..].Trim().TrimEnd('.').Trim() is { Length: > 0 } after)
        {
            agency = after.ToString(); // "МОСКВА, 5 июн — РИА Новости."
        }

        var dateText = date?.Span.Of(text);
        return new Dateline(span, place.Length == 0 ? null : place, agency, dateText, date?.Date);
    }

    private static readonly string[] JapaneseAgencies = ["共同", "時事", "ロイター", "ＡＦＰ", "AFP", "AP", "ＡＰ", "タス", "新華社"];

    /// <summary>"【モスクワ共同】", "［東京　１３日　ロイター］ -": the place first, the agency last, a day between.</summary>
    private static Dateline Bracketed(string text, TextSpan span, ReadOnlySpan<char> content, DateMention? date)
    {
        var close = content.IndexOfAny('】', '］', ']');
        var inner = (close > 0 ? content[1..close] : content[1..]).Trim();
        string? agency = null;
        foreach (var candidate in JapaneseAgencies)
        {
            if (inner.EndsWith(candidate, StringComparison.Ordinal))
            {
                agency = candidate;
                inner = inner[..^candidate.Length].Trim();
                break;
            }
        }

        // The place is the first run before a space (full- or half-width) or a digit.
        var end = 0;
        while (end < inner.Length && !char.IsWhiteSpace(inner[end]) && !char.IsDigit(inner[end]))
        {
            end++;
        }

        var place = inner[..end].ToString();
        return new Dateline(span, place.Length == 0 ? null : place, agency, date?.Span.Of(text), date?.Date);
    }
}
