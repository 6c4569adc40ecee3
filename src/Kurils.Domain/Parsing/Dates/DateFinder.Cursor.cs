using NodaTime;

namespace Kurils.Domain.Parsing.Dates;

// The matcher's cursor: what the tokens around a position are (kinds, words, adjacency, days and years).
internal static partial class DateFinder
{
    private sealed partial class Matcher
    {
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
    }
}
