using System.Collections.Concurrent;
using System.Collections.Immutable;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing.Mentions;
using Kurils.Domain.Parsing.Segmentation;
using NodaTime;

namespace Kurils.Domain.Parsing.Statements;

/// <summary>
/// Finds statements in the article's body: direct quotations in every style, and reported speech ("Putin
/// said Russia does not refuse …", "He noted, however, that …"), each with its speaker, speech verb and date.
/// A speaker is named only when the text makes it clear: the subject of the speech verb, a pronoun that can
/// only mean the last speaker, or the quote's neighbour in the same paragraph. Otherwise it is left null.
/// </summary>
internal sealed class StatementExtractor
{
    private readonly KurilsCatalog _catalog;
    private readonly LanguagePacks _languages;

    // The speech words of each set of languages an article was found in, merged once.
    private readonly ConcurrentDictionary<string, SpeechLexicon> _lexicons = new(StringComparer.Ordinal);

    public StatementExtractor(KurilsCatalog catalog, LanguagePacks languages)
    {
        _catalog = catalog;
        _languages = languages;
    }

    /// <summary>The speech words of the article's languages; of every pack when none was identified.</summary>
    internal SpeechLexicon LexiconOf(ImmutableArray<LanguagePack> active)
    {
        var key = active.IsEmpty ? "" : string.Join(' ', active.Select(p => p.Code));
        return _lexicons.GetOrAdd(key, static (_, state) => new SpeechLexicon(state.Active.IsEmpty ? state.All : state.Active), (Active: active, All: _languages));
    }

    /// <summary>
    /// The statement stage: resolves the epithets ("the Russian leader"), then reads the statements of the body
    /// with the speakers the names and epithets give, resolving the pronouns that stand for a speaker. Fills
    /// <see cref="ParseContext.Statements"/> and <see cref="ParseContext.Anaphora"/> (the epithets and pronouns).
    /// </summary>
    public void Extract(ParseContext context)
    {
        var epithets = new List<Mention>();
        Epithets.Find(context, epithets);
        var pronouns = new List<Mention>();
        Extract(context.Text, context.Map, LexiconOf(context.Language.Active), context.NameMentions, epithets, context.Dates, context.Statements, pronouns);
        MentionOrder.Merge(epithets, pronouns, context.Anaphora);
    }

