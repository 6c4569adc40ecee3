namespace Kurils.Domain.Parsing.Statements;

// Attribution: the speech verb of a sentence and its subject (before the verb, after it, the sentence's topic, a continued speaker).
internal sealed partial class StatementExtractor
{
    /// <summary>
    /// A speech verb and its speaker: a catalog id, or the name as written of a person the catalog lacks. With no speaker,
    /// <paramref name="Orphan"/> is a speech verb the sentence has whose subject names no one ("a spokesman said"): not the
    /// statement's verb, but the reason it is left without a speaker; <paramref name="Described"/> the words of that subject.
    /// <paramref name="CoSpeaker"/> is a second catalog person joined to the speaker as subject of the same verb ("Yeltsin and
    /// Hashimoto told reporters"): each of them said it.
    /// </summary>
    private readonly record struct Attribution(
        string? Speaker, TextSpan? Verb, TextSpan? SpeakerSpan, bool ByPronoun, TextSpan? Name = null, TextSpan? Orphan = null, TextSpan? Described = null,
        (string Id, TextSpan Span)? CoSpeaker = null);

    /// <summary>Finds the speech verb of a sentence and its subject, outside any quotation in it.</summary>
    /// <param name="context">What the extractor knows.</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="quotes">The quotations in it.</param>
    /// <param name="clauseVerbsOnly">Only verbs that introduce a reported clause ("said", not "called … “regrettable”").</param>
    private static Attribution FindAttribution(StatementContext context, TextSpan sentence, List<Quote> quotes, bool clauseVerbsOnly = false)
    {
        var text = context.Text;
        TextSpan? firstVerb = null;
        foreach (var (word, verb) in context.VerbsIn(sentence))
        {
            if (InsideAny(quotes, word.Start) || (clauseVerbsOnly && !context.Speech.IntroducesClause(text.AsSpan(verb.Start, verb.Length))))
            {
                continue;
            }

            // A person of an institution, described: "Представитель Кремля заявил", "A Kremlin spokesman said" (not the Kremlin).
            if (context.DescribedMemberBefore(verb.Start, sentence.Start) is { } member)
            {
                return new Attribution(null, null, null, false, Orphan: verb, Described: member);
            }

            // Subject before the verb ("Putin said", "Kato told", "He noted", "the Chief Cabinet Secretary said").
            if (context.SubjectBefore(verb.Start, sentence.Start) is { } before)
            {
                var co = before is { ByPronoun: false, Speaker: { } one } ? context.CoSubjectBefore(before.Span, sentence.Start, one) : null;
                return new Attribution(before.Speaker, verb, before.Span, before.ByPronoun, before.Name, CoSpeaker: co);
            }

            // A person the catalog lacks, by name right before the verb: "Former islander Iwao Kondo said".
            if (context.NameBefore(verb.Start, sentence.Start) is { } nameBefore)
            {
                return new Attribution(null, verb, nameBefore, false, nameBefore);
            }

            // A role described before the verb: "The minister said", "El mandatario recordó" (epithets are mentions already).
            var clauseOpening = context.ClauseOpeningBefore(verb.Start, sentence.Start);
            if (clauseOpening is { } opening)
            {
                // "The ministry said", "Министерство заявило": an institution named before, by a noun of its kind.
                if (context.InstitutionAnaphor(opening) is { } again)
                {
                    return new Attribution(again.Speaker, verb, again.Span, false);
                }

                if (context.RoleAntecedent(opening) is { } roleBefore)
                {
                    return new Attribution(roleBefore.Speaker, verb, opening, roleBefore.Speaker is not null, roleBefore.Speaker is null ? roleBefore.Name : null);
                }

                // "…,” a spokesman said.": someone the article has not named; no earlier speaker continues.
                if (context.OpensIndefinite(opening))
                {
                    return new Attribution(null, null, null, false, Orphan: verb, Described: opening);
                }
            }

            // A role deep in the sentence, right before its verb: "5 июня на встрече … президент заявил" (not the earlier speaker
            // when the role does not agree with them).
            if (context.RoleRightBefore(verb.Start, sentence.Start) is var (role, qualified))
            {
                // "The prime minister said" after Lavrov: the whole description agreed with no one; its last word alone does not.
                if (clauseOpening is { } whole && whole.Contains(role) && whole != role)
                {
                    return new Attribution(null, null, null, false, Orphan: verb, Described: whole);
                }

                return !qualified && context.RoleAntecedent(role) is { } roleHolder
                    ? new Attribution(roleHolder.Speaker, verb, role, roleHolder.Speaker is not null, roleHolder.Speaker is null ? roleHolder.Name : null)
                    : new Attribution(null, null, null, false, Orphan: verb, Described: role);
            }

            // A second verb of the same subject: "Hayashi called the remarks “regrettable” and said Japan …".
            if (context.SentenceSubject(sentence.Start, verb.Start) is { } subject)
            {
                return new Attribution(subject.Speaker, verb, subject.Span, false);
            }

            // An institution the sentence opens with: "The Kremlin on Wednesday said", "В МИД России заявили".
            if (context.InstitutionSubject(sentence.Start, verb.Start) is { } institution)
            {
                return new Attribution(institution.Speaker, verb, institution.Span, false);
            }

            // A verb that opens its sentence, its subject right after it: "وأضاف لافروف خلال المؤتمر الصحفي «…»", "Said Putin: …".
            if (OpensSentence(context, verb.Start, sentence.Start) && context.SubjectRightAfter(verb.End, sentence.End) is { } first)
            {
                return new Attribution(first.Speaker, verb, first.Span, false, CoSpeaker: first.Speaker is { } one ? context.CoSubjectAfter(first.Span, sentence.End, one) : null);
            }

            // "وقال الخبير في الشؤون الروسية أحمد سالم إن …": in a script without capitals, a name the catalog lacks after a role.
            if (OpensSentence(context, verb.Start, sentence.Start) && context.CaselessNameAfterRole(verb.End, sentence.End) is { } caseless)
            {
                return new Attribution(null, verb, caseless, false, caseless);
            }

            // "وأضافت الوزارة أن …": the verb first, then a noun naming an institution again.
            if (OpensSentence(context, verb.Start, sentence.Start) && context.InstitutionAnaphorAfter(verb.End, sentence.End) is { } institutionAfter)
            {
                return new Attribution(institutionAfter.Speaker, verb, institutionAfter.Span, false);
            }

            // "وقال الوزير إنه …": a role right after a verb that opens the sentence stands for the person named before.
            if (OpensSentence(context, verb.Start, sentence.Start) && context.RoleRightAfter(verb.End, sentence.End) is { } roleAfterVerb
                && context.RoleAntecedent(roleAfterVerb) is { } roleHolderAfter)
            {
                return new Attribution(roleHolderAfter.Speaker, verb, roleAfterVerb, roleHolderAfter.Speaker is not null, roleHolderAfter.Speaker is null ? roleHolderAfter.Name : null);
            }

            // Inverted, only right after a quote or a comma: "…,” said Putin", "…, заявил Мацуно"; or a back-reference: "Об этом заявил …";
            // or the word opening a clause of manner: "Как заявил Лавров, …", "Comme l'a déclaré M. Barrot, …".
            if (FollowsClauseEnd(context, verb.Start, sentence.Start) || FollowsBackReference(context, verb.Start, sentence.Start)
                || FollowsAsClause(context, verb.Start, sentence.Start))
            {
                if (context.SubjectAfter(verb.End, sentence.End, dates: context.Dates) is { } after)
                {
                    var co = after is { ByPronoun: false, Speaker: { } one } ? context.CoSubjectAfter(after.Span, sentence.End, one) : null;
                    return new Attribution(after.Speaker, verb, after.Span, after.ByPronoun, after.Name, CoSpeaker: co);
                }

                // "…», a ajouté le ministère", "— добавили в министерстве".
                if (context.InstitutionAnaphorAfter(verb.End, sentence.End) is { } again)
                {
                    return new Attribution(again.Speaker, verb, again.Span, false);
                }

                if ((context.NameAfter(verb.End, sentence.End) ?? context.NameClosingClause(verb.End, sentence.End) ?? context.NameAfterDescription(verb.End, sentence.End)) is { } nameAfter)
                {
                    return new Attribution(null, verb, nameAfter, false, nameAfter);
                }

                // "…», dijo un portavoz del gobierno": the verb has a subject of its own that names someone new; it
                // continues no earlier speaker.
                if (DescribedSubjectAfter(context, verb.End, sentence.End) is { } described)
                {
                    // "— заявил врио губернатора агентству": a role standing for the person named before.
                    if (context.RoleAntecedent(described) is { } roleAfter)
                    {
                        return new Attribution(roleAfter.Speaker, verb, described, roleAfter.Speaker is not null, roleAfter.Speaker is null ? roleAfter.Name : null);
                    }

                    if (context.OpensIndefinite(described))
                    {
                        return new Attribution(null, null, null, false, Orphan: verb, Described: described);
                    }
                }
            }

            firstVerb ??= verb;
        }

        if (!clauseVerbsOnly && SourceBeforeQuote(context, sentence, quotes) is { Verb: not null } sourced)
        {
            return sourced;
        }

        // Only languages written without spaces have inline verbs: the test here, not inside, spares the others compiling the rule.
        if (!clauseVerbsOnly && !context.Speech.InlineVerbs.IsEmpty && InlineVerbAtQuote(context, sentence, quotes) is { Verb: not null } inline)
        {
            return inline;
        }

        var particle = clauseVerbsOnly ? default : ParticleAttribution(context, sentence, quotes);
        if (particle.Verb is not null || firstVerb is not { } dropped)
        {
            return particle;
        }

        // A verb with no subject in a language that drops subjects: "Powinniśmy … - dodał.", "Al mismo tiempo comentó que …";
        // one whose subject is "I" or "we" ("Я сказал, что …" in a transcript turn) continues no one else.
        return !FirstPersonBefore(context, dropped.Start, sentence.Start) && context.DroppedSubject(sentence.Start, dropped) is { } continued
            ? new Attribution(continued.Speaker, dropped, null, false, continued.Name)
            : new Attribution(null, null, null, false, Orphan: dropped);
    }

