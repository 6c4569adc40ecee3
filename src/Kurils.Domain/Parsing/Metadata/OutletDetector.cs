using System.Collections.Immutable;

namespace Kurils.Domain.Parsing.Metadata;

/// <summary>
/// Decides who published the article from the cues outlets leave in pasted text, never from outlets the text
/// merely cites ("reported by TASS"). Site furniture names the publisher; a dateline agency tag or closing
/// credit names the wire whose story it is, and the publisher too when no site furniture says otherwise. A photo
/// credit alone proves nothing about the publisher.
/// </summary>
internal static class OutletDetector
{
    public static (string? Publisher, string? Wire) Detect(string text, ImmutableArray<Segment> segments, IReadOnlyList<Mention> mentions, Dateline? dateline, KurilsCatalog catalog)
    {
        string? page = null;
        string? wire = null;

        // The segments each kind of cue is read in, gathered once rather than filtered again for every cue.
        var pageSpans = new List<TextSpan>();
        var datelineSpans = new List<TextSpan>();
        var signatureSpans = new List<TextSpan>();
        foreach (var segment in segments)
        {
            if (segment.Kind is not SegmentKind.Body and not SegmentKind.Comment)
            {
                pageSpans.Add(segment.Span);
            }

            if (segment.Kind == SegmentKind.Dateline)
            {
                datelineSpans.Add(segment.Span);
            }

            if (segment.Kind is SegmentKind.Credit or SegmentKind.Dateline or SegmentKind.EditorNote)
            {
                signatureSpans.Add(segment.Span);
            }
        }

        foreach (var outlet in catalog.Outlets)
        {
            foreach (var cue in outlet.Cues)
            {
                switch (cue.Kind)
                {
                    case OutletCueKind.Page when page is null && AppearsIn(text, pageSpans, cue.Text):
                        page = outlet.Id;
                        break;
                    case OutletCueKind.Dateline when wire is null && (AppearsIn(text, datelineSpans, cue.Text) || OpensTheBody(text, segments, cue.Text)):
                    case OutletCueKind.Signature when wire is null && AppearsIn(text, signatureSpans, cue.Text):
                        wire = outlet.Id;
                        break;
                }
            }
        }

        // The agency named in the dateline ("TOKYO (Kyodo) --", "МОСКВА, 5 июн — РИА Новости."), when it is an outlet.
        if (wire is null && dateline?.Agency is { } agency)
        {
            wire = OutletNamed(agency, catalog);
        }

        page ??= SiteName(text, segments, catalog);
        wire ??= CreditedOutlet(segments, mentions);
        var publisher = page ?? wire;
        return (publisher, string.Equals(wire, publisher, StringComparison.Ordinal) ? null : wire);
    }

    /// <summary>
    /// The site's own name above the article: a line before the body that is exactly an outlet's name
    /// ("The Moscow Times"), or a headline suffix naming one ("… | AP News", "… - The Japan Times").
    /// </summary>
    private static string? SiteName(string text, ImmutableArray<Segment> segments, KurilsCatalog catalog)
    {
        foreach (var segment in segments)
        {
            if (segment.Kind is SegmentKind.Body or SegmentKind.Dateline or SegmentKind.Lead)
            {
                break;
            }

            var content = segment.Content.Of(text);
            if (segment.Kind is SegmentKind.Navigation or SegmentKind.Unknown or SegmentKind.Residue && OutletNamed(content, catalog) is { } named)
            {
                return named;
            }

            if (segment.Kind == SegmentKind.Headline)
            {
                var cut = content.LastIndexOfAny(['|', '–', '—']);
                var dash = content.LastIndexOf(" - ", StringComparison.Ordinal);
                cut = Math.Max(cut, dash);
                if (cut > 0 && OutletNamed(content[(cut + 1)..].Trim(' ', '-'), catalog) is { } suffix)
                {
                    return suffix;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// An outlet the article's mentions name in a closing credit ("Copyright 2024 The Associated Press",
    /// "© 2024 Reuters"), or as the whole of its last line ("JIJI", "KYODO").
    /// </summary>
    private static string? CreditedOutlet(ImmutableArray<Segment> segments, IReadOnlyList<Mention> mentions)
    {
        var lastLine = LastContentSegment(segments);
        foreach (var mention in mentions)
        {
            if (mention.Kind != EntityKind.Outlet)
            {
                continue;
            }

            var segment = segments[mention.SegmentIndex];
            var whole = mention.SegmentIndex == lastLine && segment.Content.Length <= 30 && mention.Span.Length >= segment.Content.Length - 2;
            if (segment.Kind == SegmentKind.Credit || whole)
            {
                return mention.Id;
            }
        }

        return null;
    }

    private static int LastContentSegment(ImmutableArray<Segment> segments)
    {
        for (var s = segments.Length - 1; s >= 0; s--)
        {
            if (segments[s].Kind is not (SegmentKind.Comment or SegmentKind.CommentsHeader or SegmentKind.Tags or SegmentKind.Residue or SegmentKind.Advertisement) && !segments[s].Content.IsEmpty)
            {
                return s;
            }
        }

        return -1;
    }

    private static string? OutletNamed(string candidate, KurilsCatalog catalog)
    {
        // Site names often add "News" ("AP News", "Kyodo News+"): try the name with and without it.
        var trimmed = candidate.Trim().TrimEnd('+');
        var matches = catalog.Resolve(trimmed, EntityKind.Outlet);
        if (matches.IsEmpty && trimmed.EndsWith(" News", StringComparison.OrdinalIgnoreCase))
        {
            matches = catalog.Resolve(trimmed[..^" News".Length], EntityKind.Outlet);
        }

        return matches.Length == 1 ? matches[0].Entity.Id : null;
    }

    /// <summary>A dateline the segmenter did not recognise still opens the first paragraph ("Москва. 6 июня. INTERFAX.RU - …").</summary>
    private static bool OpensTheBody(string text, ImmutableArray<Segment> segments, string cue)
    {
        foreach (var segment in segments)
        {
            if (segment.Kind == SegmentKind.Body)
            {
                var opening = text.AsSpan(segment.Content.Start, Math.Min(segment.Content.Length, 60));
                return IgnoreCaseSearch.IndexOf(opening, cue) >= 0;
            }
        }

        return false;
    }

    private static bool AppearsIn(string text, List<TextSpan> spans, string cue)
    {
        foreach (var span in spans)
        {
            if (IgnoreCaseSearch.IndexOf(text.AsSpan(span.Start, span.Length), cue) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
