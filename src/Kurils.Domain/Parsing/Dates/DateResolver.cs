using System.Collections.Immutable;
using NodaTime;

namespace Kurils.Domain.Parsing.Dates;

/// <summary>
/// Resolves <see cref="DateExpression"/>s against the article's reference date (usually its publication
/// or dateline date) by the rules documented on <see cref="DateRule"/>.
/// </summary>
/// <remarks>
/// <para>Choices where the rule names leave room:</para>
/// <list type="bullet">
/// <item>A bare or past weekday (<see cref="DateRule.WeekdayLatest"/>) may be the reference day itself: "said
/// Wednesday" in an article dated Wednesday is that day.</item>
/// <item>A future-context weekday (<see cref="DateRule.WeekdayFuture"/>) may also be the reference day: "will
/// visit on Friday" published on a Friday is that Friday (on or after).</item>
/// <item>"next Friday" (<see cref="DateRule.WeekdayNext"/>) is strictly after the reference date: the first
/// Friday after it, even when that is in the same week. The "Friday of next week" reading is the
/// alternative a week later.</item>
/// <item>"last Wednesday" (<see cref="DateRule.WeekdayLast"/>) is strictly before the reference date.</item>
/// <item>Weekday alternatives are the same weekday a week earlier and a week later; month-day alternatives
/// the same date in the neighbouring candidate years (leap years only for 29 February); month
/// alternatives the same month a year earlier and later; day-of-month alternatives the neighbouring
/// months that have that day.</item>
/// <item>"last July" is the latest July strictly before the reference month, "next July" the first strictly
/// after it; "in July" in a future context may be the reference month.</item>
/// <item>Without a reference date only expressions that carry their own year resolve (absolute dates,
/// month-year, bare years, and month-year or full dates whose year comes from context); the rest get a
/// null date. Reference dates outside the years 2–9998 count as missing.</item>
/// </list>
/// </remarks>
internal static class DateResolver
{
    /// <summary>Resolves one expression.</summary>
    /// <param name="e">The expression.</param>
    /// <param name="reference">The reference date, or null when unknown.</param>
    /// <param name="contextYear">The most recent explicit year earlier in the text, for "of that year" and "同年"; see <see cref="ContextYearAfter"/>.</param>
    public static DateMention Resolve(DateExpression e, LocalDate? reference, int? contextYear)
    {
        LocalDate? r = reference is { Year: >= 2 and <= 9998 } ? reference : null;
        switch (e.Kind)
        {
            case DateExpressionKind.FullDate:
            {
                int? year = e.Year ?? (e.YearFromContext ? contextYear : null);
                return Mention(e, DatePrecision.Day, DateRule.Absolute, Create(year, e.Month, e.Day));
            }

            case DateExpressionKind.MonthYear:
            {
                int? year = e.Year ?? (e.YearFromContext ? contextYear : null);
                return Mention(e, DatePrecision.Month, DateRule.MonthYear, Create(year, e.Month, 1));
            }

            case DateExpressionKind.Year:
                return Mention(e, DatePrecision.Year, DateRule.Year, Create(e.Year, 1, 1));

            case DateExpressionKind.RelativeDay:
                return Mention(e, DatePrecision.Day, DateRule.RelativeDay, r?.PlusDays(Math.Clamp(e.RelativeDays, -7, 7)));

            case DateExpressionKind.RelativeYear:
                return Mention(e, DatePrecision.Year, DateRule.RelativeYear, r is { } ry ? Create(ry.Year + Math.Clamp(e.RelativeYears, -2, 2), 1, 1) : null);

            case DateExpressionKind.Weekday:
                return ResolveWeekday(e, r);

            case DateExpressionKind.MonthDay:
                return ResolveMonthDay(e, r);

            case DateExpressionKind.DayOfMonth:
                return ResolveDayOfMonth(e, r);

            case DateExpressionKind.Month:
                return ResolveMonth(e, r);

            default:
                return Mention(e, DatePrecision.Day, DateRule.Absolute, null);
        }
    }

    /// <summary>Resolves expressions in text order, carrying the context year from one to the next.</summary>
    /// <param name="expressions">The expressions, in text order.</param>
    /// <param name="reference">The reference date, or null when unknown.</param>
    /// <param name="output">Receives one mention per expression, in the same order.</param>
    /// <param name="contextYear">The year in context before the first expression (for example from an earlier segment).</param>
    public static void ResolveAll(IEnumerable<DateExpression> expressions, LocalDate? reference, List<DateMention> output, int? contextYear = null)
    {
        ArgumentNullException.ThrowIfNull(expressions);
        ArgumentNullException.ThrowIfNull(output);
        foreach (DateExpression e in expressions)
        {
            DateMention m = Resolve(e, reference, contextYear);
            output.Add(m);
            contextYear = ContextYearAfter(e, m, contextYear);
        }
    }

    /// <summary>
    /// The year a later "that year" refers to after <paramref name="e"/>: its explicit year, or the resolved
    /// year of a relative year ("last year"); otherwise <paramref name="previous"/>.
    /// </summary>
    /// <param name="e">The expression just read.</param>
    /// <param name="resolved">What it resolved to.</param>
    /// <param name="previous">The context year before it.</param>
    public static int? ContextYearAfter(DateExpression e, DateMention resolved, int? previous)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        if (e.Year is { } y)
        {
            return y;
        }

