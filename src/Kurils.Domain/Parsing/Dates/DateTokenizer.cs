using System.Globalization;

namespace Kurils.Domain.Parsing.Dates;

/// <summary>What a date token is.</summary>
internal enum DateTokenKind
{
    /// <summary>A maximal run of letters and combining marks outside CJK scripts (Latin, Cyrillic, ...).</summary>
    Word,

    /// <summary>A maximal run of ASCII or full-width digits.</summary>
    Number,

    /// <summary>One Han, Hiragana or Katakana character (CJK text has no word boundaries).</summary>
    Cjk,

    /// <summary>Any other single non-space unit: punctuation, symbols, lone surrogates.</summary>
    Punct,

    /// <summary>A line break: a hard clause boundary for context windows.</summary>
    Break,
}

/// <summary>A token of the date finder: offsets into the original text.</summary>
/// <param name="Start">The first offset.</param>
/// <param name="End">The offset past the last unit.</param>
/// <param name="Kind">What the token is.</param>
/// <param name="Value">For numbers of at most six digits, their value; otherwise -1.</param>
internal readonly record struct DateToken(int Start, int End, DateTokenKind Kind, int Value)
{
    /// <summary>The number of UTF-16 units.</summary>
    public int Length => End - Start;
}

/// <summary>Splits a range of text into the tokens the date finder matches on. Linear; never throws on content.</summary>
internal static class DateTokenizer
{
    /// <summary>Appends the tokens of <paramref name="range"/> of <paramref name="text"/> to <paramref name="output"/>.</summary>
    /// <param name="text">The original input.</param>
    /// <param name="range">The part of it to tokenize; clamped to the text.</param>
    /// <param name="output">Receives the tokens in order.</param>
    public static void Tokenize(string text, TextSpan range, List<DateToken> output)
    {
        int start = Math.Clamp(range.Start, 0, text.Length);
        int end = Math.Clamp(range.End, start, text.Length);
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                output.Add(new DateToken(i, i + 1, DateTokenKind.Break, -1));
                i++;
            }
            else if (IsCjk(c))
            {
                // Tested before the spaces, digits and letters, none of which is a CJK unit: in Japanese or Chinese text
                // most units are, and each is told so without the category table.
                output.Add(new DateToken(i, i + 1, DateTokenKind.Cjk, -1));
                i++;
            }
            else if (char.IsWhiteSpace(c) || c is '\u200B' or '\u00AD' or '\uFEFF')
            {
                i++;
            }
            else if (DigitValue(c) >= 0)
            {
                int j = i;
                long value = 0;
                while (j < end && DigitValue(text[j]) is var d && d >= 0)
                {
                    if (j - i < 6)
                    {
                        value = (value * 10) + d;
                    }

                    j++;
                }

                output.Add(new DateToken(i, j, DateTokenKind.Number, j - i <= 6 ? (int)value : -1));
                i = j;
            }
            else if (IsWordChar(c))
            {
                int j = Words.EndOf<DateWordUnits>(text, i + 1, end);
                while (j < end && IsInnerApostrophe(text, j, end))
                {
                    j = Words.EndOf<DateWordUnits>(text, j + 1, end);
                }

                output.Add(new DateToken(i, j, DateTokenKind.Word, -1));
                i = j;
            }
            else
            {
                output.Add(new DateToken(i, i + 1, DateTokenKind.Punct, -1));
                i++;
            }
        }
    }

    /// <summary>The value of an ASCII or full-width decimal digit, or -1.</summary>
    /// <param name="c">The character.</param>
    public static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\uFF10' and <= '\uFF19' => c - '\uFF10',
        >= '\u0660' and <= '\u0669' => c - '\u0660', // Arabic-Indic
        >= '\u06F0' and <= '\u06F9' => c - '\u06F0', // Eastern Arabic-Indic (Persian, Urdu)
        _ => -1,
    };

    /// <summary>
    /// An apostrophe between two Cyrillic letters is part of the word (Ukrainian and Belarusian write it inside
    /// words); in Latin script it separates an elided article or a possessive ("l'an", "today's").
    /// </summary>
    private static bool IsInnerApostrophe(string text, int j, int end) =>
        text[j] is '\'' or '\u2019' && j + 1 < end && j > 0 && IsCyrillic(text[j - 1]) && IsCyrillic(text[j + 1]);

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    private static bool IsWordChar(char c) => char.IsLetter(c) && !char.IsSurrogate(c);

    /// <summary>A date word goes on over letters and combining marks ("Декабрь", "Mai"), and stops at CJK, which are tokens of their own.</summary>
    private readonly struct DateWordUnits : IWordUnits
    {
        // ASCII and the basic Cyrillic letters (А to я), most units of most words, are answered without the category table.
        public static bool IsWordUnit(char c) =>
            c < '\u0080' ? char.IsAsciiLetter(c)
            : c is >= '\u0410' and <= '\u044F' || ((IsWordChar(c) || IsMark(c)) && !IsCjk(c));
    }

    // No unit below U+0300 (the combining diacritics) is a mark: the spaces and stops that end most words are told so without the category table.
    private static bool IsMark(char c) =>
        c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Whether <paramref name="c"/> is a Han, Hiragana or Katakana character (including the iteration and prolonged-sound marks).</summary>
    /// <param name="c">The character.</param>
    public static bool IsCjk(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF')
            or (>= '\uF900' and <= '\uFAFF') or '\u3005' or (>= '\uFF66' and <= '\uFF9F');
}