    /// <summary>
    /// Appends the statements of the body to <paramref name="statements"/> (in text order) and the pronouns
    /// resolved to their speaker to <paramref name="pronouns"/>; <paramref name="names"/> and
    /// <paramref name="epithets"/> are the mentions speakers are found among, each in <see cref="MentionOrder"/>.
    /// </summary>
    internal void Extract(
        string text, SegmentMap map, SpeechLexicon speech, IReadOnlyList<Mention> names, IReadOnlyList<Mention> epithets, IReadOnlyList<DateMention> dates,
        List<ArticleStatement> statements, List<Mention> pronouns)
    {
        var segments = map.Segments;
        var paragraphs = new List<(TextSpan Span, int Segment)>();
        for (var s = 0; s < segments.Length; s++)
        {
            if (segments[s].Kind == SegmentKind.Body && !segments[s].Content.IsEmpty)
            {
                paragraphs.Add((segments[s].Content, s));
            }
        }

        var spans = new List<TextSpan>(paragraphs.Count);
        foreach (var (span, _) in paragraphs)
        {
            spans.Add(span);
        }

        var quotes = speech.Quotes.Find(text, spans);
        var merged = new List<Mention>(names.Count + epithets.Count);
        MentionOrder.Merge(names, epithets, merged);
        var articleMentions = new List<Mention>(merged.Count);
        foreach (var mention in merged)
        {
            if (!mention.InComment)
            {
                articleMentions.Add(mention);
            }
        }

        var context = new StatementContext(text, articleMentions, dates, speech);
        var first = statements.Count;
        var quoteIndex = 0;
        var inSentence = new List<Quote>();
        foreach (var (paragraph, segment) in paragraphs)
        {
            string? lastSpeakerInParagraph = null;
            foreach (var sentence in map.SentencesOf(segment))
            {
                // Quotes that end in this sentence (a run-on quote is handled once, where it closes).
                inSentence.Clear();
                while (quoteIndex < quotes.Length && quotes[quoteIndex].Close < sentence.End)
                {
                    if (quotes[quoteIndex].Close >= sentence.Start || quotes[quoteIndex].Open >= paragraph.Start)
                    {
                        inSentence.Add(quotes[quoteIndex]);
                    }

                    quoteIndex++;
                }

                var attribution = FindAttribution(context, sentence, inSentence);
                foreach (var quote in inSentence)
                {
                    // "the so-called “Northern Territories”", “北方四岛”: a quoted term in a sentence nobody speaks in is not a statement.
                    if (attribution.Verb is null && IsQuotedTerm(text, quote.Inner))
                    {
                        continue;
                    }

                    var name = attribution.Speaker is null ? attribution.Name : null;
                    var speaker = attribution.Speaker ?? (name is null ? lastSpeakerInParagraph : null);
                    var date = context.DateNear(sentence, quote.Inner, attribution.Verb) ?? context.LastDateOf(speaker);
                    statements.Add(new ArticleStatement(
                        StatementKind.Direct, speaker, quote.Inner, attribution.Verb, attribution.SpeakerSpan ?? name, date, Link(speaker, date), name?.Of(text), name));
                    context.Remember(speaker, date, sentence.End, name);
                    lastSpeakerInParagraph = speaker ?? lastSpeakerInParagraph;
                }

                var reporting = inSentence.Count == 0 ? attribution : FindAttribution(context, sentence, inSentence, clauseVerbsOnly: true);
                if (reporting is { Verb: { } verb } && (reporting.Speaker is not null || reporting.Name is not null) && QuotesLeaveAClause(inSentence, sentence))
                {
                    var reporter = reporting.Speaker;
                    var name = reporter is null ? reporting.Name : null;
                    var reported = ReportedClause(context, verb, reporting.SpeakerSpan ?? name, sentence);
                    if (reported is { } clause && !InsideQuote(quotes, clause))
                    {
                        var date = context.DateNear(sentence, clause, verb) ?? context.LastDateOf(reporter);
                        statements.Add(new ArticleStatement(
                            StatementKind.Reported, reporter, clause, verb, reporting.SpeakerSpan ?? name, date, Link(reporter, date), name?.Of(text), name));
                        context.Remember(reporter, date, sentence.End, name);
                        lastSpeakerInParagraph = reporter ?? lastSpeakerInParagraph;
                    }
                }

                else if (inSentence.Count == 0 && SourcedClause(context, sentence) is var (source, sourceSpan, cue, clause, sourceName))
                {
                    var date = context.DateNear(sentence, clause, cue) ?? context.LastDateOf(source);
                    statements.Add(new ArticleStatement(
                        StatementKind.Reported, source, clause, cue, sourceSpan ?? sourceName, date, Link(source, date), sourceName?.Of(text), sourceName));
                    context.Remember(source, date, sentence.End, sourceName);
                    lastSpeakerInParagraph = source ?? lastSpeakerInParagraph;
                }

                if (attribution is { Speaker: { } who, SpeakerSpan: { } pronoun, ByPronoun: true })
                {
                    pronouns.Add(new Mention(EntityKind.Person, who, pronoun, segment, false, MentionMethod.Anaphora));
                }
            }
        }

        HeadlineStatement(context, segments, statements);
        statements.Sort(first, statements.Count - first, StatementOrder);
    }

    private static readonly Comparer<ArticleStatement> StatementOrder = Comparer<ArticleStatement>.Create((a, b) => a.Span.Start.CompareTo(b.Span.Start));

    private string? Link(string? speaker, LocalDate? date)
    {
        if (speaker is null || date is not { } d)
        {
            return null;
        }

        foreach (var statement in _catalog.Statements)
        {
            if (string.Equals(statement.SpeakerId, speaker, StringComparison.Ordinal) &&
                (Near(statement.Said, d) || (statement.Published is { } p && Near(p, d))))
            {
                return statement.Id;
            }
        }

        return null;

        static bool Near(LocalDate a, LocalDate b) => Math.Abs(Period.Between(a, b, PeriodUnits.Days).Days) <= 1;
    }

