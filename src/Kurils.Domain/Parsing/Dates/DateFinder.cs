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
internal static partial class DateFinder
{
    private const int BackWindow = 8;
    private const int ForwardWindow = 6;
    private const int UnspacedForwardChars = 40;

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

    private sealed partial class Matcher(string text, List<DateToken> tokens, DateLexicon lexicon, List<DateExpression> output)
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
                    // A number opens an unspaced date ("2022年12月13日") only before a Han unit: tested here, so that
                    // an article in other scripts does not compile the rule at its first date.
                    return TryIsoDate(i, out e, out next)
                        || TryNumericDate(i, out e, out next)
                        || TryNamedNumericDate(i, out e, out next)
                        || (IsKind(i + 1, DateTokenKind.Cjk) && TryUnspacedFromNumber(i, null, i, false, out e, out next))
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
                case DateTokenKind.Cjk when !lexicon.Unspaced.Starts.Contains(text[t.Start]):
                    // Most Han and kana characters open no date: only an era, a same-year word, a weekday or a relative word does.
                    e = default;
                    next = i;
                    return false;
                case DateTokenKind.Cjk:
                    return TryEra(i, out e, out next)
                        || TrySameYearBefore(i, out e, out next)
                        || TryUnspacedWeekday(i, out e, out next)
                        || TryUnspacedRelative(i, out e, out next);
                default:
                    e = default;
                    next = i;
                    return false;
            }
        }
    }
}
