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
        if (AnyInterrupted(text, speech, quotes))
        {
            var split = new List<Quote>(quotes.Length + 4);
            foreach (var quote in quotes)
            {
                SplitInterrupted(text, speech, quote, split);
            }

            quotes = [.. split];
        }

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

    /// <summary>
    /// "«Треба нарешті діяти». Зеленський підписав указ …", "“We must act at last”: Zelensky signs decree": in a headline or
    /// lead, a quotation without attribution that is its whole sentence is the words of the person the next sentence opens
    /// with, and one followed by a colon or dash, of the person named right after it.
    /// </summary>
    private static (string Speaker, TextSpan Span)? SpeakerAfterHeadlineQuote(StatementContext context, TextSpan sentence, Quote quote, TextSpan? next)
    {
        var text = context.Text;
        var at = quote.Close + 1;
        while (at < sentence.End && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        if (at < sentence.End && text[at] is ':' or '：' or '—' or '–' or '-')
        {
            return PersonOpening(context, at + 1, sentence.End);
        }

        return next is { } following && IsWholeSentence(text, sentence, quote) && text.AsSpan(sentence.End, following.Start - sentence.End).IsWhiteSpace()
            ? PersonOpening(context, following.Start, following.End)
            : null;
    }

    /// <summary>
    /// The person the first sentence below the headline opens with, its subject ("Former Russian President Dmitry Medvedev
    /// on Monday again rejected …", "Зампред Совбеза России опубликовал …"): the one person or office holder named near its
    /// start with no other named before its end; null when that sentence names none or several.
    /// </summary>
    private static (string Speaker, TextSpan Span)? SpeakerOfTheStoryBelow(StatementContext context, SegmentMap map, List<(TextSpan Span, int Segment)> paragraphs, int headline)
    {
        var index = paragraphs.FindIndex(p => p.Segment == headline);
        if (index < 0 || index + 1 >= paragraphs.Count)
        {
            return null;
        }

        foreach (var sentence in map.SentencesOf(paragraphs[index + 1].Segment))
        {
            return context.SentenceSubject(sentence.Start, sentence.End) is { Speaker: { } speaker, Span: var span } ? (speaker, span) : null;
        }

        return null;
    }

    /// <summary>The person (or office holder) named first from <paramref name="start"/>, with only spaces before the name.</summary>
    private static (string Speaker, TextSpan Span)? PersonOpening(StatementContext context, int start, int end)
    {
        var text = context.Text;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var index = SortedSpans.LowerBound(context.Mentions, start);
        if (index >= context.Mentions.Count || context.Mentions[index] is not { } mention || mention.Span.Start != start || mention.Span.End > end)
        {
            return null;
        }

        // A title before the name ("President Zelensky"): the person after it.
        if (mention.Kind == EntityKind.Office && index + 1 < context.Mentions.Count && context.Mentions[index + 1] is { Kind: EntityKind.Person } named
            && named.Span.Start - mention.Span.End <= 1)
        {
            mention = named;
        }

        var speaker = mention.Kind == EntityKind.Person ? mention.Id : mention.Kind == EntityKind.Office ? mention.HolderId : null;
        return speaker is null ? null : (speaker, mention.Span);
    }
}
