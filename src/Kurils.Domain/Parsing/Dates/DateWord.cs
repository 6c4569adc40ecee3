using NodaTime;

namespace Kurils.Domain.Parsing.Dates;

/// <summary>The roles a word can play in a date expression, in any language; one word may have several.</summary>
[Flags]
internal enum DateWordRole : long
{
    None = 0,

    /// <summary>A month as named alone or before a year ("December", "январь"); <see cref="DateWord.Month"/> is set.</summary>
    Month = 1L << 0,

    /// <summary>A month's form after a day number ("13 декабря", "13 December").</summary>
    MonthGenitive = 1L << 1,

    /// <summary>A month's form after a preposition ("в июле", "in July").</summary>
    MonthPrepositional = 1L << 2,

    /// <summary>A month abbreviation ("Dec", "янв"): needs a day or year beside it.</summary>
    MonthAbbreviation = 1L << 3,

    /// <summary>A month form that is also a common word ("May", "March"): needs a capital, and a day, a year or a strict context word.</summary>
    Ambiguous = 1L << 4,

    /// <summary>A weekday ("Wednesday", "среду"); <see cref="DateWord.Weekday"/> is set.</summary>
    Weekday = 1L << 5,

    /// <summary>A weekday abbreviation ("Wed"): needs a capital and a full stop.</summary>
    WeekdayAbbreviation = 1L << 6,

    /// <summary>A weekday of a language whose weekdays need a context word or a modifier before them.</summary>
    WeekdayNeedsContext = 1L << 7,

    /// <summary>today, yesterday, сегодня, вчера; <see cref="DateWord.Value"/> is the day offset.</summary>
    RelativeDay = 1L << 8,

    /// <summary>A word that makes a month named alone a date ("in", "since", "в").</summary>
    MonthContext = 1L << 9,

    /// <summary>A word that makes an ambiguous month a date ("in", "since", "by", "of").</summary>
    StrictMonthContext = 1L << 10,

    /// <summary>A word that makes a bare four-digit number a year ("in", "since").</summary>
    YearContext = 1L << 11,

    /// <summary>A word a weekday needs before it in some languages ("в", "во", "до").</summary>
    WeekdayContext = 1L << 12,

    /// <summary>A modifier before a weekday or month; <see cref="DateWord.Value"/> is the <see cref="DateTense"/>.</summary>
    Modifier = 1L << 13,

    /// <summary>A word before a weekday that makes it habitual ("every", "каждую").</summary>
    Habitual = 1L << 14,

    /// <summary>A word after a year number ("году", "г").</summary>
    YearWord = 1L << 15,

    /// <summary>A year word written with a full stop ("г."): the stop is part of the date.</summary>
    YearWordWithStop = 1L << 16,

    /// <summary>A future-tense cue ("will", "будет").</summary>
    FutureCue = 1L << 17,

    /// <summary>A past-tense cue ("said", "был").</summary>
    PastCue = 1L << 18,

    /// <summary>A word between day, month and year ("of", "de").</summary>
    Joiner = 1L << 19,

    /// <summary>An ordinal suffix after a day number ("th", "er").</summary>
    DaySuffix = 1L << 20,

    /// <summary>An article ("the").</summary>
    Article = 1L << 21,

    /// <summary>The first word of a phrase in <see cref="DateLexicon.PhrasesAt"/>.</summary>
    PhraseStart = 1L << 22,

    /// <summary>A word for "year" beside a number ("년", "năm").</summary>
    UnitYear = 1L << 23,

    /// <summary>A word for "month" beside a number ("월", "tháng").</summary>
    UnitMonth = 1L << 24,

    /// <summary>A word for "day" beside a number ("일", "ngày").</summary>
    UnitDay = 1L << 25,

    /// <summary>A unit word that stands before its number (Vietnamese).</summary>
    UnitBefore = 1L << 26,

    /// <summary>The last word of a two-word future cue ("to" of "is to"): a cue only after the phrase's first word.</summary>
    CueTail = 1L << 27,
}

/// <summary>What the lexicon knows about one word.</summary>
/// <param name="Roles">The roles it can play.</param>
/// <param name="Month">The month it names, or 0.</param>
/// <param name="Weekday">The weekday it names, or <see cref="IsoDayOfWeek.None"/>.</param>
/// <param name="Value">A role-dependent number: a day offset, or a <see cref="DateTense"/>.</param>
internal readonly record struct DateWord(DateWordRole Roles, int Month, IsoDayOfWeek Weekday, int Value)
{
    public bool Has(DateWordRole role) => (Roles & role) != 0;
}

/// <summary>What a phrase of several words stands for.</summary>
internal enum DatePhraseKind
{
    /// <summary>A day relative to the article's date ("the day before yesterday").</summary>
    RelativeDay,

    /// <summary>A year relative to the article's date ("last year", "прошлом году").</summary>
    RelativeYear,

    /// <summary>After a month: the year in context ("of that year", "того же года").</summary>
    SameYear,

    /// <summary>A future-tense cue of two words ("is to").</summary>
    FutureCue,
    /// <summary>A weekday written in several words ("segunda-feira", "thứ hai"); the value is its <see cref="IsoDayOfWeek"/>.</summary>
    Weekday,

}

/// <summary>A relative day or year written in Han characters, matched character by character.</summary>
/// <param name="Text">The characters.</param>
/// <param name="Offset">Days or years from the article's date.</param>
/// <param name="Year">Whether the offset is in years.</param>
internal sealed record CjkRelative(string Text, int Offset, bool Year);

/// <summary>A phrase of the lexicon: its words, folded, and what it stands for.</summary>
/// <param name="Words">The words, in order.</param>
/// <param name="Kind">What it stands for.</param>
/// <param name="Value">An offset for relative days and years.</param>
internal sealed record DatePhrase(string[] Words, DatePhraseKind Kind, int Value);
