using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing.Segmentation;

namespace Kurils.Domain.Parsing.Metadata;

/// <summary>
/// Decides who published the article from the cues outlets leave in pasted text, never from outlets the text
/// merely cites ("reported by TASS"). Site furniture names the publisher; a dateline agency tag or closing
/// credit names the wire whose story it is, and the publisher too when no site furniture says otherwise. A photo
/// credit alone proves nothing about the publisher. The cues: the catalog's own (page, dateline, signature), a
/// masthead or site-name line above the story, a date stamp ending in the outlet ("03.10.2022, Sputnik Italia"),
/// the agency tag opening the first paragraph ("SINGAPUR (Sputnik) —", "ИНТЕРФАКС -"), a byline or a source line
/// naming an outlet ("By Jane Doe, Reuters", "Источник: ТАСС"), and a closing credit or copyright line; a
/// copyright line naming a publisher the catalog lacks gives its name. The words of source and copyright lines
/// come from the article's language packs.
/// </summary>
internal static class OutletDetector
{
    /// <summary>The longest name taken from a copyright line for a publisher the catalog lacks.</summary>
    private const int MaxUncataloguedName = 60;

    /// <summary>The longest last line that is read as a closing credit ("— Kyodo", "（共同）", "(연합뉴스)").</summary>
    private const int MaxClosingLine = 30;

    /// <summary>How many words a source line may hold besides its prefix: more and it is a sentence ("With Reuters reporting, …").</summary>
    private const int MaxSourceLineWords = 6;

    /// <summary>How far into the first paragraph an agency's opening tag may end ("新华社东京6月5日电", "SINGAPUR (Sputnik) —").</summary>
    private const int MaxOpeningTag = 60;

    /// <summary>The outlet and wire of the article; <paramref name="folded"/> is its text folded by <see cref="CaseFold"/>, where the cues are searched.</summary>
    public static DetectedOutlet Detect(string text, ReadOnlySpan<char> folded, ImmutableArray<Segment> segments, IReadOnlyList<Mention> mentions, Dateline? dateline, KurilsCatalog catalog, PageLexicon words)
    {
        string? page = null;
        string? wire = null;

        // The segments each kind of cue is read in, gathered once rather than filtered again for every cue.
        var pageSpans = new List<TextSpan>();
        var datelineSpans = new List<TextSpan>();
        var signatureSpans = new List<TextSpan>();
        var closingSpans = new List<TextSpan>(1);
        var lastLine = LastContentSegment(segments);
        for (var s = 0; s < segments.Length; s++)
        {
            var segment = segments[s];
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

            // The story's short last line is a closing credit whatever the segmenter called it: a signature ("（共同）"),
            // or a dateline's agency tag on its own ("【共同】", "【時事】").
            if (s == lastLine && segment.Content.Length <= MaxClosingLine)
            {
                signatureSpans.Add(segment.Span);
                closingSpans.Add(segment.Span);
            }
        }

        var story = FirstStoryParagraph(text, segments, words.Marks);
        foreach (var outlet in catalog.Outlets)
        {
            foreach (var cue in outlet.Cues)
            {
                switch (cue.Kind)
                {
                    case OutletCueKind.Page when page is null && AppearsIn(text, folded, pageSpans, cue):
                        page = outlet.Id;
                        break;
                    case OutletCueKind.Dateline when wire is null && (AppearsIn(text, folded, datelineSpans, cue) || OpensTheBody(text, segments, story, cue.Text) || AppearsIn(text, folded, closingSpans, cue)):
                    case OutletCueKind.Signature when wire is null && (AppearsIn(text, folded, signatureSpans, cue) || ClosesTheStory(text, segments, lastLine, cue.Text, words.Marks)):
                        wire = outlet.Id;
                        break;
                }
            }
        }

        // The agency named in the dateline ("TOKYO (Kyodo) --", "МОСКВА, 5 июн — РИА Новости."), when it is an outlet.
        string? taggedPublisher = null;
        if (wire is null && dateline?.Agency is { } agency)
        {
            wire = OutletNamed(agency, catalog, words);

            // A tag naming a publisher and its source ("Pakistan Point News / Sputnik", "Reuters/Kyodo"): the source is
            // named last; a first name the catalog lacks is the publisher's, reprinting the source.
            if (wire is null && agency.IndexOf('/', StringComparison.Ordinal) is var firstSlash and > 0)
            {
                for (var end = agency.Length; wire is null && agency.LastIndexOf('/', end - 1) is var slash and > 0; end = slash)
                {
                    wire = OutletNamed(agency[(slash + 1)..end].Trim(), catalog, words);
                }

                var first = agency[..firstSlash].Trim();
                if (wire is not null && first.Length <= MaxUncataloguedName && TextShape.HasLetter(first) && OutletNamed(first, catalog, words) is null)
                {
                    taggedPublisher = first;
                }
            }
        }

        // A dateline whose place is an outlet's name is the agency's tag read as a place ("KYODO NEWS - …", "AGI - …").
        if (wire is null && dateline is { Agency: null, Place: { } place })
        {
            wire = OutletNamed(place, catalog, words);
        }

        page ??= SiteName(text, segments, catalog, words) ?? Masthead(text, segments, mentions, words) ?? StampedOutlet(text, segments, mentions, words.Marks);
        wire ??= OpeningTag(text, segments, mentions, words) ?? SignedOutlet(text, segments, mentions, words) ?? BarredByline(text, segments, mentions, words.Marks)
            ?? CreditLine(text, segments, mentions, words) ?? CreditedOutlet(text, segments, mentions, words.Marks);
        var publisher = page ?? (taggedPublisher is null ? wire : null);
        var name = publisher is null ? taggedPublisher ?? UncataloguedPublisher(text, segments, words) ?? UncataloguedSource(text, segments, mentions, words) ?? UncataloguedByline(text, segments, mentions, words) : null;
        return new DetectedOutlet(publisher, string.Equals(wire, publisher, StringComparison.Ordinal) ? null : wire, name);
    }

