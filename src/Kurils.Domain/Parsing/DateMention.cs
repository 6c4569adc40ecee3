using NodaTime;

namespace Kurils.Domain.Parsing;

/// <summary>The rule that turned a date expression into a calendar date.</summary>
public enum DateRule
{
    /// <summary>The expression gives day, month and year ("13 December 2022", "2022年12月13日", "Aug 15, 1945").</summary>
    Absolute,

    /// <summary>Month and day; the year is the latest that puts the date on or before the reference date ("December 13", "on Feb. 1").</summary>
    MonthDayLatest,

    /// <summary>Month and day in a future context; the year puts it on or after the reference date.</summary>
    MonthDayNext,

    /// <summary>A bare weekday: the latest such day on or before the reference date ("said Wednesday").</summary>
    WeekdayLatest,

    /// <summary>A weekday in a future context ("will meet on Friday"): the earliest such day on or after the reference date.</summary>
    WeekdayFuture,

    /// <summary>"next Friday": the first such day after the reference date.</summary>
    WeekdayNext,

    /// <summary>"last Wednesday": the latest such day before the reference date.</summary>
    WeekdayLast,

    /// <summary>today, yesterday, tomorrow and their equivalents.</summary>
    RelativeDay,

    /// <summary>"in July": the latest such month on or before the reference date (the next one in a future context).</summary>
    Month,

    /// <summary>"February 2022", "March of that year" resolved against a year in context.</summary>
    MonthYear,

    /// <summary>"last year", "this year", "next year".</summary>
    RelativeYear,

    /// <summary>A bare year ("in 1956").</summary>
    Year,

    /// <summary>A day of the month alone (Japanese "13日"): the latest such day on or before the reference date, in its month or an earlier one (the earliest on or after it in a future context).</summary>
    DayOfMonth,
}

/// <summary>How much of a date an expression gives.</summary>
public enum DatePrecision
{
    /// <summary>A single day.</summary>
    Day,

    /// <summary>A month: <see cref="DateMention.Date"/> is its first day.</summary>
    Month,

    /// <summary>A year: <see cref="DateMention.Date"/> is its first day.</summary>
    Year,
}

/// <summary>A date expression found in the text and what it resolves to.</summary>
/// <param name="Span">Where the expression is in the input.</param>
/// <param name="Date">The resolved date (the first day of the month or year for coarser expressions), or null when it cannot be resolved (no reference date).</param>
/// <param name="Precision">How much of the date the expression gives.</param>
/// <param name="Rule">The rule that resolved it.</param>
/// <param name="Alternatives">Other readings, for example the same weekday a week earlier or later.</param>
public sealed record DateMention(TextSpan Span, LocalDate? Date, DatePrecision Precision, DateRule Rule, EquatableArray<LocalDate> Alternatives);
