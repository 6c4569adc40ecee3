using NodaTime;

namespace Kurils.Domain.Parsing.Dates;

/// <summary>
/// Finds date expressions in English, Russian and Japanese text without resolving them
/// (see <see cref="DateResolver"/>). One left-to-right pass over tokens with bounded look-around:
/// linear in the input, and it never throws on content.
/// </summary>
/// <remarks>
/// <para>Word boundaries come from the tokenizer: Latin and Cyrillic words are maximal letter runs, so
/// "Sundays" never holds "Sunday" (plural weekdays are habitual and skipped); CJK characters are single
/// tokens, so Japanese patterns need no boundaries.</para>
/// <para>Ambiguous words need support: "May" and "March" must be capitalised and have a day or year beside
/// them or a preposition before them ("in", "since", "by", "of"); other months alone need a context word
/// ("in July", "a September phone call"); abbreviations ("Dec.", "Wed.") need a day or year, or a capital
/// and a full stop. Russian weekdays need a preposition or modifier ("в среду", "в прошлую среду").</para>
/// <para>Not covered: numerals written in kanji ("十二月"), kana-only relative days ("きょう"), US numeric
/// dates ("12/13/2022"), relative months and weeks ("last month").</para>
/// </remarks>
internal static class DateFinder
{
    private const int BackWindow = 8;
    private const int ForwardWindow = 6;
    private const int JapaneseForwardChars = 40;

    /// <summary>Appends the date expressions found in <paramref name="range"/> of <paramref name="text"/> to <paramref name="output"/>, in text order.</summary>
    /// <param name="text">The original input; spans are offsets into it.</param>
    /// <param name="range">The part of the input to search (clamped to the text).</param>
    /// <param name="output">Receives the expressions.</param>
    /// <param name="tokens">A list to tokenize into, reused by a caller that finds dates in many ranges (its contents are replaced); null for a new one.</param>
    public static void Find(string text, TextSpan range, List<DateExpression> output, List<DateToken>? tokens = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        tokens ??= [];
        tokens.Clear();
        DateTokenizer.Tokenize(text, range, tokens);
        new Matcher(text, tokens, output).Run();
    }

    private sealed class Matcher(string text, List<DateToken> tokens, List<DateExpression> output)
    {
        // The first token not yet part of an emitted expression: backward extensions stop here.
        private int _floor;

        public void Run()
        {
            int i = 0;
            while (i < tokens.Count)
            {
                if (TryAt(i, out DateExpression e, out int next))
                {
                    output.Add(e);
                    _floor = next;
                    i = next;
                }
                else
                {
                    i++;
                }
            }
        }

        private bool TryAt(int i, out DateExpression e, out int next)
        {
            DateToken t = tokens[i];
            switch (t.Kind)
            {
                case DateTokenKind.Number:
                    return TryIsoDate(i, out e, out next)
                        || TryDottedDate(i, out e, out next)
                        || TryJapaneseFromNumber(i, null, i, false, out e, out next)
                        || TryDayMonth(i, out e, out next)
                        || TryBareYear(i, out e, out next);
                case DateTokenKind.Word when Word(i).Roles == 0 && (t.Length != 4 || (text[t.Start] | 0x20) is not ('l' or 't' or 'n')):
                    // Not a date word, and not "last", "this" or "next" (the one rule that reads its own word; no
                    // character but these letters upper-cases to L, T or N).
                    e = default;
                    next = i;
                    return false;
                case DateTokenKind.Word:
                    return TryEnglishMonth(i, out e, out next)
                        || TryEnglishWeekday(i, out e, out next)
                        || TryRelativeDay(i, out e, out next)
                        || TryEnglishRelativeYear(i, out e, out next)
                        || TryRussianMonth(i, out e, out next)
                        || TryRussianWeekday(i, out e, out next)
                        || TryRussianRelativeYear(i, out e, out next);
                case DateTokenKind.Cjk when !JapaneseFirstChars.Contains(text[t.Start]):
                    // Most CJK characters open no Japanese date: only an era, 同, a weekday or a relative word does.
                    e = default;
                    next = i;
                    return false;
                case DateTokenKind.Cjk:
                    return TryJapaneseEra(i, out e, out next)
                        || TryJapaneseSameYear(i, out e, out next)
                        || TryJapaneseWeekday(i, out e, out next)
                        || TryJapaneseRelative(i, out e, out next);
                default:
                    e = default;
                    next = i;
                    return false;
            }
        }

        /// <summary>
        /// The characters a Japanese date rule can start at: eras (令和 平成 昭和 大正), 同年, weekdays (月 … 日)
        /// and the first characters of <see cref="JapaneseRelatives"/>.
        /// </summary>
        private static readonly System.Buffers.SearchValues<char> JapaneseFirstChars = System.Buffers.SearchValues.Create("令平昭大同月火水木金土日一明今本昨再去来");

        // ---- token helpers -------------------------------------------------------------------------

        private bool InRange(int i) => i >= 0 && i < tokens.Count;

        private bool IsKind(int i, DateTokenKind kind) => InRange(i) && tokens[i].Kind == kind;