    private static bool InsideQuote(ImmutableArray<Quote> quotes, TextSpan span)
    {
        // Quotes are sorted and disjoint: only the last one opening at or before the span can hold it.
        var next = SortedSpans.LowerBound(quotes, span.Start + 1, static (Quote q) => q.Open);
        return next > 0 && span.Start <= quotes[next - 1].Close;
    }

/// <summary>A speech verb and its speaker: a catalog id, or the name as written of a person the catalog lacks.</summary>
    private readonly record struct Attribution(string? Speaker, TextSpan? Verb, TextSpan? SpeakerSpan, bool ByPronoun, TextSpan? Name = null);

    /// <summary>Finds the speech verb of a sentence and its subject, outside any quotation in it.</summary>
    /// <param name="context">What the extractor knows.</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="quotes">The quotations in it.</param>
    /// <param name="clauseVerbsOnly">Only verbs that introduce a reported clause ("said", not "called … “regrettable”").</param>
    private static Attribution FindAttribution(StatementContext context, TextSpan sentence, List<Quote> quotes, bool clauseVerbsOnly = false)
    {
        var text = context.Text;
        TextSpan? firstVerb = null;
        foreach (var word in Words.In(text, sentence))
        {
            if (InsideAny(quotes, word.Start))
            {
                continue;
            }

            if (context.Speech.VerbEndingAt(text, word, sentence.Start) is not { } verb
                || (clauseVerbsOnly && !context.Speech.IntroducesClause(text.AsSpan(verb.Start, verb.Length))))
            {
                continue;
            }

            // Subject before the verb ("Putin said", "Kato told", "He noted", "the Chief Cabinet Secretary said").
            if (context.SubjectBefore(verb.Start, sentence.Start) is { } before)
            {
                return new Attribution(before.Speaker, verb, before.Span, before.ByPronoun);
            }

            // A person the catalog lacks, by name right before the verb: "Former islander Iwao Kondo said".
            if (context.NameBefore(verb.Start, sentence.Start) is { } nameBefore)
            {
                return new Attribution(null, verb, nameBefore, false, nameBefore);
            }

            // A second verb of the same subject: "Hayashi called the remarks “regrettable” and said Japan …".
            if (context.SentenceSubject(sentence.Start, verb.Start) is { } subject)
            {
                return new Attribution(subject.Speaker, verb, subject.Span, false);
            }

            // Inverted, only right after a quote or a comma: "…,” said Putin", "…, заявил Мацуно".
            if (FollowsClauseEnd(context, verb.Start, sentence.Start))
            {
                if (context.SubjectAfter(verb.End, sentence.End, dates: context.Dates) is { } after)
                {
                    return new Attribution(after.Speaker, verb, after.Span, after.ByPronoun);
                }

                if (context.NameAfter(verb.End, sentence.End) is { } nameAfter)
                {
                    return new Attribution(null, verb, nameAfter, false, nameAfter);
                }
            }

            firstVerb ??= verb;
        }

        var particle = clauseVerbsOnly ? default : ParticleAttribution(context, sentence, quotes);
        if (particle.Verb is not null || firstVerb is not { } dropped)
        {
            return particle;
        }

        // A verb with no subject in a language that drops subjects: "Powinniśmy … - dodał.", "Al mismo tiempo comentó que …".
        return context.ContinuedSpeaker(sentence.Start, dropped.Start) is { } continued ? new Attribution(continued.Speaker, dropped, null, false, continued.Name) : default;
    }

