using System.Collections.Frozen;
using NodaTime;

namespace Kurils.Domain.Parsing.Dates;

/// <summary>The roles a word can play in a date expression; one word may have several.</summary>
[Flags]
internal enum DateWordRole
{
    None = 0,

    /// <summary>An English month name ("December"); <see cref="DateWord.Month"/> is set.</summary>
    EnMonth = 1 << 0,

    /// <summary>An English month abbreviation ("Dec", "Sept"): needs a day or year beside it.</summary>
    EnMonthAbbrev = 1 << 1,

    /// <summary>An English weekday ("Wednesday").</summary>
    EnWeekday = 1 << 2,

    /// <summary>An English weekday abbreviation ("Wed"): needs a capital and a full stop.</summary>
    EnWeekdayAbbrev = 1 << 3,

    /// <summary>A Russian month in the genitive ("декабря"), used with a day.</summary>
    RuMonthGenitive = 1 << 4,

    /// <summary>A Russian month in the prepositional ("в июле").</summary>
    RuMonthPrepositional = 1 << 5,

    /// <summary>A singular Russian weekday form ("среду", "вторник", "пятницы").</summary>
    RuWeekday = 1 << 6,

    /// <summary>today, yesterday, tomorrow, сегодня, вчера, завтра; <see cref="DateWord.Value"/> is the day offset.</summary>
    RelativeDay = 1 << 7,

    /// <summary>A word that makes a bare full month name a date ("in", "since", "early", "a").</summary>
    EnMonthContext = 1 << 8,

    /// <summary>A word that makes "May"/"March" a month ("in", "since", "by", "of").</summary>
    EnStrictMonthContext = 1 << 9,

    /// <summary>A word that makes a bare four-digit number a year ("in", "since", "of").</summary>
    EnYearContext = 1 << 10,

    /// <summary>An English modifier before a weekday or month; <see cref="DateWord.Value"/> is the <see cref="DateTense"/>.</summary>
    EnModifier = 1 << 11,

    /// <summary>A Russian preposition before a weekday ("в", "во", "до").</summary>
    RuPreposition = 1 << 12,

    /// <summary>A Russian modifier before a weekday ("прошлую", "следующий"); <see cref="DateWord.Value"/> is the <see cref="DateTense"/>.</summary>
    RuModifier = 1 << 13,

    /// <summary>A Russian adjective before "году" ("прошлом"); <see cref="DateWord.Value"/> is the year offset.</summary>
    RuRelativeYear = 1 << 14,

    /// <summary>"году", "года", "год", "г": follows a year number in Russian.</summary>
    RuYearWord = 1 << 15,

    /// <summary>A future-tense cue ("will", "будет").</summary>
    FutureCue = 1 << 16,

    /// <summary>A past-tense cue ("said", "был").</summary>
    PastCue = 1 << 17,

    /// <summary>A word before a weekday that makes it habitual ("every", "каждую").</summary>
    Habitual = 1 << 18,

    /// <summary>A Russian month in the nominative ("февраль").</summary>
    RuMonthNominative = 1 << 19,
}

/// <summary>What the lexicon knows about one word.</summary>
/// <param name="Roles">The roles it can play.</param>
/// <param name="Month">The month it names, or 0.</param>
/// <param name="Weekday">The weekday it names, or <see cref="IsoDayOfWeek.None"/>.</param>
/// <param name="Value">A role-dependent number: a day or year offset, or a <see cref="DateTense"/>.</param>
internal readonly record struct DateWord(DateWordRole Roles, int Month, IsoDayOfWeek Weekday, int Value)
{
    public bool Has(DateWordRole role) => (Roles & role) != 0;
}

/// <summary>The English and Russian words of date expressions. Case-insensitive ordinal lookup by span.</summary>
internal static class DateWords
{
    private static readonly FrozenDictionary<string, DateWord> Words = Build();

    private static readonly FrozenDictionary<string, DateWord>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Looks a word up, ignoring case (ordinal, culture-invariant).</summary>
    /// <param name="word">The word.</param>
    public static DateWord Get(ReadOnlySpan<char> word) =>
        word.Length <= 16 && Lookup.TryGetValue(word, out DateWord w) ? w : default;