        private ReadOnlySpan<char> Surface(int i) => text.AsSpan(tokens[i].Start, tokens[i].Length);

        // Every rule at a token looks its word up again; one remembered lookup saves most of them.
        private int _wordIndex = -1;
        private DateWord _word;

        private DateWord Word(int i)
        {
            if (i != _wordIndex)
            {
                _word = IsKind(i, DateTokenKind.Word) ? DateWords.Get(Surface(i)) : default;
                _wordIndex = i;
            }

            return _word;
        }

        private bool WordIs(int i, string word) =>
            IsKind(i, DateTokenKind.Word) && Surface(i).Equals(word, StringComparison.OrdinalIgnoreCase);

        private bool IsPunct(int i, char c) => IsKind(i, DateTokenKind.Punct) && text[tokens[i].Start] == c;

        private bool IsCjkChar(int i, char c) => IsKind(i, DateTokenKind.Cjk) && text[tokens[i].Start] == c;

        private bool Adjacent(int a, int b) => InRange(a) && InRange(b) && tokens[a].End == tokens[b].Start;

        private bool IsCapitalised(int i) => IsKind(i, DateTokenKind.Word) && char.IsUpper(text[tokens[i].Start]);

        /// <summary>Whether the CJK tokens from <paramref name="i"/> spell <paramref name="s"/>.</summary>
        private bool CjkAt(int i, string s)
        {
            for (int k = 0; k < s.Length; k++)
            {
                if (!IsCjkChar(i + k, s[k]) || (k > 0 && !Adjacent(i + k - 1, i + k)))
                {
                    return false;
                }
            }

            return true;
        }

        private TextSpan SpanOf(int first, int last) => TextSpan.FromBounds(tokens[first].Start, tokens[last].End);

