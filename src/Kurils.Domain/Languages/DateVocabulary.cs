using System.Collections.Immutable;

namespace Kurils.Domain.Languages;

/// <summary>
/// The words of a language's date expressions, read from a pack's <c>dates</c> section: months, weekdays,
/// relative days and years, the orders of day, month and year, and the context words the date finder's rules
/// need. Words are folded to lower case (see <see cref="LanguagePackReader.FoldWord"/>); phrases are words
/// separated by single spaces.
/// </summary>
/// <param name="Orders">The orders the language writes day, month and year in (a numeric date, and a month name before or after its day).</param>
/// <param name="Separators">The characters between the numbers of a numeric date ("." in 13.12.2022, "/" in 12/13/2022).</param>
/// <param name="Months">January to December (empty, or twelve entries).</param>
/// <param name="Weekdays">Monday to Sunday (empty, or seven entries).</param>
/// <param name="WeekdaysNeedContext">Whether a weekday is a date only after a <see cref="DateContext.Weekday"/> word or a modifier (Russian "среда" is also "environment").</param>
/// <param name="Ambiguous">Month forms that are also common words ("May", "March"): a date only when capitalised and with a day, a year or a strict context word.</param>
/// <param name="RelativeDays">Words and phrases for a day relative to the article's date, with their offset in days.</param>
/// <param name="RelativeYears">Phrases for a year relative to the article's date ("last year", "прошлом году").</param>
/// <param name="SameYear">Phrases after a month that put it in the year in context ("of that year", "того же года").</param>
/// <param name="YearWords">Words that follow a year number ("году", "г."); a trailing full stop is part of the word.</param>
/// <param name="DaySuffixes">What may follow a day number: ordinal suffixes ("th", "er") or a full stop (German "5.").</param>
/// <param name="Joiners">Words between day, month and year ("of" in "13th of December", "de" in "5 de marzo de 2024").</param>
/// <param name="Context">The words before a date that make it one.</param>
/// <param name="Modifiers">Words before a weekday or month that set its tense ("next", "прошлую").</param>
/// <param name="Habitual">Words before a weekday that make it habitual, not a date ("every", "каждую").</param>
/// <param name="Articles">Articles: "the last year" is a span of time, "the Sun." a newspaper.</param>
/// <param name="FutureCues">Words and two-word phrases that put a nearby date in the future ("will", "is to").</param>
/// <param name="PastCues">Words that put a nearby date in the past ("said").</param>
/// <param name="PastEndings">Endings of past-tense verbs (Russian "-ил", "-ала"); a word needs two letters before one.</param>
/// <param name="Units">Words for year, month and day written beside a number (Korean "년 월 일", Vietnamese "năm tháng ngày").</param>
/// <param name="Stamps">The words of a page's date stamp ("Published", "Updated", "Опубликовано", "更新").</param>
/// <param name="Eras">The eras of a calendar that counts years from an era's start (Japanese 令和, 平成), each with the Gregorian year of its first year.</param>
/// <param name="EraFirstYear">Words written for an era's first year instead of the number 1 (元 in 平成元年).</param>
/// <param name="SameYearBefore">Words before a month that put it in the year in context (同年 in 同年3月).</param>
/// <param name="FiscalYear">What follows a year unit to make the year a fiscal one, not a date (度 in 2022年度, 来年度).</param>
/// <param name="Durations">Characters after a day unit that make the number a duration or an offset, not a day of the month (間 in 3日間, 後 in 3日後).</param>
internal sealed record DateVocabulary(
    ImmutableArray<DateOrder> Orders,
    string Separators,
    ImmutableArray<MonthForms> Months,
    ImmutableArray<WeekdayForms> Weekdays,
    bool WeekdaysNeedContext,
    ImmutableArray<string> Ambiguous,
    ImmutableArray<OffsetWords> RelativeDays,
    ImmutableArray<OffsetWords> RelativeYears,
    ImmutableArray<string> SameYear,
    ImmutableArray<string> YearWords,
    ImmutableArray<string> DaySuffixes,
    ImmutableArray<string> Joiners,
    DateContext Context,
    ImmutableArray<ModifierWords> Modifiers,
    ImmutableArray<string> Habitual,
    ImmutableArray<string> Articles,
    ImmutableArray<string> FutureCues,
    ImmutableArray<string> PastCues,
    ImmutableArray<string> PastEndings,
    DateUnits Units,
    StampWords Stamps,
    ImmutableArray<EraName> Eras,
    ImmutableArray<string> EraFirstYear,
    ImmutableArray<string> SameYearBefore,
    ImmutableArray<string> FiscalYear,
    string Durations)
{
    public static DateVocabulary Empty { get; } = new(
        [], "", [], [], false, [], [], [], [], [], [], [], DateContext.Empty, [], [], [], [], [], [], DateUnits.Empty, StampWords.Empty, [], [], [], [], "");
}

