using System.Collections.Immutable;

namespace Kurils.Domain.Parsing.Statements;

// Interrupted quotations: one pair of marks around two pieces of speech and the attribution between them
// ("«Мы не обсуждаем это, — сказал Владимир Путин. — Вопрос закрыт»", "« Nous ne discutons pas, a dit Vladimir Poutine. C'est clos. »").
internal sealed partial class StatementExtractor
{
    // An attribution set inside a quotation is a few words: the verb, a role and a name ("— написал зампред Совбеза Дмитрий Медведев в Telegram. —").
    private const int MaxAttributionWords = 14;

    /// <summary>Whether a quotation holds an attribution (most hold none: the quotations are then kept as they are, with no copy).</summary>
    private static bool AnyInterrupted(string text, SpeechLexicon speech, ImmutableArray<Quote> quotes)
    {
        foreach (var quote in quotes)
        {
            if (Interruption(text, speech, speech.Quotes, quote.Inner.Start, quote.Inner.End).Aside >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Splits a quotation whose marks hold an attribution between two pieces of speech into those pieces, so that the
    /// attribution's words (the verb, the speaker's name) are outside every quotation, as they are when the writer closes
    /// and reopens the marks. The attribution opens with a dialogue dash of the languages or a comma, right before a
    /// speech verb, and ends at the dash that continues the speech or, after a comma, at the next stop or comma; with no
    /// such end it is left whole.
    /// </summary>
    private static void SplitInterrupted(string text, SpeechLexicon speech, Quote quote, List<Quote> into)
    {
        var end = quote.Inner.End;
        var from = quote.Inner.Start;
        var marks = speech.Quotes;
        while (from < end)
        {
            var (aside, resume) = Interruption(text, speech, marks, from, end);
            if (aside < 0)
            {
                break;
            }

            var inner = Quotes.Inner(text, from, aside);
            if (Words.Count(text, inner) > 0)
            {
                into.Add(new Quote(inner, from == quote.Inner.Start ? quote.Open : from - 1, aside));
            }

            from = resume;
        }

        if (from == quote.Inner.Start)
        {
            into.Add(quote);
            return;
        }

        var rest = Quotes.Inner(text, from, end);
        if (Words.Count(text, rest) > 0)
        {
            into.Add(new Quote(rest, from - 1, quote.Close, quote.CutOff));
        }
    }

    /// <summary>
    /// The first attribution inside a quotation's words from <paramref name="from"/>: where it opens (its dash or comma)
    /// and where the speech resumes after it; (-1, -1) when there is none.
    /// </summary>
    private static (int Aside, int Resume) Interruption(string text, SpeechLexicon speech, Quotes marks, int from, int end)
    {
        for (var i = from + 1; i < end - 1; i++)
        {
            var dash = marks.IsDialogueDash(text[i]) && char.IsWhiteSpace(text[i - 1]);
            if (!dash && text[i] != ',')
            {
                continue;
            }

            if (VerbRightAfter(text, speech, i + 1, end) is not { } verb)
            {
                continue;
            }

            var resume = dash ? ResumingDash(text, marks, verb.End, end) : ResumingAfterStop(text, marks, verb.End, end);
            if (resume > 0 && Words.Count(text, TextSpan.FromBounds(verb.End, resume)) <= MaxAttributionWords
                && (dash || NamesSomeone(text, speech, TextSpan.FromBounds(verb.End, resume))))
            {
                return (i, resume);
            }
        }

        return (-1, -1);
    }

    /// <summary>
    /// Whether the words after a verb set between commas name a speaker: a capitalised word (a name, a title) or a pronoun.
    /// A clause of what was said does not ("…, so ist es, wie Sie wissen, …": "so" is a speech word in German).
    /// </summary>
    private static bool NamesSomeone(string text, SpeechLexicon speech, TextSpan after)
    {
        foreach (var word in Words.In(text, after))
        {
            if (char.IsUpper(text[word.Start]) || speech.IsPronoun(text.AsSpan(word.Start, word.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The speech verb that is the first word after <paramref name="at"/> (an adverb or auxiliary before it: "a dit", "также отметил"), or null.</summary>
    private static TextSpan? VerbRightAfter(string text, SpeechLexicon speech, int at, int end)
    {
        var words = Words.In(text, TextSpan.FromBounds(at, end));
        if (!words.MoveNext() || !text.AsSpan(at, words.Current.Start - at).IsWhiteSpace())
        {
            return null;
        }

        // A word of a name or a sentence is capitalised; the verb that follows a comma inside a quotation is not ("…, a dit").
        var word = words.Current;
        if (char.IsUpper(text[word.Start]))
        {
            return null;
        }

        for (var skipped = 0; ; skipped++)
        {
            if (speech.VerbEndingAt(text, word, at) is { } verb)
            {
                return verb;
            }

            if (skipped == 2 || !speech.IsAdverb(text.AsSpan(word.Start, word.Length)) || !words.MoveNext())
            {
                return null;
            }

            word = words.Current;
        }
    }

    /// <summary>After a dash attribution, where the speech resumes: after the dash that continues it, or -1.</summary>
    private static int ResumingDash(string text, Quotes marks, int from, int end)
    {
        var dash = ContinuingDash(text, marks, from, end);
        if (dash < 0)
        {
            return -1;
        }

        var resume = dash + 1;
        while (resume < end && text[resume] is '.' or ',' or ';')
        {
            resume++;
        }

        return resume < end && char.IsWhiteSpace(text[resume]) ? resume : -1;
    }

    /// <summary>After a comma attribution, where the speech resumes: after the next stop or comma followed by a space, or -1.</summary>
    private static int ResumingAfterStop(string text, Quotes marks, int from, int end)
    {
        for (var i = from; i < end - 1; i++)
        {
            if (text[i] is '.' or ',' or '!' or '?' or ';' && char.IsWhiteSpace(text[i + 1]))
            {
                return i + 1;
            }

            // A quotation inside the quotation: these words are what was said, not an attribution.
            if (marks.IsQuoteMark(text[i]))
            {
                return -1;
            }
        }

        return -1;
    }
}
