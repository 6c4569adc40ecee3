using System.Collections.Immutable;

namespace Kurils.Domain.Parsing.Statements;

// Quotations in and around a reported clause: left to the quotation when they are statements of their own, kept when quoted words.
internal sealed partial class StatementExtractor
{
    /// <summary>
    /// The reported clause without the quotations that are statements of their own: a quotation that closes the
    /// clause after a comma or colon ("Putin said he saw no problem …, “assuming …”") is left to the quotation, and so
    /// is one after circumstances only ("وأضاف لافروف خلال المؤتمر الصحفي “…”"); a clause that is mostly quoted
    /// ("Putin said: “…”") is no reported clause. Quoted words inside it stay ("that “detailed work” remained ahead").
    /// </summary>
    private static TextSpan? OutsideQuotes(StatementContext context, TextSpan clause, List<Quote> quotes)
    {
        const int MinWords = 3;
        var text = context.Text;
        foreach (var quote in quotes)
        {
            if (quote.Open < clause.Start || quote.Close + 1 < clause.End || IsQuotedTerm(text, quote.Inner))
            {
                continue;
            }

            var end = quote.Open;
            while (end > clause.Start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            var separated = end > clause.Start && (text[end - 1] == ':' || context.Speech.IsComma(text[end - 1]));
            var head = Trimmed(text, clause.Start, separated ? end - 1 : end);
            if (Words.Count(text, head) < MinWords || OnlyCircumstance(context, head))
            {
                return null;
            }

            clause = separated ? head : clause;
            break;
        }

        var outside = Words.Count(text, clause);
        foreach (var quote in quotes)
        {
            var from = Math.Max(quote.Inner.Start, clause.Start);
            var to = Math.Min(quote.Inner.End, clause.End);
            outside -= to > from ? Words.Count(text, TextSpan.FromBounds(from, to)) : 0;
        }

        return outside >= MinWords ? clause : null;
    }

    /// <summary>
    /// Whether the attribution starting at <paramref name="attribution"/> follows a quotation that is a statement
    /// ("“…,” Gorbachev said …", "«…», — заявил …"): only spaces, commas and dashes between them.
    /// </summary>
    private static bool AttributesQuote(StatementContext context, List<Quote> quotes, int attribution)
    {
        var text = context.Text;
        foreach (var quote in quotes)
        {
            if (quote.Close >= attribution || IsQuotedTerm(text, quote.Inner))
            {
                continue;
            }

            var between = text.AsSpan(quote.Close + 1, attribution - quote.Close - 1);
            if (between.Trim().Trim(",—–-").IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="span"/> runs into a quotation that closes after it ("岸田首相は「プーチン大統領は…続けたい|と述べました。…」と語った"
    /// split at the quotation's own stop): what it holds is the quotation's, read with it (see <see cref="ReportedInsideQuote"/>).
    /// </summary>
    private static bool RunsIntoQuote(ImmutableArray<Quote> quotes, TextSpan span)
    {
        var next = SortedSpans.LowerBound(quotes, span.Start, static (Quote q) => q.Open);
        return next < quotes.Length && quotes[next].Open < span.End && quotes[next].Close >= span.End;
    }

    /// <summary>Whether <paramref name="span"/> starts inside a quotation (after its opening mark): then it is what the quotation says.</summary>
    private static bool StartsInsideQuote(ImmutableArray<Quote> quotes, TextSpan span)
    {
        var next = SortedSpans.LowerBound(quotes, span.Start, static (Quote q) => q.Open);
        return next > 0 && span.Start <= quotes[next - 1].Close;
    }
}
