using System.Collections.Immutable;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing.Dates;
using Kurils.Domain.Parsing.Segmentation;
using NodaTime;

namespace Kurils.Domain.Parsing.Metadata;

/// <summary>
/// Reads the page's date stamp: the short line above or below the story that gives its date ("April 19, 2023 |
/// By …", "Published: April 19, 2023 | Updated: …", "2023年4月25日 15時30分", "15.10.2025, 14:20", "13 декабря
/// 2022, 10:15", "Опубликовано: …", "Publié le …"), kept apart from the dates of the story.
/// </summary>
/// <remarks>
/// A stamp is a full date in a line that is not the story's text (a byline, a navigation line, a line of its
/// own) before the first paragraph or after the last, or a full date right after a publication word of the
/// article's languages anywhere ("Published", "Опубликовано", "Veröffentlicht am", "发布时间"). A date after
/// an update word ("Updated", "Обновлено", "更新") is the page's too, but the publication date is preferred.
/// Last in rank, a headline or standfirst that closes with a full date ("Briefing, Moscow, 30 October 2025"). A stamp
/// line in another language than the story's is read with its own language's words.
/// </remarks>
internal static class DateStamps
{
    /// <summary>A stamp line is short: longer lines are the story's text.</summary>
    private const int MaxLineLength = 160;

    /// <summary>A headline or paragraph line that opens with a date and is no longer than this is a stamp line.</summary>
    private const int MaxOpeningLineLength = 80;

    /// <summary>What may stand before the date in such a line: a weekday, a short outlet name ("毎日新聞").</summary>
    private const int MaxLeadBeforeDate = 8;

    /// <summary>The shortest paragraph that is the story's text rather than a line beside it.</summary>
    private const int MinParagraphLength = 80;

    /// <summary>
    /// The same in a script without spaces, by <see cref="TextShape.Heft"/> (three characters a word): a Chinese or
    /// Korean paragraph of 40 characters that ends as a sentence is the story's ("2024年3月5日，两国代表团在莫斯科…。").
    /// </summary>
    private const int MinUnspacedParagraphHeft = 13;

    /// <summary>How far after a publication word its date may start (a colon, "le", a weekday).</summary>
    private const int MaxGapAfterWord = 24;

    private enum Rank
    {
        Published,
        Plain,
        Updated,
        Headline,
        None,
    }

