using Kurils.Domain.Parsing.Mentions;
using Kurils.Domain.Parsing.Segmentation;

namespace Kurils.Domain.Parsing.Statements;

// Reported speech inside a quotation: "“Yesterday the prime minister said that Japan would …,” Putin told reporters" reports the prime minister.
internal sealed partial class StatementExtractor
{
    /// <summary>
    /// The reported speech a quotation holds, each with the subject its own clause names: in Putin's quotation
    /// "ayer el primer ministro [Shinzo Abe] dijo que Japón quisiera …" is Abe's. The quotation is read as a small
    /// article of its own, with only the people named inside it, so that a clause whose subject is the speaker
    /// ("I said", "we believe") or no one finds no speaker there and stays the quotation's words; a clause that names the
    /// enclosing speaker again is theirs already.
    /// </summary>
    /// <param name="speech">The speech words of the article's languages.</param>
    /// <param name="text">The article's text.</param>
    /// <param name="map">The segments and their sentences.</param>
    /// <param name="mentions">Every mention of the article, those inside quotations too, in <see cref="MentionOrder"/>.</param>
    /// <param name="dates">The article's dates.</param>
    /// <param name="quote">The quotation.</param>
    /// <param name="enclosing">The quotation's speaker (null when unknown).</param>
    /// <param name="statements">Where the statements found are added.</param>
    /// <param name="namesakes">The article's people the catalog lacks who share a catalog person's family name.</param>
    private void ReportedInsideQuote(
        SpeechLexicon speech, string text, SegmentMap map, List<Mention> mentions, IReadOnlyList<DateMention> dates, Quote quote, string? enclosing, List<ArticleStatement> statements,
        IReadOnlyList<Namesake> namesakes)
    {
        var inner = quote.Inner;
        List<Mention>? inside = null;
        for (var i = SortedSpans.LowerBound(mentions, inner.Start); i < mentions.Count && mentions[i].Span.Start < inner.End; i++)
        {
            if (mentions[i].Span.End <= inner.End && !mentions[i].InComment)
            {
                (inside ??= []).Add(mentions[i]);
            }
        }

        // Nobody named inside: whatever it reports is the speaker's own.
        if (inside is null || !inside.Exists(static m => m.Kind is EntityKind.Person or EntityKind.Office))
        {
            return;
        }

        var nested = new StatementContext(text, inside, dates, speech, _catalog, namesakes);
        for (var segment = Math.Max(map.SegmentOf(inner.Start), 0); segment < map.Segments.Length && map.Segments[segment].Span.Start < inner.End; segment++)
        {
            var sentences = map.SentencesOf(segment);
            for (var s = FirstSentenceEndingAfter(sentences, inner.Start); s < sentences.Length && sentences[s].Start < inner.End; s++)
            {
                var sentence = sentences[s];
                var from = Math.Max(sentence.Start, inner.Start);
                var to = Math.Min(sentence.End, inner.End);
                if (to - from < 2)
                {
                    continue;
                }

                var clipped = TextSpan.FromBounds(from, to);
                var found = NestedStatement(nested, clipped);
                if (found is var (speaker, speakerSpan, verb, clause, name) && (speaker is not null || name is not null)
                    && !string.Equals(speaker, enclosing, StringComparison.Ordinal))
                {
                    var date = nested.DateNear(clipped, clause, verb);
                    statements.Add(new ArticleStatement(StatementKind.Reported, speaker, clause, verb, speakerSpan, date, Link(speaker, date), name?.Of(text), name));
                }
            }
        }
    }

    /// <summary>The index of the first of the sorted, disjoint sentences that ends after <paramref name="offset"/> (their count when none does): a binary search, so each quotation costs a logarithm to place.</summary>
    private static int FirstSentenceEndingAfter(ReadOnlySpan<TextSpan> sentences, int offset)
    {
        int low = 0, high = sentences.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (sentences[mid].End <= offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>The reported clause of one sentence inside a quotation and its speaker, named inside the quotation.</summary>
    private static (string? Speaker, TextSpan? SpeakerSpan, TextSpan Verb, TextSpan Clause, TextSpan? Name)? NestedStatement(StatementContext nested, TextSpan sentence)
    {
        var reporting = FindAttribution(nested, sentence, [], clauseVerbsOnly: true);
        if (reporting is { Verb: { } verb } && (reporting.Speaker is not null || reporting.Name is not null))
        {
            var name = reporting.Speaker is null ? reporting.Name : null;
            return ReportedClause(nested, verb, reporting.SpeakerSpan ?? name, sentence, []) is { } clause
                ? (reporting.Speaker, reporting.SpeakerSpan ?? name, verb, clause, name)
                : null;
        }

        return SourcedClause(nested, sentence) is var (source, sourceSpan, cue, sourced, sourceName) ? (source, sourceSpan ?? sourceName, cue, sourced, sourceName) : null;
    }
}
