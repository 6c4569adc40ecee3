namespace Kurils.Domain.Parsing.Statements;

// Reported speech introduced by a source rather than a verb before it ("According to Lavrov, …", "林官房長官によると、…"), and the Japanese と-clause.
internal sealed partial class StatementExtractor
{
    /// <summary>
    /// Reported speech without a speech verb before it: "According to Lavrov, …", "По словам Путина, …",
    /// "林官房長官によると、…", and the Japanese clause that ends in と and a speech verb ("林官房長官は、…と述べた").
    /// </summary>
    private static (string? Speaker, TextSpan? SpeakerSpan, TextSpan Cue, TextSpan Clause, TextSpan? Name)? SourcedClause(StatementContext context, TextSpan sentence)
    {
        var text = context.Text;
        var body = text.AsSpan(sentence.Start, sentence.Length);
        foreach (var prefix in context.Speech.SourcesBefore)
        {
            // The cue opens the sentence and ends a word: "According to Lavrov, …".
            if (!body.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || body.Length <= prefix.Length || char.IsLetter(body[prefix.Length]))
            {
                continue;
            }

            var who = context.SubjectAfter(sentence.Start + prefix.Length, sentence.End, context.Dates);
            if (who is not { Speaker: { } speaker, ByPronoun: false, Span: var source })
            {
                continue;
            }

            // What was said follows the comma after the source ("According to Lavrov, …"), or the source itself
            // where the language writes none ("Laut Putin wird Russland …").
            var comma = body.IndexOf(',');
            var from = comma > 0 && sentence.Start + comma > source.Start ? sentence.Start + comma + 1 : source.End;
            var clause = Trimmed(text, from, sentence.End);
            if (from == source.End && Words.Count(text, clause) < 3)
            {
                continue;
            }

            return clause.Length > 0 ? (speaker, source, new TextSpan(sentence.Start, prefix.Length), clause, null) : null;
        }

        foreach (var cue in context.Speech.SourcesAfter)
        {
            var source = body.IndexOf(cue, StringComparison.Ordinal);
            if (source > 0 && context.LastPersonBetween(sentence.Start, sentence.Start + source) is { Speaker: { } named } person)
            {
                var clause = Trimmed(text, sentence.Start + source + cue.Length, sentence.End);
                return clause.Length > 0 ? (named, person.Span, new TextSpan(sentence.Start + source, cue.Length), clause, null) : null;
            }
        }

        if (InlineVerbClause(context, sentence) is { } inline)
        {
            return inline;
        }

        // Quotation-less reported speech that ends in a particle and a verb: the topic (林官房長官は), then the
        // clause, then と and the verb.
        for (var i = body.Length - 2; i > 0; i--)
        {
            if (context.Speech.VerbAfterParticle(text, sentence.Start + i, sentence.End) is not { } particle)
            {
                continue;
            }

            if (context.TopicBefore(sentence.Start, sentence.Start + i) is { Speaker: { } topic } speakerAt)
            {
                var start = speakerAt.Span.End;
                var marker = 0;
                while (start < sentence.Start + i && (marker = context.Speech.TopicMarkerAt(text, start, sentence.Start + i)) == 0)
                {
                    start++;
                }

                var clause = Trimmed(text, start + Math.Max(marker, 1), sentence.Start + i);
                return clause.Length > 0 ? (topic, speakerAt.Span, particle.Verb, clause, null) : null;
            }

            // A topic the catalog does not know: "阿部稔店主は…と話した".
            if (context.UnknownTopic(sentence.Start, sentence.Start + i) is { } unknown)
            {
                var markerEnd = unknown.End;
                while (markerEnd < sentence.Start + i && context.Speech.TopicMarkerAt(text, markerEnd, sentence.Start + i) == 0)
                {
                    markerEnd++;
                }

                var clause = Trimmed(text, markerEnd + 1, sentence.Start + i);
                return clause.Length > 0 ? (null, unknown, particle.Verb, clause, unknown) : null;
            }

            // No subject: the sentence continues the previous speaker ("その上で…と指摘した").
            if (context.ContinuedSpeaker(sentence.Start, sentence.Start + i) is { } continued)
            {
                var clause = Trimmed(text, sentence.Start, sentence.Start + i);
                return clause.Length > 0 ? (continued.Speaker, null, particle.Verb, clause, continued.Name) : null;
            }

            break;
        }

        return SpacedTopicClause(context, sentence);
    }
}
