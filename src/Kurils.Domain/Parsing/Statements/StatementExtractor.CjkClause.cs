using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Statements;

// Reported speech in the languages written without spaces or with topic particles: "普京5日表示，…", "푸틴 대통령은 …고 말했다".
internal sealed partial class StatementExtractor
{
    /// <summary>
    /// "普京5日表示，…": in a language written without spaces, the speaker, perhaps a date, the verb, then what was said.
    /// </summary>
    private static (string? Speaker, TextSpan? SpeakerSpan, TextSpan Cue, TextSpan Clause, TextSpan? Name)? InlineVerbClause(StatementContext context, TextSpan sentence)
    {
        var text = context.Text;
        var body = text.AsSpan(sentence.Start, sentence.Length);
        foreach (var verb in context.Speech.InlineVerbs)
        {
            var at = body.IndexOf(verb, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            // The speaker ends at most a short date ("5日") before the verb, with nobody else named between.
            var speaker = context.LastPersonBetween(sentence.Start, sentence.Start + at);
            if (speaker is not { Speaker: not null } || sentence.Start + at - speaker.Value.Span.End > 4)
            {
                // "俄罗斯外交部表示，…": an institution right before the verb speaks as one.
                speaker = context.InstitutionBefore(sentence.Start, sentence.Start + at) ?? speaker;
            }

            if (speaker is { Speaker: { } who, Span: var span } && (sentence.Start + at - span.End <= 4 || context.IsInstitution(who)))
            {
                var clause = Trimmed(text, sentence.Start + at + verb.Length, sentence.End);
                while (clause.Length > 0 && text[clause.Start] is '：' or ':' or '，')
                {
                    clause = Trimmed(text, clause.Start + 1, clause.End);
                }

                return clause.Length > 0 ? (who, span, new TextSpan(sentence.Start + at, verb.Length), clause, null) : null;
            }

            // "铃木转达了…，并解释说，…": after a comma and an adverb the verb continues the person the sentence opens with.
            if (OpeningSubjectContinued(context, sentence, sentence.Start + at) is var (opener, openerSpan))
            {
                var clause = Trimmed(text, sentence.Start + at + verb.Length, sentence.End);
                while (clause.Length > 0 && text[clause.Start] is '：' or ':' or '，')
                {
                    clause = Trimmed(text, clause.Start + 1, clause.End);
                }

                return clause.Length > 0 ? (opener, openerSpan, new TextSpan(sentence.Start + at, verb.Length), clause, null) : null;
            }

            // "他表示，…", "这位部长表示，…", "随后表示，…": a pronoun or role opening the verb's clause, or no subject at all.
            var verbStart = sentence.Start + at;
            var next = verbStart + verb.Length;
            if (next < sentence.End && (text[next] is '：' or ':' || context.Speech.IsComma(text[next])))
            {
                (string? Speaker, TextSpan? Span, TextSpan? Name) subject = context.UnspacedSubject(sentence.Start, ClauseStart(context, sentence.Start, verbStart), verbStart) is { } found
                    ? (found.Speaker, found.Span, found.Name)
                    : context.SubjectlessContinued(sentence.Start, verbStart) is { } continued ? (continued.Speaker, continued.Span, continued.Name) : default;
                if (subject.Speaker is not null || subject.Name is not null)
                {
                    var clause = Trimmed(text, next + 1, sentence.End);
                    return clause.Length > 0 ? (subject.Speaker, subject.Span ?? subject.Name, new TextSpan(verbStart, verb.Length), clause, subject.Name) : null;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The person a sentence opens with, as the subject of a later verb that follows a comma and an adverb
    /// ("铃木转达了首相…的感受，并解释说"): the first mention starts the sentence and is a person or an office with its holder.
    /// </summary>
    private static (string Speaker, TextSpan Span)? OpeningSubjectContinued(StatementContext context, TextSpan sentence, int verbStart)
    {
        var text = context.Text;
        var adverb = context.Speech.AdverbEndingAt(text, verbStart, sentence.Start);
        if (adverb <= sentence.Start || text[adverb - 1] is not ('，' or ','))
        {
            return null;
        }

        var first = SortedSpans.LowerBound(context.Mentions, sentence.Start);
        if (first >= context.Mentions.Count || context.Mentions[first] is not { } mention || mention.Span.End >= adverb
            || !text.AsSpan(sentence.Start, mention.Span.Start - sentence.Start).IsWhiteSpace())
        {
            return null;
        }

        var speaker = mention.Kind == EntityKind.Person ? mention.Id : mention.Kind == EntityKind.Office ? mention.HolderId : null;
        return speaker is null ? null : (speaker, mention.Span);
    }

    /// <summary>
    /// "…푸틴 대통령은 …고 말했다": the speaker (perhaps with a title the catalog does not know, after a space) marked
    /// as the topic, what was said, then the particle and the verb.
    /// </summary>
    private static (string? Speaker, TextSpan? SpeakerSpan, TextSpan Cue, TextSpan Clause, TextSpan? Name)? SpacedTopicClause(StatementContext context, TextSpan sentence)
    {
        var text = context.Text;
        var at = -1;
        TextSpan verb = default;
        for (var i = sentence.Start + 1; i < sentence.End && at < 0; i++)
        {
            // Only the places a particle starts at are looked at.
            i = context.Speech.NextParticlePlace(text, i, sentence.End);
            if (i < sentence.End && context.Speech.VerbAfterParticle(text, i, sentence.End) is { } found)
            {
                at = i;
                verb = found.Verb;
            }
        }

        if (at < 0)
        {
            return null;
        }

        for (var i = SortedSpans.LowerBound(context.Mentions, sentence.Start); i < context.Mentions.Count && context.Mentions[i].Span.End <= at; i++)
        {
            var mention = context.Mentions[i];
            var speaker = mention.Kind == EntityKind.Person ? mention.Id : mention.Kind == EntityKind.Office ? mention.HolderId : null;
            var title = i + 1 < context.Mentions.Count && context.Mentions[i + 1].Kind == EntityKind.Office && context.Mentions[i + 1].Span.Start - mention.Span.End <= 1
                ? context.Mentions[i + 1] : null;
            var end = title?.Span.End ?? mention.Span.End;

            // A title the catalog does not know carries the particle: "푸틴 대통령은".
            if (end + 1 < text.Length && text[end] == ' ' && title is null)
            {
                var run = end + 1;
                while (run < text.Length && run - end <= 5 && char.IsLetter(text[run]) && Scripts.Of(text[run]) == Scripts.Of(text[end - 1]))
                {
                    run++;
                }

                end = run > end + 1 && context.Speech.TopicMarkerAt(text, run - 1, run) > 0 ? run - 1 : end;
            }

            var marker = end < at ? context.Speech.TopicMarkerAt(text, end, at) : 0;
            if (speaker is null || marker == 0 || !Scripts.SeparatesWords(Scripts.Of(text[end])))
            {
                continue;
            }

            var clause = Trimmed(text, end + marker, at);
            return clause.Length > 0 ? (speaker, mention.Span, verb, clause, null) : null;
        }

        return null;
    }

    /// <summary>
    /// "普京说：“…”", "普京5日在记者会上表示：“…”", "亚历山德拉诺娃安慰我说：“…”", "“…，”普京说。": in a language written without
    /// spaces, a speech verb right before a quotation (a colon or comma between, or the quotation closing the clause) or
    /// closing the clause right after a quotation that opens it; the speaker opens the verb's clause
    /// (<see cref="StatementContext.UnspacedSubject"/>).
    /// </summary>
    private static Attribution InlineVerbAtQuote(StatementContext context, TextSpan sentence, List<Quote> quotes)
    {
        var text = context.Text;
        foreach (var quote in quotes)
        {
            if (quote.Open < sentence.Start)
            {
                continue;
            }

            var end = quote.Open;
            while (end > sentence.Start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            var separated = end > sentence.Start && (text[end - 1] is '：' or ':' || context.Speech.IsComma(text[end - 1]));
            end = separated ? end - 1 : end;
            if ((separated || ClosesClause(context, quote, sentence.End)) && context.Speech.InlineVerbEndingAt(text, end, sentence.Start) is { } verb
                && !InsideAny(quotes, verb.Start)
                && context.UnspacedSubject(sentence.Start, ClauseStart(context, sentence.Start, verb.Start), verb.Start) is { } before)
            {
                return new Attribution(before.Speaker, verb, before.Span, before.ByPronoun, before.Name);
            }

            // "…。随后表示：“…”": no subject at all; the sentence continues the topic or the last speaker.
            if ((separated || ClosesClause(context, quote, sentence.End)) && context.Speech.InlineVerbEndingAt(text, end, sentence.Start) is { } bare
                && !InsideAny(quotes, bare.Start) && context.SubjectlessContinued(sentence.Start, bare.Start) is { } continued)
            {
                return new Attribution(continued.Speaker, bare, continued.Span, continued.ByPronoun, continued.Name);
            }

            if (OpensClause(context, quote, sentence.Start) && !IsQuotedTerm(text, quote.Inner) && InlineSpeechAfter(context, quote.Close + 1, sentence) is { } after)
            {
                return after;
            }
        }

        return default;
    }

    /// <summary>
    /// "…，”普京说。": after a quotation, the clause up to the next comma or the sentence's end that is a speaker and a speech
    /// verb ending it; from <paramref name="from"/>, the offset after the quotation or the start of the sentence after it.
    /// </summary>
    private static Attribution? InlineSpeechAfter(StatementContext context, int from, TextSpan sentence)
    {
        var text = context.Text;
        while (from < sentence.End && (char.IsWhiteSpace(text[from]) || context.Speech.IsComma(text[from])))
        {
            from++;
        }

        var end = from;
        while (end < sentence.End && !IsClauseMark(context, text[end]))
        {
            end++;
        }

        while (end > from && (char.IsWhiteSpace(text[end - 1]) || char.IsPunctuation(text[end - 1])))
        {
            end--;
        }

        return context.Speech.InlineVerbEndingAt(text, end, from) is { Start: var at } verb && at > from
            && context.UnspacedSubject(sentence.Start, from, at) is { } subject
            ? new Attribution(subject.Speaker, verb, subject.Span, subject.ByPronoun, subject.Name)
            : null;
    }

    /// <summary>Where the clause holding <paramref name="verbStart"/> starts: after the last comma, colon, semicolon, stop or quotation mark before it.</summary>
    private static int ClauseStart(StatementContext context, int sentenceStart, int verbStart)
    {
        var i = verbStart;
        while (i > sentenceStart && !IsClauseMark(context, context.Text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static bool IsClauseMark(StatementContext context, char c) =>
        c is '：' or ':' or '；' or ';' or '。' or '！' or '？' or '!' or '?' || context.Speech.IsComma(c) || context.Speech.Quotes.IsQuoteMark(c);

    /// <summary>Whether only spaces stand between the start of the quotation's clause and its opening mark.</summary>
    private static bool OpensClause(StatementContext context, Quote quote, int sentenceStart)
    {
        var i = quote.Open;
        while (i > sentenceStart && char.IsWhiteSpace(context.Text[i - 1]))
        {
            i--;
        }

        return i == sentenceStart || IsClauseMark(context, context.Text[i - 1]);
    }

    /// <summary>Whether the quotation ends its clause: a comma, stop or the sentence's end follows its closing mark.</summary>
    private static bool ClosesClause(StatementContext context, Quote quote, int sentenceEnd)
    {
        var i = quote.Close + 1;
        while (i < sentenceEnd && char.IsWhiteSpace(context.Text[i]))
        {
            i++;
        }

        return i >= sentenceEnd || IsClauseMark(context, context.Text[i]);
    }

    /// <summary>
    /// "「…」と述べ、抗議したことを明らかにした", "「…」と語った上で、…と強調した": after the verb of a quotation, in its connective form
    /// and a comma, a second clause that ends in a particle and a verb reports more of what the same speaker said; null when
    /// the second clause names a subject of its own or holds a quotation.
    /// </summary>
    private static (TextSpan Clause, TextSpan Verb)? ChainedClause(StatementContext context, TextSpan sentence, Quote quote)
    {
        const int MaxEnding = 4; // the verb's connective ending before the comma: 述べ、, 語った上で、
        var text = context.Text;
        if (quote.Close + 1 >= sentence.End || context.Speech.VerbAfterParticle(text, quote.Close + 1, sentence.End) is not { Verb: var first })
        {
            return null;
        }

        var comma = first.End;
        while (comma < sentence.End && comma - first.End < MaxEnding && char.IsLetter(text[comma]))
        {
            comma++;
        }

        if (comma >= sentence.End || !context.Speech.IsComma(text[comma]))
        {
            return null;
        }

        var start = comma + 1;
        for (var i = start + 1; i < sentence.End; i++)
        {
            if (context.Speech.Quotes.IsQuoteMark(text[i]))
            {
                return null;
            }

            if (context.Speech.VerbAfterParticle(text, i, sentence.End) is not { } particle)
            {
                continue;
            }

            // A longer particle may end where this one does: the こと of "抗議したことを明らかにした", not its と.
            while (i - 1 > start && context.Speech.VerbAfterParticle(text, i - 1, sentence.End) is { } longer && longer.Verb == particle.Verb)
            {
                particle = longer;
                i--;
            }

            var clause = Trimmed(text, start, i);
            return clause.Length > 0 && context.TopicBefore(start, i) is null && context.UnknownTopic(start, i) is null ? (clause, particle.Verb) : null;
        }

        return null;
    }
}
