using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Segmentation;

/// <summary>
/// Recognises the dateline that opens a wire story's first paragraph:
/// <c>[(Agency) –] PLACE[, Month Day | , Day Month | . Month Day][.] [(Agency) | /AGENCY/. | AGENCY] [– — -]</c>, with the
/// place in capitals of any script ("ST. PETERSBURG, December 13. /TASS/.", "MOSCOW –", "TOKYO (Reuters) -", "МОСКВА,
/// 13 декабря. /ТАСС/.", "(ANSA) - ROMA, 22 gennaio -", "VLADIVOSTOK. March 19. VOSTOK-MEDIA –"),
/// and the bracketed Japanese forms ("【モスクワ共同】", "［東京　１３日　ロイター］ -").
/// It reads at most a short prefix of the paragraph, so its cost does not depend on the paragraph's length.
/// </summary>
internal static class DatelineParser
{
    private const int MaxPlaceLength = 40;
    private const int MaxTagLength = 32;

    /// <summary>A bracketed tag after the place may hold a publisher, its source and a date.</summary>
    private const int MaxBracketedTagLength = 64;

    /// <summary>
    /// Parses a dateline at the start of <paramref name="s"/> (trimmed paragraph content). On success
    /// <paramref name="length"/> is the dateline's length and <paramref name="restStart"/> the offset where
    /// the paragraph's text resumes after the spaces that follow it; the rest is never empty.
    /// </summary>
    /// <param name="s">The paragraph's trimmed content.</param>
    /// <param name="words">The page words of the article's languages: their month names.</param>
    /// <param name="length">The dateline's length.</param>
    /// <param name="restStart">Where the paragraph's text resumes.</param>
    public static bool TryParse(ReadOnlySpan<char> s, PageLexicon words, out int length, out int restStart)
    {
        length = 0;
        restStart = 0;
        var end = s.Length > 0 && s[0] is '【' or '［' or '['
            ? ParseBracketed(s)
            : ParseLatinOrCyrillic(s, words);
        if (end <= 0)
        {
            return false;
        }

        var rest = end;
        while (rest < s.Length && TextShape.IsSpace(s[rest]))
        {
            rest++;
        }

        // A dateline opens a paragraph: something must follow it.
        if (rest >= s.Length)
        {
            return false;
        }

        length = end;
        restStart = rest;
        return true;
    }

    // "【モスクワ共同】", "［東京　１３日　ロイター］ -": a short bracket holding CJK text, maybe a dash after it.
    private static int ParseBracketed(ReadOnlySpan<char> s)
    {
        var close = s[0] switch
        {
            '【' => '】',
            '［' => '］',
            _ => ']',
        };
        var limit = Math.Min(s.Length, 30);
        var at = s[1..limit].IndexOf(close);
        if (at < 1)
        {
            return -1;
        }

        var inner = s[1..(at + 1)];
        if (!TextShape.HasCjk(inner))
        {
            return -1;
        }

        var end = at + 2;
        return SkipDash(s, SkipInlineSpaces(s, end), out var afterDash) ? afterDash : end;
    }

    private static int ParseLatinOrCyrillic(ReadOnlySpan<char> s, PageLexicon words)
    {
        // "(ANSA) - TOKYO, 22 GEN - …": the agency's tag first, then the dateline.
        if (s.Length > 0 && s[0] == '(' && FindTagEnd(s, 1, ')') is var tagEnd and > 0
            && SkipDash(s, SkipInlineSpaces(s, tagEnd + 1), out var afterTagDash))
        {
            var start = SkipInlineSpaces(s, afterTagDash);
            var rest = ParsePlaceAndDate(s[start..], words);
            return rest > 0 ? start + rest : -1;
        }

        return ParsePlaceAndDate(s, words);
    }

