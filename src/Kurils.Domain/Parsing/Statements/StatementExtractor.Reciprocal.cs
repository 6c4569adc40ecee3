using Kurils.Domain.Parsing.Segmentation;

namespace Kurils.Domain.Parsing.Statements;

// Reciprocal subjects: "Both sides reaffirmed that …" is said by the two parties last named together.
internal sealed partial class StatementExtractor
{
    private const int MaxSentencesBack = 4;
    private const int MaxReciprocalDistance = 800;

    /// <summary>
    /// "Both sides reaffirmed their shared view that …", "Стороны подтвердили, что …", "Ambas partes acordaron que …": a
    /// reciprocal subject (the packs' <c>speech.reciprocals</c>) opening the clause of a speech verb stands for the two
    /// parties last named together. The nearest sentence before it (a few back at most) that names people of two
    /// countries gives them: the first person named there and the first one of another country after them. Each said it.
    /// </summary>
    /// <param name="context">What the extractor knows.</param>
    /// <param name="map">The segments and their sentences.</param>
    /// <param name="segment">The segment of the sentence.</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="quotes">The quotations in it, whose words are no verb.</param>
    /// <param name="clauseVerbsOnly">Only verbs that introduce a reported clause.</param>
    private Attribution? ReciprocalAttribution(StatementContext context, SegmentMap map, int segment, TextSpan sentence, List<Quote> quotes, bool clauseVerbsOnly)
    {
        if (context.Speech.Reciprocals.IsEmpty)
        {
            return null;
        }

        var text = context.Text;
        // A sentence that holds none of the reciprocals has none before any of its verbs: its words need not be read.
        var holdsReciprocal = false;
        var body = text.AsSpan(sentence.Start, sentence.Length);
        foreach (var reciprocal in context.Speech.Reciprocals)
        {
            if (IgnoreCaseSearch.IndexOf(body, reciprocal) >= 0)
            {
                holdsReciprocal = true;
                break;
            }
        }

        if (!holdsReciprocal)
        {
            return null;
        }

        foreach (var (word, verb) in context.VerbsIn(sentence))
        {
            if (InsideAny(quotes, word.Start) || (clauseVerbsOnly && !context.Speech.IntroducesClause(text.AsSpan(verb.Start, verb.Length))))
            {
                continue;
            }

            if (ReciprocalBefore(context, verb.Start, sentence.Start) is not { } subject)
            {
                continue;
            }

            return PartiesBefore(context, map, segment, sentence.Start) is var (one, other)
                ? new Attribution(one, verb, subject, false, CoSpeaker: (other, subject))
                : null;
        }

        return null;
    }

    /// <summary>The reciprocal that ends right before a verb (but for adverbs) and opens its clause: at the sentence's start, or after a comma, dash or quote mark.</summary>
    private static TextSpan? ReciprocalBefore(StatementContext context, int verbStart, int sentenceStart)
    {
        var text = context.Text;
        var end = SkipAdverbsBack(context, verbStart, sentenceStart);
        while (end > sentenceStart && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        foreach (var reciprocal in context.Speech.Reciprocals)
        {
            var start = end - reciprocal.Length;
            if (start < sentenceStart || !text.AsSpan(start, reciprocal.Length).Equals(reciprocal, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var before = start;
            while (before > sentenceStart && char.IsWhiteSpace(text[before - 1]))
            {
                before--;
            }

            if (before == sentenceStart || context.Speech.IsComma(text[before - 1]) || text[before - 1] is '—' or '–' || context.Speech.Quotes.IsQuoteMark(text[before - 1]))
            {
                return TextSpan.FromBounds(start, end);
            }
        }

        return null;
    }

    /// <summary>
    /// The two parties named together nearest before <paramref name="offset"/>: in the sentences before it, nearest
    /// first, the first that names catalog people of two countries; its first person and the first of another country after.
    /// </summary>
    private (string One, string Other)? PartiesBefore(StatementContext context, SegmentMap map, int segment, int offset)
    {
        var seen = 0;
        for (var s = segment; s >= 0 && seen < MaxSentencesBack && offset - map.Segments[s].Span.End <= MaxReciprocalDistance; s--)
        {
            if (!SegmentMap.IsArticleText(map.Segments[s].Kind))
            {
                continue;
            }

            var sentences = map.SentencesOf(s);
            for (var i = FirstSentenceEndingAfter(sentences, offset) - 1; i >= 0 && seen < MaxSentencesBack; i--)
            {
                var sentence = sentences[i];
                if (offset - sentence.End > MaxReciprocalDistance)
                {
                    return null;
                }

                seen++;
                if (PartiesIn(context, sentence) is { } parties)
                {
                    return parties;
                }
            }
        }

        return null;
    }

    private (string One, string Other)? PartiesIn(StatementContext context, TextSpan sentence)
    {
        var mentions = context.Mentions;
        (string Id, string Country)? first = null;
        for (var i = SortedSpans.LowerBound(mentions, sentence.Start); i < mentions.Count && mentions[i].Span.Start < sentence.End; i++)
        {
            if (mentions[i].Kind != EntityKind.Person || _catalog.Find<Person>(mentions[i].Id) is not { } person)
            {
                continue;
            }

            if (first is null)
            {
                first = (person.Id, person.CountryId);
            }
            else if (!string.Equals(first.Value.Country, person.CountryId, StringComparison.Ordinal))
            {
                return (first.Value.Id, person.Id);
            }
        }

        return null;
    }
}