    /// <summary>Whether a first-person pronoun stands right before the verb, but for adverbs ("Я сказал", "nous avons dit").</summary>
    private static bool FirstPersonBefore(StatementContext context, int verbStart, int sentenceStart)
    {
        var text = context.Text;
        var end = SkipAdverbsBack(context, verbStart, sentenceStart);
        while (end > sentenceStart && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '\'' or '’'))
        {
            end--;
        }

        var start = end;
        while (start > sentenceStart && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return end > start && context.Speech.IsFirstPerson(text.AsSpan(start, end - start));
    }

    /// <summary>
    /// The subject written after an inverted verb that is no name ("…, a spokesman said" inverted: "…», dijo un
    /// portavoz"): the words up to the end of the clause, when the first is not a preposition, complementizer or
    /// date that would open a circumstance or the clause itself ("dijo en Tokio", "comentó que").
    /// </summary>
    private static TextSpan? DescribedSubjectAfter(StatementContext context, int verbEnd, int sentenceEnd)
    {
        var text = context.Text;
        var words = Words.In(text, TextSpan.FromBounds(verbEnd, sentenceEnd));
        if (!words.MoveNext())
        {
            return null;
        }

        var first = words.Current;
        var between = text.AsSpan(verbEnd, first.Start - verbEnd);
        var word = text.AsSpan(first.Start, first.Length);
        if (!between.IsWhiteSpace() || context.Speech.IsPreposition(word) || context.Speech.IsComplementizer(word) || context.Speech.IsAdverb(word)
            || SortedSpans.LowerBound(context.Dates, first.Start) is var d && d < context.Dates.Count && context.Dates[d].Span.Start == first.Start)
        {
            return null;
        }

        var end = first.End;
        while (words.MoveNext() && text.AsSpan(end, words.Current.Start - end).IsWhiteSpace())
        {
            end = words.Current.End;
        }

        return TextSpan.FromBounds(first.Start, end);
    }