        return e.Kind == DateExpressionKind.RelativeYear && resolved.Date is { } d ? d.Year : previous;
    }

    private static DateMention ResolveWeekday(DateExpression e, LocalDate? r)
    {
        DateRule rule = e.Tense switch
        {
            DateTense.Future => DateRule.WeekdayFuture,
            DateTense.Next => DateRule.WeekdayNext,
            DateTense.Last => DateRule.WeekdayLast,
            _ => DateRule.WeekdayLatest,
        };
        if (r is not { } reference || e.Weekday is not { } wd || wd == IsoDayOfWeek.None)
        {
            return Mention(e, DatePrecision.Day, rule, null);
        }

        LocalDate date = rule switch
        {
            DateRule.WeekdayFuture => reference.With(DateAdjusters.NextOrSame(wd)),
            DateRule.WeekdayNext => reference.Next(wd),
            DateRule.WeekdayLast => reference.Previous(wd),
            _ => reference.With(DateAdjusters.PreviousOrSame(wd)),
        };
        return Mention(e, DatePrecision.Day, rule, date, date.PlusWeeks(-1), date.PlusWeeks(1));
    }

    private static DateMention ResolveMonthDay(DateExpression e, LocalDate? r)
    {
        DateRule rule = e.IsForward ? DateRule.MonthDayNext : DateRule.MonthDayLatest;
        if (r is not { } reference || e.Month is not { } month || e.Day is not { } day || !IsValidMonthDay(month, day))
        {
            return Mention(e, DatePrecision.Day, rule, null);
        }

        // At most eight years apart for 29 February; one year otherwise.
        LocalDate? date = null;
        for (int k = 0; k <= 8 && date is null; k++)
        {
            int year = e.IsForward ? reference.Year + k : reference.Year - k;
            if (Create(year, month, day) is { } candidate && (e.IsForward ? candidate >= reference : candidate <= reference))
            {
                date = candidate;
            }
        }

        if (date is not { } found)
        {
            return Mention(e, DatePrecision.Day, rule, null);
        }

        return Mention(e, DatePrecision.Day, rule, found, NeighbourYear(month, day, found.Year, -1), NeighbourYear(month, day, found.Year, 1));
    }

    private static LocalDate? NeighbourYear(int month, int day, int year, int step)
    {
        for (int k = 1; k <= 8; k++)
        {
            if (Create(year + (step * k), month, day) is { } d)
            {
                return d;
            }
        }

        return null;
    }

    private static DateMention ResolveDayOfMonth(DateExpression e, LocalDate? r)
    {
        if (r is not { } reference || e.Day is not { } day || day is < 1 or > 31)
        {
            return Mention(e, DatePrecision.Day, DateRule.DayOfMonth, null);
        }

        // Search month by month (at most three steps: only 31-day months hold the 31st).
        LocalDate? date = null;
        int step = e.IsForward ? 1 : -1;
        for (int k = 0; k <= 3 && date is null; k++)
        {
            LocalDate firstOfMonth = new LocalDate(reference.Year, reference.Month, 1).PlusMonths(step * k);
            if (Create(firstOfMonth.Year, firstOfMonth.Month, day) is { } candidate && (e.IsForward ? candidate >= reference : candidate <= reference))
            {
                date = candidate;
            }
        }

        if (date is not { } found)
        {
            return Mention(e, DatePrecision.Day, DateRule.DayOfMonth, null);
        }

        return Mention(e, DatePrecision.Day, DateRule.DayOfMonth, found, NeighbourMonth(found, day, -1), NeighbourMonth(found, day, 1));
    }

    private static LocalDate? NeighbourMonth(LocalDate from, int day, int step)
    {
        var first = new LocalDate(from.Year, from.Month, 1);
        for (int k = 1; k <= 3; k++)
        {
            LocalDate m = first.PlusMonths(step * k);
            if (Create(m.Year, m.Month, day) is { } d)
            {
                return d;
            }
        }

        return null;
    }

    private static DateMention ResolveMonth(DateExpression e, LocalDate? r)
    {
        if (r is not { } reference || e.Month is not { } month || month is < 1 or > 12)
        {
            return Mention(e, DatePrecision.Month, DateRule.Month, null);
        }

        int current = reference.Month;
        int year = e.Tense switch
        {
            DateTense.Future => month >= current ? reference.Year : reference.Year + 1,
            DateTense.Next => month > current ? reference.Year : reference.Year + 1,
            DateTense.Last => month < current ? reference.Year : reference.Year - 1,
            _ => month <= current ? reference.Year : reference.Year - 1,
        };
        return Mention(e, DatePrecision.Month, DateRule.Month, Create(year, month, 1), Create(year - 1, month, 1), Create(year + 1, month, 1));
    }

    private static bool IsValidMonthDay(int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(2000, month);

    private static LocalDate? Create(int? year, int? month, int? day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year.Value, month.Value)
            ? new LocalDate(year.Value, month.Value, day.Value)
            : null;

    private static DateMention Mention(DateExpression e, DatePrecision precision, DateRule rule, LocalDate? date, params ReadOnlySpan<LocalDate?> alternatives)
    {
        if (date is null || alternatives.IsEmpty)
        {
            return new DateMention(e.Span, date, precision, rule, EquatableArray<LocalDate>.Empty);
        }

        ImmutableArray<LocalDate>.Builder builder = ImmutableArray.CreateBuilder<LocalDate>(alternatives.Length);
        foreach (LocalDate? a in alternatives)
        {
            if (a is { } value)
            {
                builder.Add(value);
            }
        }

        return new DateMention(e.Span, date, precision, rule, builder.DrainToImmutable());
    }
}
