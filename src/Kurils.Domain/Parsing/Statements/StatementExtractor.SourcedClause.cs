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

            if (Source(context, sentence.Start + prefix.Length, sentence.End) is not var (speaker, source, name))
            {
                continue;
            }

            // What was said follows the comma after the source and its appositions ("According to Ryoji Kudo, 50, of
            // the … Institute, the largest …"), or the source itself where the language writes none ("Laut Putin wird …").
            var comma = body[(source.End - sentence.Start)..].IndexOfAny(context.Speech.Commas);
            var from = comma >= 0 && text.AsSpan(source.End, comma).IsWhiteSpace() ? SkipAppositions(context, source.End + comma + 1, sentence.End) : source.End;
            var clause = Trimmed(text, from, sentence.End);
            if (from == source.End && Words.Count(text, clause) < 3)
            {
                continue;
            }

            return clause.Length > 0 ? (speaker, source, new TextSpan(sentence.Start, prefix.Length), clause, name) : null;
        }

        // "По его словам, …", "According to him, …": the source is the last speaker.
        foreach (var cue in context.Speech.PronounSources)
        {
            if (!body.StartsWith(cue, StringComparison.OrdinalIgnoreCase) || body.Length <= cue.Length || char.IsLetter(body[cue.Length])
                || context.LastSpeakerNear(sentence.Start) is not var (speaker, name))
            {
                continue;
            }

            var clause = Trimmed(text, sentence.Start + cue.Length, sentence.End);
            return Words.Count(text, clause) >= 3 ? (speaker, null, new TextSpan(sentence.Start, cue.Length), clause, name) : null;
        }

        foreach (var cue in context.Speech.SourcesAfter)
        {
            var source = body.IndexOf(cue, StringComparison.Ordinal);
            // "外務省によると、…": an institution right before the cue is the source too.
            if (source > 0 && (context.LastPersonBetween(sentence.Start, sentence.Start + source) ?? context.InstitutionBefore(sentence.Start, sentence.Start + source))
                is { Speaker: { } named } person)
            {
                var clause = Trimmed(text, sentence.Start + source + cue.Length, sentence.End);
                return clause.Length > 0 ? (named, person.Span, new TextSpan(sentence.Start + source, cue.Length), clause, null) : null;
            }
        }

        // The rules of languages without spaces (inline verbs) or with topic particles are tested for here, so that
        // an article in another language does not compile them at its first parse.
        if (!context.Speech.InlineVerbs.IsEmpty && InlineVerbClause(context, sentence) is { } inline)
        {
            return inline;
        }

        // Quotation-less reported speech that ends in a particle and a verb: the topic (林官房長官は), then the
        // clause, then と and the verb.
        // (Only the places a particle starts at are looked at.)
        for (var i = body.Length - 2; i > 0; i--)
        {
            i = context.Speech.PreviousParticlePlace(text, sentence.Start + i, sentence.Start + 1) - sentence.Start;
            if (i <= 0 || context.Speech.VerbAfterParticle(text, sentence.Start + i, sentence.End) is not { } particle)
            {
                continue;
            }

            // A longer particle may end where this one does: the こと of "抗議したことを明らかにした", not its と.
            while (i > 1 && context.Speech.VerbAfterParticle(text, sentence.Start + i - 1, sentence.End) is { } longer && longer.Verb == particle.Verb)
            {
                particle = longer;
                i--;
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

            // "同省は…と発表した", "동 부처는 …고 덧붙였다": a noun naming again the institution of its kind named shortly before.
            if (context.InstitutionAnaphorTopic(sentence.Start, sentence.Start + i) is { } again)
            {
                if (again.Speaker is null)
                {
                    break; // no institution of its kind named shortly before: not the previous speaker's words either
                }

                var topicEnd = again.Span.End + context.Speech.TopicMarkerAt(text, again.Span.End, sentence.Start + i);
                var clause = Trimmed(text, topicEnd, sentence.Start + i);
                return clause.Length > 0 ? (again.Speaker, again.Span, particle.Verb, clause, null) : null;
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

            // A titled name the catalog does not know, in a language written with spaces: "김영수 교수는 …고 말했다".
            if (context.TitledTopic(sentence.Start, sentence.Start + i, out var titledEnd) is { } titled)
            {
                var clause = Trimmed(text, titledEnd, sentence.Start + i);
                return clause.Length > 0 ? (null, titled, particle.Verb, clause, titled) : null;
            }

            // A pronoun or role as the topic stands for the person named before: "그는 …라고 거듭 강조했다", "彼は…と述べた", "장관은 …".
            if (context.ReferenceTopic(sentence.Start, sentence.Start + i) is { } reference)
            {
                if (reference.Speaker is null && reference.Name is null)
                {
                    break; // a pronoun or role that fits no one named: not another speaker's either
                }

                var topicEnd = reference.Span.End + context.Speech.TopicMarkerAt(text, reference.Span.End, sentence.Start + i);
                var clause = Trimmed(text, topicEnd, sentence.Start + i);
                return clause.Length > 0 ? (reference.Speaker, reference.Span, particle.Verb, clause, reference.Name) : null;
            }

            // No subject: the sentence continues the previous speaker ("その上で…と指摘した").
            if (context.ContinuedSpeaker(sentence.Start, sentence.Start + i) is { } continued)
            {
                var clause = Trimmed(text, sentence.Start, sentence.Start + i);
                return clause.Length > 0 ? (continued.Speaker, null, particle.Verb, clause, continued.Name) : null;
            }

            break;
        }

        return context.Speech.QuoteParticles.IsEmpty ? null : SpacedTopicClause(context, sentence);
    }
    /// <summary>
    /// The source named after a cue: a person or office the catalog knows ("Laut Putin"), a person it does not know
    /// ("According to Ryoji Kudo"), or a role standing for someone named before ("За словами представника уряду").
    /// </summary>
    private static (string? Speaker, TextSpan Span, TextSpan? Name)? Source(StatementContext context, int from, int end)
    {
        if (context.SubjectAfter(from, end, context.Dates) is { } who)
        {
            return who is { Speaker: { } speaker, ByPronoun: false } ? (speaker, who.Span, null) : null;
        }

        // "Menurut Menteri Luar Negeri Rusia Sergei Lavrov, …": a catalog person whose name closes the source, after a
        // description the catalog does not hold as an office.
        var closing = context.Text.AsSpan(from, end - from).IndexOfAny(context.Speech.Commas);
        if (closing > 0 && context.LastPersonBetween(from, from + closing) is { Speaker: { } described, Span: var named }
            && context.Text.AsSpan(named.End, from + closing - named.End).IsWhiteSpace())
        {
            return (described, named, null);
        }

        // "According to Ryoji Kudo", "Según el experto Javier Moreno, …": the name, after its description if it has one.
        if ((context.NameAfter(from, end) ?? context.NameAfterDescription(from, end)) is { } name)
        {
            return (null, name, name);
        }

        var text = context.Text;
        var comma = text.AsSpan(from, end - from).IndexOfAny(context.Speech.Commas);
        if (comma <= 0)
        {
            return null;
        }

        var description = Trimmed(text, from, from + comma);
        return description.Length > 0 && context.RoleAntecedent(description) is { } role && (role.Speaker is not null || role.Name is not null)
            ? (role.Speaker, description, role.Speaker is null ? role.Name : null)
            : null;
    }

    /// <summary>
    /// Past the appositions of a source between commas: an age ("50"), a place or body after a preposition or an
    /// affiliation word ("of the Nemuro City Fisheries Research Institute"); at most two, each short and closed by a comma.
    /// </summary>
    private static int SkipAppositions(StatementContext context, int from, int end)
    {
        const int MaxAppositions = 2;
        const int MaxLength = 80;
        var text = context.Text;
        for (var n = 0; n < MaxAppositions; n++)
        {
            var start = from;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            var comma = text.AsSpan(start, Math.Min(end, start + MaxLength) - start).IndexOfAny(context.Speech.Commas);
            if (comma <= 0 || start >= end)
            {
                return from;
            }

            var wordEnd = start;
            while (wordEnd < end && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            var age = !text.AsSpan(start, comma).Trim().ContainsAnyExcept("0123456789");
            var phrase = wordEnd > start && (context.Speech.IsPreposition(text.AsSpan(start, wordEnd - start)) || context.Speech.IsAffiliation(text.AsSpan(start, wordEnd - start)));
            if (!age && !phrase)
            {
                return from;
            }

            from = start + comma + 1;
        }

        return from;
    }
}
