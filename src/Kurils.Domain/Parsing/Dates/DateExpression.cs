using NodaTime;

namespace Kurils.Domain.Parsing.Dates;

/// <summary>The shape of a date expression, before it is resolved.</summary>
internal enum DateExpressionKind
{
    /// <summary>A weekday ("Wednesday", "в среду", "水曜日").</summary>
    Weekday,

    /// <summary>Month and day without a year ("December 13", "13 декабря", "12月13日").</summary>
    MonthDay,

    /// <summary>A day of the month alone (Japanese "13日").</summary>
    DayOfMonth,

    /// <summary>Day, month and year ("Aug 15, 1945", "2022-12-13", "2022年12月13日").</summary>
    FullDate,

    /// <summary>A month alone ("in July", "в июле", "7月").</summary>
    Month,

    /// <summary>A month with an explicit year or a year from context ("February 2022", "March of that year", "同年3月").</summary>
    MonthYear,

    /// <summary>today, yesterday, tomorrow: <see cref="DateExpression.RelativeDays"/> from the reference date.</summary>
    RelativeDay,

    /// <summary>last year, this year, next year: <see cref="DateExpression.RelativeYears"/> from the reference year.</summary>
    RelativeYear,

    /// <summary>A bare year ("in 1956", "1956年").</summary>
    Year,
}

/// <summary>Which way in time an expression points, from a modifier ("next", "last") or the verbs around it.</summary>
internal enum DateTense
{
    /// <summary>No cue: read as past or present, the usual case in news.</summary>
    None,

    /// <summary>A past-tense verb near the expression ("said Wednesday").</summary>
    Past,

    /// <summary>A future marker near the expression ("will meet on Friday", "будет", "予定", "this coming").</summary>
    Future,

    /// <summary>"next Friday", "в следующую пятницу", "来週の金曜日".</summary>
    Next,

    /// <summary>"last Wednesday", "this past Sunday", "в прошлую среду", "先週の水曜日".</summary>
    Last,
}

/// <summary>A date expression found in text and not yet resolved against a reference date.</summary>
/// <param name="Span">Where the expression is in the original input. Prepositions ("on", "in", "в") and
/// Japanese particles are left out; modifiers ("last", "next") and year words ("года", "年") are in.</param>
/// <param name="Kind">The shape of the expression.</param>
/// <param name="Tense">The direction hint from modifiers or surrounding verbs.</param>
/// <param name="Year">The explicit year, if the expression gives one.</param>
/// <param name="Month">The month (1–12), if the expression gives one.</param>
/// <param name="Day">The day of the month, if the expression gives one.</param>
/// <param name="Weekday">The weekday, for weekday expressions and for dates written with one ("Tuesday, December 13", "12月13日(火)").</param>
/// <param name="RelativeDays">For <see cref="DateExpressionKind.RelativeDay"/>: days from the reference date (yesterday = -1).</param>
/// <param name="RelativeYears">For <see cref="DateExpressionKind.RelativeYear"/>: years from the reference year (last year = -1).</param>
/// <param name="YearFromContext">Whether the year is an anaphora to be taken from context ("of that year", "того же года", "同年").</param>
internal readonly record struct DateExpression(
    TextSpan Span,
    DateExpressionKind Kind,
    DateTense Tense = DateTense.None,
    int? Year = null,
    int? Month = null,
    int? Day = null,
    IsoDayOfWeek? Weekday = null,
    int RelativeDays = 0,
    int RelativeYears = 0,
    bool YearFromContext = false)
{
    /// <summary>Whether the expression points forward from the reference date.</summary>
    public bool IsForward => Tense is DateTense.Future or DateTense.Next;
}
