using System.Collections.Immutable;
using Kurils.Domain.Parsing.Segmentation;

namespace Kurils.Domain.Parsing.Statements;

// Where quotations are read: the body, and the headline and lead above it; which of those repeat the body's.
internal sealed partial class StatementExtractor
{
    private const int MaxQuotesAbove = 16;

    /// <summary>
    /// The quotations of the body (a quote may run over its paragraphs; dialogue lines, see <see cref="AddDialogue"/>)
    /// and of the headline and the lead, each read on its own (a quote left open there runs into nothing), in text order.
    /// </summary>
    private static ImmutableArray<Quote> FindQuotes(string text, ImmutableArray<Segment> segments, List<(TextSpan Span, int Segment)> paragraphs, SpeechLexicon speech)
    {
        var marks = speech.Quotes;
        var body = new List<TextSpan>(paragraphs.Count);
        List<Quote>? more = null;
        foreach (var (span, segment) in paragraphs)
        {
            if (segments[segment].Kind == SegmentKind.Body)
            {
                body.Add(span);
                continue;
            }

            // A headline or lead holds a few quotations; each is checked against the body's (RepeatsAQuote), so the
            // work stays bounded on a hostile one.
            var found = marks.Find(text, [span]);
            if (!found.IsEmpty)
            {
                more ??= [];
                more.AddRange(found.Length <= MaxQuotesAbove ? found : found[..MaxQuotesAbove]);
            }
        }

        var quotes = marks.Find(text, body);
        List<Quote>? dialogue = null;
        foreach (var span in body)
        {
            if (span.Length > 0 && marks.IsDialogueDash(text[span.Start]))
            {
                AddDialogue(text, speech, span, dialogue ??= []);
            }
        }

        if (more is null && dialogue is null)
        {
            return quotes;
        }

        more ??= [];
        if (dialogue is null)
        {
            more.AddRange(quotes);
        }
        else
        {
            // Dialogue that a marked quotation runs out of is left to the marks; one marked inside dialogue is part of
            // what was said ("— Это «ошибка», — сказал он."). Both are in text order: each line's marks are looked at once.
            var inside = new HashSet<int>();
            foreach (var line in dialogue)
            {
                var held = new List<int>();
                var runsOut = false;
                for (var q = SortedSpans.LowerBound(quotes, line.Open, static (Quote x) => x.Open); q < quotes.Length && quotes[q].Open <= line.Close; q++)
                {
                    held.Add(q);
                    runsOut |= quotes[q].Close > line.Close;
                }

                if (!runsOut)
                {
                    inside.UnionWith(held);
                    more.Add(line);
                }
            }

            for (var q = 0; q < quotes.Length; q++)
            {
                if (!inside.Contains(q))
                {
                    more.Add(quotes[q]);
                }
            }
        }

        more.Sort(static (a, b) => a.Open.CompareTo(b.Open));
        return [.. more];
    }

    /// <summary>
    /// A quotation of the headline or the lead that only repeats one given elsewhere: its words lie inside a longer
    /// quotation, or are those of an earlier one or of one in the body ("Треба нарешті діяти" above the same words).
    /// </summary>
    private static bool RepeatsAQuote(string text, SegmentMap map, ImmutableArray<Quote> quotes, Quote quote)
    {
        var words = Trimmed(text, quote.Inner.Start, quote.Inner.End);
        var span = text.AsSpan(words.Start, words.Length);
        foreach (var other in quotes)
        {
            if (other.Open == quote.Open)
            {
                continue;
            }

            var holder = Trimmed(text, other.Inner.Start, other.Inner.End);
            var held = text.AsSpan(holder.Start, holder.Length);
            if (held.Contains(span, StringComparison.OrdinalIgnoreCase)
                && (held.Length > span.Length || other.Open < quote.Open || map.SegmentOf(other.Open) is var at && at >= 0 && map.Segments[at].Kind == SegmentKind.Body))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "“We disagree.”", "\"Треба нарешті діяти\".": a quotation of two words or more that is its whole sentence is
    /// something said, however short, not a quoted term.
    /// </summary>
    private static bool IsWholeSentence(string text, TextSpan sentence, Quote quote)
    {
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if ((i < quote.Open || i > quote.Close) && char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return Words.Count(text, quote.Inner) >= 2;
    }

    /// <summary>
    /// "Putin: “…”", 아베 "…", 岸田首相「…」: a quotation whose sentence opens with a person's name, nothing between them but
    /// a colon, is that person's (how headlines and transcripts attribute a quote without a verb).
    /// </summary>
    private static (string Speaker, TextSpan Span)? LabelBeforeQuote(StatementContext context, TextSpan sentence, Quote quote)
    {
        var text = context.Text;
        var end = quote.Open;
        while (end > sentence.Start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ':' or '：'))
        {
            end--;
        }

        return end > sentence.Start && context.LastPersonBetween(sentence.Start, end) is { Speaker: { } speaker, Span: var at } && at.End == end
            && text.AsSpan(sentence.Start, at.Start - sentence.Start).IsWhiteSpace()
            ? (speaker, at)
            : null;
    }
}