    private static FrozenDictionary<string, DateWord> Build()
    {
        var d = new Dictionary<string, DateWord>(StringComparer.OrdinalIgnoreCase);

        void Add(string word, DateWordRole role, int month = 0, IsoDayOfWeek weekday = IsoDayOfWeek.None, int value = 0)
        {
            if (d.TryGetValue(word, out DateWord old))
            {
                d[word] = new DateWord(
                    old.Roles | role,
                    month != 0 ? month : old.Month,
                    weekday != IsoDayOfWeek.None ? weekday : old.Weekday,
                    value != 0 ? value : old.Value);
            }
            else
            {
                d[word] = new DateWord(role, month, weekday, value);
            }
        }

        string[] months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        for (int m = 0; m < 12; m++)
        {
            Add(months[m], DateWordRole.EnMonth, m + 1);
            if (months[m].Length > 3)
            {
                Add(months[m][..3], DateWordRole.EnMonthAbbrev, m + 1);
            }
        }

        Add("Sept", DateWordRole.EnMonthAbbrev, 9);

        string[] weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
        for (int w = 0; w < 7; w++)
        {
            Add(weekdays[w], DateWordRole.EnWeekday, weekday: (IsoDayOfWeek)(w + 1));
            Add(weekdays[w][..3], DateWordRole.EnWeekdayAbbrev, weekday: (IsoDayOfWeek)(w + 1));
        }

        Add("Tues", DateWordRole.EnWeekdayAbbrev, weekday: IsoDayOfWeek.Tuesday);
        Add("Thur", DateWordRole.EnWeekdayAbbrev, weekday: IsoDayOfWeek.Thursday);
        Add("Thurs", DateWordRole.EnWeekdayAbbrev, weekday: IsoDayOfWeek.Thursday);

        string[] ruGenitive = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
        string[] ruPrepositional = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"];
        string[] ruNominative = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];
        for (int m = 0; m < 12; m++)
        {
            Add(ruGenitive[m], DateWordRole.RuMonthGenitive, m + 1);
            Add(ruPrepositional[m], DateWordRole.RuMonthPrepositional, m + 1);
            Add(ruNominative[m], DateWordRole.RuMonthNominative, m + 1);
        }