        /// <summary>A day number (1–31, one or two digits) with an optional ordinal suffix; <paramref name="next"/> is past it.</summary>
        private bool IsDay(int i, out int day, out int next)
        {
            day = 0;
            next = i;
            if (!IsKind(i, DateTokenKind.Number) || tokens[i].Length > 2 || tokens[i].Value is < 1 or > 31)
            {
                return false;
            }

            // "13:00", "13.5", "1,000": not days.
            if ((IsPunct(i + 1, ':') || IsPunct(i + 1, '.') || IsPunct(i + 1, ',')) && Adjacent(i, i + 1)
                && IsKind(i + 2, DateTokenKind.Number) && Adjacent(i + 1, i + 2))
            {
                return false;
            }

            if (IsPunct(i + 1, '%') && Adjacent(i, i + 1))
            {
                return false;
            }

            day = tokens[i].Value;
            next = i + 1;
            if (IsKind(i + 1, DateTokenKind.Word) && Adjacent(i, i + 1))
            {
                if (WordIs(i + 1, "st") || WordIs(i + 1, "nd") || WordIs(i + 1, "rd") || WordIs(i + 1, "th"))
                {
                    next = i + 2;
                }
                else
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A four-digit year in 1000–2999 not glued to letters ("1990s").</summary>
        private bool IsYear(int i, out int year)
        {
            year = 0;
            if (!IsKind(i, DateTokenKind.Number) || tokens[i].Length != 4 || tokens[i].Value is < 1000 or > 2999)
            {
                return false;
            }

            if (IsKind(i + 1, DateTokenKind.Word) && Adjacent(i, i + 1))
            {
                return false;
            }

            year = tokens[i].Value;
            return true;
        }

        private static bool IsBareYear(int year) => year is >= 1800 and <= 2100;

        private static bool IsValidDate(int year, int month, int day) =>
            year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month);

        private static bool IsValidMonthDay(int month, int day) =>
            month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(2000, month);

        /// <summary>After a Russian year number: "года", "году", "г." — returns the last token of the expression.</summary>
        private int SkipRussianYearWord(int yearIndex)
        {
            if (Word(yearIndex + 1).Has(DateWordRole.RuYearWord))
            {
                int last = yearIndex + 1;
                if (WordIs(last, "г") && IsPunct(last + 1, '.') && Adjacent(last, last + 1))
                {
                    last++;
                }

                return last;
            }

            return yearIndex;
        }

        // ---- numeric forms -------------------------------------------------------------------------

        /// <summary>"2022-12-13", "2022/12/13".</summary>
        private bool TryIsoDate(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            if (tokens[i].Length != 4 || !InRange(i + 4))
            {
                return false;
            }

            char sep = text[tokens[i + 1].Start];
            if (sep is not ('-' or '/') || !IsPunct(i + 3, sep) || !IsKind(i + 2, DateTokenKind.Number) || !IsKind(i + 4, DateTokenKind.Number)
                || !Adjacent(i, i + 1) || !Adjacent(i + 1, i + 2) || !Adjacent(i + 2, i + 3) || !Adjacent(i + 3, i + 4)
                || tokens[i + 2].Length > 2 || tokens[i + 4].Length > 2)
            {
                return false;
            }

            if ((IsKind(i + 5, DateTokenKind.Word) || IsKind(i + 5, DateTokenKind.Punct)) && Adjacent(i + 4, i + 5) && !IsPunct(i + 5, '.') && !IsPunct(i + 5, ','))
            {
                return false;
            }

            int y = tokens[i].Value, m = tokens[i + 2].Value, d = tokens[i + 4].Value;
            if (!IsValidDate(y, m, d) || y < 1000)
            {
                return false;
            }

            e = new DateExpression(SpanOf(i, i + 4), DateExpressionKind.FullDate, Year: y, Month: m, Day: d);
            next = i + 5;
            return true;
        }

        /// <summary>"13.12.2022" (day.month.year, the Russian numeric form).</summary>
        private bool TryDottedDate(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            if (tokens[i].Length > 2 || !IsPunct(i + 1, '.') || !IsPunct(i + 3, '.') || !IsKind(i + 2, DateTokenKind.Number)
                || !Adjacent(i, i + 1) || !Adjacent(i + 1, i + 2) || !Adjacent(i + 2, i + 3) || !Adjacent(i + 3, i + 4)
                || tokens[i + 2].Length > 2 || !IsYear(i + 4, out int y))
            {
                return false;
            }

            int d = tokens[i].Value, m = tokens[i + 2].Value;
            if (!IsValidDate(y, m, d))
            {
                return false;
            }

            int last = SkipRussianYearWord(i + 4);
            e = new DateExpression(SpanOf(i, last), DateExpressionKind.FullDate, Year: y, Month: m, Day: d);
            next = last + 1;
            return true;
        }

        /// <summary>"13 December [2022]", "13th of December", "13 декабря [2022 года]".</summary>
        private bool TryDayMonth(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            if (!IsDay(i, out int day, out int j))
            {
                return false;
            }

            if (WordIs(j, "of"))
            {
                j++;
            }

            DateWord w = Word(j);
            bool russian = w.Has(DateWordRole.RuMonthGenitive);
            bool english = w.Has(DateWordRole.EnMonth) || w.Has(DateWordRole.EnMonthAbbrev);
            if (!russian && !english)
            {
                return false;
            }

            if (english && !IsCapitalised(j) && w.Month is 3 or 5 or 8)
            {
                return false;
            }

            int month = w.Month;
            if (!IsValidMonthDay(month, day))
            {
                return false;
            }

            int last = j;
            if (english && IsPunct(j + 1, '.') && Adjacent(j, j + 1) && w.Has(DateWordRole.EnMonthAbbrev))
            {
                last = j + 1;
            }

            int k = last + 1;
            if (english && IsPunct(k, ','))
            {
                k++;
            }

            if (IsYear(k, out int year) && IsValidDate(year, month, day))
            {
                int end = russian ? SkipRussianYearWord(k) : k;
                e = new DateExpression(SpanOf(i, end), DateExpressionKind.FullDate, Year: year, Month: month, Day: day);
                next = end + 1;
                return true;
            }

            e = new DateExpression(SpanOf(i, last), DateExpressionKind.MonthDay, Month: month, Day: day);
            e = WithTense(e, i, last);
            next = last + 1;
            return true;
        }

        /// <summary>"in 1956", "since 1945", "в 1956 году", "с 1945 г.".</summary>
        private bool TryBareYear(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            if (!IsYear(i, out int year) || !IsBareYear(year) || (IsKind(i + 1, DateTokenKind.Punct) && Adjacent(i, i + 1) && text[tokens[i + 1].Start] is '%' or '-' or '/'))
            {
                return false;
            }

            DateWord before = Word(i - 1);
            bool midHyphen = IsPunct(i - 1, '-') && Adjacent(i - 1, i) && Word(i - 2).Has(DateWordRole.EnYearContext);
            if (before.Has(DateWordRole.RuPreposition) && Word(i + 1).Has(DateWordRole.RuYearWord))
            {
                int last = SkipRussianYearWord(i);
                e = new DateExpression(SpanOf(i, last), DateExpressionKind.Year, Year: year);
                next = last + 1;
                return true;
            }

            if (before.Has(DateWordRole.EnYearContext) || midHyphen)
            {
                e = new DateExpression(SpanOf(i, i), DateExpressionKind.Year, Year: year);
                next = i + 1;
                return true;
            }

            return false;
        }

        // ---- English -------------------------------------------------------------------------------

        /// <summary>"December 13[, 2022]", "Dec. 13", "February 2022", "March of that year", "in July".</summary>
        private bool TryEnglishMonth(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            DateWord w = Word(i);
            bool full = w.Has(DateWordRole.EnMonth);
            if (!full && !w.Has(DateWordRole.EnMonthAbbrev))
            {
                return false;
            }

            int month = w.Month;
            bool ambiguous = full && month is 3 or 5;
            bool capitalised = IsCapitalised(i);
            if (!capitalised && (!full || month is 3 or 5 or 8))
            {
                return false;
            }

            int j = i + 1;
            if (!full && IsPunct(j, '.') && Adjacent(i, j))
            {
                j++;
            }

            if (IsDay(j, out int day, out int afterDay) && IsValidMonthDay(month, day))
            {
                int k = IsPunct(afterDay, ',') ? afterDay + 1 : afterDay;
                if (IsYear(k, out int y) && IsValidDate(y, month, day))
                {
                    e = new DateExpression(SpanOf(i, k), DateExpressionKind.FullDate, Year: y, Month: month, Day: day);
                    next = k + 1;
                    return true;
                }

                e = WithTense(new DateExpression(SpanOf(i, afterDay - 1), DateExpressionKind.MonthDay, Month: month, Day: day), i, afterDay - 1);
                next = afterDay;
                return true;
            }

            int yi = WordIs(j, "of") ? j + 1 : j;
            if (IsYear(yi, out int year))
            {
                e = new DateExpression(SpanOf(i, yi), DateExpressionKind.MonthYear, Year: year, Month: month);
                next = yi + 1;
                return true;
            }

            // "March of that year", "March that year", "March of the same year".
            int ti = WordIs(j, "of") ? j + 1 : j;
            int yearWord = WordIs(ti, "that") ? ti + 1 : WordIs(ti, "the") && WordIs(ti + 1, "same") ? ti + 2 : -1;
            if (yearWord > 0 && WordIs(yearWord, "year"))
            {
                e = new DateExpression(SpanOf(i, yearWord), DateExpressionKind.MonthYear, Month: month, YearFromContext: true);
                next = yearWord + 1;
                return true;
            }

            if (!full)
            {
                return false;
            }

            // A month alone needs a context word before it; "May"/"March" a stricter one.
            int p = i - 1;
            bool midHyphen = IsPunct(p, '-') && Adjacent(p, i) && WordIs(p - 1, "mid");
            DateWord before = midHyphen ? Word(p - 1) : Word(p);
            bool supported = ambiguous
                ? capitalised && before.Has(DateWordRole.EnStrictMonthContext)
                : before.Has(DateWordRole.EnMonthContext);
            if (!supported || before.Has(DateWordRole.Habitual))
            {
                return false;
            }

            int first = i;
            DateTense tense = DateTense.None;
            bool fixedTense = false;
            if (!midHyphen && before.Has(DateWordRole.EnModifier) && p >= _floor)
            {
                (first, tense, fixedTense) = EnglishModifier(p);
            }

            e = new DateExpression(SpanOf(first, i), DateExpressionKind.Month, Tense: tense, Month: month);
            if (!fixedTense)
            {
                e = WithTense(e, first, i);
            }

            next = i + 1;
            return true;
        }

        /// <summary>Reads "next", "last", "this", "this coming", "this past", "coming" ending at <paramref name="p"/>.</summary>
        private (int First, DateTense Tense, bool Fixed) EnglishModifier(int p)
        {
            var tense = (DateTense)Word(p).Value;
            if (WordIs(p, "this"))
            {
                return (p, DateTense.None, false);
            }

            if ((WordIs(p, "coming") || WordIs(p, "past")) && WordIs(p - 1, "this") && p - 1 >= _floor)
            {
                return (p - 1, tense, true);
            }

            if (WordIs(p, "past") || WordIs(p, "coming"))
            {
                // "the past Sunday" is odd; "the coming Sunday" is future.
                return WordIs(p - 1, "the") ? (p, tense, true) : (p + 1, DateTense.None, false);
            }

            return (p, tense, true);
        }

        /// <summary>"Wednesday", "on Thursday", "last Wednesday", "Wed.", "Tuesday, December 13".</summary>
        private bool TryEnglishWeekday(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            DateWord w = Word(i);
            int last = i;
            if (w.Has(DateWordRole.EnWeekday))
            {
                // ok in any case: the full names are unambiguous
            }
            else if (w.Has(DateWordRole.EnWeekdayAbbrev) && IsCapitalised(i) && IsPunct(i + 1, '.') && Adjacent(i, i + 1)
                && !WordIs(i - 1, "the"))
            {
                last = i + 1;
            }
            else
            {
                return false;
            }

            if (Word(i - 1).Has(DateWordRole.Habitual))
            {
                return false;
            }

            int first = i;
            DateTense tense = DateTense.None;
            bool fixedTense = false;
            if (Word(i - 1).Has(DateWordRole.EnModifier) && i - 1 >= _floor)
            {
                if (WordIs(i - 1, "last") && WordIs(i + 1, "of"))
                {
                    return false; // "the last Monday of the month"
                }

                (first, tense, fixedTense) = EnglishModifier(i - 1);
            }

            // "Tuesday, December 13": one expression that carries both.
            int k = IsPunct(last + 1, ',') ? last + 2 : last + 1;
            DateExpression date = default;
            int after = 0;
            bool dated = InRange(k) && (TryEnglishMonth(k, out date, out after) || TryDayMonth(k, out date, out after))
                && date.Kind is DateExpressionKind.MonthDay or DateExpressionKind.FullDate;
            e = Weekday(first, last, w.Weekday, tense, fixedTense, dated ? date : null, after, out next);
            return true;
        }

        /// <summary>
        /// A weekday expression from token <paramref name="first"/> to <paramref name="last"/>, or, when a date is
        /// written right after it ("Tuesday, December 13", "во вторник, 13 декабря"), that date carrying the weekday.
        /// </summary>
        private DateExpression Weekday(int first, int last, IsoDayOfWeek weekday, DateTense tense, bool fixedTense, DateExpression? dated, int afterDate, out int next)
        {
            if (dated is { } date)
            {
                next = afterDate;
                return date with { Span = TextSpan.FromBounds(tokens[first].Start, date.Span.End), Weekday = weekday };
            }

            var e = new DateExpression(SpanOf(first, last), DateExpressionKind.Weekday, Tense: tense, Weekday: weekday);
            next = last + 1;
            return fixedTense ? e : WithTense(e, first, last);
        }

        /// <summary>"today", "yesterday", "tomorrow", "the day before yesterday", "сегодня", "вчера", "завтра".</summary>
        private bool TryRelativeDay(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            DateWord w = Word(i);
            if (!w.Has(DateWordRole.RelativeDay))
            {
                return false;
            }

            // "Russia Today", "Japan Today", "USA Today": outlet names.
            if (IsCapitalised(i) && IsCapitalised(i - 1) && WordIs(i, "today"))
            {
                return false;
            }

            int first = i;
            int days = w.Value;
            if ((WordIs(i - 1, "before") || WordIs(i - 1, "after")) && WordIs(i - 2, "day") && i - 2 >= _floor)
            {
                if (WordIs(i - 1, "before") != WordIs(i, "yesterday") || WordIs(i, "today"))
                {
                    return false;
                }

                first = WordIs(i - 3, "the") && i - 3 >= _floor ? i - 3 : i - 2;
                days *= 2;
            }

            e = new DateExpression(SpanOf(first, i), DateExpressionKind.RelativeDay, RelativeDays: days);
            next = i + 1;
            return true;
        }

        /// <summary>"last year", "this year", "next year".</summary>
        private bool TryEnglishRelativeYear(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            int offset;
            if (WordIs(i, "last"))
            {
                offset = -1;
            }
            else if (WordIs(i, "this"))
            {
                offset = 0;
            }
            else if (WordIs(i, "next"))
            {
                offset = 1;
            }
            else
            {
                return false;
            }

            // "over the last year" means the past twelve months.
            if (!WordIs(i + 1, "year") || WordIs(i - 1, "the"))
            {
                return false;
            }

            e = new DateExpression(SpanOf(i, i + 1), DateExpressionKind.RelativeYear, RelativeYears: offset);
            next = i + 2;
            return true;
        }

        // ---- Russian -------------------------------------------------------------------------------

        /// <summary>"в июле", "в феврале 2022 года", "февраль 2022 года", "с февраля 2022 года", "в марте того же года".</summary>
        private bool TryRussianMonth(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            DateWord w = Word(i);
            bool prepositional = w.Has(DateWordRole.RuMonthPrepositional);
            if (!prepositional && !w.Has(DateWordRole.RuMonthGenitive) && !w.Has(DateWordRole.RuMonthNominative))
            {
                return false;
            }

            if (IsYear(i + 1, out int year))
            {
                int last = SkipRussianYearWord(i + 1);
                e = new DateExpression(SpanOf(i, last), DateExpressionKind.MonthYear, Year: year, Month: w.Month);
                next = last + 1;
                return true;
            }

            // "того же года", "того года", "этого года" (the reference year is better told by "этого": treat as context).
            int y = WordIs(i + 1, "того") ? (WordIs(i + 2, "же") ? i + 3 : i + 2) : -1;
            if (y > 0 && WordIs(y, "года"))
            {
                e = new DateExpression(SpanOf(i, y), DateExpressionKind.MonthYear, Month: w.Month, YearFromContext: true);
                next = y + 1;
                return true;
            }

            bool alone = prepositional
                ? WordIs(i - 1, "в") || WordIs(i - 1, "во")
                : w.Has(DateWordRole.RuMonthGenitive) && (WordIs(i - 1, "начале") || WordIs(i - 1, "конце") || WordIs(i - 1, "середине")
                    || WordIs(i - 1, "начала") || WordIs(i - 1, "конца") || WordIs(i - 1, "середины") || WordIs(i - 1, "до")
                    || WordIs(i - 1, "с") || WordIs(i - 1, "со") || WordIs(i - 1, "после"));
            if (!alone)
            {
                return false;
            }

            e = WithTense(new DateExpression(SpanOf(i, i), DateExpressionKind.Month, Month: w.Month), i, i);
            next = i + 1;
            return true;
        }

        /// <summary>"в среду", "во вторник", "в прошлую среду", "в следующий понедельник", "до пятницы".</summary>
        private bool TryRussianWeekday(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            DateWord w = Word(i);
            if (!w.Has(DateWordRole.RuWeekday))
            {
                return false;
            }

            DateWord before = Word(i - 1);
            int first = i;
            DateTense tense = DateTense.None;
            bool fixedTense = false;
            if (before.Has(DateWordRole.Habitual))
            {
                return false;
            }

            if (before.Has(DateWordRole.RuModifier))
            {
                if (i - 1 >= _floor)
                {
                    first = i - 1;
                }

                tense = (DateTense)before.Value;
                fixedTense = tense != DateTense.None;
            }
            else if (!before.Has(DateWordRole.RuPreposition))
            {
                return false;
            }

            int k = IsPunct(i + 1, ',') ? i + 2 : i + 1;
            DateExpression date = default;
            int after = 0;
            bool dated = InRange(k) && TryDayMonth(k, out date, out after);
            e = Weekday(first, i, w.Weekday, tense, fixedTense, dated ? date : null, after, out next);
            return true;
        }

        /// <summary>"в прошлом году", "в этом году", "в следующем году".</summary>
        private bool TryRussianRelativeYear(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            DateWord w = Word(i);
            if (!w.Has(DateWordRole.RuRelativeYear) || !WordIs(i + 1, "году"))
            {
                return false;
            }

            e = new DateExpression(SpanOf(i, i + 1), DateExpressionKind.RelativeYear, RelativeYears: w.Value);
            next = i + 2;
            return true;
        }

        // ---- Japanese ------------------------------------------------------------------------------

        /// <summary>
        /// From a number: "2022年[12月[13日]]", "12月13日", "12月", "13日", each with an optional "(火)".
        /// <paramref name="eraYear"/> is set when an era name ("令和") came before and the number is the era year.
        /// </summary>
        private bool TryJapaneseFromNumber(int i, int? eraYear, int first, bool contextYear, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            int? year = null;
            int j = i;
            if (eraYear is not null || contextYear)
            {
                year = eraYear;
            }
            else if (IsKind(i, DateTokenKind.Number) && tokens[i].Length == 4 && IsCjkChar(i + 1, '年') && Adjacent(i, i + 1))
            {
                if (IsCjkChar(i + 2, '度') && Adjacent(i + 1, i + 2))
                {
                    return false; // fiscal year
                }

                year = tokens[i].Value;
                j = i + 2;
                if (year is < 1000 or > 2999)
                {
                    return false;
                }
            }

            int? month = null;
            if (IsKind(j, DateTokenKind.Number) && IsCjkChar(j + 1, '月') && Adjacent(j, j + 1) && tokens[j].Length <= 2
                && tokens[j].Value is >= 1 and <= 12 && (j == i || Adjacent(j - 1, j)))
            {
                month = tokens[j].Value;
                j += 2;
            }

            int? day = null;
            if (IsKind(j, DateTokenKind.Number) && IsCjkChar(j + 1, '日') && Adjacent(j, j + 1) && tokens[j].Length <= 2
                && tokens[j].Value is >= 1 and <= 31 && (j == i || Adjacent(j - 1, j)) && !IsDurationSuffix(j + 2, j + 1)
                && (month is null || IsValidMonthDay(month.Value, tokens[j].Value)))
            {
                day = tokens[j].Value;
                j += 2;
            }

            int last = j - 1;
            if (last < i || (month is null && day is null && year is null) || (year is not null && j == i + 2 && month is null && !IsBareYear(year.Value) && eraYear is null))
            {
                return false;
            }

            if (contextYear && month is null)
            {
                return false;
            }

            if (day is not null && month is null && year is not null)
            {
                return false; // "2022年13日" is not a date
            }

            IsoDayOfWeek? weekday = null;
            if (day is not null && TryJapaneseWeekdayInParentheses(j, out IsoDayOfWeek wd, out int afterWd))
            {
                weekday = wd;
                last = afterWd - 1;
            }

            TextSpan span = TextSpan.FromBounds(tokens[first].Start, tokens[last].End);
            if (year is not null || contextYear)
            {
                if (month is null)
                {
                    e = new DateExpression(span, DateExpressionKind.Year, Year: year);
                }
                else if (day is null)
                {
                    e = new DateExpression(span, DateExpressionKind.MonthYear, Year: year, Month: month, YearFromContext: contextYear);
                }
                else
                {
                    if (year is not null && !IsValidDate(year.Value, month.Value, day.Value))
                    {
                        return false;
                    }

                    e = new DateExpression(span, DateExpressionKind.FullDate, Year: year, Month: month, Day: day, Weekday: weekday, YearFromContext: contextYear);
                }
            }
            else if (month is not null)
            {
                e = day is null
                    ? new DateExpression(span, DateExpressionKind.Month, Month: month)
                    : new DateExpression(span, DateExpressionKind.MonthDay, Month: month, Day: day, Weekday: weekday);
            }
            else
            {
                e = new DateExpression(span, DateExpressionKind.DayOfMonth, Day: day, Weekday: weekday);
            }

            if (e.Kind is DateExpressionKind.Month or DateExpressionKind.MonthDay or DateExpressionKind.DayOfMonth)
            {
                e = e with { Tense = JapaneseTense(first, tokens[last].End) };
            }

            next = last + 1;
            return true;
        }

        /// <summary>"3日間", "3日後", "3日以内": durations and offsets, not days of the month.</summary>
        private bool IsDurationSuffix(int i, int previous) =>
            IsKind(i, DateTokenKind.Cjk) && Adjacent(previous, i) && "間以後前ぶ振連目分程余未ほ超弱強半".Contains(text[tokens[i].Start], StringComparison.Ordinal);

        /// <summary>"(水)", "（水）", "(水曜日)" right after a date.</summary>
        private bool TryJapaneseWeekdayInParentheses(int i, out IsoDayOfWeek weekday, out int next)
        {
            weekday = IsoDayOfWeek.None;
            next = i;
            if (!(IsPunct(i, '(') || IsPunct(i, '（')) || !IsKind(i + 1, DateTokenKind.Cjk))
            {
                return false;
            }

            weekday = JapaneseWeekdayChar(text[tokens[i + 1].Start]);
            int j = i + 2;
            if (IsCjkChar(j, '曜'))
            {
                j++;
                if (IsCjkChar(j, '日'))
                {
                    j++;
                }
            }

            if (weekday == IsoDayOfWeek.None || !(IsPunct(j, ')') || IsPunct(j, '）')))
            {
                return false;
            }

            next = j + 1;
            return true;
        }

        private static IsoDayOfWeek JapaneseWeekdayChar(char c) => c switch
        {
            '月' => IsoDayOfWeek.Monday,
            '火' => IsoDayOfWeek.Tuesday,
            '水' => IsoDayOfWeek.Wednesday,
            '木' => IsoDayOfWeek.Thursday,
            '金' => IsoDayOfWeek.Friday,
            '土' => IsoDayOfWeek.Saturday,
            '日' => IsoDayOfWeek.Sunday,
            _ => IsoDayOfWeek.None,
        };

        /// <summary>"令和5年[3月[1日]]", "平成元年".</summary>
        private bool TryJapaneseEra(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            int baseYear = CjkAt(i, "令和") ? 2018 : CjkAt(i, "平成") ? 1988 : CjkAt(i, "昭和") ? 1925 : CjkAt(i, "大正") ? 1911 : 0;
            if (baseYear == 0)
            {
                return false;
            }

            int n;
            if (IsKind(i + 2, DateTokenKind.Number) && tokens[i + 2].Length <= 2 && tokens[i + 2].Value >= 1)
            {
                n = tokens[i + 2].Value;
            }
            else if (IsCjkChar(i + 2, '元'))
            {
                n = 1;
            }
            else
            {
                return false;
            }

            if (!IsCjkChar(i + 3, '年') || !Adjacent(i + 1, i + 2) || !Adjacent(i + 2, i + 3) || (IsCjkChar(i + 4, '度') && Adjacent(i + 3, i + 4)))
            {
                return false;
            }

            int year = baseYear + n;
            if (IsKind(i + 4, DateTokenKind.Number) && Adjacent(i + 3, i + 4)
                && TryJapaneseFromNumber(i + 4, year, i, false, out e, out next) && e.Kind != DateExpressionKind.DayOfMonth)
            {
                return true;
            }

            e = new DateExpression(SpanOf(i, i + 3), DateExpressionKind.Year, Year: year);
            next = i + 4;
            return true;
        }

        /// <summary>"同年3月[1日]": March of the year in context.</summary>
        private bool TryJapaneseSameYear(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            return CjkAt(i, "同年") && IsKind(i + 2, DateTokenKind.Number) && Adjacent(i + 1, i + 2)
                && TryJapaneseFromNumber(i + 2, null, i, true, out e, out next);
        }

        /// <summary>"水曜日", "水曜", "来週の水曜日", "先週水曜".</summary>
        private bool TryJapaneseWeekday(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            IsoDayOfWeek weekday = JapaneseWeekdayChar(text[tokens[i].Start]);
            if (weekday == IsoDayOfWeek.None || !IsCjkChar(i + 1, '曜') || !Adjacent(i, i + 1))
            {
                return false;
            }

            int last = IsCjkChar(i + 2, '日') && Adjacent(i + 1, i + 2) ? i + 2 : i + 1;
            int first = i;
            int m = IsCjkChar(i - 1, 'の') && Adjacent(i - 1, i) ? i - 3 : i - 2;
            DateTense tense = DateTense.None;
            bool fixedTense = false;
            bool near = m >= 0 && (m + 2 == i ? Adjacent(m + 1, i) : Adjacent(m + 1, m + 2) && Adjacent(m + 2, i));
            if (near)
            {
                if (CjkAt(m, "毎週"))
                {
                    return false;
                }

                if (CjkAt(m, "来週") || CjkAt(m, "先週") || CjkAt(m, "今週"))
                {
                    tense = CjkAt(m, "来週") ? DateTense.Next : CjkAt(m, "先週") ? DateTense.Last : DateTense.None;
                    fixedTense = tense != DateTense.None;
                    if (m >= _floor)
                    {
                        first = m;
                    }
                }
            }

            if (IsCjkChar(i - 1, '毎') && Adjacent(i - 1, i))
            {
                return false;
            }

            e = new DateExpression(SpanOf(first, last), DateExpressionKind.Weekday, Tense: tense, Weekday: weekday);
            if (!fixedTense)
            {
                e = e with { Tense = JapaneseTense(first, tokens[last].End) };
            }

            next = last + 1;
            return true;
        }

        private static readonly (string Text, int Offset, bool Year)[] JapaneseRelatives =
        [
            ("一昨日", -2, false), ("明後日", 2, false), ("今日", 0, false), ("本日", 0, false), ("昨日", -1, false), ("明日", 1, false),
            ("一昨年", -2, true), ("再来年", 2, true), ("昨年", -1, true), ("去年", -1, true), ("今年", 0, true), ("本年", 0, true), ("来年", 1, true),
        ];

        /// <summary>"今日", "本日", "昨日", "明日", "昨年", "去年", "今年", "来年" (not "来年度", a fiscal year).</summary>
        private bool TryJapaneseRelative(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            foreach ((string s, int offset, bool year) in JapaneseRelatives)
            {
                if (!CjkAt(i, s))
                {
                    continue;
                }

                int last = i + s.Length - 1;
                if (year && IsCjkChar(last + 1, '度') && Adjacent(last, last + 1))
                {
                    return false;
                }

                e = year
                    ? new DateExpression(SpanOf(i, last), DateExpressionKind.RelativeYear, RelativeYears: offset)
                    : new DateExpression(SpanOf(i, last), DateExpressionKind.RelativeDay, RelativeDays: offset);
                next = last + 1;
                return true;
            }

            return false;
        }

        // ---- tense ---------------------------------------------------------------------------------

        private bool IsClauseStop(int i) =>
            !InRange(i) || tokens[i].Kind == DateTokenKind.Break
            || (tokens[i].Kind == DateTokenKind.Punct && text[tokens[i].Start] is '.' or '!' or '?' or ';' or ':' or '"' or '“' or '”' or '«' or '»' or '。');

        /// <summary>Sets the tense of <paramref name="e"/> from the nearest verb cue: backwards first, then forwards, within the clause.</summary>
        private DateExpression WithTense(DateExpression e, int first, int last)
        {
            for (int k = first - 1, n = 0; n < BackWindow && !IsClauseStop(k); k--, n++)
            {
                DateTense t = CueAt(k);
                if (t != DateTense.None)
                {
                    return e with { Tense = t };
                }
            }

            for (int k = last + 1, n = 0; n < ForwardWindow && !IsClauseStop(k); k++, n++)
            {
                DateTense t = CueAt(k);
                if (t != DateTense.None)
                {
                    return e with { Tense = t };
                }
            }

            return e;
        }

        private DateTense CueAt(int k)
        {
            if (!IsKind(k, DateTokenKind.Word))
            {
                return DateTense.None;
            }

            DateWord w = Word(k);
            if (w.Has(DateWordRole.FutureCue) || (WordIs(k, "to") && (WordIs(k - 1, "is") || WordIs(k - 1, "are"))) || WordIs(k, "next"))
            {
                return DateTense.Future;
            }

            if (w.Has(DateWordRole.PastCue) || IsRussianPastVerb(Surface(k)))
            {
                return DateTense.Past;
            }

            return DateTense.None;
        }

        /// <summary>Russian past-tense verb endings: "заявил", "сказала", "обсудили".</summary>
        private static bool IsRussianPastVerb(ReadOnlySpan<char> word)
        {
            // Each letter in both cases rather than char.ToLowerInvariant, which calls into ICU for every non-ASCII
            // character; no other character lower-cases to these.
            static bool IsVowel(char c) => c is 'а' or 'е' or 'ё' or 'и' or 'о' or 'у' or 'ы' or 'э' or 'ю' or 'я'
                or 'А' or 'Е' or 'Ё' or 'И' or 'О' or 'У' or 'Ы' or 'Э' or 'Ю' or 'Я';

            int n = word.Length;
            if (n < 4 || word[n - 1] is < '\u0400' or > '\u04FF')
            {
                return false;
            }

            char lastChar = word[n - 1];
            if (lastChar is 'л' or 'Л')
            {
                return IsVowel(word[n - 2]);
            }

            return n >= 5 && lastChar is 'а' or 'и' or 'о' or 'А' or 'И' or 'О' && word[n - 2] is 'л' or 'Л' && IsVowel(word[n - 3]);
        }

        private static readonly string[] JapaneseFutureCues = ["予定", "見通し", "方針", "意向", "見込み", "方向で"];

        /// <summary>Japanese puts the verb after the date: look ahead to the end of the sentence for a future marker.</summary>
        private DateTense JapaneseTense(int first, int end)
        {
            if (first >= 2 && CjkAt(first - 2, "来週") && tokens[first - 2].End == tokens[first].Start)
            {
                return DateTense.Future;
            }

            int stop = Math.Min(text.Length, end + JapaneseForwardChars);
            int sentenceEnd = text.AsSpan(end, stop - end).IndexOfAny('。', '\n');
            ReadOnlySpan<char> window = text.AsSpan(end, sentenceEnd >= 0 ? sentenceEnd : stop - end);
            foreach (string cue in JapaneseFutureCues)
            {
                if (window.Contains(cue, StringComparison.Ordinal))
                {
                    return DateTense.Future;
                }
            }

            return DateTense.None;
        }
    }
}
