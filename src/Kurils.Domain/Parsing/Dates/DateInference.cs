using NodaTime;

namespace Kurils.Domain.Parsing.Dates;

/// <summary>
/// Infers a missing year from weekdays: a dateline "December 13" in a story that says "on Tuesday" about
/// that day can only be in 2022, 2016, 2011, ...
/// </summary>
internal static class DateInference
{
    /// <summary>The years in [<paramref name="fromYear"/>, <paramref name="toYear"/>] in which <paramref name="month"/>/<paramref name="day"/> falls on <paramref name="weekday"/>, latest first.</summary>
    /// <param name="month">The month (1–12).</param>
    /// <param name="day">The day of the month (29 February counts only in leap years).</param>
    /// <param name="weekday">The weekday.</param>
    /// <param name="fromYear">The earliest year (clamped to 1).</param>
    /// <param name="toYear">The latest year (clamped to 9999).</param>
    /// <exception cref="ArgumentOutOfRangeException">The month, day or weekday is not valid.</exception>
    public static IEnumerable<int> YearsWhere(int month, int day, IsoDayOfWeek weekday, int fromYear, int toYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, CalendarSystem.Iso.GetDaysInMonth(2000, month));
        if (weekday is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(nameof(weekday), weekday, "The weekday must be a day of the week, not IsoDayOfWeek.None or a value outside the enumeration.");
        }

        return Iterate(new AnnualDate(month, day), weekday, Math.Max(fromYear, 1), Math.Min(toYear, 9999));

        static IEnumerable<int> Iterate(AnnualDate date, IsoDayOfWeek weekday, int from, int to)
        {
            for (int year = to; year >= from; year--)
            {
                if (date.IsValidYear(year) && date.InYear(year).DayOfWeek == weekday)
                {
                    yield return year;
                }
            }
        }
    }

    /// <summary>
    /// The candidate years of a month-day dateline given the weekdays the text gives for that same day,
    /// latest first: every year in range when there are none, none when they disagree.
    /// </summary>
    /// <param name="dateline">The dateline's month and day.</param>
    /// <param name="sameDayWeekdays">Weekdays the text gives for the dateline's day.</param>
    /// <param name="fromYear">The earliest year.</param>
    /// <param name="toYear">The latest year.</param>
    public static IReadOnlyList<int> CandidateYears(AnnualDate dateline, IEnumerable<IsoDayOfWeek> sameDayWeekdays, int fromYear, int toYear)
    {
        ArgumentNullException.ThrowIfNull(sameDayWeekdays);
        var distinct = sameDayWeekdays.Where(w => w is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday).Distinct().ToList();
        if (distinct.Count > 1)
        {
            return [];
        }

        if (distinct.Count == 1)
        {
            return YearsWhere(dateline.Month, dateline.Day, distinct[0], fromYear, toYear).ToList();
        }

        var all = new List<int>();
        for (int year = Math.Min(toYear, 9999); year >= Math.Max(fromYear, 1); year--)
        {
            if (dateline.IsValidYear(year))
            {
                all.Add(year);
            }
        }

        return all;
    }

    /// <summary>
    /// The weekdays in <paramref name="expressions"/> that most likely name the dateline's day: the weekday of
    /// any date written with one and equal to the dateline ("Tuesday, December 13"); failing that, the first
    /// bare or past-tense weekday ("said on Tuesday"), since a news lead states the day of its event first.
    /// </summary>
    /// <param name="expressions">The expressions of the article, in text order.</param>
    /// <param name="dateline">The dateline's month and day.</param>
    public static IReadOnlyList<IsoDayOfWeek> SameDayWeekdays(IEnumerable<DateExpression> expressions, AnnualDate dateline)
    {
        ArgumentNullException.ThrowIfNull(expressions);
        var explicitDays = new List<IsoDayOfWeek>();
        IsoDayOfWeek? firstBare = null;
        foreach (DateExpression e in expressions)
        {
            if (e.Weekday is not { } wd)
            {
                continue;
            }

            if (e.Kind != DateExpressionKind.Weekday)
            {
                if (e.Month == dateline.Month && e.Day == dateline.Day)
                {
                    explicitDays.Add(wd);
                }
            }
            else if (firstBare is null && e.Tense is DateTense.None or DateTense.Past)
            {
                firstBare = wd;
            }
        }

        return explicitDays.Count > 0 ? explicitDays : firstBare is { } f ? [f] : [];
    }
}