        // RIA Novosti's datelines abbreviate the month: "МОСКВА, 5 июн — РИА Новости". Read only after a day number.
        string[] ruAbbreviations = ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];
        for (int m = 0; m < 12; m++)
        {
            if (m != 4)
            {
                Add(ruAbbreviations[m], DateWordRole.RuMonthGenitive, m + 1);
            }
        }

        // Singular case forms of the Russian weekdays. Plural forms ("по средам") are habitual and left out;
        // so are "среда"/"среде"/"средой", which mostly mean "environment".
        (string[] Forms, IsoDayOfWeek Day)[] ruWeekdays =
        [
            (["понедельник", "понедельника", "понедельнику", "понедельником", "понедельнике"], IsoDayOfWeek.Monday),
            (["вторник", "вторника", "вторнику", "вторником", "вторнике"], IsoDayOfWeek.Tuesday),
            (["среду", "среды"], IsoDayOfWeek.Wednesday),
            (["четверг", "четверга", "четвергу", "четвергом", "четверге"], IsoDayOfWeek.Thursday),
            (["пятница", "пятницу", "пятницы", "пятнице", "пятницей"], IsoDayOfWeek.Friday),
            (["суббота", "субботу", "субботы", "субботе", "субботой"], IsoDayOfWeek.Saturday),
            (["воскресенье", "воскресенья", "воскресенью", "воскресеньем"], IsoDayOfWeek.Sunday),
        ];
        foreach ((string[] forms, IsoDayOfWeek day) in ruWeekdays)
        {
            foreach (string form in forms)
            {
                Add(form, DateWordRole.RuWeekday, weekday: day);
            }
        }

        Add("today", DateWordRole.RelativeDay, value: 0);
        Add("tonight", DateWordRole.RelativeDay, value: 0);
        Add("yesterday", DateWordRole.RelativeDay, value: -1);
        Add("tomorrow", DateWordRole.RelativeDay, value: 1);
        Add("сегодня", DateWordRole.RelativeDay, value: 0);
        Add("вчера", DateWordRole.RelativeDay, value: -1);
        Add("завтра", DateWordRole.RelativeDay, value: 1);
        Add("позавчера", DateWordRole.RelativeDay, value: -2);
        Add("послезавтра", DateWordRole.RelativeDay, value: 2);

        foreach (string w in new[] { "in", "since", "by", "of", "until", "till", "from", "during", "through", "before", "after", "early", "late", "mid", "between", "around" })
        {
            Add(w, DateWordRole.EnMonthContext | DateWordRole.EnStrictMonthContext);
        }

        foreach (string w in new[] { "a", "an", "the", "last", "this", "next", "that", "every", "each", "to", "and" })
        {
            Add(w, DateWordRole.EnMonthContext);
        }

        foreach (string w in new[] { "in", "since", "of", "by", "until", "till", "before", "after", "from", "during", "through", "early", "late", "mid", "around" })
        {
            Add(w, DateWordRole.EnYearContext);
        }

        Add("next", DateWordRole.EnModifier, value: (int)DateTense.Next);
        Add("last", DateWordRole.EnModifier, value: (int)DateTense.Last);
        Add("past", DateWordRole.EnModifier, value: (int)DateTense.Last);
        Add("coming", DateWordRole.EnModifier, value: (int)DateTense.Future);
        Add("this", DateWordRole.EnModifier, value: (int)DateTense.None);
        Add("every", DateWordRole.Habitual);
        Add("each", DateWordRole.Habitual);

        foreach (string w in new[] { "в", "во", "на", "до", "с", "со", "к", "ко", "после", "около" })
        {
            Add(w, DateWordRole.RuPreposition);
        }

        foreach (string w in new[] { "прошлый", "прошлую", "прошлое", "прошлой", "прошедший", "прошедшую", "прошедшее" })
        {
            Add(w, DateWordRole.RuModifier, value: (int)DateTense.Last);
        }

        foreach (string w in new[] { "следующий", "следующую", "следующее", "следующей", "будущий", "будущую", "будущее" })
        {
            Add(w, DateWordRole.RuModifier, value: (int)DateTense.Next);
        }

        foreach (string w in new[] { "ближайший", "ближайшую", "ближайшее", "предстоящий", "предстоящую", "предстоящее" })
        {
            Add(w, DateWordRole.RuModifier, value: (int)DateTense.Future);
        }

        foreach (string w in new[] { "этот", "эту", "это", "эти" })
        {
            Add(w, DateWordRole.RuModifier, value: (int)DateTense.None);
        }

        foreach (string w in new[] { "каждый", "каждую", "каждое", "каждого" })
        {
            Add(w, DateWordRole.Habitual);
        }

        Add("прошлом", DateWordRole.RuRelativeYear, value: -1);
        Add("позапрошлом", DateWordRole.RuRelativeYear, value: -2);
        Add("минувшем", DateWordRole.RuRelativeYear, value: -1);
        Add("этом", DateWordRole.RuRelativeYear, value: 0);
        Add("текущем", DateWordRole.RuRelativeYear, value: 0);
        Add("нынешнем", DateWordRole.RuRelativeYear, value: 0);
        Add("следующем", DateWordRole.RuRelativeYear, value: 1);
        Add("будущем", DateWordRole.RuRelativeYear, value: 1);
        Add("наступающем", DateWordRole.RuRelativeYear, value: 1);

        foreach (string w in new[] { "году", "года", "год", "г" })
        {
            Add(w, DateWordRole.RuYearWord);
        }

        foreach (string w in new[]
        {
            "will", "shall", "ll", "upcoming", "scheduled", "due", "plans", "plan", "planned", "expected", "intends", "going",
            "будет", "будут", "буду", "будем", "состоится", "состоятся", "планирует", "планируют", "планируется",
            "намерен", "намерена", "намерены", "предстоит", "собирается", "собираются", "ожидается", "ожидаются",
        })
        {
            Add(w, DateWordRole.FutureCue);
        }

        foreach (string w in new[]
        {
            "said", "told", "was", "were", "had", "did", "announced", "held", "met", "made", "aired", "reported", "stated",
            "added", "noted", "spoke", "signed", "visited", "stressed", "confirmed", "warned", "urged", "claimed",
            "declared", "approved", "indicated", "suggested", "reacted", "responded", "ago", "wrote", "published",
            "был", "была", "было", "были",
        })
        {
            Add(w, DateWordRole.PastCue);
        }

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
