using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Dates;

// Dates that start with a number: ISO and numeric dates, numbers with unit words, a day before its month, a bare year.
internal static partial class DateFinder
{
    private sealed partial class Matcher
    {
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

            if ((IsKind(i + 5, DateTokenKind.Word) || IsKind(i + 5, DateTokenKind.Punct)) && Adjacent(i + 4, i + 5) && !IsPunct(i + 5, '.') && !IsPunct(i + 5, ',')
                && !IsIsoTime(i + 5))
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

        /// <summary>The time of an ISO date and time, glued on after the date: "T15:30" of "2023-04-25T15:30:00+09:00".</summary>
        private bool IsIsoTime(int t) =>
            IsKind(t, DateTokenKind.Word) && tokens[t].Length == 1 && text[tokens[t].Start] is 'T' or 't'
            && IsKind(t + 1, DateTokenKind.Number) && Adjacent(t, t + 1);

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
                    // 05/03/2024 in a text that may mean either: the main language's first order decides, if any.
                    if (lexicon.PreferredOrder is not (DateOrder.Dmy or DateOrder.Mdy))
                    {
                        return false;
                    }

                    monthFirst = lexicon.PreferredOrder == DateOrder.Mdy;
                    dayFirst = !monthFirst;
                }

                if (!dayFirst && !monthFirst)
                {
                    return false;
                }

                (y, m, d) = dayFirst ? (c, b, a) : (c, a, b);
            }
            else if (IsShortYearDate(i))
            {
                // "01.12.26", "12/01/26": two digits each, the year of this century's news; one order of the languages only.
                var year = 2000 + c;
                bool dayFirst = lexicon.DayMonthYear && IsValidDate(year, b, a);
                bool monthFirst = lexicon.MonthDayYear && IsValidDate(year, a, b);
                if (dayFirst && monthFirst && a != b)
                {
                    monthFirst = lexicon.PreferredOrder == DateOrder.Mdy;
                    dayFirst = lexicon.PreferredOrder == DateOrder.Dmy;
                }

                if (dayFirst == monthFirst)
                {
                    return false;
                }

                (y, m, d) = dayFirst ? (year, b, a) : (year, a, b);
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
        /// Three numbers of two digits joined by one separator, the last not followed by the separator and another number
        /// ("01.12.26", not "1.12.26.4", a version): a date with a two-digit year.
        /// </summary>
        private bool IsShortYearDate(int i) =>
            tokens[i].Length == 2 && tokens[i + 2].Length == 2 && tokens[i + 4].Length == 2
            && !(IsPunct(i + 5, text[tokens[i + 1].Start]) && Adjacent(i + 4, i + 5) && IsKind(i + 6, DateTokenKind.Number) && Adjacent(i + 5, i + 6));

        /// <summary>
        /// A month's name or abbreviation between the numbers of a numeric date, one separator on both sides: "1-Dec-2026",
        /// "01-дек-2026", "05/مارس/2024" (day, month, year) or "2026-Dec-01" (year, month, day), in every language.
        /// </summary>
        private bool TryNamedNumericDate(int i, out DateExpression e, out int next)
        {
            e = default;
            next = i;
            if (!InRange(i + 4) || !IsKind(i + 1, DateTokenKind.Punct) || !IsKind(i + 2, DateTokenKind.Word) || !IsKind(i + 4, DateTokenKind.Number))
            {
                return false;
            }

            char sep = text[tokens[i + 1].Start];
            if (sep is not ('-' or '/' or '.') || !IsPunct(i + 3, sep) || !Adjacent(i, i + 1) || !Adjacent(i + 1, i + 2) || !Adjacent(i + 2, i + 3) || !Adjacent(i + 3, i + 4))
            {
                return false;
            }

            var word = Word(i + 2);
            if (word.Month == 0 || !word.Has(DateWordRole.Month | DateWordRole.MonthGenitive | DateWordRole.MonthAbbreviation))
            {
                return false;
            }

            int y, d;
            if (tokens[i].Length <= 2 && tokens[i + 4].Length == 4)
            {
                (d, y) = (tokens[i].Value, tokens[i + 4].Value);
            }
            else if (tokens[i].Length == 4 && tokens[i + 4].Length <= 2)
            {
                (y, d) = (tokens[i].Value, tokens[i + 4].Value);
            }
            else
            {
                return false;
            }

            if (y is < 1000 or > 2999 || !IsValidDate(y, word.Month, d) || (IsKind(i + 5, DateTokenKind.Word) && Adjacent(i + 4, i + 5)))
            {
                return false;
            }

            e = new DateExpression(SpanOf(i, i + 4), DateExpressionKind.FullDate, Year: y, Month: word.Month, Day: d);
            next = i + 5;
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
    }
}
