using NodaTime;

namespace Kurils.Domain.Parsing.Dates;

// Dates of scripts without spaces (Han, kana), matched character by character with the packs' unspaced words
// (UnspacedDateWords): numbers with unit characters (2022年12月13日), eras (令和5年), a same-year word before a month
// (同年3月), weekdays with their modifiers (来週の水曜日) and in brackets after a date (13日（火）), relative words (昨年).
internal static partial class DateFinder
{
    private sealed partial class Matcher
    {
        /// <summary>
        /// From a number: "2022年[12月[13日]]", "12月13日", "12月", "13日", each with an optional "(火)".
        /// <paramref name="eraYear"/> is set when an era name ("令和") came before and the number is the era year.
        /// </summary>
        private bool TryUnspacedFromNumber(int i, int? eraYear, int first, bool contextYear, out DateExpression e, out int next)
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
                if (IsFiscalMark(i + 2))
                {
                    return false;
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
            if (day is not null && TryWeekdayInBrackets(j, out IsoDayOfWeek wd, out int afterWd))
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
                e = e with { Tense = UnspacedTense(first, tokens[last].End) };
            }

            next = last + 1;
            return true;
        }

        /// <summary>"3日間", "3日後", "3日以内": durations and offsets, not days of the month (the packs' <c>durations</c>).</summary>
        private bool IsDurationSuffix(int i, int previous) =>
            IsKind(i, DateTokenKind.Cjk) && Adjacent(previous, i) && lexicon.Unspaced.Durations.Contains(text[tokens[i].Start]);