    /// <summary>
    /// "“…?” Putin said.": a quotation that ends its sentence with its own question or exclamation mark is attributed by
    /// the sentence right after it, when that opens with the attribution (subject and verb, or verb and subject).
    /// </summary>
    private static Attribution? TrailingAttribution(StatementContext context, TextSpan sentence, Quote quote, TextSpan next)
    {
        const int MaxGap = 16; // between the subject and its verb: adverbs ("Putin also said")
        var text = context.Text;
        if (!text.AsSpan(quote.Close + 1, sentence.End - quote.Close - 1).IsWhiteSpace() || !text.AsSpan(sentence.End, next.Start - sentence.End).IsWhiteSpace())
        {
            return null;
        }

        var found = FindAttribution(context, next, []);
        var inlined = false;
        if (found.Verb is null && InlineSpeechAfter(context, next.Start, next) is { } inline)
        {
            found = inline; // "“…。”普京说。", "“…。”俄罗斯外交部发言人扎哈罗娃说。": the whole clause is the speaker and the verb
            inlined = true;
        }

        if (found is not { Verb: { } verb, SpeakerSpan: { } subject } || (found.Speaker is null && found.Name is null))
        {
            return null;
        }

        // Only a dash may stand before the attribution: "— сказал Путин." (An unspaced clause was read whole: its office or
        // institution before the name is part of the subject.)
        var lead = Math.Min(subject.Start, verb.Start);
        foreach (var c in text.AsSpan(next.Start, lead - next.Start))
        {
            if (!inlined && !char.IsWhiteSpace(c) && c is not ('—' or '–' or '-'))
            {
                return null;
            }
        }

        var gap = subject.Start < verb.Start ? verb.Start - subject.End : subject.Start - verb.End;
        return gap <= MaxGap ? found : null;
    }

