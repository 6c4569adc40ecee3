using NodaTime;

namespace Kurils.Domain.Parsing.Dates;

/// <summary>
/// Finds date expressions in text without resolving them (see <see cref="DateResolver"/>), with the words of
/// the article's languages (a <see cref="DateLexicon"/> built from their packs). One left-to-right pass over
/// tokens with bounded look-around: linear in the input, and it never throws on content.
/// </summary>
/// <remarks>
/// <para>The rules apply roles, not words: a day number with a month's genitive ("13 декабря", "5 mars 2024",
/// "5 de marzo de 2024", "5. März 2024"), a month before a day in languages that write it so ("December 13,
/// 2022"), a month with a year or a same-year phrase, a month alone after a context word ("in July", "в июле"),
/// weekdays with their modifiers, relative days and years, numeric dates in the languages' orders and
/// separators, and numbers with unit words (Korean "2024년 3월 5일", Vietnamese "ngày 5 tháng 3 năm 2024").</para>
/// <para>Word boundaries come from the tokenizer: Latin and Cyrillic words are maximal letter runs, so
/// "Sundays" never holds "Sunday" (plural weekdays are habitual and skipped); CJK characters are single
/// tokens, so Japanese patterns need no boundaries.</para>
/// <para>Ambiguous words need support: a month form that is also a common word ("May", "March") must be
/// capitalised and have a day or year beside it or a strict context word before it; other months alone need a
/// context word ("in July", "a September phone call"); abbreviations ("Dec.", "Wed.") need a day or year, or a
/// capital and a full stop. In languages whose weekdays need context, a weekday needs a context word or a
/// modifier ("в среду", "в прошлую среду").</para>
/// <para>Not covered: numerals written in kanji ("十二月"), kana-only relative days ("きょう"), relative months and
/// weeks ("last month").</para>
/// </remarks>
internal static class DateFinder
{
    private const int BackWindow = 8;
    private const int ForwardWindow = 6;
    private const int JapaneseForwardChars = 40;

    /// <summary>Appends the date expressions found in <paramref name="range"/> of <paramref name="text"/> to <paramref name="output"/>, in text order.</summary>
    /// <param name="text">The original input; spans are offsets into it.</param>
    /// <param name="range">The part of the input to search (clamped to the text).</param>
    /// <param name="words">The date words of the text's languages.</param>
    /// <param name="output">Receives the expressions.</param>
    /// <param name="tokens">A list to tokenize into, reused by a caller that finds dates in many ranges (its contents are replaced); null for a new one.</param>
    public static void Find(string text, TextSpan range, DateLexicon words, List<DateExpression> output, List<DateToken>? tokens = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(output);
        tokens ??= [];
        tokens.Clear();
        DateTokenizer.Tokenize(text, range, tokens);
        new Matcher(text, tokens, words, output).Run();
    }