    /// <summary>
    /// A closing signature written on at the end of the story's last paragraph, after its last sentence
    /// ("…と述べた。（共同）"): the paragraph ends with the cue, and what stands before it ends a sentence.
    /// </summary>
    private static bool ClosesTheStory(string text, ImmutableArray<Segment> segments, int lastLine, string cue, TextLexicon marks)
    {
        if (lastLine < 0 || segments[lastLine].Content.Length <= MaxClosingLine)
        {
            return false;
        }

        var content = segments[lastLine].Content.Of(text).AsSpan().TrimEnd();
        if (content.Length <= cue.Length)
        {
            return false;
        }

        var tail = content[^cue.Length..];
        return IgnoreCaseSearch.IndexOf(tail, cue) == 0 && TextShape.EndsSentence(content[..^cue.Length].TrimEnd(), marks);
    }

    /// <summary>
    /// A masthead above the story: a short line before the body that starts with an outlet's name, after any bullet
    /// or dash, and goes on with nothing but the site's words or, after a separator, its date ("- Sputnik Mundo",
    /// "Kyodo News International", "Kyodo News | Jun 5, 2024"); "Reuters: Japan, Russia stall" is a headline citing it.
    /// </summary>
    private static string? Masthead(string text, ImmutableArray<Segment> segments, IReadOnlyList<Mention> mentions, PageLexicon words)
    {
        var firstBody = FirstBody(segments);
        foreach (var mention in mentions)
        {
            if (mention.Kind != EntityKind.Outlet || (firstBody >= 0 && mention.SegmentIndex >= firstBody))
            {
                continue;
            }

            var segment = segments[mention.SegmentIndex];
            if (segment.Kind is SegmentKind.Caption or SegmentKind.PhotoCredit or SegmentKind.Comment)
            {
                continue;
            }

            var content = segment.Content.Of(text).AsSpan();
            var lead = content.Length - content.TrimStart(" -–—|•·>»").Length;
            var line = content[lead..].TrimEnd();
            var after = text.AsSpan(mention.Span.End, segment.Content.End - mention.Span.End).Trim();
            if (mention.Span.Start == segment.Content.Start + lead && line.Length <= 48 && !TextShape.EndsSentence(line, words.Marks) && IsMastheadRest(after, words))
            {
                return mention.Id;
            }
        }

        return null;
    }

    /// <summary>
    /// A credit line under the headline: a line of the page's top, before the story's first paragraph, that is an
    /// outlet's name and nothing else but the site's words ("Reuters", "ТАСС", "共同通信", "Kyodo News"). The segmenter
    /// reads such a line as text; a name alone ends no sentence and says nothing of its own, so it credits the story.
    /// </summary>
    private static string? CreditLine(string text, ImmutableArray<Segment> segments, IReadOnlyList<Mention> mentions, PageLexicon words)
    {
        var story = FirstStoryParagraph(text, segments, words.Marks);
        foreach (var mention in mentions)
        {
            if (mention.Kind != EntityKind.Outlet || mention.InComment || (story >= 0 && mention.SegmentIndex >= story))
            {
                continue;
            }

            var segment = segments[mention.SegmentIndex];
            if (segment.Kind is not (SegmentKind.Body or SegmentKind.Lead or SegmentKind.Credit or SegmentKind.Unknown))
            {
                continue;
            }

            var content = segment.Content.Of(text).AsSpan();
            var lead = content.Length - content.TrimStart(" -–—|•·").Length;
            var before = mention.Span.Start - segment.Content.Start;
            var after = text.AsSpan(mention.Span.End, segment.Content.End - mention.Span.End).Trim();
            if (before == lead && content.Length <= MaxClosingLine && !TextShape.EndsSentence(content.TrimEnd(), words.Marks) && IsSiteWords(after, words, 2))
            {
                return mention.Id;
            }
        }

        return null;
    }