        /// <summary>Whether a fiscal-year mark ("度" of "2022年度", "来年度") starts at <paramref name="i"/>, right after the year.</summary>
        private bool IsFiscalMark(int i)
        {
            foreach (string mark in lexicon.Unspaced.FiscalYear)
            {
                if (CjkAt(i, mark) && Adjacent(i - 1, i))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the Han or kana characters of <paramref name="s"/> end right before token <paramref name="end"/>.</summary>
        private bool CjkEndsBefore(int end, string s) => end - s.Length >= 0 && CjkAt(end - s.Length, s) && Adjacent(end - 1, end);

        /// <summary>"(水)", "（水）", "(水曜日)" right after a date: a weekday or its abbreviation in brackets.</summary>
        private bool TryWeekdayInBrackets(int i, out IsoDayOfWeek weekday, out int next)
        {
            weekday = IsoDayOfWeek.None;
            next = i;
            if (!(IsPunct(i, '(') || IsPunct(i, '（')))
            {
                return false;
            }

            foreach (var w in lexicon.Unspaced.Weekdays)
            {
                int close = i + 1 + w.Text.Length;
                if (CjkAt(i + 1, w.Text) && (IsPunct(close, ')') || IsPunct(close, '）')))
                {
                    weekday = w.Weekday;
                    next = close + 1;
                    return true;
                }
            }

            return false;
        }

        /// <summary>"令和5年[3月[1日]]", "平成元年": an era of the packs, its year, and what follows.</summary>
        private bool TryEra(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            foreach (var era in lexicon.Unspaced.Eras)
            {
                if (CjkAt(i, era.Name))
                {
                    return TryEraYear(i, i + era.Name.Length, era.Start, out e, out next);
                }
            }

            return false;
        }

        /// <summary>The year of an era whose name ends before token <paramref name="at"/>: a number or the first-year word, then the year unit.</summary>
        private bool TryEraYear(int first, int at, int start, out DateExpression e, out int next)
        {
            e = default;
            next = first;
            int n = 0, unit = -1;
            if (IsKind(at, DateTokenKind.Number) && tokens[at].Length <= 2 && tokens[at].Value >= 1)
            {
                (n, unit) = (tokens[at].Value, at + 1);
            }
            else
            {
                foreach (string word in lexicon.Unspaced.EraFirstYear)
                {
                    if (CjkAt(at, word))
                    {
                        (n, unit) = (1, at + word.Length);
                        break;
                    }
                }
            }

            if (unit < 0 || !IsCjkUnit(unit, DateWordRole.UnitYear) || !Adjacent(at - 1, at) || !Adjacent(unit - 1, unit) || IsFiscalMark(unit + 1))
            {
                return false;
            }

            int year = start - 1 + n;
            if (IsKind(unit + 1, DateTokenKind.Number) && Adjacent(unit, unit + 1)
                && TryUnspacedFromNumber(unit + 1, year, first, false, out e, out next) && e.Kind != DateExpressionKind.DayOfMonth)
            {
                return true;
            }

            e = new DateExpression(SpanOf(first, unit), DateExpressionKind.Year, Year: year);
            next = unit + 1;
            return true;
        }

        /// <summary>"同年3月[1日]": March of the year in context.</summary>
        private bool TrySameYearBefore(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            foreach (string word in lexicon.Unspaced.SameYearBefore)
            {
                int number = i + word.Length;
                if (CjkAt(i, word) && IsKind(number, DateTokenKind.Number) && Adjacent(number - 1, number)
                    && TryUnspacedFromNumber(number, null, i, true, out e, out next))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"水曜日", "水曜", "来週の水曜日", "先週水曜"; not "毎週水曜日" (habitual).</summary>
        private bool TryUnspacedWeekday(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            UnspacedWeekday? found = null;
            foreach (var w in lexicon.Unspaced.Weekdays)
            {
                if (!w.Abbreviation && CjkAt(i, w.Text))
                {
                    found = w;
                    break;
                }
            }

            if (found is null)
            {
                return false;
            }

            int last = i + found.Text.Length - 1;

            // A modifier or a habitual word stands right before the weekday, or before a joiner and the weekday (来週の).
            int before = i;
            foreach (string joiner in lexicon.Unspaced.Joiners)
            {
                if (CjkEndsBefore(i, joiner))
                {
                    before = i - joiner.Length;
                    break;
                }
            }

            foreach (string word in lexicon.Unspaced.Habitual)
            {
                if (CjkEndsBefore(i, word) || (before != i && CjkEndsBefore(before, word)))
                {
                    return false;
                }
            }

            int first = i;
            DateTense tense = DateTense.None;
            bool fixedTense = false;
            foreach (var modifier in lexicon.Unspaced.Modifiers)
            {
                if (CjkEndsBefore(before, modifier.Text))
                {
                    tense = modifier.Tense;
                    fixedTense = tense != DateTense.None;
                    if (before - modifier.Text.Length >= _floor)
                    {
                        first = before - modifier.Text.Length;
                    }

                    break;
                }
            }

            e = new DateExpression(SpanOf(first, last), DateExpressionKind.Weekday, Tense: tense, Weekday: found.Weekday);
            if (!fixedTense)
            {
                e = e with { Tense = UnspacedTense(first, tokens[last].End) };
            }

            next = last + 1;
            return true;
        }

        /// <summary>The packs' relative days and years in Han characters: "今日", "昨日", "昨年", "昨天", "来年" (not "来年度", a fiscal year).</summary>
        private bool TryUnspacedRelative(int i, out DateExpression e, out int next)
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
                if (year && IsFiscalMark(last + 1))
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

        /// <summary>
        /// These languages put the verb after the date: a modifier of a coming week right before the date (来週13日), or
        /// a future cue of the packs before the end of the sentence (予定), puts it in the future.
        /// </summary>
        private DateTense UnspacedTense(int first, int end)
        {
            foreach (var modifier in lexicon.Unspaced.Modifiers)
            {
                if (modifier.Tense is DateTense.Next or DateTense.Future && CjkEndsBefore(first, modifier.Text))
                {
                    return DateTense.Future;
                }
            }

            var cues = lexicon.Unspaced.FutureCues;
            if (cues.IsEmpty)
            {
                return DateTense.None;
            }

            int stop = Math.Min(text.Length, end + UnspacedForwardChars);
            int sentenceEnd = text.AsSpan(end, stop - end).IndexOfAny(lexicon.Unspaced.SentenceEnds);
            ReadOnlySpan<char> window = text.AsSpan(end, sentenceEnd >= 0 ? sentenceEnd : stop - end);
            foreach (string cue in cues)
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
