using System.Collections.Immutable;
using NodaTime;

namespace Kurils.Domain.Parsing;

/// <summary>
/// Infers the article's date when the caller does not give one: a full date in the dateline is taken as is;
/// a dateline month and day ("December 13") gets its year from the weekday the opening paragraph gives it ("said
/// on Tuesday") and from the terms of the office-holders the article names with their office ("Prime Minister
/// Fumio Kishida"): the one year all of them allow. Anything less certain leaves the date unknown.
/// </summary>
internal static class ReferenceDates
{
    private const int EarliestYear = 1945;
    private const int LatestYear = 2100;

    public static (LocalDate? Date, ReferenceDateSource Source) Infer(
        string text, ImmutableArray<Segment> segments, List<DateExpression> expressions, IReadOnlyList<Mention> mentions, KurilsCatalog catalog)
    {
        var datelineSegment = segments.FirstOrDefault(s => s.Kind == SegmentKind.Dateline);
        if (datelineSegment is null)
        {
            return (null, ReferenceDateSource.None);
        }

        var dateline = datelineSegment.Span;
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
        var weekdays = inDateline.Weekday is { } given ? [given] : DateInference.SameDayWeekdays(expressions, annual);
        var terms = TermsOfNamedHolders(mentions, catalog);
        var candidates = DateInference.CandidateYears(annual, weekdays, EarliestYear, LatestYear)
            .Select(annual.InYear)
            .Where(date => terms.All(t => t.Contains(date)))
            .ToList();

        // Without a weekday and a term the year is a guess: only a single candidate is an answer.
        return candidates.Count == 1 && terms.Count > 0 ? (candidates[0], ReferenceDateSource.Inferred) : (null, ReferenceDateSource.None);
    }

    /// <summary>The terms of office of people named together with their office ("Prime Minister Fumio Kishida").</summary>
    private static List<DateRange> TermsOfNamedHolders(IReadOnlyList<Mention> mentions, KurilsCatalog catalog)
    {
        var terms = new List<DateRange>();
        foreach (var office in mentions)
        {
            if (office.Kind != EntityKind.Office || office.HolderId is not { } holderId || office.InComment)
            {
                continue;
            }

            var person = catalog.Find<Person>(holderId);
            var tenures = person?.Tenures.Where(t => string.Equals(t.OfficeId, office.Id, StringComparison.Ordinal)).ToList();
            if (tenures is { Count: 1 })
            {
                terms.Add(tenures[0].Period);
            }
            else if (tenures is { Count: > 1 })
            {
                var first = tenures.Min(t => t.Period.Start);
                var last = tenures.Any(t => t.Period.End is null) ? (LocalDate?)null : tenures.Max(t => t.Period.End!.Value);
                terms.Add(new DateRange(first, last));
            }
        }

        return terms;
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
