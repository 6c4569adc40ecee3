using System.Collections.Immutable;

namespace Kurils.Domain.Parsing.Metadata;

/// <summary>Reads place, agency and date out of the dateline segment ("ST. PETERSBURG, December 13. /TASS/.", "MOSCOW –", "TOKYO (Reuters) -").</summary>
internal static class DatelineReader
{
    public static Dateline? Read(string text, ImmutableArray<Segment> segments, ImmutableArray<DateMention> dates, KurilsCatalog catalog)
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
            return Bracketed(text, span, content, date, catalog);
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

    /// <summary>"【モスクワ共同】", "［東京　１３日　ロイター］ -": the place first, the agency last, a day between.</summary>
    private static Dateline Bracketed(string text, TextSpan span, ReadOnlySpan<char> content, DateMention? date, KurilsCatalog catalog)
    {
        var close = content.IndexOfAny('】', '］', ']');
        var inner = (close > 0 ? content[1..close] : content[1..]).Trim();
        var agency = AgencyAtEnd(inner, catalog);
        if (agency is not null)
        {
            inner = inner[..^agency.Length].Trim();
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

    /// <summary>
    /// The outlet's tag that ends a bracketed dateline, from the catalog: an outlet's name ("ロイター", "ＡＦＰ" as
    /// AFP) or the text of its dateline cue without the bracket ("共同】" gives 共同); the longest that fits.
    /// </summary>
    private static string? AgencyAtEnd(ReadOnlySpan<char> inner, KurilsCatalog catalog)
    {
        string? best = null;
        foreach (var outlet in catalog.Outlets)
        {
            foreach (var name in outlet.Names)
            {
                best = Longer(best, inner, name.Text);
            }

            foreach (var cue in outlet.Cues)
            {
                if (cue.Kind == OutletCueKind.Dateline && cue.Text.Length > 1 && cue.Text[^1] is '】' or '］' or ']')
                {
                    best = Longer(best, inner, cue.Text[..^1]);
                }
            }
        }

        return best;
    }

    // The tag as the dateline writes it (full width or not) when it ends the dateline and is longer than the best so far.
    private static string? Longer(string? best, ReadOnlySpan<char> inner, string tag)
    {
        if (tag.Length == 0 || tag.Length > inner.Length || (best is not null && best.Length >= tag.Length))
        {
            return best;
        }

        // A Latin tag must start a word: "AP" does not end "ALEPPO".
        var end = inner[^tag.Length..];
        if (inner.Length > tag.Length && char.IsAsciiLetterOrDigit(Narrow(tag[0])) && char.IsAsciiLetterOrDigit(Narrow(inner[^(tag.Length + 1)])))
        {
            return best;
        }

        for (var i = 0; i < tag.Length; i++)
        {
            if (Narrow(end[i]) != Narrow(tag[i]))
            {
                return best;
            }
        }

        return end.ToString();
    }

    private static char Narrow(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
}