    private static int ParsePlaceAndDate(ReadOnlySpan<char> s, PageLexicon words)
    {
        var i = ParsePlace(s);
        if (i <= 0)
        {
            return -1;
        }

        // Optional ", Month Day" / ", Day Month" (and ", Year"), then an optional full stop; "VLADIVOSTOK. March 19."
        // puts a full stop where others put the comma.
        var j = SkipInlineSpaces(s, i);
        var stopBeforeDate = s[i - 1] == '.' && j > i && ParseDate(s, j, words) > 0;
        if (stopBeforeDate || (j < s.Length && s[j] == ','))
        {
            var afterDate = ParseDate(s, stopBeforeDate ? j : SkipInlineSpaces(s, j + 1), words);
            if (afterDate < 0)
            {
                return -1;
            }

            i = afterDate;
            j = SkipInlineSpaces(s, i);
            if (j < s.Length && s[j] == ',')
            {
                var afterYear = ParseYear(s, SkipInlineSpaces(s, j + 1));
                if (afterYear > 0)
                {
                    i = afterYear;
                }
            }

            if (i < s.Length && s[i] == '.')
            {
                i++;
            }

            j = SkipInlineSpaces(s, i);
        }

        // "(Reuters)" or "/TASS/." tags.
        var hadTag = false;
        if (j < s.Length && s[j] == '(')
        {
            var close = FindTagEnd(s, j + 1, ')');
            if (close < 0)
            {
                return -1;
            }

            hadTag = true;
            i = close + 1;
            j = SkipInlineSpaces(s, i);
        }

        if (j < s.Length && s[j] == '/')
        {
            var close = FindTagEnd(s, j + 1, '/');
            if (close < 0)
            {
                return -1;
            }

            i = close + 1;
            if (i < s.Length && s[i] == '.')
            {
                i++;
            }

            // The slash tag ends the dateline; a dash after it belongs to it too.
            return SkipDash(s, SkipInlineSpaces(s, i), out var afterSlashDash) ? afterSlashDash : i;
        }

        if (SkipDash(s, j, out var afterDash))
        {
            return AgencyAfterDash(s, afterDash);
        }

        // "VLADIVOSTOK. March 19. VOSTOK-MEDIA – …": an agency in capitals between the date and the dash.
        if (!hadTag && i > 0 && s[i - 1] == '.' && ParsePlace(s[j..]) is var agency and > 0
            && SkipDash(s, SkipInlineSpaces(s, j + agency), out var afterAgencyDash))
        {
            return afterAgencyDash;
        }

        return hadTag ? i : -1;
    }

    /// <summary>"МОСКВА, 5 июн — РИА Новости. …": a short capitalized agency name closed by a full stop belongs to the dateline.</summary>
    private static int AgencyAfterDash(ReadOnlySpan<char> s, int afterDash)
    {
        var start = SkipInlineSpaces(s, afterDash);
        if (start >= s.Length || !char.IsUpper(s[start]))
        {
            return afterDash;
        }

        var k = start;
        while (k < s.Length && k - start <= 24 && (char.IsLetter(s[k]) || s[k] == ' '))
        {
            k++;
        }

        // The name, its full stop, and more text after it: "РИА Новости. Россия …".
        return k + 2 < s.Length && s[k] == '.' && s[k + 1] == ' ' && CountWords(s[start..k]) <= 3 ? k + 1 : afterDash;
    }

