using NodaTime;

namespace Kurils.Domain.Parsing.Dates;

// Dates that start with a word of a spaced script: relative phrases, months, weekdays and their modifiers, relative days.
internal static partial class DateFinder
{
    private sealed partial class Matcher
    {
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
    }
}
