namespace Kurils.Domain.Parsing.Statements;

// Quoted words called someone's wording: "岸田首相は…「我国固有の領土」という表現を用いた", "…「非法占領」的用詞".
internal sealed partial class StatementExtractor
{
    // What may stand between a quotation and the next one of its list (、, 和, "and") or the wording noun (的, 等, という, 라는).
    private const int MaxWordingGap = 3;

    /// <summary>
    /// The person the sentence opens with, when a quotation of it, or the list of quotations it ends ("「…」、「…」的用詞",
    /// "“…”和“…”的说法"), is followed by a wording noun (<see cref="SpeechLexicon.WordingNouns"/>): the quoted words are that
    /// person's wording, however short, not a term. No punctuation of a clause may stand between.
    /// </summary>
    private static (string Speaker, TextSpan Span)? WordingOwner(StatementContext context, TextSpan sentence, List<Quote> inSentence)
    {
        var nouns = context.Speech.WordingNouns;
        if (nouns.IsEmpty)
        {
            return null;
        }

        var text = context.Text;
        for (var q = 0; q < inSentence.Count; q++)
        {
            var close = inSentence[q].Close;
            while (q + 1 < inSentence.Count && IsListGap(context, close + 1, inSentence[q + 1].Open))
            {
                close = inSentence[++q].Close;
            }

            for (var at = close + 1; at <= close + 1 + MaxWordingGap && at < sentence.End && IsListGap(context, close + 1, at); at++)
            {
                foreach (var noun in nouns)
                {
                    if (text.AsSpan(at, sentence.End - at).StartsWith(noun, StringComparison.Ordinal))
                    {
                        return PersonOpening(context, sentence.Start, sentence.End);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Whether a few letters or spaces, with no punctuation of a clause or quotation mark, stand from <paramref name="start"/> to <paramref name="end"/>.</summary>
    private static bool IsListGap(StatementContext context, int start, int end)
    {
        if (end < start || end - start > MaxWordingGap)
        {
            return false;
        }

        foreach (var c in context.Text.AsSpan(start, end - start))
        {
            if (!(char.IsLetter(c) || char.IsWhiteSpace(c) || c is '、') || context.Speech.Quotes.IsQuoteMark(c))
            {
                return false;
            }
        }

        return true;
    }
}