    private static int CountWords(ReadOnlySpan<char> s)
    {
        var words = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != ' ' && (i == 0 || s[i - 1] == ' '))
            {
                words++;
            }
        }

        return words;
    }

    // The place: one to five words, each of capital letters (any script) with '.', '\'', '’' or '-' inside.
    private static int ParsePlace(ReadOnlySpan<char> s)
    {
        var i = 0;
        var letters = 0;
        var words = 0;
        var end = -1;
        while (i < s.Length && i <= MaxPlaceLength && words < 5)
        {
            var start = i;
            var wordLetters = 0;
            while (i < s.Length && IsPlaceChar(s[i]))
            {
                if (char.IsLetter(s[i]))
                {
                    wordLetters++;
                }

                i++;
            }

            if (wordLetters == 0 || !char.IsLetter(s[start]))
            {
                break;
            }

            // A word glued to lower-case letters ("NATO-led", "Tokyo") is not a place in capitals.
            if (i < s.Length && char.IsLetter(s[i]))
            {
                return -1;
            }

            letters += wordLetters;
            words++;
            end = i;
            // The next word belongs to the place only when it is in capitals too ("ST. PETERSBURG", not "VLADIVOSTOK. March").
            if (i < s.Length && s[i] == ' ' && i + 1 < s.Length && char.IsLetter(s[i + 1]) && char.IsUpper(s[i + 1]) && InCapitals(s, i + 1))
            {
                i++;
                continue;
            }

            break;
        }

        return letters >= 3 && end <= MaxPlaceLength ? end : -1;
    }

    private static bool InCapitals(ReadOnlySpan<char> s, int start)
    {
        var k = start;
        while (k < s.Length && IsPlaceChar(s[k]))
        {
            k++;
        }

        return k >= s.Length || !char.IsLetter(s[k]);
    }

    private static bool IsPlaceChar(char c) =>
        (char.IsLetter(c) && char.IsUpper(c)) || c is '.' or '\'' or '’' or '-';

    // "December 13", "Dec. 13", "13 декабря", "13 December".
    private static int ParseDate(ReadOnlySpan<char> s, int i, PageLexicon words)
    {
        if (i < s.Length && char.IsDigit(s[i]))
        {
            var afterDay = ParseDay(s, i);
            if (afterDay < 0)
            {
                return -1;
            }

            var month = SkipInlineSpaces(s, afterDay);
            var afterMonth = ParseMonth(s, month, words);
            return afterMonth > month && month > afterDay ? afterMonth : -1;
        }

        var monthEnd = ParseMonth(s, i, words);
        if (monthEnd <= i)
        {
            return -1;
        }

        var day = SkipInlineSpaces(s, monthEnd);
        return day > monthEnd || (monthEnd > 0 && s[monthEnd - 1] == '.') ? ParseDay(s, day) : -1;
    }

    private static int ParseMonth(ReadOnlySpan<char> s, int i, PageLexicon words)
    {
        var j = Words.EndOf<Letters>(s, i, Math.Min(s.Length, i + 12));
        if (j == i || !words.IsMonth(s[i..j]))
        {
            return -1;
        }

        return j < s.Length && s[j] == '.' ? j + 1 : j;
    }

    private static int ParseDay(ReadOnlySpan<char> s, int i)
    {
        var j = i;
        while (j < s.Length && j - i < 2 && char.IsAsciiDigit(s[j]))
        {
            j++;
        }

        return j > i && (j >= s.Length || !char.IsDigit(s[j])) ? j : -1;
    }

    private static int ParseYear(ReadOnlySpan<char> s, int i)
    {
        var j = i;
        while (j < s.Length && j - i < 4 && char.IsAsciiDigit(s[j]))
        {
            j++;
        }

        return j - i == 4 ? j : -1;
    }

    // The closing mark of a short agency tag with letters and no line-like content.
    private static int FindTagEnd(ReadOnlySpan<char> s, int from, char close)
    {
        // A bracketed tag may name a publisher and its source with their date ("(Pakistan Point News / Sputnik - 03rd
        // March, 2021)", "(Reuters/Kyodo)"); a slash tag is one name ("/TASS/").
        var limit = Math.Min(s.Length, from + (close == ')' ? MaxBracketedTagLength : MaxTagLength));
        for (var k = from; k < limit; k++)
        {
            if (s[k] == close)
            {
                return k > from && TextShape.HasLetter(s[from..k]) ? k : -1;
            }

            if (s[k] is '(' or ')' || (s[k] == '/' && close != ')'))
            {
                return -1;
            }
        }

        return -1;
    }

    // One or two dashes of any kind, then a space: the "MOSCOW –" separator.
    private static bool SkipDash(ReadOnlySpan<char> s, int i, out int end)
    {
        end = i;
        var k = i;
        while (k < s.Length && k - i < 2 && s[k] is '-' or '–' or '—' or '―' or '‒' or '－')
        {
            k++;
        }

        if (k == i || (k < s.Length && !TextShape.IsSpace(s[k])))
        {
            return false;
        }

        end = k;
        return true;
    }

    private static int SkipInlineSpaces(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && TextShape.IsInlineSpace(s[i]))
        {
            i++;
        }

        return i;
    }
}