    // Nothing, or at most <paramref name="most"/> of the packs' site words ("News", "International", "Mundo").
    private static bool IsSiteWords(ReadOnlySpan<char> rest, PageLexicon words, int most)
    {
        if (rest.IsEmpty)
        {
            return true;
        }

        var siteWords = words.SiteWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in rest.Split(' '))
        {
            var w = rest[word].Trim(".,+");
            if (!w.IsEmpty && !siteWords.Contains(w))
            {
                return false;
            }
        }

        return TextShape.WordCount(rest) <= most;
    }

    // What may follow an outlet's name in its masthead: site words ("Mundo", "International"), or a separator and a stamp with a digit.
    private static bool IsMastheadRest(ReadOnlySpan<char> rest, PageLexicon words)
    {
        if (rest.IsEmpty)
        {
            return true;
        }

        if (rest[0] is '|' or '·' or '•' or '/' or '—' or '–' or '-' or ',')
        {
            return rest.ContainsAnyInRange('0', '9') && TextShape.WordCount(rest) <= 6;
        }

        // The site's name written as its address: "VOV.VN", "Kompas.com", "Mediapool.bg".
        if (IsDomainEnding(rest))
        {
            return true;
        }

        return IsSiteWords(rest, words, 3);
    }

    /// <summary>The longest ending of a site's address after its name (".co.id", ".com.vn").</summary>
    private const int MaxDomainEnding = 8;

    // ".vn", ".com", ".co.id": a full stop, then letters and full stops only, short, ending in a letter.
    private static bool IsDomainEnding(ReadOnlySpan<char> rest)
    {
        if (rest.Length is < 3 or > MaxDomainEnding || rest[0] != '.' || !char.IsAsciiLetter(rest[^1]))
        {
            return false;
        }

        foreach (var c in rest)
        {
            if (c != '.' && !char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A date stamp that ends in the outlet's name: "03.10.2022, Sputnik Italia", "5 June 2024 | Kyodo News".</summary>
    private static string? StampedOutlet(string text, ImmutableArray<Segment> segments, IReadOnlyList<Mention> mentions, TextLexicon marks)
    {
        foreach (var mention in mentions)
        {
            if (mention.Kind != EntityKind.Outlet || mention.InComment)
            {
                continue;
            }

            var segment = segments[mention.SegmentIndex];
            var before = text.AsSpan(segment.Content.Start, mention.Span.Start - segment.Content.Start).TrimEnd();
            var after = text.AsSpan(mention.Span.End, segment.Content.End - mention.Span.End).Trim();
            if (before.Length >= 2 && before[^1] is ',' or '|' && char.IsDigit(before[^2]) && TextShape.WordCount(after) <= 1 && !TextShape.EndsSentence(after, marks))
            {
                return mention.Id;
            }
        }

        return null;
    }

    /// <summary>
    /// The agency tag opening the first paragraph when the segmenter read no dateline: the outlet in brackets or
    /// slashes followed by a dash or a full stop ("SINGAPUR (Sputnik) — …", "Токіо, 5 червня /Укрінформ/. …"), in
    /// capitals right before a dash ("Южно-Сахалинск. 9 октября. ИНТЕРФАКС - …"), or opening the paragraph of a script
    /// written without spaces and followed by a dateline ending of the packs ("新华社东京6月5日电（记者 …）").
    /// </summary>
    private static string? OpeningTag(string text, ImmutableArray<Segment> segments, IReadOnlyList<Mention> mentions, PageLexicon words)
    {
        // The story's first paragraph, past short body lines above it that the segmenter left as text (a stamp
        // "5 март 2024 г.", a section name "World"): the tag opens the paragraph, not the page.
        var firstBody = FirstStoryParagraph(text, segments, words.Marks);
        if (firstBody < 0)
        {
            return null;
        }

        var content = segments[firstBody].Content;
        var lead = content.Start + (content.Length - text.AsSpan(content.Start, content.Length).TrimStart().Length);
        foreach (var mention in mentions)
        {
            if (mention.Kind != EntityKind.Outlet || mention.SegmentIndex != firstBody || mention.Span.Start - content.Start > MaxOpeningTag)
            {
                continue;
            }

            var written = mention.Span.Of(text).AsSpan();
            var open = mention.Span.Start > content.Start ? text[mention.Span.Start - 1] : ' ';
            var close = mention.Span.End < content.End ? text[mention.Span.End] : ' ';
            var bracketed = (open, close) is ('(', ')') or ('/', '/') or ('（', '）');
            var rest = text.AsSpan(mention.Span.End, Math.Min(content.End - mention.Span.End, 30));
            var afterTag = rest.TrimStart(")/）").TrimStart();
            var dash = rest.IndexOfAny("-—–");

            // In capitals, only what has no lower-case word may stand between the name and the dash ("INTERFAX.RU -"):
            // "NHK said the minister — who …" is the story's sentence.
            var capitalsTag = TextShape.IsAllCaps(written) && dash >= 0 && IsTagRunOn(rest[..dash]);
            var bracketTag = bracketed && afterTag.Length > 0 && (afterTag[0] is '-' or '—' or '–' or '.' || (close == '/' && TextShape.IsAllCaps(written)));
            if (bracketTag || capitalsTag || DatelineTag(text, lead, mention.Span, afterTag) || (mention.Span.Start == lead && OpensUnspacedDateline(text, mention.Span.End, content.End, words)))
            {
                return mention.Id;
            }
        }

        return null;
    }

    /// <summary>How many words a place and a date may take before an agency's name in a dateline the segmenter did not read.</summary>
    private const int MaxDatelineWords = 5;

    // "Москва, 5 июня - РИА Новости. …", "МОСКВА, 5 июня. Интерфакс - …": a place and a date (a digit) closed by a dash
    // or a full stop, then the agency's name closed by a full stop or a dash.
    private static bool DatelineTag(string text, int lead, TextSpan name, ReadOnlySpan<char> afterName)
    {
        var before = text.AsSpan(lead, name.Start - lead).TrimEnd();
        return before.Length > 0 && before[^1] is '-' or '—' or '–' or '.' && before.ContainsAnyInRange('0', '9')
            && TextShape.WordCount(before) <= MaxDatelineWords && !afterName.IsEmpty && afterName[0] is '.' or '-' or '—' or '–';
    }

    // What may stand between an agency's name in capitals and the dash after it: a domain or a tag without a lower-case word.
    private static bool IsTagRunOn(ReadOnlySpan<char> between)
    {
        var run = between.Trim();
        return TextShape.WordCount(run) <= 1 && !ContainsLowerCase(run);
    }

    private static bool ContainsLowerCase(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    // "新华社东京6月5日电": a place and a date without spaces, then one of the packs' dateline endings, before any sentence stop.
    private static bool OpensUnspacedDateline(string text, int from, int end, PageLexicon words)
    {
        if (words.DatelineEnds.IsEmpty)
        {
            return false;
        }

        var window = text.AsSpan(from, Math.Min(end - from, MaxOpeningTag / 2));
        foreach (var ending in words.DatelineEnds)
        {
            var at = window.IndexOf(ending, StringComparison.Ordinal);
            if (at >= 0 && window[..at].IndexOfAny("。，,.!?！？ \n") < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An outlet a byline or a source line names: "By Jane Doe, Reuters", "Источник: ТАСС", "Fuente: EFE".</summary>
    private static string? SignedOutlet(string text, ImmutableArray<Segment> segments, IReadOnlyList<Mention> mentions, PageLexicon words)
    {
        foreach (var mention in mentions)
        {
            if (mention.Kind != EntityKind.Outlet || mention.InComment)
            {
                continue;
            }

            var segment = segments[mention.SegmentIndex];
            var content = text.AsSpan(segment.Content.Start, segment.Content.Length).Trim().TrimStart("(（[【");
            if (segment.Kind == SegmentKind.Byline
                || (PageLexicon.StartingPrefix(content, words.SourcePrefixes) is { } prefix && TextShape.WordCount(content[prefix.Length..]) <= MaxSourceLineWords)
                || SourceAfterStamp(text, segment.Content, mention.Span, words))
            {
                return mention.Id;
            }
        }

        return null;
    }

    /// <summary>How many words a byline may give its author before the bar and the outlet ("김민수 기자 | 한겨레").</summary>
    private const int MaxBylineAuthorWords = 5;

    /// <summary>
    /// A byline without a prefix word above the story or as its last line: an author's name, a bar or a spaced dash,
    /// and the outlet closing the line ("Minh Anh | VnExpress", "김민수 기자 | 한겨레", "Laura García — EL PAÍS"). A slash
    /// is left out: "Sergei Bobylev / TASS" credits a photo.
    /// </summary>
    private static string? BarredByline(string text, ImmutableArray<Segment> segments, IReadOnlyList<Mention> mentions, TextLexicon marks)
    {
        var story = FirstParagraph(text, segments, marks);
        var lastLine = LastContentSegment(segments);
        foreach (var mention in mentions)
        {
            if (mention.Kind != EntityKind.Outlet || mention.InComment || (mention.SegmentIndex >= story && mention.SegmentIndex != lastLine))
            {
                continue;
            }

            var segment = segments[mention.SegmentIndex];
            if (segment.Kind is SegmentKind.Caption or SegmentKind.PhotoCredit or SegmentKind.Comment or SegmentKind.Headline
                || !text.AsSpan(mention.Span.End, segment.Content.End - mention.Span.End).IsWhiteSpace())
            {
                continue;
            }

            var before = text.AsSpan(segment.Content.Start, mention.Span.Start - segment.Content.Start).TrimEnd();
            var bar = before.Length > 0 && (before[^1] == '|' || (before[^1] is '—' or '–' && mention.Span.Start - segment.Content.Start > before.Length)
                || (before[^1] == ',' && IsPersonName(before[..^1].Trim(), marks)));
            var author = bar ? before[..^1].Trim() : default;
            if (bar && TextShape.HasLetter(author) && TextShape.WordCount(author) <= MaxBylineAuthorWords && author.IndexOfAny("|!?。") < 0
                && !TextShape.EndsSentence(author, marks))
            {
                return mention.Id;
            }
        }

        return null;
    }

    /// <summary>The most words of an author's name before a comma and the outlet ("Иван Петров, Интерфакс").</summary>
    private const int MaxCommaAuthorWords = 3;

    // "Иван Петров", "Jane Doe": two or three words, each opening with a capital, no digit: a person's name rather
    // than a place and date ("Moscow, Dec 1, Reuters") or a clause.
    private static bool IsPersonName(ReadOnlySpan<char> s, TextLexicon marks)
    {
        var words = TextShape.WordCount(s);
        if (words is < 2 or > MaxCommaAuthorWords || s.ContainsAnyInRange('0', '9') || s.IndexOfAny(",;:") >= 0 || TextShape.EndsSentence(s, marks))
        {
            return false;
        }

        foreach (var word in s.Split(' '))
        {
            var w = s[word];
            if (!w.IsEmpty && !char.IsUpper(w[0]))
            {
                return false;
            }
        }

        return true;
    }

    // The first segment of the story's text: a paragraph that ends as a sentence does; lines before it are the page's.
    private static int FirstParagraph(string text, ImmutableArray<Segment> segments, TextLexicon marks)
    {
        for (var s = 0; s < segments.Length; s++)
        {
            if (segments[s].Kind is SegmentKind.Body or SegmentKind.Dateline && TextShape.EndsSentence(segments[s].Content.Of(text).AsSpan().TrimEnd(), marks))
            {
                return s;
            }
        }

        return segments.Length;
    }

    /// <summary>How many words a date stamp may take before a source prefix on the same line ("2024年03月05日 14:30 来源：").</summary>
    private const int MaxStampWordsBeforeSource = 5;

    /// <summary>How long the stamp and source word before the outlet may be, in UTF-16 units.</summary>
    private const int MaxStampLength = 160;

    /// <summary>
    /// A source prefix after the page's date stamp on one line: "2024-03-05 14:30:00 来源：人民日报": a date (a digit, a few
    /// words) before the prefix, the outlet after it, nothing that ends a sentence.
    /// </summary>
    private static bool SourceAfterStamp(string text, TextSpan line, TextSpan outlet, PageLexicon words)
    {
        // A stamp is short: a longer opening is a paragraph (and searching it again per outlet it names was quadratic).
        if (outlet.Start - line.Start > MaxStampLength)
        {
            return false;
        }

        var content = text.AsSpan(line.Start, outlet.Start - line.Start);
        foreach (var prefix in words.SourcePrefixes)
        {
            var at = IgnoreCaseSearch.IndexOf(content, prefix);
            if (at <= 0)
            {
                continue;
            }

            var stamp = content[..at].Trim();
            var between = content[(at + prefix.Length)..];
            return stamp.ContainsAnyInRange('0', '9') && TextShape.Heft(stamp) <= MaxStampWordsBeforeSource && !TextShape.EndsSentence(stamp, words.Marks)
                && (char.IsWhiteSpace(content[at - 1]) || TextShape.IsCjk(prefix[0])) && between.Trim().IsEmpty;
        }

        return false;
    }

    /// <summary>
    /// The publisher a closing copyright line names when the catalog lacks it: "© 2024 Hokkaido Shimbun Press.
    /// All rights reserved." gives "Hokkaido Shimbun Press". Only a credit line with a copyright word or a year,
    /// never a bare "© Name", which may credit a photographer.
    /// </summary>
    private static string? UncataloguedPublisher(string text, ImmutableArray<Segment> segments, PageLexicon words)
    {
        for (var s = segments.Length - 1; s >= 0; s--)
        {
            if (segments[s].Kind != SegmentKind.Credit)
            {
                continue;
            }

            var line = segments[s].Content.Of(text).AsSpan();
            var prefix = PageLexicon.StartingPrefix(line, words.CopyrightPrefixes);
            var reserved = PageLexicon.ContainsAny(line, words.RightsReserved);
            if (prefix is null && !reserved)
            {
                continue;
            }

            // "Copyright ⓒ 부산일보", "Copyright (c) 2024 …": a second mark after the first is the same credit's.
            var rest = prefix is null ? line : line[prefix.Length..];
            rest = rest.TrimStart(" ©");
            while (PageLexicon.StartingPrefix(rest, words.CopyrightPrefixes) is { Length: > 0 } mark && !mark.All(char.IsLetter))
            {
                rest = rest[mark.Length..].TrimStart(" ©");
            }

            var year = rest.Length - rest.TrimStart("0123456789-–, ").Length;
            rest = rest[year..];
            var cut = FirstOf(rest, words.RightsReserved, out var phrase);

            // The holder stands before the rights phrase, or after it when the line opens with it ("جميع الحقوق محفوظة © 2024 …",
            // "© Riproduzione riservata - Il Tirreno"); a year may close the name ("© Kölner Stadt-Anzeiger 2024").
            var holder = cut < 0 ? rest : rest[..cut];
            if (cut >= 0 && holder.Trim(" ©-–—|,.").IsEmpty)
            {
                holder = rest[(cut + phrase.Length)..].TrimStart(" ©-–—|,.:");
                holder = holder[(holder.Length - holder.TrimStart("0123456789-–, ").Length)..];
            }

            var name = WithoutClosingYear(holder.Trim().TrimEnd(".,;:|-–— ").TrimStart("© ")).Trim();

            // A bare "© Name" may credit a photographer: only a name with an outlet word ("© Kölner Stadt-Anzeiger") is a publisher.
            if (prefix is not null && year == 0 && !prefix.Any(char.IsLetter) && !reserved && !HasOutletWord(name, words.OutletWords))
            {
                continue;
            }

            if (name.Length is > 1 and <= MaxUncataloguedName && TextShape.HasLetter(name) && TextShape.WordCount(name) <= 6 && !TextShape.EndsSentence(name, words.Marks))
            {
                return name.ToString();
            }
        }

        return null;
    }

    /// <summary>
    /// The publisher a source line above or below the story names when the catalog lacks it ("Источник: Курильские
    /// новости", "Quelle: Ostsee-Zeitung"): a short line after a source prefix that ends in a colon, naming neither
    /// a person, a body, a country nor a place the catalog knows ("Source: Japan's Foreign Ministry" is a source, not a publisher).
    /// </summary>
    private static string? UncataloguedSource(string text, ImmutableArray<Segment> segments, IReadOnlyList<Mention> mentions, PageLexicon words)
    {
        var firstBody = FirstBody(segments);
        var lastLine = LastContentSegment(segments);
        for (var s = 0; s < segments.Length; s++)
        {
            // Only the lines around the story: before its first paragraph, or its last line.
            if (s != lastLine && (firstBody < 0 || s >= firstBody))
            {
                continue;
            }

            var line = text.AsSpan(segments[s].Content.Start, segments[s].Content.Length).Trim();
            if (line.Length > MaxUncataloguedName + 16 || PageLexicon.StartingPrefix(line, words.SourcePrefixes) is not { } prefix || prefix.TrimEnd()[^1] is not (':' or '：'))
            {
                continue;
            }

            var name = line[prefix.Length..].Trim().TrimEnd(".;|");
            var content = segments[s].Content;
            var start = content.Start + (content.Length - text.AsSpan(content.Start, content.Length).TrimStart().Length) + prefix.Length;
            if (name.Length is > 1 and <= MaxUncataloguedName && TextShape.HasLetter(name) && !char.IsLower(name[0]) && TextShape.WordCount(name) <= 6
                && !TextShape.EndsSentence(name, words.Marks) && !NamesAnEntity(mentions, s, start))
            {
                return name.ToString();
            }
        }

        return null;
    }

    /// <summary>
    /// The publisher a byline names after its comma or bar when the catalog lacks it ("By Jane Doe, Okhotsk Coast
    /// Weekly"): a short capitalised name holding one of the packs' outlet words ("Weekly", "Shimbun", "газета",
    /// "新聞"), naming nothing else the catalog knows; "By Jane Doe, Moscow correspondent" names no publisher.
    /// </summary>
    private static string? UncataloguedByline(string text, ImmutableArray<Segment> segments, IReadOnlyList<Mention> mentions, PageLexicon words)
    {
        if (words.OutletWords.IsEmpty)
        {
            return null;
        }

        for (var s = 0; s < segments.Length; s++)
        {
            if (segments[s].Kind != SegmentKind.Byline)
            {
                continue;
            }

            var content = segments[s].Content;
            var line = text.AsSpan(content.Start, content.Length).TrimEnd();
            var cut = line.LastIndexOfAny(",|");
            if (cut < 0)
            {
                continue;
            }

            var name = line[(cut + 1)..].Trim();
            var start = content.Start + cut + 1;
            if (name.Length is > 1 and <= MaxUncataloguedName && !char.IsLower(name[0]) && TextShape.WordCount(name) <= 6 && !TextShape.EndsSentence(name, words.Marks)
                && HasOutletWord(name, words.OutletWords) && !NamesAnEntity(mentions, s, start))
            {
                return name.ToString();
            }
        }

        return null;
    }

    // "Kölner Stadt-Anzeiger 2024": a year after a space closes the credit, not the name ("TVN24" keeps its digits).
    private static ReadOnlySpan<char> WithoutClosingYear(ReadOnlySpan<char> name)
    {
        var space = name.LastIndexOf(' ');
        var last = space < 0 ? default : name[(space + 1)..];
        return last.Length == 4 && !last.ContainsAnyExceptInRange('0', '9') ? name[..space].TrimEnd(" ,-–") : name;
    }

    // An outlet word in the name: a whole word in spaced scripts, anywhere in unspaced ones ("根室新聞").
    private static bool HasOutletWord(ReadOnlySpan<char> name, ImmutableArray<string> outletWords)
    {
        foreach (var word in outletWords)
        {
            var at = IgnoreCaseSearch.IndexOf(name, word);
            if (at < 0)
            {
                continue;
            }

            var end = at + word.Length;
            if (TextShape.IsCjk(word[0]) || ((at == 0 || !char.IsLetter(name[at - 1])) && (end == name.Length || !char.IsLetter(name[end]))))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a catalogued entity other than an outlet is named in segment <paramref name="segment"/> from <paramref name="from"/> on.
    private static bool NamesAnEntity(IReadOnlyList<Mention> mentions, int segment, int from)
    {
        foreach (var mention in mentions)
        {
            if (mention.SegmentIndex == segment && mention.Span.Start >= from && mention.Kind != EntityKind.Outlet)
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstOf(ReadOnlySpan<char> s, ImmutableArray<string> phrases, out string found)
    {
        var first = -1;
        found = string.Empty;
        foreach (var phrase in phrases)
        {
            var at = IgnoreCaseSearch.IndexOf(s, phrase);
            if (at >= 0 && (first < 0 || at < first))
            {
                (first, found) = (at, phrase);
            }
        }

        return first;
    }

    /// <summary>How many words a short line with a digit that ends in a full stop may hold and still be a stamp ("5 март 2024 г.").</summary>
    private const int MaxStampParagraphWords = 5;

    /// <summary>
    /// The first body segment that ends as a sentence, past a short stamp line with a number that ends in an
    /// abbreviation's full stop ("5 март 2024 г.", "Dec. 1, 2026."), else the first body segment, else -1.
    /// </summary>
    private static int FirstStoryParagraph(string text, ImmutableArray<Segment> segments, TextLexicon marks)
    {
        for (var s = 0; s < segments.Length; s++)
        {
            var content = segments[s].Content.Of(text).AsSpan().Trim();
            if (segments[s].Kind == SegmentKind.Body && TextShape.EndsSentence(content, marks)
                && !(content.ContainsAnyInRange('0', '9') && TextShape.Heft(content) <= MaxStampParagraphWords))
            {
                return s;
            }
        }

        return FirstBody(segments);
    }

    private static int FirstBody(ImmutableArray<Segment> segments)
    {
        for (var s = 0; s < segments.Length; s++)
        {
            if (segments[s].Kind == SegmentKind.Body)
            {
                return s;
            }
        }

        return -1;
    }

    /// <summary>
    /// The site's own name above the article: a line before the body that is exactly an outlet's name
    /// ("The Moscow Times"), or a headline suffix naming one ("… | AP News", "… - The Japan Times").
    /// </summary>
    private static string? SiteName(string text, ImmutableArray<Segment> segments, KurilsCatalog catalog, PageLexicon words)
    {
        foreach (var segment in segments)
        {
            if (segment.Kind is SegmentKind.Body or SegmentKind.Dateline or SegmentKind.Lead)
            {
                break;
            }

            if (segment.Kind != SegmentKind.Headline && segment.Content.Length > LongestReading(catalog))
            {
                continue;
            }

            var content = segment.Content.Of(text);
            if (segment.Kind is SegmentKind.Navigation or SegmentKind.Unknown or SegmentKind.Residue && OutletNamed(content, catalog, words) is { } named)
            {
                return named;
            }

            if (segment.Kind == SegmentKind.Headline)
            {
                var cut = content.LastIndexOfAny(['|', '–', '—']);
                var dash = content.LastIndexOf(" - ", StringComparison.Ordinal);
                cut = Math.Max(cut, dash);
                if (cut > 0 && OutletNamed(content[(cut + 1)..].Trim(' ', '-'), catalog, words) is { } suffix)
                {
                    return suffix;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// An outlet the article's mentions name in a closing credit ("Copyright 2024 The Associated Press",
    /// "© 2024 Reuters"), or as its last line: the outlet alone ("JIJI", "KYODO") or after a year and with an
    /// edition word ("2013 Kyodo News International").
    /// </summary>
    private static string? CreditedOutlet(string text, ImmutableArray<Segment> segments, IReadOnlyList<Mention> mentions, TextLexicon marks)
    {
        var lastLine = LastContentSegment(segments);
        foreach (var mention in mentions)
        {
            if (mention.Kind != EntityKind.Outlet)
            {
                continue;
            }

            var segment = segments[mention.SegmentIndex];
            var whole = mention.SegmentIndex == lastLine && segment.Content.Length <= MaxClosingLine && mention.Span.Length >= segment.Content.Length - 2;
            if (segment.Kind == SegmentKind.Credit || whole || (mention.SegmentIndex == lastLine && IsYearCredit(text, segment, mention, marks)))
            {
                return mention.Id;
            }
        }

        return null;
    }

    // "2013 Kyodo News International": only a year and a copyright mark before the name, at most two words after it.
    private static bool IsYearCredit(string text, Segment segment, Mention mention, TextLexicon marks)
    {
        var before = text.AsSpan(segment.Content.Start, mention.Span.Start - segment.Content.Start).Trim();
        var after = text.AsSpan(mention.Span.End, segment.Content.End - mention.Span.End).Trim();
        return segment.Content.Length <= 48 && before.Length >= 4 && before.TrimStart("© ").Length == 4
            && !before.TrimStart("© ").ContainsAnyExceptInRange('0', '9') && TextShape.WordCount(after) <= 2 && !TextShape.EndsSentence(after, marks);
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

    private static string? OutletNamed(string candidate, KurilsCatalog catalog, PageLexicon words)
    {
        if (candidate.Length > LongestReading(catalog))
        {
            return null;
        }

        // Site names often add a word ("AP News", "Kyodo News+", "Sputnik Mundo"): try the name with and without it.
        var trimmed = candidate.Trim().TrimEnd('+');
        var matches = catalog.Resolve(trimmed, EntityKind.Outlet);
        var space = trimmed.LastIndexOf(' ');
        if (matches.IsEmpty && space > 0 && words.SiteWords.Contains(trimmed[(space + 1)..]))
        {
            matches = catalog.Resolve(trimmed[..space], EntityKind.Outlet);
        }

        return matches.Length == 1 ? matches[0].Entity.Id : null;
    }

    // The longest text that can still be read as one outlet's name: twice the catalog's longest outlet name and a margin for a
    // site word, case endings and spacing. A longer line names none whole, and resolving it (a page without line breaks is one
    // line of a megabyte) cost seconds and gigabytes.
    private static int LongestReading(KurilsCatalog catalog) =>
        LongestOutletNames.GetValue(catalog, static c =>
        {
            var longest = 0;
            foreach (var outlet in c.Outlets)
            {
                foreach (var name in outlet.Names)
                {
                    longest = Math.Max(longest, name.Text.Length);
                }
            }

            return new StrongBox<int>((2 * longest) + ReadingMargin);
        }).Value;

    /// <summary>A dateline the segmenter did not recognise still opens the first paragraph ("Москва. 6 июня. INTERFAX.RU - …").</summary>
    // The cue in the opening of the first body segment or of the story's first paragraph, past a stamp line left as text.
    private static bool OpensTheBody(string text, ImmutableArray<Segment> segments, int story, string cue)
    {
        var first = FirstBody(segments);
        return (first >= 0 && Opens(segments[first])) || (story >= 0 && story != first && Opens(segments[story]));

        bool Opens(Segment segment) =>
            IgnoreCaseSearch.IndexOf(text.AsSpan(segment.Content.Start, Math.Min(segment.Content.Length, MaxOpeningTag)), cue) >= 0;
    }

    // Whether the cue stands, ignoring case, as whole words in one of the spans: searched ordinally in the fold, once
    // folded itself (a cue with a surrogate, which the fold does not match as ignoring case does, in the text as written).
    private static bool AppearsIn(string text, ReadOnlySpan<char> folded, List<TextSpan> spans, OutletCue cue)
    {
        var needle = FoldedCues.GetValue(cue, static c => c.Text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') ? new StrongBox<string?>(null) : new(CaseFold.Of(c.Text))).Value;
        var length = cue.Text.Length;
        foreach (var span in spans)
        {
            var within = text.AsSpan(span.Start, span.Length);
            var searched = folded.Slice(span.Start, span.Length);
            for (var from = 0; from < within.Length;)
            {
                var at = needle is null ? IgnoreCaseSearch.IndexOf(within[from..], cue.Text) : searched[from..].IndexOf(needle, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                if (WholeWords(within, from + at, length))
                {
                    return true;
                }

                from += at + 1;
            }
        }

        return false;
    }

    // Each cue folded once, for the ordinal search of the folded text.
    private static readonly ConditionalWeakTable<OutletCue, StrongBox<string?>> FoldedCues = new();

    private static readonly ConditionalWeakTable<KurilsCatalog, StrongBox<int>> LongestOutletNames = new();

    // What a reading of an outlet's name may add to the name itself (LongestReading).
    private const int ReadingMargin = 32;

    // A cue is a whole word run: "rg.ru" is not in "sport-org.ru", "iz.ru" not in "biz.ru". Scripts written without
    // spaces have no such edge ("【モスクワ共同】"), so only an alphabetic letter or a digit on both sides counts.
    private static bool WholeWords(ReadOnlySpan<char> s, int start, int length) =>
        !(start > 0 && IsSpacedWordChar(s[start - 1]) && IsSpacedWordChar(s[start]))
        && !(start + length < s.Length && IsSpacedWordChar(s[start + length]) && IsSpacedWordChar(s[start + length - 1]));

    private static bool IsSpacedWordChar(char c) => char.IsLetterOrDigit(c) && c < '\u2E80';
}

/// <summary>What the outlet detector found: the publisher's and the wire's ids, and the publisher's name when the catalog lacks it.</summary>
internal readonly record struct DetectedOutlet(string? Publisher, string? Wire, string? PublisherName);