    /// <summary>
    /// The page's publication date from its stamps, or null when it shows none; <paramref name="month"/> is the month
    /// of a stamp that gives only year and month (" date 2019-01", "January 2019"), for a dateline's day to complete.
    /// </summary>
    public static LocalDate? Find(ParseContext context, out YearMonth? month)
    {
        month = null;
        var text = context.Text;
        var segments = context.Segments;
        var found = context.StampExpressions;
        var (firstBody, lastBody) = BodyBounds(text, segments, context.Page.Marks);
        LocalDate? best = null;
        var bestRank = Rank.None;
        var firstLine = 0;
        while (firstLine < segments.Length && text.AsSpan(segments[firstLine].Content.Start, segments[firstLine].Content.Length).IsWhiteSpace())
        {
            firstLine++;
        }

        var beforeBody = true;
        for (var s = 0; s < segments.Length && bestRank != Rank.Published; s++)
        {
            var segment = segments[s];
            var content = segment.Content;
            beforeBody &= segment.Kind != SegmentKind.Body;

            // An archive's or scraper's ISO stamp glued to the page's first line, whatever that line's length
            // (" date 2025-10-24 Headline…", "2025-11-10 MOSCOW, November 10. /TASS/. …"): machine-written, not prose.
            if (s == firstLine && LeadingIsoDate(text.AsSpan(content.Start, content.Length)) is { } glued)
            {
                if (Rank.Plain < bestRank)
                {
                    (best, bestRank) = (glued, Rank.Plain);
                }

                continue;
            }

            var outside = firstBody < 0 || s < firstBody || s > lastBody;
            var stampKind = MayHoldStamp(segment.Kind);
            var stampLine = outside && content.Length <= (stampKind ? MaxLineLength : MaxOpeningLineLength);

            // Outside a stamp line only a date right after a publication word at the start of a paragraph counts.
            var published = StampWordEnd(text, content, context.DateWords.StampPublished, requireStart: !stampLine);
            var updated = stampLine ? StampWordEnd(text, content, context.DateWords.StampUpdated, requireStart: false) : -1;
            var headline = outside && segment.Kind is SegmentKind.Headline or SegmentKind.Lead && content.Length <= MaxLineLength;
            if (!stampLine && published < 0 && !headline)
            {
                continue;
            }

            found.Clear();
            if (ArticleParser.DatesFoundIn(segment.Kind, beforeBody))
            {
                // The date finder has read this segment with these words already: its expressions are those inside it.
                foreach (var e in context.DateExpressions)
                {
                    if (content.Contains(e.Span))
                    {
                        found.Add(e);
                    }
                }
            }
            else
            {
                DateFinder.Find(text, content, context.DateWords, found, context.DateTokens);
            }

            if (stampLine && !HasFullDate(found))
            {
                FindInAnyLanguage(context, content, found);
            }

            // An ISO year-month opening a stamp line ("date 2019-01", "2019-01"), which the date finder leaves alone in text.
            if (stampLine && month is null && LeadingYearMonth(text.AsSpan(content.Start, content.Length)) is { } iso)
            {
                month = iso.Month;
            }

            foreach (var e in found)
            {
                if (stampLine && month is null && e.Kind == DateExpressionKind.MonthYear && e.Year is >= 1 and <= 9999 && e.Month is >= 1 and <= 12
                    && e.Span.Start - FirstNonSpace(text, content) <= MaxLeadBeforeDate)
                {
                    month = new YearMonth(e.Year.Value, e.Month.Value);
                }

                if (e.Kind != DateExpressionKind.FullDate || !TryDate(e, out var date))
                {
                    continue;
                }

                var afterPublished = published >= 0 && e.Span.Start >= published && e.Span.Start - published <= MaxGapAfterWord
                    && (updated < published || e.Span.Start < updated);

                // A short headline or paragraph line is a stamp only when it opens with the date ("2023年2月7日 …",
                // "Monday 21 September 1992 23:02", "毎日新聞2022/7/14 08:24"), a publication or an update word ("Cập nhật: 05/03/2024").
                var afterUpdated = updated >= 0 && e.Span.Start >= updated && e.Span.Start - updated <= MaxGapAfterWord;
                var lead = FirstNonSpace(text, content);
                var opening = afterPublished || afterUpdated || !stampLine || stampKind || e.Span.Start - lead <= MaxLeadBeforeDate
                    || IsStampLead(text.AsSpan(lead, e.Span.Start - lead), context.DateWords, context.Page.Marks);

                // A headline or standfirst that ends with its date ("Briefing by …, Moscow, 30 October 2025",
                // "… talks. 03.10.2022, Sputnik"): the date closes the line, or only a short credit follows it.
                if (!afterPublished && (!opening || !stampLine))
                {
                    if (headline && IsClosingDate(text, content, e.Span) && Rank.Headline < bestRank)
                    {
                        (best, bestRank) = (date, Rank.Headline);
                    }

                    continue;
                }

                // A short line above the story that opens with a date and goes on as a sentence reports the day's event, which
                // on a news or press-release page is its own day ("令和3年12月1日、岸田総理は…"), unless the date is history:
                // older than news on the web or than a year the article names elsewhere ("1956年10月19日、日ソ両国は…。").
                // Below the story such a sentence is always the story's ("May 5, 2023: the next round.").
                if (!afterPublished && IsSentenceAfter(text, content, e.Span, context.Page.Marks) && ((lastBody >= 0 && s > lastBody) || IsHistory(date, context.DateExpressions)))
                {
                    continue;
                }

                var rank = afterPublished ? Rank.Published
                    : !stampLine ? Rank.None
                    : updated >= 0 && e.Span.Start >= updated && (published < 0 || published < updated) ? Rank.Updated
                    : Rank.Plain;
                if (rank < bestRank)
                {
                    (best, bestRank) = (date, rank);
                }
            }
        }

        found.Clear();
        return best;
    }

    /// <summary>The longest label before an ISO stamp ("date").</summary>
    private const int MaxYearMonthLabel = 10;

    /// <summary>
    /// An ISO year-month that opens <paramref name="line"/> after at most one short word of letters ("date 2019-01",
    /// "2024-03"), not followed by a digit or another separator (that would be a full date or a number): the month and
    /// where it ends in the line, or null.
    /// </summary>
    internal static (YearMonth Month, int End)? LeadingYearMonth(ReadOnlySpan<char> line)
    {
        var i = IsoStart(line);
        if (i < 0 || i + 7 > line.Length || !IsDigits(line.Slice(i, 4)) || line[i + 4] != '-' || !IsDigits(line.Slice(i + 5, 2))
            || (i + 7 < line.Length && (char.IsDigit(line[i + 7]) || line[i + 7] is '-' or '/' or '.' && i + 8 < line.Length && char.IsDigit(line[i + 8]))))
        {
            return null;
        }

        var year = Number(line.Slice(i, 4));
        var month = Number(line.Slice(i + 5, 2));
        return year is >= 1900 and <= 2100 && month is >= 1 and <= 12 ? (new YearMonth(year, month), i + 7) : null;
    }