    /// <summary>"Putin: Conditions not yet ready for …", "Песков: визит …": a headline that opens with a person and a colon reports what they said.</summary>
    private void HeadlineStatement(StatementContext context, ImmutableArray<Segment> segments, List<ArticleStatement> statements)
    {
        var headline = segments.FirstOrDefault(s => s.Kind == SegmentKind.Headline);
        if (headline is null)
        {
            return;
        }

        var content = headline.Content;
        var colon = context.Text.AsSpan(content.Start, Math.Min(content.Length, 60)).IndexOfAny(':', '：');
        if (colon <= 0)
        {
            return;
        }

        var speaker = context.LastPersonBetween(content.Start, content.Start + colon);
        var rest = Trimmed(context.Text, content.Start + colon + 1, content.End);
        if (speaker is { Speaker: { } who, Span: var at } && context.Text.AsSpan(at.End, content.Start + colon - at.End).IsWhiteSpace() && Words.Count(context.Text, rest) >= 3)
        {
            statements.Add(new ArticleStatement(StatementKind.Reported, who, rest, null, at, null, null));
        }
    }

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
            if (speaker is { Speaker: { } who, Span: var span } && sentence.Start + at - span.End <= 4)
            {
                var clause = Trimmed(text, sentence.Start + at + verb.Length, sentence.End);
                while (clause.Length > 0 && text[clause.Start] is '：' or ':' or '，')
                {
                    clause = Trimmed(text, clause.Start + 1, clause.End);
                }

                return clause.Length > 0 ? (who, span, new TextSpan(sentence.Start + at, verb.Length), clause, null) : null;
            }
        }

        return null;
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
            if (context.Speech.VerbAfterParticle(text, i, sentence.End) is { } found)
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
    /// A scare quote or quoted term: a short phrase (one to three words; in a script without spaces, a few
    /// characters) that ends no sentence, not a clause somebody said.
    /// </summary>
    private static bool IsQuotedTerm(string text, TextSpan inner)
    {
        const int MaxWords = 3;
        const int MaxUnspacedLetters = 6;
        var span = text.AsSpan(inner.Start, inner.Length);
        if (span.IndexOfAny(".!?。！？;:") >= 0)
        {
            return false;
        }

        var letters = 0;
        var unspaced = 0;
        foreach (var c in span)
        {
            if (char.IsLetter(c))
            {
                letters++;
                unspaced += Scripts.SeparatesWords(Scripts.Of(c)) ? 0 : 1;
            }
        }

        return unspaced > letters / 2 ? letters <= MaxUnspacedLetters : Words.Count(text, inner) <= MaxWords;
    }

    /// <summary>The span between two offsets without surrounding spaces, commas and final punctuation.</summary>
    private static TextSpan Trimmed(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or '、'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or '。' or ',' or '、'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>Partial quotes ("dismissing … as “interference”") leave the sentence's own reported clause to read; whole quotes do not.</summary>
    private static bool QuotesLeaveAClause(List<Quote> quotes, TextSpan sentence)
    {
        var quoted = 0;
        foreach (var quote in quotes)
        {
            quoted += quote.Close - quote.Open + 1;
        }

        return quoted * 2 < sentence.Length;
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

    /// <summary>「…」と述べた, “…”라고 말했다: the verb follows the quote and a particle; the speaker is the topic named before the quote.</summary>
    private static Attribution ParticleAttribution(StatementContext context, TextSpan sentence, List<Quote> quotes)
    {
        foreach (var quote in quotes)
        {
            var after = quote.Close + 1;
            if (after < sentence.End && context.Speech.VerbAfterParticle(context.Text, after, sentence.End) is { } particle)
            {
                var person = context.TopicBefore(sentence.Start, quote.Open);
                if (person is not null)
                {
                    return new Attribution(person.Value.Speaker, particle.Verb, person.Value.Span, false);
                }

                if (context.UnknownTopic(sentence.Start, quote.Open) is { } topic)
                {
                    return new Attribution(null, particle.Verb, topic, false, topic);
                }

                var continued = context.ContinuedSpeaker(sentence.Start, quote.Open);
                return new Attribution(continued?.Speaker, particle.Verb, null, false, continued?.Name);
            }
        }

        return default;
    }

    /// <summary>
    /// The reported clause of a speech verb: after it ("Putin said [Wednesday] Russia …", "told local media he …",
    /// "said in Tokyo on Thursday that …"), or, when the verb closes the sentence, before its subject
    /// ("The policy … makes it impossible, Rudenko said on Tuesday.").
    /// </summary>
    private static TextSpan? ReportedClause(StatementContext context, TextSpan verb, TextSpan? subject, TextSpan sentence)
    {
        var text = context.Text;
        var dates = context.Dates;
        var end = sentence.End;
        while (end > verb.End && (text[end - 1] is '.' or '!' or '?' or '。' || char.IsWhiteSpace(text[end - 1])))
        {
            end--;
        }

        // With the subject after the verb ("…, заявил Мацуно", "…, said Putin") what was said stands before the verb.
        var subjectAfterVerb = subject is { } s && s.Start >= verb.End;
        var start = subjectAfterVerb ? end : verb.End;
        var window = text.AsSpan(start, Math.Min(end, start + 80) - start);
        var that = Complementizer(context, window);
        if (that >= 0)
        {
            start += that;
        }
        else
        {
            start = SkipDateRightAfter(context, start);
            if (context.Speech.TakesAddressee(text.AsSpan(verb.Start, verb.Length)))
            {
                var afterAddressee = SkipAddressee(context, start, end);

                // No clause after "told" and more than an addressee there ("told the editors … to ask …"): an
                // instruction, not a statement of his own.
                if (afterAddressee == end && Words.Count(text, TextSpan.FromBounds(start, end)) > 5)
                {
                    return null;
                }

                start = afterAddressee;
            }

            // "…, Lavrov said Friday, dismissing …": a comma right after the verb closes its clause; what was
            // said stands before the subject.
            var next = start;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next < end && text[next] == ',')
            {
                start = end;
            }
        }

        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == ','))
        {
            start++;
        }

        if (start < end && Words.Count(text, TextSpan.FromBounds(start, end)) >= 3 && !OnlyCircumstance(context, TextSpan.FromBounds(start, end)))
        {
            return TextSpan.FromBounds(start, end);
        }

        // Inverted order with the verb first: "Япония не отказывается …, заявил в понедельник Мацуно".
        var beforeVerb = verb.Start;
        while (beforeVerb > sentence.Start && char.IsWhiteSpace(text[beforeVerb - 1]))
        {
            beforeVerb--;
        }

        if (beforeVerb > sentence.Start && text[beforeVerb - 1] is ',' or '—' or '–' or '-')
        {
            var clauseEnd = beforeVerb - 1;
            while (clauseEnd > sentence.Start && (char.IsWhiteSpace(text[clauseEnd - 1]) || text[clauseEnd - 1] is ',' or '-'))
            {
                clauseEnd--;
            }

            if (Words.Count(text, TextSpan.FromBounds(sentence.Start, clauseEnd)) >= 3)
            {
                return TextSpan.FromBounds(sentence.Start, clauseEnd);
            }
        }

        // Inverted order: the clause stands before the subject (and its title) and a comma or dash.
        if (subject is { } who)
        {
            var separator = who.Start;
            while (separator > sentence.Start && who.Start - separator < 80 && text[separator - 1] is not (',' or '—' or '–' or '.' or '"' or '”' or '»'))
            {
                separator--;
            }

            var before = separator - 1;
            while (before > sentence.Start && char.IsWhiteSpace(text[before - 1]))
            {
                before--;
            }

            if (separator > sentence.Start && text[separator - 1] is ',' or '—' or '–' && Words.Count(text, TextSpan.FromBounds(sentence.Start, before)) >= 3)
            {
                return TextSpan.FromBounds(sentence.Start, before);
            }
        }

        return null;
    }

    /// <summary>
    /// Where the clause after a complementizer starts ("said in Tokyo on Thursday that", "noted, however, that",
    /// "заявил, что"), or -1: after a comma anything may precede it; otherwise only circumstances, so that a
    /// relative "that" further on ("islands … that are disputed") is not taken for it.
    /// </summary>
    private static int Complementizer(StatementContext context, ReadOnlySpan<char> window)
    {
        var circumstancesOnly = true;
        var words = 0;
        var i = 0;
        while (i < window.Length)
        {
            while (i < window.Length && !char.IsLetter(window[i]))
            {
                i++;
            }

            var start = i;
            while (i < window.Length && char.IsLetter(window[i]))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            // An elided complementizer is written with the next word: "qu'il".
            var elided = i < window.Length - 1 && window[i] is '\'' or '’' && char.IsLetter(window[i + 1]);
            var word = window[start..(elided ? i + 1 : i)];
            var standsAlone = elided || (i < window.Length && window[i] == ' ');
            if (standsAlone && start > 0 && window[start - 1] == ' ' && context.Speech.IsComplementizer(word))
            {
                var afterComma = window[..start].TrimEnd().EndsWith(",");
                if (afterComma || (circumstancesOnly && words <= 6))
                {
                    return i + 1;
                }
            }

            words++;
            circumstancesOnly &= char.IsUpper(word[0]) || context.Speech.IsCircumstance(word);
        }

        return -1;
    }

    /// <summary>
    /// "told local media he will …": the reported clause starts at its subject (a pronoun, a country); with none
    /// ("…,” Hayashi told reporters on Monday.") what follows the verb is only its addressee, and there is no clause.
    /// </summary>
    private static int SkipAddressee(StatementContext context, int start, int end)
    {
        var text = context.Text;
        var words = 0;
        foreach (var word in Words.In(text, TextSpan.FromBounds(start, end)))
        {
            if (++words > 6)
            {
                break;
            }

            if (context.Speech.IsClauseStart(text.AsSpan(word.Start, word.Length)) || StartsPlaceOrCountry(context, word.Start))
            {
                return word.Start;
            }
        }

        return end;
    }

    /// <summary>A country or territory named at <paramref name="offset"/>: the subject of a clause ("told reporters Japan will …").</summary>
    private static bool StartsPlaceOrCountry(StatementContext context, int offset)
    {
        var index = SortedSpans.LowerBound(context.Mentions, offset);
        return index < context.Mentions.Count && context.Mentions[index].Span.Start == offset
            && context.Mentions[index].Kind is not (EntityKind.Person or EntityKind.Office);
    }

    /// <summary>"said Wednesday the conditions …", "said on Feb. 1 the revision …": the date belongs to the verb, not the clause.</summary>
    private static int SkipDateRightAfter(StatementContext context, int start)
    {
        var text = context.Text;
        var i = start;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        // A preposition may stand before the date ("on").
        var word = i;
        while (word < text.Length && char.IsLetter(text[word]))
        {
            word++;
        }

        if (word > i && word < text.Length && text[word] == ' ' && context.Speech.IsPreposition(text.AsSpan(i, word - i)))
        {
            i = word + 1;
        }

        var dates = context.Dates;
        var index = SortedSpans.LowerBound(dates, i);
        return index < dates.Count && dates[index].Span.Start == i ? dates[index].Span.End : start;
    }

    /// <summary>A clause made only of a place or date ("on the sidelines", "in Tokyo on Thursday") is not what was said.</summary>
    private static bool OnlyCircumstance(StatementContext context, TextSpan clause)
    {
        var text = context.Text;
        var dates = context.Dates;
        var words = Words.In(text, clause);
        var first = words.MoveNext() ? words.Current : default;
        if (context.Speech.IsPreposition(text.AsSpan(first.Start, first.Length)) && Words.Count(text, clause) <= 8 && !HasComplementizer(context, clause))
        {
            return true;
        }

        return SortedSpans.LowerBound(dates, clause.Start) is var i && i < dates.Count && dates[i].Span.Start == clause.Start && dates[i].Span.End >= clause.End - 1;
    }

    private static bool HasComplementizer(StatementContext context, TextSpan span)
    {
        foreach (var word in Words.In(context.Text, span))
        {
            if (context.Speech.IsComplementizer(context.Text.AsSpan(word.Start, word.Length)))
            {
                return true;
            }
        }

        return false;
    }
}
