using System.Collections.Immutable;
using Kurils.Domain.Names;
using Kurils.Domain.Parsing.Dates;
using Kurils.Domain.Parsing.Segmentation;
using NodaTime;

namespace Kurils.Domain.Parsing.Metadata;

/// <summary>
/// Infers the article's date when the caller does not give one: the page's date stamp (<see cref="DateStamps"/>),
/// else a full date in the dateline is taken as is, or its month and day with the year of a stamp of that month;
/// a dateline month and day ("December 13") gets its year from the weekday the opening paragraph gives it ("said
/// on Tuesday") and from the terms of the office-holders the article names with their office ("Prime Minister
/// Fumio Kishida"): the one year all of them allow. Anything less certain leaves the date unknown.
/// </summary>
internal static class ReferenceDates
{
    private const int EarliestYear = 1945;
    private const int LatestYear = 2100;

    /// <summary>The article's date as far as its text tells it, from the date expressions and the names found.</summary>
    public static (LocalDate? Date, ReferenceDateSource Source) Infer(ParseContext context)
    {
        var text = context.Text;
        var map = context.Map;
        var expressions = context.DateExpressions;
        var segments = map.Segments;

        // The page's own date stamp, above or below the story ("Published: Feb. 8, 2024", "2024年2月8日 10時32分").
        if (DateStamps.Find(context, out var stampMonth) is { } stamped)
        {
            return (stamped, ReferenceDateSource.Stamp);
        }

        var datelineSegment = segments.FirstOrDefault(s => s.Kind == SegmentKind.Dateline);
        TextSpan dateline;
        if (datelineSegment is not null)
        {
            dateline = datelineSegment.Span;
        }
        else if (GluedDateline(context) is { } glued)
        {
            // "2019-01 (ANSA) - TOKYO, 22 GEN - …": a scraper glued the page's year-month stamp to the story's opening.
            (dateline, stampMonth) = glued;
        }
        else
        {
            return (null, ReferenceDateSource.None);
        }

        var inDateline = expressions.FirstOrDefault(e => dateline.Contains(e.Span) && e.Kind is DateExpressionKind.FullDate or DateExpressionKind.MonthDay);
        if (inDateline == default)
        {
            return (null, ReferenceDateSource.None);
        }

        if (inDateline.Kind == DateExpressionKind.FullDate && TryDate(inDateline.Year!.Value, inDateline.Month!.Value, inDateline.Day!.Value, out var full))
        {
            return (full, ReferenceDateSource.Inferred);
        }

        var annual = new AnnualDate(inDateline.Month!.Value, inDateline.Day!.Value);

        // A stamp of the same month gives the dateline's day its year ("January 2019" above "TOKYO, January 22 -").
        if (stampMonth is { } m && m.Month == annual.Month && TryDate(m.Year, annual.Month, annual.Day, out var completed))
        {
            return (completed, ReferenceDateSource.Inferred);
        }
        var terms = TermsOfNamedHolders(text, map, context.Names);
        if (terms.Count == 0)
        {
            return (null, ReferenceDateSource.None); // see below: without a term no year is certain
        }

        var weekdays = inDateline.Weekday is { } given ? [given] : DateInference.SameDayWeekdays(expressions, annual);
        var candidates = DateInference.CandidateYears(annual, weekdays, EarliestYear, LatestYear)
            .Select(annual.InYear)
            .Where(date => terms.All(t => t.Contains(date)))
            .ToList();

        // Without a weekday and a term the year is a guess: only a single candidate is an answer.
        return candidates.Count == 1 && terms.Count > 0 ? (candidates[0], ReferenceDateSource.Inferred) : (null, ReferenceDateSource.None);
    }

    /// <summary>
    /// A year-month stamp glued to the first paragraph's opening and a dateline right after it ("date 2019-01 (ANSA) -
    /// TOKYO, 22 GEN - …", "2024-03 MOSCOW, March 5 (Reuters) - …"): the dateline's span and the stamp's month.
    /// </summary>
    private static (TextSpan Dateline, YearMonth Month)? GluedDateline(ParseContext context)
    {
        var text = context.Text;
        foreach (var segment in context.Map.Segments)
        {
            if (segment.Kind != SegmentKind.Body)
            {
                continue;
            }

            var content = segment.Content;
            if (DateStamps.LeadingYearMonth(text.AsSpan(content.Start, content.Length)) is not { } stamp)
            {
                return null;
            }

            var from = content.Start + stamp.End;
            while (from < content.End && char.IsWhiteSpace(text[from]))
            {
                from++;
            }

            return DatelineParser.TryParse(text.AsSpan(from, content.End - from), context.Page, out var length, out _)
                ? (new TextSpan(from, length), stamp.Month)
                : null;
        }

        return null;
    }

    /// <summary>
    /// The terms of office of people named right after their office in the article's text ("Prime Minister
    /// Fumio Kishida"), read from the scanner's matches so that mentions are resolved only once, on the date found.
    /// </summary>
    private static List<DateRange> TermsOfNamedHolders(string text, SegmentMap map, List<ScanMatch> matches)
    {
        var terms = new List<DateRange>();
        for (var i = 0; i + 1 < matches.Count; i++)
        {
            var office = Single<Office>(matches[i].Entries);
            var person = office is null ? null : Single<Person>(matches[i + 1].Entries);
            if (office is null || person is null || !text.AsSpan(matches[i].End, matches[i + 1].Start - matches[i].End).IsWhiteSpace() ||
                matches[i + 1].Start - matches[i].End > 3 || map.SegmentOf(matches[i].Start) is var s && (s < 0 || !SegmentMap.IsArticleText(map.Segments[s].Kind)))
            {
                continue;
            }

            var tenures = person.Tenures.Where(t => string.Equals(t.OfficeId, office.Id, StringComparison.Ordinal)).ToList();
            if (tenures.Count > 0)
            {
                var first = tenures.Min(t => t.Period.Start);
                var last = tenures.Any(t => t.Period.End is null) ? (LocalDate?)null : tenures.Max(t => t.Period.End!.Value);
                terms.Add(new DateRange(first, last));
            }
        }

        return terms;
    }

    private static T? Single<T>(ImmutableArray<IndexedName> entries)
        where T : CatalogEntity
    {
        T? found = null;
        foreach (var entry in entries)
        {
            if (entry.Entity is not T typed || entry.Name.Kind == NameKind.FamilyName || (found is not null && !ReferenceEquals(found, typed)))
            {
                return null;
            }

            found = typed;
        }

        return found;
    }

    private static bool TryDate(int year, int month, int day, out LocalDate date)
    {
        date = default;
        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }
}