    /// <summary>
    /// An ISO date (yyyy-mm-dd) that opens <paramref name="line"/> after at most one short word of letters, as an
    /// archive or a scraper writes its stamp before the page's first line (" date 2025-10-24 Headline…",
    /// "2025-11-10 MOSCOW, November 10 …"); a digit right after it makes it something else. The date, or null.
    /// </summary>
    internal static LocalDate? LeadingIsoDate(ReadOnlySpan<char> line)
    {
        var i = IsoStart(line);
        if (i < 0 || i + 10 > line.Length || !IsDigits(line.Slice(i, 4)) || line[i + 4] != '-' || !IsDigits(line.Slice(i + 5, 2))
            || line[i + 7] != '-' || !IsDigits(line.Slice(i + 8, 2)) || (i + 10 < line.Length && char.IsDigit(line[i + 10])))
        {
            return null;
        }

        var (year, month, day) = (Number(line.Slice(i, 4)), Number(line.Slice(i + 5, 2)), Number(line.Slice(i + 8, 2)));
        return year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? new LocalDate(year, month, day)
            : null;
    }

    /// <summary>Where an ISO stamp's digits may start in <paramref name="line"/>: after spaces and at most one short word of letters and a space; -1 when a longer word stands there.</summary>
    private static int IsoStart(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        var word = i;
        while (i < line.Length && char.IsLetter(line[i]))
        {
            i++;
        }

        if (i - word > MaxYearMonthLabel || (i > word && (i == line.Length || line[i] != ' ')))
        {
            return -1;
        }

        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Segment kinds a page prints its stamp in besides short lines that open with the date.</summary>
    private static bool MayHoldStamp(SegmentKind kind) =>
        kind is SegmentKind.Unknown or SegmentKind.Byline or SegmentKind.Navigation or SegmentKind.Residue or SegmentKind.Credit or SegmentKind.Tags;

    /// <summary>How many words a label may take before the separator that opens a stamp ("Olena Koval — Tuesday, …", "Kompas.com - …").</summary>
    private const int MaxStampLabelWords = 3;

    /// <summary>The separators between a stamp's label and its date.</summary>
    private const string StampSeparators = "—–-|·•●";

    /// <summary>
    /// Whether what stands before a stamp's date is what a stamp puts there: a weekday of the packs and a time
    /// ("Dienstag, 05.03.2024", "Thứ Ba, 10:00, 05/03/2024"), after a short label and a separator or not ("Олена Коваль —
    /// Вівторок, 5 березня 2024", "Kompas.com - 05/03/2024", "Tokyo ● Tue, March 5, 2024"). A label is a few words with
    /// no sentence stop: a sentence before the date makes the date the story's.
    /// </summary>
    private static bool IsStampLead(ReadOnlySpan<char> lead, DateLexicon words, TextLexicon marks)
    {
        var rest = lead.TrimEnd();
        var separator = rest.LastIndexOfAny(StampSeparators);
        if (separator >= 0)
        {
            var label = rest[..separator].Trim();
            if (TextShape.WordCount(label) > MaxStampLabelWords || TextShape.EndsSentence(label, marks) || label.IndexOfAny(",;:") >= 0)
            {
                return false;
            }

            rest = rest[(separator + 1)..];
        }

        // What is left: a weekday and a time, each optional, in either order, with the packs' commas (Arabic ،) around them.
        var edges = string.Concat(" .", marks.Commas);
        rest = rest.Trim(edges);
        rest = WithoutTime(rest).Trim(edges);
        if (rest.IsEmpty)
        {
            return separator >= 0;
        }

        return IsWeekday(WithoutTime(rest).Trim(edges), words, marks);
    }

    /// <summary>The line without a clock time at its end or start ("10:00", "14.20 Uhr" is left alone).</summary>
    private static ReadOnlySpan<char> WithoutTime(ReadOnlySpan<char> s)
    {
        var t = s.Trim();
        var lastSpace = t.LastIndexOfAny(' ', ',');
        var last = lastSpace < 0 ? t : t[(lastSpace + 1)..];
        if (IsClock(last))
        {
            return lastSpace < 0 ? [] : t[..lastSpace];
        }

        var firstSpace = t.IndexOfAny(' ', ',');
        var first = firstSpace < 0 ? t : t[..firstSpace];
        return IsClock(first) ? (firstSpace < 0 ? [] : t[(firstSpace + 1)..]) : t;
    }

    // "10:00", "9:05": hours and minutes with a colon.
    private static bool IsClock(ReadOnlySpan<char> s) =>
        s.Length is >= 4 and <= 5 && s[^3] == ':' && char.IsAsciiDigit(s[^1]) && char.IsAsciiDigit(s[^2]) && char.IsAsciiDigit(s[0]) && (s.Length == 4 || char.IsAsciiDigit(s[1]));

    /// <summary>Whether <paramref name="word"/> is a weekday of the packs, in one word ("Dienstag") or several ("Thứ Ba", "segunda-feira").</summary>
    private static bool IsWeekday(ReadOnlySpan<char> word, DateLexicon words, TextLexicon marks)
    {
        word = word.Trim(string.Concat(" .-–—|·", marks.Commas));
        if (word.IsEmpty)
        {
            return false;
        }

        var space = word.IndexOf(' ');
        if (space < 0)
        {
            return words.Get(word).Has(DateWordRole.Weekday);
        }

        // A weekday of several words: a phrase of the lexicon opening with the first word whose words are all the lead's.
        var count = TextShape.WordCount(word);
        foreach (var phrase in words.PhrasesAt(word[..space]))
        {
            if (phrase.Kind == DatePhraseKind.Weekday && phrase.Words.Length == count && string.Equals(string.Join(' ', phrase.Words), word.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstNonSpace(string text, TextSpan range)
    {
        var i = range.Start;
        while (i < range.End && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Where the story is: from its second paragraph (the first is often a standfirst printed above the stamp) to
    /// its last; -1 when it has none.
    /// </summary>
    private static (int First, int Last) BodyBounds(string text, ImmutableArray<Segment> segments, TextLexicon marks)
    {
        int first = -1, last = -1, seen = 0;
        for (var s = 0; s < segments.Length; s++)
        {
            // A short "body" line is often a byline or a label the segmenter could not tell: the story is its paragraphs.
            if (segments[s].Kind is SegmentKind.Body or SegmentKind.Dateline && IsParagraph(text.AsSpan(segments[s].Content.Start, segments[s].Content.Length), marks))
            {
                first = ++seen == 2 ? s : first;
                last = s;
            }
        }

        return (first < 0 && last >= 0 ? last : first, last);
    }

    private static bool IsParagraph(ReadOnlySpan<char> content, TextLexicon marks) =>
        content.Length >= MinParagraphLength
        || (TextShape.HasCjk(content) && TextShape.Heft(content) >= MinUnspacedParagraphHeft && TextShape.EndsSentence(content.TrimEnd(), marks));

    /// <summary>
    /// The offset just past the first of <paramref name="words"/> in <paramref name="range"/> (whole words in spaced
    /// scripts), or -1; with <paramref name="requireStart"/>, only a word that opens the range counts.
    /// </summary>
    private static int StampWordEnd(string text, TextSpan range, ImmutableArray<string> words, bool requireStart)
    {
        var span = text.AsSpan(range.Start, range.Length);
        if (requireStart)
        {
            // Only the paragraph's opening is read: long paragraphs are not searched.
            var trimmed = span.TrimStart();
            var lead = span.Length - trimmed.Length;
            foreach (var word in words)
            {
                if (trimmed.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                    && (DateTokenizer.IsCjk(word[0]) || trimmed.Length == word.Length || !char.IsLetter(trimmed[word.Length])))
                {
                    return range.Start + lead + word.Length;
                }
            }

            return -1;
        }

        var best = -1;
        foreach (var word in words)
        {
            var at = 0;
            while (at < span.Length)
            {
                var i = span[at..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
                if (i < 0)
                {
                    break;
                }

                i += at;
                var end = i + word.Length;
                var whole = DateTokenizer.IsCjk(word[0])
                    || ((i == 0 || !char.IsLetter(span[i - 1])) && (end == span.Length || !char.IsLetter(span[end])));
                if (whole)
                {
                    best = best < 0 ? end : Math.Min(best, end);
                    break;
                }

                at = i + 1;
            }
        }

        return best < 0 ? -1 : range.Start + best;
    }

    /// <summary>How many words (CJK: three characters each) after a line's date make it a sentence when the line ends like one.</summary>
    private const int MinSentenceWords = 3;

    /// <summary>The year news sites went online (NHK, Kyodo, the wires: 1994–95): an older date is the story's.</summary>
    private const int FirstWebYear = 1995;

    /// <summary>Whether <paramref name="date"/> is older than the web or than a year another date of the article names.</summary>
    private static bool IsHistory(LocalDate date, List<DateExpression> dates)
    {
        if (date.Year < FirstWebYear)
        {
            return true;
        }

        foreach (var other in dates)
        {
            if (other.Year > date.Year)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the line ends like a sentence and has a sentence's words after its date.</summary>
    private static bool IsSentenceAfter(string text, TextSpan line, TextSpan date, TextLexicon marks)
    {
        var after = text.AsSpan(date.End, line.End - date.End);
        return TextShape.EndsSentence(after, marks) && TextShape.Heft(after) >= MinSentenceWords;
    }

    private static bool HasFullDate(List<DateExpression> found)
    {
        foreach (var e in found)
        {
            if (e.Kind == DateExpressionKind.FullDate)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A stamp line in a language the article is not written in ("19 марта 2009, 15:33" above an English story, a
    /// site's own stamp in its home language): its date is read with the words of every pack. A stamp line is short and
    /// only a full date counts in it, so a month name of another language does not make a date out of the story's words.
    /// </summary>
    private static void FindInAnyLanguage(ParseContext context, TextSpan content, List<DateExpression> found)
    {
        // Only a full date or a month with its year counts here, and both need their year: four digits (a day, a month
        // or a year in words is no number to the finder), or an era's year, which only scripts without spaces write
        // ("令和5年"). A line with neither holds none in any language, so the date words of every pack are not made for
        // it; one with a year may be written in another language's words, order and separators than the story's.
        if (!MayHoldAYear(context.Text.AsSpan(content.Start, content.Length)))
        {
            return;
        }

        found.Clear();
        DateFinder.Find(context.Text, content, context.Packs.DatesOf(LanguageGuess.None), found, context.DateTokens);
    }

    /// <summary>Whether <paramref name="line"/> has a run of four digits or more, or a character of the scripts whose dates have eras.</summary>
    private static bool MayHoldAYear(ReadOnlySpan<char> line)
    {
        const int YearDigits = 4;
        var run = 0;
        foreach (var c in line)
        {
            if (DateTokenizer.IsCjk(c))
            {
                return true;
            }

            run = DateTokenizer.DigitValue(c) >= 0 ? run + 1 : 0;
            if (run == YearDigits)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words a credit after a headline's closing date may have ("03.10.2022, Sputnik Italia").</summary>
    private const int MaxCreditWords = 4;

    /// <summary>
    /// Whether the date at <paramref name="date"/> closes the line: it follows a comma, a full stop or a dash (not a
    /// word of the sentence: "… signed on 19 October 1956" is the story's date) and ends the line, or is followed by a
    /// comma and a short credit without sentence punctuation.
    /// </summary>
    private static bool IsClosingDate(string text, TextSpan line, TextSpan date)
    {
        // A date and its clock time closing the line are the page's stamp glued to it, with or without a separator:
        // prose does not end with the minute ("… with Japan 12/02/2026 17:38").
        var after = text.AsSpan(date.End, line.End - date.End).Trim();
        var before = text.AsSpan(line.Start, date.Start - line.Start).TrimEnd();
        if (before.Length > 0 && IsClock(after))
        {
            return true;
        }

        if (before.Length == 0 || before[^1] is not (',' or '.' or '|' or '–' or '—' or '-' or '·'))
        {
            return false;
        }

        if (after.Length == 0)
        {
            return true;
        }

        if (after[0] != ',')
        {
            return false;
        }

        var credit = after[1..].Trim();
        var words = 0;
        for (var i = 0; i < credit.Length; i++)
        {
            if (char.IsPunctuation(credit[i]) && credit[i] is not ('-' or '.' or '\'' or '’'))
            {
                return false;
            }

            words += !char.IsWhiteSpace(credit[i]) && (i == 0 || char.IsWhiteSpace(credit[i - 1])) ? 1 : 0;
        }

        return words is > 0 and <= MaxCreditWords && credit[^1] != '.';
    }

    private static bool TryDate(DateExpression e, out LocalDate date)
    {
        date = default;
        if (e.Year is not { } year || e.Month is not { } month || e.Day is not { } day || month is < 1 or > 12
            || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }
}
