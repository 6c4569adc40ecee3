using System.Collections.Frozen;
using Kurils.Domain.Languages;
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

/// <summary>
/// The date words of a set of language packs (the languages of an article), built once per set and cached by
/// <see cref="LanguagePacks"/>: a word-to-roles table looked up by span, the phrases by their first word, and
/// the numeric orders and separators. Only the article's packs apply, so French "mars" is not an English word.
/// </summary>
internal sealed class DateLexicon
{
    private const int MaxWordLength = 24;

    private readonly FrozenDictionary<string, DateWord>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenDictionary<string, DatePhrase[]>.AlternateLookup<ReadOnlySpan<char>> _phrases;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _pastEndings;
    private readonly int _longestPastEnding;

    private DateLexicon(
        Dictionary<string, DateWord> words,
        Dictionary<string, List<DatePhrase>> phrases,
        HashSet<string> pastEndings,
        HashSet<DateOrder> orders,
        string separators,
        bool dayStop,
        CjkRelative[] cjkRelatives,
        HashSet<string> stampPublished,
        HashSet<string> stampUpdated)
    {
        CjkRelatives = cjkRelatives;
        StampPublished = [.. stampPublished.OrderByDescending(w => w.Length)];
        StampUpdated = [.. stampUpdated.OrderByDescending(w => w.Length)];
        CjkRelativeStarts = System.Buffers.SearchValues.Create(string.Concat(cjkRelatives.Select(r => r.Text[0])));
        _words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _phrases = phrases.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(x => x.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _pastEndings = pastEndings.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _longestPastEnding = pastEndings.Count == 0 ? 0 : pastEndings.Max(e => e.Length);
        DayMonthYear = orders.Contains(DateOrder.Dmy);
        MonthDayYear = orders.Contains(DateOrder.Mdy);
        YearMonthDay = orders.Contains(DateOrder.Ymd);
        Separators = separators;
        DayStop = dayStop;
    }

    /// <summary>No words: only ISO dates (2022-12-13) are read.</summary>
    public static DateLexicon Empty { get; } = Of([]);

    /// <summary>Whether the languages write the day before the month (13.12.2022, 13 December).</summary>
    public bool DayMonthYear { get; }

    /// <summary>Whether the languages write the month before the day (12/13/2022, December 13).</summary>
    public bool MonthDayYear { get; }

    /// <summary>Whether the languages write the year first in numeric dates (2022.12.13).</summary>
    public bool YearMonthDay { get; }

    /// <summary>The characters between the numbers of a numeric date.</summary>
    public string Separators { get; }

    /// <summary>Whether a day number may be followed by a full stop (German "5. März").</summary>
    public bool DayStop { get; }

    /// <summary>Relative days and years of scripts without spaces ("今日", "昨年", "昨天"), longest first.</summary>
    public CjkRelative[] CjkRelatives { get; }

    /// <summary>The words that introduce a page's publication date ("published", "опубликовано", "发布时间"), longest first.</summary>
    public System.Collections.Immutable.ImmutableArray<string> StampPublished { get; }

    /// <summary>The words that introduce a later date of the page ("updated", "обновлено", "更新"), longest first.</summary>
    public System.Collections.Immutable.ImmutableArray<string> StampUpdated { get; }

    /// <summary>The first characters of <see cref="CjkRelatives"/>.</summary>
    public System.Buffers.SearchValues<char> CjkRelativeStarts { get; }

    /// <summary>Looks a word up, ignoring case (ordinal, culture-invariant).</summary>
    public DateWord Get(ReadOnlySpan<char> word) =>
        word.Length <= MaxWordLength && _words.TryGetValue(word, out var w) ? w : default;

    /// <summary>The phrases that start with <paramref name="word"/>, longest first.</summary>
    public ReadOnlySpan<DatePhrase> PhrasesAt(ReadOnlySpan<char> word) =>
        word.Length <= MaxWordLength && _phrases.TryGetValue(word, out var p) ? p : default;

    /// <summary>Whether <paramref name="word"/> ends in a past-tense ending with at least two letters before it.</summary>
    public bool HasPastEnding(ReadOnlySpan<char> word)
    {
        for (var n = Math.Min(_longestPastEnding, word.Length - 2); n >= 1; n--)
        {
            if (_pastEndings.Contains(word[^n..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The lexicon of <paramref name="packs"/> together.</summary>
    public static DateLexicon Of(IEnumerable<LanguagePack> packs)
    {
        var words = new Dictionary<string, DateWord>(StringComparer.OrdinalIgnoreCase);
        var phrases = new Dictionary<string, List<DatePhrase>>(StringComparer.OrdinalIgnoreCase);
        var endings = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var orders = new HashSet<DateOrder>();
        var separators = "";
        var dayStop = false;
        var cjk = new List<CjkRelative>();
        var published = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var updated = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        void Add(string word, DateWordRole role, int month = 0, IsoDayOfWeek weekday = IsoDayOfWeek.None, int value = 0)
        {
            if (word.Length == 0 || word.Length > MaxWordLength)
            {
                return;
            }

            if (word.Contains('\'', StringComparison.Ordinal))
            {
                // Texts write the apostrophe as ' or ’ (and Ukrainian as ʼ): every spelling is a key.
                AddOne(word.Replace('\'', '\u2019'), role, month, weekday, value);
                AddOne(word.Replace('\'', '\u02BC'), role, month, weekday, value);
            }

            AddOne(word, role, month, weekday, value);
        }

        void AddOne(string word, DateWordRole role, int month, IsoDayOfWeek weekday, int value)
        {
            words[word] = words.TryGetValue(word, out var old)
                ? new DateWord(old.Roles | role, old.Month != 0 ? old.Month : month, old.Weekday != IsoDayOfWeek.None ? old.Weekday : weekday, old.Value != 0 ? old.Value : value)
                : new DateWord(role, month, weekday, value);
        }

        void AddAll(IEnumerable<string> list, DateWordRole role)
        {
            foreach (var w in list)
            {
                Add(w, role);
            }
        }

        // A phrase of one word is a word with the role; longer phrases are matched word by word from their first.
        void AddPhrase(string text, DatePhraseKind kind, int value, DateWordRole singleRole)
        {
            var parts = text.Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1 && IsCyrillicWord(text))
            {
                parts = text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries); // the apostrophe is inside the word
            }

            if (parts.Length == 1 && singleRole != DateWordRole.None)
            {
                Add(parts[0], singleRole, value: value);
                return;
            }

            if (parts.Length == 0)
            {
                return;
            }

            Add(parts[0], DateWordRole.PhraseStart);
            if (kind == DatePhraseKind.FutureCue)
            {
                Add(parts[^1], DateWordRole.CueTail);
            }

            if (!phrases.TryGetValue(parts[0], out var list))
            {
                phrases[parts[0]] = list = [];
            }

            list.Add(new DatePhrase(parts, kind, value));
        }

        foreach (var pack in packs)
        {
            var d = pack.Dates;
            orders.UnionWith(d.Orders);
            foreach (var c in d.Separators)
            {
                if (!separators.Contains(c, StringComparison.Ordinal))
                {
                    separators += c;
                }
            }

            for (var m = 0; m < d.Months.Length; m++)
            {
                var forms = d.Months[m];
                foreach (var w in forms.Genitive.IsEmpty ? forms.Names : forms.Genitive)
                {
                    Add(w, DateWordRole.MonthGenitive, m + 1);
                }

                foreach (var w in forms.Prepositional.IsEmpty ? forms.Names : forms.Prepositional)
                {
                    Add(w, DateWordRole.MonthPrepositional, m + 1);
                }

                foreach (var w in forms.Names)
                {
                    Add(w, DateWordRole.Month, m + 1);
                }

                foreach (var w in forms.Abbreviations)
                {
                    Add(w.TrimEnd('.'), DateWordRole.MonthAbbreviation, m + 1);
                }
            }

            for (var w = 0; w < d.Weekdays.Length; w++)
            {
                var day = (IsoDayOfWeek)(w + 1);
                var role = DateWordRole.Weekday | (d.WeekdaysNeedContext ? DateWordRole.WeekdayNeedsContext : DateWordRole.None);
                foreach (var name in d.Weekdays[w].Names)
                {
                    if (name.Contains(' ', StringComparison.Ordinal) || name.Contains('-', StringComparison.Ordinal))
                    {
                        AddPhrase(name, DatePhraseKind.Weekday, (int)day, DateWordRole.None);
                    }
                    else
                    {
                        Add(name, role, weekday: day);
                    }
                }

                foreach (var abbreviation in d.Weekdays[w].Abbreviations)
                {
                    Add(abbreviation.TrimEnd('.'), DateWordRole.WeekdayAbbreviation, weekday: day);
                }
            }

            AddAll(d.Ambiguous, DateWordRole.Ambiguous);
            foreach (var entry in d.RelativeDays)
            {
                foreach (var w in entry.Words)
                {
                    if (DateTokenizer.IsCjk(w[0]))
                    {
                        cjk.Add(new CjkRelative(w, entry.Offset, Year: false));
                    }
                    else
                    {
                        AddPhrase(w, DatePhraseKind.RelativeDay, entry.Offset, DateWordRole.RelativeDay);
                    }
                }
            }

            foreach (var entry in d.RelativeYears)
            {
                foreach (var w in entry.Words)
                {
                    if (DateTokenizer.IsCjk(w[0]))
                    {
                        cjk.Add(new CjkRelative(w, entry.Offset, Year: true));
                    }
                    else
                    {
                        AddPhrase(w, DatePhraseKind.RelativeYear, entry.Offset, DateWordRole.None);
                    }
                }
            }

            foreach (var w in d.SameYear)
            {
                AddPhrase(w, DatePhraseKind.SameYear, 0, DateWordRole.None);
            }

            foreach (var w in d.FutureCues)
            {
                AddPhrase(w, DatePhraseKind.FutureCue, 0, DateWordRole.FutureCue);
            }

            published.UnionWith(d.Stamps.Published);
            updated.UnionWith(d.Stamps.Updated);

            foreach (var w in d.YearWords)
            {
                Add(w.TrimEnd('.'), w.EndsWith('.') ? DateWordRole.YearWord | DateWordRole.YearWordWithStop : DateWordRole.YearWord);
            }

            foreach (var w in d.DaySuffixes)
            {
                if (w == ".")
                {
                    dayStop = true;
                }
                else
                {
                    Add(w, DateWordRole.DaySuffix);
                }
            }

            AddAll(d.Joiners, DateWordRole.Joiner);
            AddAll(d.Context.Month, DateWordRole.MonthContext);
            AddAll(d.Context.StrictMonth, DateWordRole.MonthContext | DateWordRole.StrictMonthContext);
            AddAll(d.Context.Year, DateWordRole.YearContext);
            AddAll(d.Context.Weekday, DateWordRole.WeekdayContext);
            foreach (var modifier in d.Modifiers)
            {
                foreach (var w in modifier.Words)
                {
                    Add(w, DateWordRole.Modifier, value: (int)modifier.Tense);
                }
            }

            AddAll(d.Habitual, DateWordRole.Habitual);
            AddAll(d.Articles, DateWordRole.Article);
            AddAll(d.PastCues, DateWordRole.PastCue);
            endings.UnionWith(d.PastEndings);
            var before = d.Units.Before ? DateWordRole.UnitBefore : DateWordRole.None;
            AddAll(d.Units.Year, DateWordRole.UnitYear | before);
            AddAll(d.Units.Month, DateWordRole.UnitMonth | before);
            AddAll(d.Units.Day, DateWordRole.UnitDay | before);
        }

        // Longest first: 一昨日 before 昨日; one entry per text.
        var relatives = cjk.DistinctBy(r => r.Text).OrderByDescending(r => r.Text.Length).ToArray();
        return new DateLexicon(words, phrases, endings, orders, separators, dayStop, relatives, published, updated);
    }

    private static bool IsCyrillicWord(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0400' and <= '\u04FF')
            {
                return true;
            }
        }

        return false;
    }
}
