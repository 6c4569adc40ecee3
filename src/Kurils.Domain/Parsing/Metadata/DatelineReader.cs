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

        string? agency = null;
        if (LeadingTag(content) is { } lead)
        {
            // "(ANSA) - TOKYO, 22 GEN -": the agency's tag comes first.
            agency = content.Slice(1, lead.Close - 1).Trim().ToString();
            content = content[lead.After..];
        }

        var placeEnd = PlaceEnd(content);
        var place = content[..placeEnd].Trim().TrimEnd('.').Trim().ToString();

        var slash = content.IndexOf('/');
        if (agency is null && slash >= 0 && content[(slash + 1)..].IndexOf('/') is var close and > 0)
        {
            agency = content.Slice(slash + 1, close).Trim().ToString();
        }
        else if (agency is null && content.IndexOf('(') is var open and >= 0 && content[(open + 1)..].IndexOf(')') is var closeParen and > 0)
        {
            // "(Pakistan Point News / Sputnik - 03rd March, 2021)": the date the tag carries is not the agency's name.
            var tag = content.Slice(open + 1, closeParen);
            var tagStart = span.Start + (span.Length - content.Length) + open + 1;
            if (date is not null && date.Span.Start > tagStart && date.Span.End <= tagStart + tag.Length)
            {
                tag = tag[..(date.Span.Start - tagStart)].TrimEnd().TrimEnd(" -–—,".AsSpan());
            }

            agency = tag.Trim().ToString();
        }
        else if (agency is null && SeparatorDash(content, placeEnd) is var dash and > 0)
        {
            var after = content[(dash + 1)..].Trim().TrimEnd('.').Trim();
            var before = content[..dash].TrimEnd();
            var stop = before.LastIndexOf(". ");
            if (after.Length > 0)
            {
                agency = after.ToString(); // "МОСКВА, 5 июн — РИА Новости."
            }
            else if (stop > placeEnd && before[(stop + 2)..].Trim() is { Length: > 0 } tag && IsCapitals(tag))
            {
                agency = tag.ToString(); // "VLADIVOSTOK. March 19. VOSTOK-MEDIA –"
            }
        }

        var dateText = date?.Span.Of(text);
        return new Dateline(span, place.Length == 0 ? null : place, agency, dateText, date?.Date);
    }

    /// <summary>A "(AGENCY) –" that opens the dateline: where its tag closes and where the rest starts, or null.</summary>
    private static (int Close, int After)? LeadingTag(ReadOnlySpan<char> content)
    {
        if (content.Length < 3 || content[0] != '(' || content.IndexOf(')') is not (var close and > 1))
        {
            return null;
        }

        var rest = content[(close + 1)..].TrimStart();
        if (rest.Length == 0 || rest[0] is not ('-' or '–' or '—'))
        {
            return null;
        }

        var dashes = rest[1..].TrimStart('-').TrimStart('–').TrimStart('—');
        return (close, content.Length - dashes.TrimStart().Length);
    }

    /// <summary>
    /// Where the place ends: at the first comma, bracket or slash, a dash between spaces (not the hyphen of
    /// "ЮЖНО-САХАЛИНСК"), or a full stop before a word not in capitals ("VLADIVOSTOK. March 19", not "ST. PETERSBURG").
    /// </summary>
    private static int PlaceEnd(ReadOnlySpan<char> content)
    {
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c is ',' or '(' or '/' || (c is '-' or '–' or '—' && (i == 0 || !char.IsLetter(content[i - 1]) || i + 1 >= content.Length || !char.IsLetter(content[i + 1]))))
            {
                return i;
            }

            if (c == '.' && i + 2 < content.Length && content[i + 1] == ' ' && !StartsWordInCapitals(content[(i + 2)..]))
            {
                return i;
            }
        }

        return content.Length;
    }

    /// <summary>The first dash after the place that separates (not the hyphen inside "VOSTOK-MEDIA"), or -1.</summary>
    private static int SeparatorDash(ReadOnlySpan<char> content, int from)
    {
        for (var i = Math.Max(from + 1, 1); i < content.Length; i++)
        {
            if (content[i] is '-' or '–' or '—' && !char.IsLetter(content[i - 1]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool StartsWordInCapitals(ReadOnlySpan<char> s)
    {
        var end = 0;
        while (end < s.Length && !char.IsWhiteSpace(s[end]) && s[end] is not (',' or '.'))
        {
            end++;
        }

        return end > 0 && IsCapitals(s[..end]);
    }

    private static bool IsCapitals(ReadOnlySpan<char> s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 0;
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
