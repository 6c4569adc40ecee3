using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Kurils.Domain.Languages;
using NodaTime;

namespace Kurils.Domain.Parsing.Dates;

/// <summary>
/// The date words of a set of language packs (the languages of an article), built once per set and cached by
/// <see cref="LanguagePacks"/>: a word-to-roles table looked up by span, the phrases by their first word, and
/// the numeric orders and separators. Only the article's packs apply, so French "mars" is not an English word.
/// </summary>
internal sealed class DateLexicon
{
    private const int MaxWordLength = 24;

    // Each word's entry boxed: a table to a class is code the JIT has compiled already for the phrases (and other
    // lexicons), one to the DateWord struct would be compiled for it alone at the first parse (benchmarks/README.md, "Cold start").
    private readonly FrozenDictionary<string, StrongBox<DateWord>>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenDictionary<string, DatePhrase[]>.AlternateLookup<ReadOnlySpan<char>> _phrases;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _pastEndings;
    private readonly int _longestPastEnding;

    // A word's length and its first and last units folded, hashed to a bit set when some word of the lexicon has them:
    // most words of running text are no date word, and this tells so without the ignore-case hash of the table. Null
    // when a word holds a surrogate (the fold matches units, the ignore-case comparison code points).
    private readonly ulong[]? _shapes;

    private DateLexicon(
        Dictionary<string, StrongBox<DateWord>> words,
        Dictionary<string, List<DatePhrase>> phrases,
        HashSet<string> pastEndings,
        HashSet<DateOrder> orders,
        string separators,
        bool dayStop,
        CjkRelative[] cjkRelatives,
        HashSet<string> stampPublished,
        HashSet<string> stampUpdated,
        UnspacedDateWords unspaced,
        TextLexicon marks)
    {
        ClauseStops = marks.ClauseStops;
        CjkRelatives = cjkRelatives;
        Unspaced = unspaced;
        StampPublished = [.. stampPublished.OrderByDescending(w => w.Length)];
        StampUpdated = [.. stampUpdated.OrderByDescending(w => w.Length)];
        _words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        if (!words.Keys.Any(w => w.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF')))
        {
            _shapes = new ulong[ShapeBits / 64];
            foreach (var word in words.Keys.Where(w => w.Length is > 0 and <= MaxWordLength))
            {
                var bit = ShapeBit(word);
                _shapes[bit >> 6] |= 1UL << bit;
            }
        }
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

    /// <summary>The order that reads a numeric date both day-first and month-first would read (the main language's first), or null: such a date is then read not at all.</summary>
    public DateOrder? PreferredOrder { get; private set; }

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

    /// <summary>What ends a clause for the tense cues around a date: the languages' stops and quotation marks.</summary>
    public System.Buffers.SearchValues<char> ClauseStops { get; }

    /// <summary>The words of scripts without spaces that the finder matches character by character (weekdays, eras, future cues…).</summary>
    public UnspacedDateWords Unspaced { get; }

    /// <summary>Looks a word up, ignoring case (ordinal, culture-invariant).</summary>
    public DateWord Get(ReadOnlySpan<char> word) =>
        word.Length <= MaxWordLength && MayBeWord(word) && _words.TryGetValue(word, out var w) ? w.Value : default;

    /// <summary>Every word of the lexicon, as written in its pack.</summary>
    internal IEnumerable<string> Words => _words.Dictionary.Keys;

    private const int ShapeBits = 1 << 16;

    // False only when no word of the lexicon has the length, first and last units of word (ignoring case).
    private bool MayBeWord(ReadOnlySpan<char> word)
    {
        if (_shapes is null || word.IsEmpty)
        {
            return true;
        }

        var bit = ShapeBit(word);
        return (_shapes[bit >> 6] & (1UL << bit)) != 0;
    }

    private static int ShapeBit(ReadOnlySpan<char> word) =>
        (int)((((uint)word.Length * 0x9E3779B1u) ^ ((uint)CaseFold.One(word[0]) * 0x85EBCA77u) ^ ((uint)CaseFold.One(word[^1]) * 0xC2B2AE3Du)) >> 16) & (ShapeBits - 1);

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

    /// <summary>The lexicon of <paramref name="packs"/> together, their punctuation built with it (for a set no <see cref="LanguagePacks"/> caches).</summary>
    public static DateLexicon Of(IEnumerable<LanguagePack> packs)
    {
        var all = packs.ToArray();
        return Of(all, TextLexicon.Of([.. all]));
    }

    /// <summary>
    /// The lexicon of <paramref name="packs"/> together, with <paramref name="marks"/>, their punctuation; with
    /// <paramref name="firstDecides"/>, the first pack's first numeric order reads a numeric date the others would read
    /// otherwise (the article's main language: 12/01/2026 on an English page is December 1).
    /// </summary>
    public static DateLexicon Of(IEnumerable<LanguagePack> packs, TextLexicon marks, bool firstDecides = false)
    {
        var all = packs.ToArray();
        var words = new Dictionary<string, StrongBox<DateWord>>(StringComparer.OrdinalIgnoreCase);
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
            if (!words.TryGetValue(word, out var entry))
            {
                words[word] = new StrongBox<DateWord>(new DateWord(role, month, weekday, value));
                return;
            }

            var old = entry.Value;
            entry.Value = new DateWord(old.Roles | role, old.Month != 0 ? old.Month : month, old.Weekday != IsoDayOfWeek.None ? old.Weekday : weekday, old.Value != 0 ? old.Value : value);
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

        foreach (var pack in all)
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
                foreach (var name in d.Weekdays[w].Names.Where(IsSpaced))
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

                foreach (var abbreviation in d.Weekdays[w].Abbreviations.Where(IsSpaced))
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

            foreach (var w in d.FutureCues.Where(IsSpaced))
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

            AddAll(d.Joiners.Where(IsSpaced), DateWordRole.Joiner);
            AddAll(d.Context.Month, DateWordRole.MonthContext);
            AddAll(d.Context.StrictMonth, DateWordRole.MonthContext | DateWordRole.StrictMonthContext);
            AddAll(d.Context.Year, DateWordRole.YearContext);
            AddAll(d.Context.Weekday, DateWordRole.WeekdayContext);
            foreach (var modifier in d.Modifiers)
            {
                foreach (var w in modifier.Words.Where(IsSpaced))
                {
                    Add(w, DateWordRole.Modifier, value: (int)modifier.Tense);
                }
            }

            AddAll(d.Habitual.Where(IsSpaced), DateWordRole.Habitual);
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
        var lexicon = new DateLexicon(words, phrases, endings, orders, separators, dayStop, relatives, published, updated, UnspacedDateWords.Of(all, relatives), marks);
        if (firstDecides && all.Length > 0 && !all[0].Dates.Orders.IsEmpty)
        {
            lexicon.PreferredOrder = all[0].Dates.Orders[0];
        }

        return lexicon;
    }

    /// <summary>Words of scripts with spaces go to the word table; the others are matched character by character (<see cref="UnspacedDateWords"/>).</summary>
    private static bool IsSpaced(string word) => !UnspacedDateWords.IsUnspaced(word);

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