    /// <summary>Whether only adverbs, dashes and spaces stand before the verb in its sentence.</summary>
    private static bool OpensSentence(StatementContext context, int verbStart, int sentenceStart)
    {
        var text = context.Text;
        for (var i = SkipAdverbsBack(context, verbStart, sentenceStart) - 1; i >= sentenceStart; i--)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('—' or '–' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A sentence that announces a quotation to come, and its speaker: it ends in a colon after its verb ("Putin said:",
    /// "Sacharowa erklärte:"), or in an announcer after it ("Путин заявил следующее."), or an announcer stands before a
    /// verb of the kind that follows a quotation, the speaker the sentence's topic ("総理は、挨拶で次のように述べました。").
    /// </summary>
    private static Attribution? Announcement(StatementContext context, TextSpan sentence, Attribution attribution)
    {
        var text = context.Text;
        if (attribution is { Verb: { } verb } && (attribution.Speaker is not null || attribution.Name is not null)
            && (AnnouncesQuotation(text, verb, sentence) || EndsWithAnnouncer(context, verb.End, sentence.End)))
        {
            return attribution;
        }

        foreach (var announcer in context.Speech.Announcers)
        {
            var at = IgnoreCaseSearch.IndexOf(text.AsSpan(sentence.Start, sentence.Length), announcer);
            if (at < 0)
            {
                continue;
            }

            var start = sentence.Start + at;
            var i = start + announcer.Length;
            while (i < sentence.End && text[i] == ' ')
            {
                i++;
            }

            if (context.Speech.VerbAfterAt(text, i, sentence.End) is not { } announcing)
            {
                continue;
            }

            if (context.TopicBefore(sentence.Start, start) is { } topic)
            {
                return new Attribution(topic.Speaker, announcing, topic.Span, false);
            }

            if (context.UnknownTopic(sentence.Start, start) is { } unknown)
            {
                return new Attribution(null, announcing, unknown, false, unknown);
            }
        }

        return null;
    }

    /// <summary>Whether an announcer ("the following", "следующее") ends the sentence after the verb, but for its stop or colon.</summary>
    private static bool EndsWithAnnouncer(StatementContext context, int verbEnd, int sentenceEnd)
    {
        var text = context.Text;
        var end = sentenceEnd;
        while (end > verbEnd && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ':' or '：' or '。'))
        {
            end--;
        }

        foreach (var announcer in context.Speech.Announcers)
        {
            var start = end - announcer.Length;
            if (start >= verbEnd && text.AsSpan(start, announcer.Length).Equals(announcer, StringComparison.OrdinalIgnoreCase)
                && (start == 0 || !char.IsLetter(text[start - 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FollowsClauseEnd(StatementContext context, int verbStart, int sentenceStart)
    {
        var text = context.Text;
        var i = SkipAdverbsBack(context, verbStart, sentenceStart);
        while (i > sentenceStart && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i > sentenceStart && (text[i - 1] is ',' or '—' or '–' or '-' || context.Speech.Quotes.IsQuoteMark(text[i - 1]));
    }

    /// <summary>Where the adverbs and auxiliaries before a verb start ("…», a déclaré", "…», a également souligné").</summary>
    private static int SkipAdverbsBack(StatementContext context, int verbStart, int sentenceStart)
    {
        var text = context.Text;
        var i = verbStart;
        while (true)
        {
            var end = i;
            while (end > sentenceStart && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > sentenceStart && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (start == end || end == i || !context.Speech.IsAdverb(text.AsSpan(start, end - start)))
            {
                return i;
            }

            i = start;
        }
    }

    private static bool InsideAny(List<Quote> quotes, int offset)
    {
        foreach (var quote in quotes)
        {
            if (quote.Inner.Contains(offset))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// 「…」と述べた, “…”라고 말했다: the verb follows the quote and a particle; the speaker is the topic named before the
    /// quote, or before the first of several quotes in a row (「…」「…」と述べた). A quote the end of the text cuts off
    /// before its verb is the topic's too (ロコトフ市長は「…).
    /// </summary>
    private static Attribution ParticleAttribution(StatementContext context, TextSpan sentence, List<Quote> quotes)
    {
        foreach (var quote in quotes)
        {
            var after = quote.Close + 1;
            var particle = after < sentence.End ? context.Speech.VerbAfterParticle(context.Text, after, sentence.End) : null;
            if (particle is null && !quote.CutOff)
            {
                if (SubjectAfterParticle(context, sentence, quote) is { } inverted)
                {
                    return inverted;
                }

                continue;
            }

            var verb = particle?.Verb;
            var before = FirstOpen(quotes, sentence, quote);
            var person = context.TopicBefore(sentence.Start, before) ?? context.InstitutionAnaphorTopic(sentence.Start, before);
            // "러시아 외무부는 김 위원장이 … "…"이라고 부르며": the subject of the quotation's own clause, named after the topic.
            if (person is { } topicOfSentence && context.ClauseSubjectBefore(topicOfSentence.Span.End, before) is { } nearer
                && !string.Equals(nearer.Speaker, topicOfSentence.Speaker, StringComparison.Ordinal))
            {
                return new Attribution(nearer.Speaker, verb, nearer.Span, false, nearer.Name);
            }

            if (person is not null)
            {
                return new Attribution(person.Value.Speaker, verb, person.Value.Span, false);
            }

            // "그는 "…"고 말했다", "장관은 …", "同氏は「…」": a pronoun or role as the topic, for the person named before.
            if (context.ReferenceTopic(sentence.Start, before) is { } reference)
            {
                return new Attribution(reference.Speaker, verb, reference.Span, reference.ByPronoun, reference.Name);
            }

            if ((context.UnknownTopic(sentence.Start, before) ?? context.TitledTopic(sentence.Start, before)) is { } topic)
            {
                return new Attribution(null, verb, topic, false, topic);
            }

            if (verb is null)
            {
                return default;
            }

            var continued = context.ContinuedSpeaker(sentence.Start, before);
            return new Attribution(continued?.Speaker, verb, null, false, continued?.Name);
        }

        return default;
    }

    /// <summary>
    /// 「…」と林官房長官は8日の記者会見で述べた, “…”고 라브로프 장관은 말했다: the quotation and its particle open the
    /// sentence's clause, the speaker marked as topic or subject follows them, and a speech verb ends the sentence. Null
    /// when the words after the particle name no marked speaker first, or the sentence ends in no speech verb.
    /// </summary>
    private static Attribution? SubjectAfterParticle(StatementContext context, TextSpan sentence, Quote quote)
    {
        const int MaxLead = 2;   // between the particle and the speaker: a comma, a space
        const int MaxEnding = 8; // after the verb's stem: its ending and the sentence's stop (述べました。, 말했습니다.)
        var text = context.Text;
        var length = context.Speech.QuoteParticleAt(text, quote.Close + 1, sentence.End);
        if (length == 0)
        {
            return null;
        }

        var from = quote.Close + 1 + length;
        while (from < sentence.End && (text[from] == ' ' || context.Speech.IsComma(text[from])))
        {
            from++;
        }

        // The verb: the leftmost speech verb among the sentence's last characters, only its ending after it.
        TextSpan? verb = null;
        for (var i = sentence.End - 1; i > from && i >= sentence.End - MaxEnding; i--)
        {
            if (!char.IsLetter(text[i]) && !char.IsPunctuation(text[i]) && !char.IsWhiteSpace(text[i]))
            {
                break;
            }

            if (context.Speech.VerbAfterAt(text, i, sentence.End) is { } found && OnlyEndingAfter(text, found.End, sentence.End))
            {
                verb = found;
            }
        }

        if (verb is not { } speech)
        {
            return null;
        }

        var first = SortedSpans.LowerBound(context.Mentions, from);
        if (first >= context.Mentions.Count || context.Mentions[first].Span.Start - from > MaxLead || context.Mentions[first].Span.Start >= speech.Start)
        {
            return (context.UnknownTopic(from, speech.Start) ?? context.TitledTopic(from, speech.Start)) is { } unknown && unknown.Start - from <= MaxLead
                ? new Attribution(null, speech, unknown, false, unknown)
                : null;
        }

        return context.TopicBefore(from, speech.Start) is { } topic ? new Attribution(topic.Speaker, speech, topic.Span, false) : null;

        static bool OnlyEndingAfter(string text, int at, int end)
        {
            var letters = true;
            for (var i = at; i < end; i++)
            {
                if (char.IsLetter(text[i]))
                {
                    if (!letters)
                    {
                        return false;
                    }
                }
                else
                {
                    letters = false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// "…, según Putin, “…”", "selon Poutine : « … »", "по словам Путина, «…»": a source cue and a person right
    /// before a quotation, inside the sentence, name its speaker; the cue stands for the verb.
    /// </summary>
    private static Attribution SourceBeforeQuote(StatementContext context, TextSpan sentence, List<Quote> quotes)
    {
        var text = context.Text;
        foreach (var quote in quotes)
        {
            var end = quote.Open;
            while (end > sentence.Start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ':'))
            {
                end--;
            }

            if (context.LastPersonBetween(sentence.Start, end) is not { } person || person.Span.End != end)
            {
                continue;
            }

            var before = text.AsSpan(sentence.Start, person.Span.Start - sentence.Start).TrimEnd();
            foreach (var cue in context.Speech.SourcesBefore)
            {
                var at = before.Length - cue.Length;
                if (at >= 0 && before.EndsWith(cue, StringComparison.OrdinalIgnoreCase) && (at == 0 || !char.IsLetter(before[at - 1])))
                {
                    return new Attribution(person.Speaker, new TextSpan(sentence.Start + at, cue.Length), person.Span, false);
                }
            }
        }

        return default;
    }

    /// <summary>Where the first quotation of the sentence up to <paramref name="quote"/> opens.</summary>
    private static int FirstOpen(List<Quote> quotes, TextSpan sentence, Quote quote)
    {
        foreach (var earlier in quotes)
        {
            if (earlier.Open >= sentence.Start && earlier.Open <= quote.Open)
            {
                return earlier.Open;
            }
        }

        return quote.Open;
    }
}