    private sealed class Matcher(string text, List<DateToken> tokens, DateLexicon lexicon, List<DateExpression> output)
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
                        || TryNumericDate(i, out e, out next)
                        || TryJapaneseFromNumber(i, null, i, false, out e, out next)
                        || TryUnitDate(i, out e, out next)
                        || TryDayMonth(i, out e, out next)
                        || TryBareYear(i, out e, out next);
                case DateTokenKind.Word when Word(i).Roles == 0:
                    e = default;
                    next = i;
                    return false;
                case DateTokenKind.Word:
                    return TryPhrase(i, out e, out next)
                        || TryMonth(i, out e, out next)
                        || TryWeekday(i, out e, out next)
                        || TryRelativeDay(i, out e, out next)
                        || TryUnitDate(i, out e, out next);
                case DateTokenKind.Cjk when !JapaneseFirstChars.Contains(text[t.Start]) && !lexicon.CjkRelativeStarts.Contains(text[t.Start]):
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
        /// The characters a Japanese date rule can start at besides the packs' relative words: eras (令和 平成 昭和
        /// 大正), 同年 and weekdays (月 … 日).
        /// </summary>
        private static readonly System.Buffers.SearchValues<char> JapaneseFirstChars = System.Buffers.SearchValues.Create("令平昭大同月火水木金土日");

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
                _word = IsKind(i, DateTokenKind.Word) ? lexicon.Get(Surface(i)) : default;
                _wordIndex = i;
            }

            return _word;
        }

        private bool Has(int i, DateWordRole role) => Word(i).Has(role);

        private bool IsPunct(int i, char c) => IsKind(i, DateTokenKind.Punct) && text[tokens[i].Start] == c;

        private bool IsCjkChar(int i, char c) => IsKind(i, DateTokenKind.Cjk) && text[tokens[i].Start] == c;

        /// <summary>Whether token <paramref name="i"/> is a Han unit word of the packs (年, 月, 日, 号).</summary>
        private bool IsCjkUnit(int i, DateWordRole unit) => IsKind(i, DateTokenKind.Cjk) && lexicon.Get(Surface(i)).Has(unit);

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

        /// <summary>
        /// Whether the words of <paramref name="phrase"/> stand from token <paramref name="i"/> (a hyphen or an
        /// apostrophe between two of them is allowed: "avant-hier", "l'an dernier"); <paramref name="last"/> is the phrase's last token.
        /// </summary>
        private bool PhraseAt(int i, DatePhrase phrase, out int last)
        {
            last = i;
            int k = i;
            for (int w = 0; w < phrase.Words.Length; w++, k++)
            {
                if (w > 0 && (IsPunct(k, '-') || IsPunct(k, '\'') || IsPunct(k, '\u2019')) && Adjacent(k - 1, k) && Adjacent(k, k + 1))
                {
                    k++;
                }

                if (!IsKind(k, DateTokenKind.Word) || !Surface(k).Equals(phrase.Words[w], StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            last = k - 1;
            return true;
        }

        /// <summary>The longest phrase of <paramref name="kind"/> from token <paramref name="i"/>, or null.</summary>
        private DatePhrase? PhraseOf(int i, DatePhraseKind kind, out int last)
        {
            last = i;
            if (!IsKind(i, DateTokenKind.Word) || !Has(i, DateWordRole.PhraseStart))
            {
                return null;
            }

            foreach (var phrase in lexicon.PhrasesAt(Surface(i)))
            {
                if (phrase.Kind == kind && PhraseAt(i, phrase, out last))
                {
                    return phrase;
                }
            }

            return null;
        }

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
                if (Has(i + 1, DateWordRole.DaySuffix))
                {
                    next = i + 2;
                }
                else
                {
                    return false;
                }
            }
            else if (lexicon.DayStop && IsPunct(i + 1, '.') && Adjacent(i, i + 1) && IsKind(i + 2, DateTokenKind.Word))
            {
                next = i + 2; // German "5. März"
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

            if (IsKind(i + 1, DateTokenKind.Word) && Adjacent(i, i + 1) && !Has(i + 1, DateWordRole.UnitYear))
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

        /// <summary>After a year number: a year word ("года", "году", "г.", "năm") — returns the last token of the expression.</summary>
        private int SkipYearWord(int yearIndex)
        {
            int last = yearIndex + 1;

            // Languages that write ordinals with a full stop write the year so too: "2024. године".
            if (lexicon.DayStop && IsPunct(last, '.') && Adjacent(yearIndex, last) && Has(last + 1, DateWordRole.YearWord))
            {
                last++;
            }

            if (!Has(last, DateWordRole.YearWord) || Has(last, DateWordRole.UnitBefore))
            {
                return yearIndex;
            }

            return Has(last, DateWordRole.YearWordWithStop) && IsPunct(last + 1, '.') && Adjacent(last, last + 1) ? last + 1 : last;
        }

        /// <summary>A year at <paramref name="i"/>, or after a joiner there ("de 2024"); <paramref name="at"/> is the year's token.</summary>
        private bool IsYearAfterJoiner(int i, out int year, out int at)
        {
            at = Has(i, DateWordRole.Joiner) ? i + 1 : i;
            return IsYear(at, out year);
        }

        // ---- numeric forms -------------------------------------------------------------------------

        /// <summary>"2022-12-13", "2022/12/13": written so in every language.</summary>
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

        /// <summary>
        /// "13.12.2022", "15/10/2025", "12/13/2022", "2022.12.13": in the orders and with the separators of the
        /// text's languages. When both day-first and month-first apply, only a date the two read alike is taken.
        /// </summary>
        private bool TryNumericDate(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            if (!InRange(i + 4) || !IsKind(i + 1, DateTokenKind.Punct) || !IsKind(i + 2, DateTokenKind.Number) || !IsKind(i + 4, DateTokenKind.Number))
            {
                return false;
            }

            char sep = text[tokens[i + 1].Start];
            if (!lexicon.Separators.Contains(sep, StringComparison.Ordinal) || !IsPunct(i + 3, sep)
                || !Adjacent(i, i + 1) || !Adjacent(i + 1, i + 2) || !Adjacent(i + 2, i + 3) || !Adjacent(i + 3, i + 4) || tokens[i + 2].Length > 2)
            {
                return false;
            }

            // A number glued on after the date ("13.12.2022.5") or a letter makes it something else.
            if (IsKind(i + 5, DateTokenKind.Word) && Adjacent(i + 4, i + 5) && !Has(i + 5, DateWordRole.YearWord))
            {
                return false;
            }

            int a = tokens[i].Value, b = tokens[i + 2].Value, c = tokens[i + 4].Value;
            int y, m, d;
            if (tokens[i].Length == 4 && tokens[i + 4].Length <= 2 && lexicon.YearMonthDay)
            {
                (y, m, d) = (a, b, c);
            }
            else if (tokens[i].Length <= 2 && tokens[i + 4].Length == 4)
            {
                bool dayFirst = lexicon.DayMonthYear && IsValidDate(c, b, a);
                bool monthFirst = lexicon.MonthDayYear && IsValidDate(c, a, b);
                if (dayFirst && monthFirst && a != b)
                {
                    return false; // 05/03/2024 in a text that may mean either
                }

                if (!dayFirst && !monthFirst)
                {
                    return false;
                }

                (y, m, d) = dayFirst ? (c, b, a) : (c, a, b);
            }
            else
            {
                return false;
            }

            if (y is < 1000 or > 2999 || !IsValidDate(y, m, d))
            {
                return false;
            }

            int last = SkipYearWord(i + 4);
            e = new DateExpression(SpanOf(i, last), DateExpressionKind.FullDate, Year: y, Month: m, Day: d);
            next = last + 1;
            return true;
        }

        /// <summary>
        /// Numbers with unit words, in any order: Korean "2024년 3월 5일" (the word after its number), Vietnamese
        /// "ngày 5 tháng 3 năm 2024" (before it).
        /// </summary>
        private bool TryUnitDate(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            int? year = null, month = null, day = null;
            int k = i, last = -1;
            while (InRange(k))
            {
                int number, unit;
                bool before = IsKind(k, DateTokenKind.Word) && Has(k, DateWordRole.UnitBefore);
                if (before && IsKind(k + 1, DateTokenKind.Number))
                {
                    (unit, number) = (k, k + 1);
                }
                else if (!before && IsKind(k, DateTokenKind.Number) && IsKind(k + 1, DateTokenKind.Word) && Adjacent(k, k + 1) && !Has(k + 1, DateWordRole.UnitBefore))
                {
                    (number, unit) = (k, k + 1);
                }
                else
                {
                    break;
                }

                // "ngày 5/3/2024": the number opens a numeric date.
                if (IsKind(number + 1, DateTokenKind.Punct) && Adjacent(number, number + 1) && IsKind(number + 2, DateTokenKind.Number)
                    && lexicon.Separators.Contains(text[tokens[number + 1].Start], StringComparison.Ordinal))
                {
                    break;
                }

                int value = tokens[number].Value;
                if (Has(unit, DateWordRole.UnitYear) && year is null && tokens[number].Length == 4 && value is >= 1000 and <= 2999)
                {
                    year = value;
                }
                else if (Has(unit, DateWordRole.UnitMonth) && month is null && tokens[number].Length <= 2 && value is >= 1 and <= 12)
                {
                    month = value;
                }
                else if (Has(unit, DateWordRole.UnitDay) && day is null && tokens[number].Length <= 2 && value is >= 1 and <= 31)
                {
                    day = value;
                }
                else
                {
                    break;
                }

                last = k + 1;
                k += 2;
            }

            if (last < 0 || (year is { } only && month is null && day is null && !IsBareYear(only)) || (day is not null && month is null && year is not null))
            {
                return false;
            }

            var span = SpanOf(i, last);
            if (month is { } mo && day is { } dd && !(year is { } yy ? IsValidDate(yy, mo, dd) : IsValidMonthDay(mo, dd)))
            {
                return false;
            }

            e = (year, month, day) switch
            {
                (not null, not null, not null) => new DateExpression(span, DateExpressionKind.FullDate, Year: year, Month: month, Day: day),
                (not null, not null, null) => new DateExpression(span, DateExpressionKind.MonthYear, Year: year, Month: month),
                (not null, null, null) => new DateExpression(span, DateExpressionKind.Year, Year: year),
                (null, not null, not null) => WithTense(new DateExpression(span, DateExpressionKind.MonthDay, Month: month, Day: day), i, last),
                (null, not null, null) => WithTense(new DateExpression(span, DateExpressionKind.Month, Month: month), i, last),
                _ => WithTense(new DateExpression(span, DateExpressionKind.DayOfMonth, Day: day), i, last),
            };
            next = last + 1;
            return true;
        }

        /// <summary>"13 December [2022]", "13th of December", "13 декабря [2022 года]", "5 de marzo de 2024", "5. März 2024".</summary>
        private bool TryDayMonth(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            if (!lexicon.DayMonthYear || !IsDay(i, out int day, out int j))
            {
                return false;
            }

            if (Has(j, DateWordRole.Joiner))
            {
                j++;
            }

            DateWord w = Word(j);
            bool abbreviation = w.Has(DateWordRole.MonthAbbreviation);
            if (!w.Has(DateWordRole.MonthGenitive) && !abbreviation)
            {
                return false;
            }

            if (w.Has(DateWordRole.Ambiguous) && !IsCapitalised(j))
            {
                return false;
            }

            int month = w.Month;
            if (!IsValidMonthDay(month, day))
            {
                return false;
            }

            int last = j;
            if (abbreviation && IsPunct(j + 1, '.') && Adjacent(j, j + 1))
            {
                last = j + 1;
            }

            int k = IsPunct(last + 1, ',') ? last + 2 : last + 1;
            if (IsYearAfterJoiner(k, out int year, out int at) && IsValidDate(year, month, day))
            {
                int end = SkipYearWord(at);
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
            bool midHyphen = IsPunct(i - 1, '-') && Adjacent(i - 1, i) && Has(i - 2, DateWordRole.YearContext);
            int last = SkipYearWord(i);
            if (last > i && (before.Has(DateWordRole.YearContext) || before.Has(DateWordRole.MonthContext) || before.Has(DateWordRole.WeekdayContext)))
            {
                e = new DateExpression(SpanOf(i, last), DateExpressionKind.Year, Year: year);
                next = last + 1;
                return true;
            }

            if (before.Has(DateWordRole.YearContext) || midHyphen)
            {
                e = new DateExpression(SpanOf(i, i), DateExpressionKind.Year, Year: year);
                next = i + 1;
                return true;
            }

            return false;
        }

        // ---- words ---------------------------------------------------------------------------------

        /// <summary>A relative day or year written as a phrase: "the day before yesterday", "last year", "прошлом году", "avant-hier".</summary>
        private bool TryPhrase(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            if (!Has(i, DateWordRole.PhraseStart))
            {
                return false;
            }

            if (PhraseOf(i, DatePhraseKind.RelativeDay, out int last) is { } day)
            {
                e = new DateExpression(SpanOf(i, last), DateExpressionKind.RelativeDay, RelativeDays: day.Value);
                next = last + 1;
                return true;
            }

            // "over the last year" is the past twelve months, "the next year" the year after another.
            if (PhraseOf(i, DatePhraseKind.RelativeYear, out last) is { } year && !Has(i - 1, DateWordRole.Article))
            {
                e = new DateExpression(SpanOf(i, last), DateExpressionKind.RelativeYear, RelativeYears: year.Value);
                next = last + 1;
                return true;
            }

            return false;
        }

        /// <summary>
        /// "December 13[, 2022]", "Dec. 13", "February 2022", "февраль 2022 года", "March of that year", "в марте того же
        /// года", "in July", "в июле", "с февраля".
        /// </summary>
        private bool TryMonth(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            DateWord w = Word(i);
            bool full = w.Has(DateWordRole.Month) || w.Has(DateWordRole.MonthGenitive) || w.Has(DateWordRole.MonthPrepositional);
            if (!full && !w.Has(DateWordRole.MonthAbbreviation))
            {
                return false;
            }

            int month = w.Month;
            bool ambiguous = w.Has(DateWordRole.Ambiguous);
            bool capitalised = IsCapitalised(i);
            if (ambiguous && !capitalised)
            {
                return false;
            }

            // An abbreviation before a day needs a capital ("Dec. 13"); a full name does not ("in july").
            if (!full && !capitalised)
            {
                return false;
            }

            int j = i + 1;
            if (!full && IsPunct(j, '.') && Adjacent(i, j))
            {
                j++;
            }

            if (lexicon.MonthDayYear && IsDay(j, out int day, out int afterDay) && IsValidMonthDay(month, day))
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

            if (IsYearAfterJoiner(j, out int year, out int at))
            {
                int last = SkipYearWord(at);
                e = new DateExpression(SpanOf(i, last), DateExpressionKind.MonthYear, Year: year, Month: month);
                next = last + 1;
                return true;
            }

            if (PhraseOf(j, DatePhraseKind.SameYear, out int sameYear) is not null)
            {
                e = new DateExpression(SpanOf(i, sameYear), DateExpressionKind.MonthYear, Month: month, YearFromContext: true);
                next = sameYear + 1;
                return true;
            }

            if (!full)
            {
                return false;
            }

            // A month alone needs a context word before it, an ambiguous one a stricter word.
            int p = i - 1;
            bool midHyphen = IsPunct(p, '-') && Adjacent(p, i) && Has(p - 1, DateWordRole.MonthContext);
            DateWord before = midHyphen ? Word(p - 1) : Word(p);
            bool supported = ambiguous
                ? before.Has(DateWordRole.StrictMonthContext)
                : before.Has(DateWordRole.MonthContext);
            if (!supported || before.Has(DateWordRole.Habitual))
            {
                return false;
            }

            int first = i;
            DateTense tense = DateTense.None;
            bool fixedTense = false;
            if (!midHyphen && before.Has(DateWordRole.Modifier) && p >= _floor)
            {
                (first, tense, fixedTense) = Modifier(p);
            }

            e = new DateExpression(SpanOf(first, i), DateExpressionKind.Month, Tense: tense, Month: month);
            if (!fixedTense)
            {
                e = WithTense(e, first, i);
            }

            next = i + 1;
            return true;
        }

        /// <summary>
        /// A modifier ending at <paramref name="p"/> ("next", "last", "прошлую"), with one before it that has no tense
        /// of its own ("this coming", "this past"). A modifier without a tense ("this") fixes none.
        /// </summary>
        private (int First, DateTense Tense, bool Fixed) Modifier(int p)
        {
            var tense = (DateTense)Word(p).Value;
            if (tense == DateTense.None)
            {
                return (p, DateTense.None, false);
            }

            if (Has(p - 1, DateWordRole.Modifier) && (DateTense)Word(p - 1).Value == DateTense.None && p - 1 >= _floor)
            {
                return (p - 1, tense, true);
            }

            return (p, tense, true);
        }

        /// <summary>"Wednesday", "on Thursday", "last Wednesday", "Wed.", "Tuesday, December 13", "в среду", "в прошлую среду".</summary>
        private bool TryWeekday(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            DateWord w = Word(i);
            int last = i;
            if (PhraseOf(i, DatePhraseKind.Weekday, out int phraseEnd) is { } phrase)
            {
                w = new DateWord(DateWordRole.Weekday, 0, (IsoDayOfWeek)phrase.Value, 0);
                last = phraseEnd;
            }
            else if (w.Has(DateWordRole.Weekday))
            {
                // ok in any case: the full names are unambiguous
            }
            else if (w.Has(DateWordRole.WeekdayAbbreviation) && IsCapitalised(i) && IsPunct(i + 1, '.') && Adjacent(i, i + 1)
                && !Has(i - 1, DateWordRole.Article))
            {
                last = i + 1;
            }
            else
            {
                return false;
            }

            DateWord before = Word(i - 1);
            if (before.Has(DateWordRole.Habitual))
            {
                return false;
            }

            int first = i;
            DateTense tense = DateTense.None;
            bool fixedTense = false;
            if (before.Has(DateWordRole.Modifier))
            {
                // "the last Monday of the month"
                if ((DateTense)before.Value == DateTense.Last && Has(i + 1, DateWordRole.Joiner))
                {
                    return false;
                }

                if (i - 1 >= _floor)
                {
                    (first, tense, fixedTense) = Modifier(i - 1);
                }
            }
            else if (w.Has(DateWordRole.WeekdayNeedsContext) && !before.Has(DateWordRole.WeekdayContext))
            {
                return false;
            }

            // "Tuesday, December 13": one expression that carries both.
            int k = IsPunct(last + 1, ',') ? last + 2 : last + 1;
            DateExpression date = default;
            int after = 0;
            bool dated = InRange(k) && (TryMonth(k, out date, out after) || TryDayMonth(k, out date, out after))
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

        /// <summary>"today", "yesterday", "tomorrow", "сегодня", "вчера", "hier", "gestern".</summary>
        private bool TryRelativeDay(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            DateWord w = Word(i);
            if (!w.Has(DateWordRole.RelativeDay))
            {
                return false;
            }

            // "Russia Today", "Japan Today", "USA Today": a capitalised word after a capitalised one is a name.
            if (IsCapitalised(i) && IsCapitalised(i - 1))
            {
                return false;
            }

            e = new DateExpression(SpanOf(i, i), DateExpressionKind.RelativeDay, RelativeDays: w.Value);
            next = i + 1;
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
            else if (IsKind(i, DateTokenKind.Number) && tokens[i].Length == 4 && IsCjkUnit(i + 1, DateWordRole.UnitYear) && Adjacent(i, i + 1))
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
            if (IsKind(j, DateTokenKind.Number) && IsCjkUnit(j + 1, DateWordRole.UnitMonth) && Adjacent(j, j + 1) && tokens[j].Length <= 2
                && tokens[j].Value is >= 1 and <= 12 && (j == i || Adjacent(j - 1, j)))
            {
                month = tokens[j].Value;
                j += 2;
            }

            int? day = null;
            if (IsKind(j, DateTokenKind.Number) && IsCjkUnit(j + 1, DateWordRole.UnitDay) && Adjacent(j, j + 1) && tokens[j].Length <= 2
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

            if (!IsCjkUnit(i + 3, DateWordRole.UnitYear) || !Adjacent(i + 1, i + 2) || !Adjacent(i + 2, i + 3) || (IsCjkChar(i + 4, '度') && Adjacent(i + 3, i + 4)))
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

        /// <summary>The packs' relative days and years in Han characters: "今日", "昨日", "昨年", "昨天", "来年" (not "来年度", a fiscal year).</summary>
        private bool TryJapaneseRelative(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            foreach (var (s, offset, year) in lexicon.CjkRelatives)
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
            if (w.Has(DateWordRole.FutureCue) || (w.Has(DateWordRole.CueTail) && PhraseOf(k - 1, DatePhraseKind.FutureCue, out int last) is not null && last == k))
            {
                return DateTense.Future;
            }

            if (w.Has(DateWordRole.PastCue) || lexicon.HasPastEnding(Surface(k)))
            {
                return DateTense.Past;
            }

            return DateTense.None;
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