/// <summary>An era of a calendar that counts years from the era's start: 令和 (2019–), 平成 (1989–2019).</summary>
/// <param name="Name">The era's name, as written before its year.</param>
/// <param name="Start">The Gregorian year of the era's first year (令和元年 = 2019).</param>
internal sealed record EraName(string Name, int Start);

/// <summary>An order of day, month and year.</summary>
internal enum DateOrder
{
    /// <summary>Day, month, year: 13.12.2022, 13 December 2022.</summary>
    Dmy,

    /// <summary>Month, day, year: 12/13/2022, December 13, 2022.</summary>
    Mdy,

    /// <summary>Year, month, day: 2022/12/13, 2022年12月13日.</summary>
    Ymd,
}

/// <summary>The forms of one month.</summary>
/// <param name="Names">The month as named alone and before a year ("январь", "March").</param>
/// <param name="Genitive">The forms after a day number ("13 декабря"); the names when the language has no such case.</param>
/// <param name="Prepositional">The forms after a preposition ("в январе"); the names when the language has no such case.</param>
/// <param name="Abbreviations">Abbreviations, with or without a full stop ("Dec", "янв"): dates only beside a day or year.</param>
internal sealed record MonthForms(ImmutableArray<string> Names, ImmutableArray<string> Genitive, ImmutableArray<string> Prepositional, ImmutableArray<string> Abbreviations);

/// <summary>The forms of one weekday.</summary>
/// <param name="Names">Every singular form ("Monday"; "понедельник", "понедельника"…).</param>
/// <param name="Abbreviations">Abbreviations ("Mon"): dates only capitalised and with a full stop.</param>
internal sealed record WeekdayForms(ImmutableArray<string> Names, ImmutableArray<string> Abbreviations);

/// <summary>Words or phrases that stand for an offset from the article's date.</summary>
/// <param name="Words">The words or phrases.</param>
/// <param name="Offset">The offset, in days or years.</param>
internal sealed record OffsetWords(ImmutableArray<string> Words, int Offset);

/// <summary>Modifiers of one tense.</summary>
/// <param name="Words">The words.</param>
/// <param name="Tense">What they say of the date: next, last, future, or none ("this").</param>
internal sealed record ModifierWords(ImmutableArray<string> Words, Parsing.Dates.DateTense Tense);

/// <summary>The words before a date that make it one.</summary>
/// <param name="Month">Before a month named alone ("in July", "в июле").</param>
/// <param name="StrictMonth">Before an ambiguous month ("in May", not "a May").</param>
/// <param name="Year">Before a bare four-digit number ("in 1956").</param>
/// <param name="Weekday">Before a weekday, in languages where a weekday needs one ("в среду").</param>
internal sealed record DateContext(ImmutableArray<string> Month, ImmutableArray<string> StrictMonth, ImmutableArray<string> Year, ImmutableArray<string> Weekday)
{
    public static DateContext Empty { get; } = new([], [], [], []);
}

/// <summary>Words for year, month and day written beside a number: Korean "2024년 3월 5일", Vietnamese "ngày 5 tháng 3 năm 2024".</summary>
/// <param name="Year">The words for year.</param>
/// <param name="Month">The words for month.</param>
/// <param name="Day">The words for day.</param>
/// <param name="Before">Whether the word stands before its number (Vietnamese) rather than after it (Korean).</param>
internal sealed record DateUnits(ImmutableArray<string> Year, ImmutableArray<string> Month, ImmutableArray<string> Day, bool Before)
{
    public static DateUnits Empty { get; } = new([], [], [], false);
}

/// <summary>The words of a page's date stamp.</summary>
/// <param name="Published">Words and phrases that introduce the publication date ("Published", "Опубликовано", "Publié le").</param>
/// <param name="Updated">Words that introduce a later date of the same page ("Updated", "Обновлено", "更新").</param>
internal sealed record StampWords(ImmutableArray<string> Published, ImmutableArray<string> Updated)
{
    public static StampWords Empty { get; } = new([], []);
}
