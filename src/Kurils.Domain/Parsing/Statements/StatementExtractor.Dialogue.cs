namespace Kurils.Domain.Parsing.Statements;

// Dialogue: direct speech that a dash opens at the start of a paragraph and a dash before the speech verb closes.
internal sealed partial class StatementExtractor
{
    /// <summary>
    /// Direct speech as the typography of Russian, Ukrainian, Polish, Spanish and others writes it, opened by a dash at
    /// the start of a paragraph and closed by a dash before the speech verb: "— Мы не отдадим острова, — сказал Путин.
    /// — Это наша земля.", "– Nie oddamy wysp – powiedział premier.", "—No cederemos —dijo el presidente—. Seguiremos
    /// negociando." The closing dash must be followed by a speech verb, so a list item ("— снятие санкций;") or a dash
    /// inside a sentence ("Это — наша земля") opens nothing; after the verb, a dash that opens a sentence continues the
    /// speech to the next closing dash or the paragraph's end.
    /// </summary>
    private static void AddDialogue(string text, SpeechLexicon speech, TextSpan paragraph, List<Quote> into)
    {
        var marks = speech.Quotes;
        if (paragraph.Length < 2 || !marks.IsDialogueDash(text[paragraph.Start]))
        {
            return;
        }

        var open = paragraph.Start;
        var first = true;
        while (true)
        {
            var from = open + 1;
            while (from < paragraph.End && (char.IsWhiteSpace(text[from]) || text[from] is '.' or ',' or ';'))
            {
                from++;
            }

            var close = DashBeforeVerb(text, speech, from, paragraph.End);
            // The first line of speech needs the attribution that says it is speech.
            if (close < 0 && first)
            {
                return;
            }

            var inner = Quotes.Inner(text, from, close >= 0 ? close : paragraph.End);
            if (inner.Length > 0 && Words.Count(text, inner) > 0)
            {
                into.Add(new Quote(inner, open, close >= 0 ? close : paragraph.End - 1));
            }

            if (close < 0 || ContinuingDash(text, marks, close + 1, paragraph.End) is not (>= 0 and var next))
            {
                return;
            }

            open = next;
            first = false;
        }
    }

    /// <summary>The first dialogue dash after a space that a speech verb follows ("…, — сказал", "… —dijo"), or -1.</summary>
    private static int DashBeforeVerb(string text, SpeechLexicon speech, int from, int end)
    {
        for (var i = from + 1; i < end; i++)
        {
            if (!speech.Quotes.IsDialogueDash(text[i]) || !char.IsWhiteSpace(text[i - 1]))
            {
                continue;
            }

            var words = Words.In(text, TextSpan.FromBounds(i + 1, end));
            if (!words.MoveNext() || !text.AsSpan(i + 1, words.Current.Start - i - 1).IsWhiteSpace())
            {
                continue;
            }

            // One adverb may stand before the verb: "— также отметил он".
            var word = words.Current;
            if (speech.IsAdverb(text.AsSpan(word.Start, word.Length)) && words.MoveNext())
            {
                word = words.Current;
            }

            if (speech.VerbEndingAt(text, word, i + 1) is not null)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A dash after the attribution that continues the speech: one that opens a sentence ("…, — сказал он. — Это …")
    /// or that closes the attribution before a comma or stop ("—dijo el presidente—. Seguiremos …"); or -1.
    /// </summary>
    private static int ContinuingDash(string text, Quotes marks, int from, int end)
    {
        for (var i = from; i < end - 1; i++)
        {
            if (!marks.IsDialogueDash(text[i]))
            {
                continue;
            }

            var before = i;
            while (before > from && char.IsWhiteSpace(text[before - 1]))
            {
                before--;
            }

            var after = i + 1;
            while (after < end && text[after] is '.' or ',' or ';')
            {
                after++;
            }

            var opensSentence = before < i && before > from && text[before - 1] is '.' or '!' or '?' or '…' or ':';
            var closesAttribution = before == i && i > 0 && char.IsLetter(text[i - 1]) && after > i + 1;
            if ((opensSentence || closesAttribution) && after < end && char.IsWhiteSpace(text[after]))
            {
                return i;
            }
        }

        return -1;
    }
}
