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
/// <para>This file holds the orchestration; the parts are in StatementExtractor.Attribution.cs (verb and subject),
/// .ReportedClause.cs (what was said around the verb), .ClauseQuotes.cs (quotations inside it), .ClauseShapes.cs (a second
/// verb, an attribution between commas, a back-reference), .SourcedClause.cs ("according to", the Japanese と-clause),
/// .Nested.cs (reported speech inside a quotation), .Reciprocal.cs ("both sides said"),
/// .CjkClause.cs (Chinese and Korean clauses) and .CatalogLink.cs (the catalog's record of a statement).</para>
/// </summary>
internal sealed partial class StatementExtractor
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
        // Most articles are in one language: its code is the key, with no string built.
        var key = active.Length switch
        {
            0 => "",
            1 => active[0].Code,
            _ => string.Join(' ', active.Select(p => p.Code)),
        };
        return _lexicons.GetOrAdd(key, static (_, state) => new SpeechLexicon(state.Active.IsEmpty ? state.All : state.Active), (Active: active, All: _languages));
    }

    /// <summary>
    /// The statement stage: resolves the epithets ("the Russian leader"), then reads the statements of the body
    /// with the speakers the names and epithets give, resolving the pronouns that stand for a speaker. Fills
    /// <see cref="ParseContext.Statements"/> and <see cref="ParseContext.Anaphora"/> (the epithets and pronouns).
    /// </summary>
    public void Extract(ParseContext context)
    {
        var speech = LexiconOf(context.Language.Active);
        var epithets = new List<Mention>();
        Epithets.Find(context, speech, epithets);
        var pronouns = new List<Mention>();
        Extract(context.Text, context.Map, speech, context.NameMentions, epithets, context.Dates, context.Statements, pronouns, context.Namesakes, context.ReferenceDate);
        MentionOrder.Merge(epithets, pronouns, context.Anaphora);
    }

    /// <summary>
    /// Appends the statements of the body to <paramref name="statements"/> (in text order) and the pronouns
    /// resolved to their speaker to <paramref name="pronouns"/>; <paramref name="names"/> and
    /// <paramref name="epithets"/> are the mentions speakers are found among, each in <see cref="MentionOrder"/>;
    /// <paramref name="namesakes"/> where people the catalog lacks are named by a catalog person's family name, and
    /// <paramref name="referenceDate"/> the article's date, on which a role names the office's holder.
    /// </summary>
    internal void Extract(
        string text, SegmentMap map, SpeechLexicon speech, IReadOnlyList<Mention> names, IReadOnlyList<Mention> epithets, IReadOnlyList<DateMention> dates,
        List<ArticleStatement> statements, List<Mention> pronouns, IReadOnlyList<Namesake> namesakes, LocalDate? referenceDate)
    {
        var segments = map.Segments;
        var paragraphs = new List<(TextSpan Span, int Segment)>();
        for (var s = 0; s < segments.Length; s++)
        {
            if (segments[s].Kind is SegmentKind.Body or SegmentKind.Headline or SegmentKind.Lead && !segments[s].Content.IsEmpty)
            {
                paragraphs.Add((segments[s].Content, s));
            }
        }

        var quotes = FindQuotes(text, segments, paragraphs, speech);
        var merged = new List<Mention>(names.Count + epithets.Count);
        MentionOrder.Merge(names, epithets, merged);
        // A person named inside a quotation is what was said, never who said it.
        var articleMentions = new List<Mention>(merged.Count);
        foreach (var mention in merged)
        {
            if (!mention.InComment && !InsideQuote(quotes, mention.Span))
            {
                articleMentions.Add(mention);
            }
        }

        HoldersNamedInTheArticle(articleMentions);
        var context = new StatementContext(text, articleMentions, dates, speech, _catalog, namesakes, referenceDate);
        var interviewee = Interviewee(segments, articleMentions);
        var first = statements.Count;
        var quoteIndex = 0;
        // The story's first statement when its speaker is only described ("a government spokesperson said"): the next one may name them.
        (int Index, TextSpan Described, int SentenceEnd)? lead = null;
        var inSentence = new List<Quote>();
        var sentences = new List<TextSpan>();
        foreach (var (paragraph, segment) in paragraphs)
        {
            // The paragraph's last speaker: a catalog id, or the name of a person the catalog lacks.
            (string? Id, TextSpan? Name) lastInParagraph = default;
            // The headline and the lead give their quotations (a reported clause there is the story's summary, not a statement).
            var body = segments[segment].Kind == SegmentKind.Body;
            if (body && TranscriptTurn(context, quotes, paragraph, interviewee) is var (turnSpeaker, turnSpeakerSpan, turnName, turn))
            {
                var date = context.LastDateOf(turnSpeaker);
                statements.Add(new ArticleStatement(StatementKind.Direct, turnSpeaker, turn, null, turnSpeakerSpan, date, Link(turnSpeaker, date), turnName?.Of(text), turnName));
                context.Remember(turnSpeaker, date, turn.Start, turnName);
                lastInParagraph = (turnSpeaker, turnSpeaker is null ? turnName : null);
            }

            sentences.Clear();
            sentences.AddRange(map.SentencesOf(segment));
            for (var si = 0; si < sentences.Count; si++)
            {
                var sentence = sentences[si];
                context.Enter(sentence);
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

                var before = statements.Count;
                var attribution = FindAttribution(context, AttributionScope(sentences, sentence, inSentence, paragraph), inSentence);
                if (attribution is { Verb: null, Speaker: null, Name: null } && inSentence.Count > 0 && si + 1 < sentences.Count
                    && TrailingAttribution(context, sentence, inSentence[^1], sentences[si + 1]) is { } trailing)
                {
                    attribution = trailing;
                }

                if (attribution is { Verb: null, Speaker: null, Name: null } && inSentence.Count > 0 && LabelBeforeQuote(context, sentence, inSentence[0]) is var (labelled, label))
                {
                    attribution = new Attribution(labelled, null, label, false);
                }

                if (attribution is { Speaker: null, Name: null } && inSentence.Count > 0 && ReciprocalAttribution(context, map, segment, sentence, inSentence, clauseVerbsOnly: false) is { } bothQuoted)
                {
                    attribution = bothQuoted;
                }

                // "«Пора действовать» — Путин о …": a headline's quotation labelled by the name after it is a statement, however short.
                var labelledAfter = false;
                if (!body && attribution is { Verb: null, Speaker: null, Name: null } && inSentence.Count == 1
                    && SpeakerAfterHeadlineQuote(context, sentence, inSentence[0], si + 1 < sentences.Count ? sentences[si + 1] : null) is var (headed, heading))
                {
                    attribution = new Attribution(headed, null, heading, false);
                    labelledAfter = Words.Count(text, inSentence[0].Inner) >= 2;
                }

                // 「固有領土」、「非法占領」的用詞: quoted words a wording noun calls someone's are the words of the person the sentence opens with.
                var worded = false;
                if (attribution is { Verb: null, Speaker: null, Name: null } && inSentence.Count > 0 && WordingOwner(context, sentence, inSentence) is var (owner, ownerSpan))
                {
                    attribution = new Attribution(owner, null, ownerSpan, false);
                    worded = true;
                }

                // "„Die Kurilen sind russisches Land“" over "Der frühere Präsident Dmitri Medwedew hat …": a headline that is
                // only a quotation is the words of the person the story's first sentence opens with.
                if (segments[segment].Kind == SegmentKind.Headline && attribution is { Verb: null, Speaker: null, Name: null } && inSentence.Count == 1
                    && si + 1 == sentences.Count && IsWholeSentence(text, sentence, inSentence[0])
                    && SpeakerOfTheStoryBelow(context, map, paragraphs, segment) is var (leading, leadingSpan))
                {
                    attribution = new Attribution(leading, null, leadingSpan, false);
                    labelledAfter = Words.Count(text, inSentence[0].Inner) >= 2;
                }

                // Each quotation's attribution: the sentence's, until a second speaker is introduced between two quotations
                // ("«…», — заявил Лавров, а Захарова добавила: «…»").
                var quoteAttribution = attribution;
                for (var qi = 0; qi < inSentence.Count; qi++)
                {
                    var quote = inSentence[qi];
                    if (body && quoteAttribution is { Verb: { } sentenceVerb } && SecondAttribution(context, inSentence, qi, sentenceVerb, quoteAttribution.SpeakerSpan) is { } second)
                    {
                        quoteAttribution = second;
                    }

                    if (!body && RepeatsAQuote(text, map, quotes, quote))
                    {
                        continue;
                    }

                    // "the so-called “Northern Territories”", “北方四岛”: a quoted term in a sentence nobody speaks in is not a statement.
                    // (A quotation the end of the text cuts off may have been longer.)
                    if (quoteAttribution.Verb is null && !quote.CutOff && !labelledAfter && !worded && IsQuotedTerm(text, quote.Inner) && !IsWholeSentence(text, sentence, quote))
                    {
                        continue;
                    }

                    // "cái gọi là “hợp tác kinh tế chung”", "so-called “joint economic activities”": a term however long, after its cue.
                    if (!quote.CutOff && speech.FollowsTermCue(text, quote.Open, sentence.Start) && IsCuedTerm(text, quote.Inner))
                    {
                        continue;
                    }

                    // "— сообщил агентству «Интерфакс» директор …": a quoted name between the verb and its speaker is part of the attribution.
                    if (quoteAttribution is { Verb: { } v, SpeakerSpan: { } by } && quote.Open > v.End && quote.Close < by.Start && IsQuotedTerm(text, quote.Inner))
                    {
                        continue;
                    }

                    var name = quoteAttribution.Speaker is null ? quoteAttribution.Name : null;
                    var speaker = quoteAttribution.Speaker;
                    // A subject that names someone new ("a spokesman said") or no one person ("— сказали они") is not the
                    // paragraph's earlier speaker.
                    if (speaker is null && name is null && quoteAttribution.Described is null && quoteAttribution.SpeakerSpan is null)
                    {
                        // A quotation without attribution continues the paragraph's speaker; one that opens its paragraph
                        // ("Sacharowa erklärte:" / "“…”"), the article's last speaker when nobody else was named since.
                        (speaker, name) = lastInParagraph.Id is not null || lastInParagraph.Name is not null ? lastInParagraph
                            : quoteAttribution is { Verb: null, Orphan: null } && quote.Open <= paragraph.Start ? context.SpeakerContinuedBy(quote.Open) ?? default
                            : default;
                    }

                    var date = context.DateNear(sentence, quote.Inner, quoteAttribution.Verb) ?? context.LastDateOf(speaker);
                    var why = speaker is null && name is null ? context.WhyUnattributed(sentence, quote.Inner, quoteAttribution.Verb ?? quoteAttribution.Orphan, quoteAttribution.SpeakerSpan ?? quoteAttribution.Described) : (UnattributedReason?)null;
                    statements.Add(new ArticleStatement(
                        StatementKind.Direct, speaker, quote.Inner, quoteAttribution.Verb, quoteAttribution.SpeakerSpan ?? name, date, Link(speaker, date), name?.Of(text), name, Unattributed: why));
                    if (quoteAttribution.CoSpeaker is { } also && speaker is not null)
                    {
                        statements.Add(statements[^1] with { SpeakerId = also.Id, SpeakerSpan = also.Span, CatalogStatementId = Link(also.Id, date) });
                    }

                    if (body)
                    {
                        ReportedInsideQuote(speech, text, map, merged, dates, quote, speaker, statements, namesakes, referenceDate);
                        QuotationsInsideQuote(context, merged, quote, speaker, statements);
                    }

                    // The headline and the lead stand above the story: its sentences do not continue their speaker.
                    if (body)
                    {
                        context.Remember(speaker, date, sentence.End, name);
                    }

                    lastInParagraph = speaker is not null || name is not null ? (speaker, speaker is null ? name : null) : lastInParagraph;
                }

                if (!body)
                {
                    continue;
                }

                // "«…», — заявил Лавров, а Захарова добавила:": the quotation of the next sentence is the second speaker's.
                if (quoteAttribution is { Verb: { } lastVerb } && AnnouncedAfterQuotes(context, sentence, inSentence, lastVerb, quoteAttribution.SpeakerSpan) is { } announcedNext)
                {
                    var announcedName = announcedNext.Speaker is null ? announcedNext.Name : null;
                    context.Remember(announcedNext.Speaker, context.DateNear(sentence, new TextSpan(sentence.End, 0), announcedNext.Verb) ?? context.LastDateOf(announcedNext.Speaker), sentence.End, announcedName);
                    lastInParagraph = (announcedNext.Speaker, announcedName);
                }

                var reporting = inSentence.Count == 0 ? attribution : FindAttribution(context, sentence, inSentence, clauseVerbsOnly: true);

                // "расценил слова … как попытку «…»": an object verb with a complement reports it, quoted words and all.
                if (reporting.Verb is null && attribution is { Verb: { } objectVerb } && !context.Speech.IntroducesClause(text.AsSpan(objectVerb.Start, objectVerb.Length)))
                {
                    reporting = attribution;
                }

                if (reporting is { Speaker: null, Name: null } && ReciprocalAttribution(context, map, segment, sentence, inSentence, clauseVerbsOnly: true) is { } both)
                {
                    reporting = both;
                }

                if (reporting is { Verb: { } verb } && (reporting.Speaker is not null || reporting.Name is not null))
                {
                    var reporter = reporting.Speaker;
                    var name = reporter is null ? reporting.Name : null;
                    var reported = OpensWithBackReference(context, sentence, verb)
                        ? (si > 0 ? PreviousSentenceClause(context, quotes, sentences[si - 1]) : null)
                        : ReportedClause(context, verb, reporting.SpeakerSpan ?? name, sentence, inSentence);
                    if (reported is { } clause && !StartsInsideQuote(quotes, clause))
                    {
                        var secondSpeaker = SecondSpeaker(context, clause, sentence, inSentence, (reporter, name));
                        if (secondSpeaker is { } split)
                        {
                            clause = split.First;
                        }

                        lastInParagraph = AddReported(context, statements, reporting, clause, sentence);
                        if (secondSpeaker is var (_, second, secondClause))
                        {
                            // (A co-speaker of the second speaker is not credited here: that would be a change of its own, with its tests.)
                            lastInParagraph = AddReported(context, statements, second with { CoSpeaker = null }, secondClause, sentence);
                        }
                    }
                }

                else if (inSentence.Count == 0 && SourcedClause(context, sentence) is var (source, sourceSpan, cue, clause, sourceName)
                    && !StartsInsideQuote(quotes, clause) && !RunsIntoQuote(quotes, clause))
                {
                    var date = context.DateNear(sentence, clause, cue) ?? context.LastDateOf(source);
                    var why = source is null && sourceName is null ? context.WhyUnattributed(sentence, clause, cue, sourceSpan) : (UnattributedReason?)null;
                    statements.Add(new ArticleStatement(
                        StatementKind.Reported, source, clause, cue, sourceSpan ?? sourceName, date, Link(source, date), sourceName?.Of(text), sourceName, Unattributed: why));
                    context.Remember(source, date, sentence.End, sourceName);
                    lastInParagraph = source is not null || sourceName is not null ? (source, source is null ? sourceName : null) : lastInParagraph;
                }

                // "…, a Japanese government spokesperson said on Thursday.": reported all the same, its speaker described, not named.
                else if (reporting is { Verb: null, Orphan: { } orphan, Described: { } described } && context.Speech.IntroducesClause(text.AsSpan(orphan.Start, orphan.Length))
                    && ReportedClause(context, orphan, described, sentence, inSentence) is { } clauseOfNobody && !StartsInsideQuote(quotes, clauseOfNobody))
                {
                    var date = context.DateNear(sentence, clauseOfNobody, orphan);
                    if (lead is null && statements.Count == first)
                    {
                        lead = (statements.Count, described, sentence.End);
                    }

                    statements.Add(new ArticleStatement(
                        StatementKind.Reported, null, clauseOfNobody, orphan, null, date, null, Unattributed: context.WhyUnattributed(sentence, clauseOfNobody, orphan, described)));
                }

                // "They said the talks would continue", "— сказали они": a subject the parser reads but that names no one person;
                // reported all the same, and why it has no speaker.
                else if (reporting is { Verb: { } unresolvedVerb, Speaker: null, Name: null, SpeakerSpan: { } unresolvedSubject, ByPronoun: true }
                    && context.Speech.IntroducesClause(text.AsSpan(unresolvedVerb.Start, unresolvedVerb.Length))
                    && ReportedClause(context, unresolvedVerb, unresolvedSubject, sentence, inSentence) is { } clauseOfSomeone && !StartsInsideQuote(quotes, clauseOfSomeone))
                {
                    statements.Add(new ArticleStatement(
                        StatementKind.Reported, null, clauseOfSomeone, unresolvedVerb, null, context.DateNear(sentence, clauseOfSomeone, unresolvedVerb), null,
                        Unattributed: context.WhyUnattributed(sentence, clauseOfSomeone, unresolvedVerb, unresolvedSubject)));
                }

                // "「…」と述べ、抗議したことを明らかにした": a clause chained after the quotation's verb reports more of what its speaker said.
                if (inSentence.Count > 0 && statements.Count > before && statements[^1] is { Kind: StatementKind.Direct } said && (said.SpeakerId is not null || said.SpeakerName is not null)
                    && ChainedClause(context, sentence, inSentence[^1]) is var (chained, chainedVerb) && !StartsInsideQuote(quotes, chained))
                {
                    statements.Add(new ArticleStatement(
                        StatementKind.Reported, said.SpeakerId, chained, chainedVerb, said.SpeakerSpan, said.Date, said.CatalogStatementId, said.SpeakerName, said.SpeakerNameSpan));
                }

                // "Putin said:", "Sacharowa erklärte:": a speaker announced at the end of a sentence speaks in the quotation that follows.
                if (inSentence.Count == 0 && statements.Count == before && Announcement(context, sentence, attribution) is { Verb: { } announcing } announced)
                {
                    var announcer = announced.Speaker;
                    var date = context.DateNear(sentence, new TextSpan(sentence.End, 0), announcing) ?? context.LastDateOf(announcer);
                    context.Remember(announcer, date, sentence.End, announcer is null ? announced.Name : null);
                }

                if (attribution is { Speaker: { } who, SpeakerSpan: { } pronoun, ByPronoun: true })
                {
                    pronouns.Add(new Mention(EntityKind.Person, who, pronoun, segment, false, MentionMethod.Anaphora));
                }
            }
        }

        if (lead is { } opening)
        {
            NameTheLeadsSpeaker(context, statements, first, opening.Index, opening.Described, opening.SentenceEnd);
        }

        HeadlineStatement(context, segments, statements);
        LeadLabelStatements(context, map, quotes, statements);
        statements.Sort(first, statements.Count - first, StatementOrder);
    }

    /// <summary>
    /// Adds the reported statement of <paramref name="clause"/> said by the speaker of <paramref name="reporting"/> (and by
    /// their co-speaker, "Yeltsin and Hashimoto told reporters"), dated by the sentence or the speaker's last date, and
    /// remembers the speaker as the last one; returns the speaker as the paragraph's last (a catalog id, or the name of a
    /// person the catalog lacks).
    /// </summary>
    private (string? Id, TextSpan? Name) AddReported(StatementContext context, List<ArticleStatement> statements, Attribution reporting, TextSpan clause, TextSpan sentence)
    {
        var speaker = reporting.Speaker;
        var name = speaker is null ? reporting.Name : null;
        var date = context.DateNear(sentence, clause, reporting.Verb) ?? context.LastDateOf(speaker);
        statements.Add(new ArticleStatement(
            StatementKind.Reported, speaker, clause, reporting.Verb, reporting.SpeakerSpan ?? name, date, Link(speaker, date), name?.Of(context.Text), name));
        if (reporting.CoSpeaker is { } also && speaker is not null)
        {
            statements.Add(statements[^1] with { SpeakerId = also.Id, SpeakerSpan = also.Span, CatalogStatementId = Link(also.Id, date) });
        }

        context.Remember(speaker, date, sentence.End, name);
        return (speaker, name);
    }

    private static readonly Comparer<ArticleStatement> StatementOrder = Comparer<ArticleStatement>.Create((a, b) => a.Span.Start.CompareTo(b.Span.Start));

    /// <summary>
    /// "declaró el presidente ruso", "El primer ministro japonés estimó": an office whose holder the article's date
    /// does not give (no date, or no single holder on it) stands for the one person the article names who ever held it.
    /// </summary>
    private void HoldersNamedInTheArticle(List<Mention> mentions)
    {
        HashSet<string>? named = null;
        // The holder each office has among the named people (null: none, or several), worked out once per office: an
        // article repeats its offices, and each is checked against every person it names.
        Dictionary<string, string?>? holders = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var office = mentions[i];
            if (office.Kind != EntityKind.Office || office.HolderId is not null)
            {
                continue;
            }

            named ??= [.. mentions.Where(m => m.Kind == EntityKind.Person).Select(m => m.Id)];
            holders ??= new(StringComparer.Ordinal);
            if (!holders.TryGetValue(office.Id, out var holder))
            {
                holders[office.Id] = holder = SoleHolder(office.Id, named);
            }

            if (holder is not null)
            {
                mentions[i] = office with { HolderId = holder };
            }
        }
    }

    // The one person of the named who held the office at some time, or null when none or several did.
    private string? SoleHolder(string officeId, HashSet<string> named)
    {
        string? holder = null;
        var count = 0;
        foreach (var id in named)
        {
            if (_catalog.Find<Person>(id) is not { } person)
            {
                continue;
            }

            foreach (var tenure in person.Tenures)
            {
                if (string.Equals(tenure.OfficeId, officeId, StringComparison.Ordinal))
                {
                    holder = id;
                    count++;
                    break;
                }
            }
        }

        return count == 1 ? holder : null;
    }

    /// <summary>
    /// Where the attribution of a sentence's quotations is read: the sentence, or, when a quotation holds sentence
    /// stops of its own ("林長官は「…。…」と述べた", "“… . …,” he said"), from the sentence its first one opens in.
    /// </summary>
    private static TextSpan AttributionScope(List<TextSpan> sentences, TextSpan sentence, List<Quote> quotes, TextSpan paragraph)
    {
        var open = sentence.Start;
        foreach (var quote in quotes)
        {
            if (quote.Open >= paragraph.Start && quote.Open < open)
            {
                open = quote.Open;
            }
        }

        if (open == sentence.Start)
        {
            return sentence;
        }

        foreach (var earlier in sentences)
        {
            if (earlier.Start <= open && open < earlier.End)
            {
                return TextSpan.FromBounds(earlier.Start, sentence.End);
            }
        }

        return sentence;
    }

    /// <summary>
    /// Whether a sentence ends by announcing a quotation to come: a colon closes it, after its speech verb and nothing but the
    /// verb's subject or circumstances ("Putin said:", "заявил журналистам Песков:"), with no other clause between.
    /// </summary>
    private static bool AnnouncesQuotation(string text, TextSpan verb, TextSpan sentence)
    {
        var end = sentence.End;
        while (end > verb.End && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end > verb.End && text[end - 1] is ':' or '：' && text.AsSpan(verb.End, end - 1 - verb.End).IndexOfAny(".;!?") < 0;
    }

    private static bool InsideQuote(ImmutableArray<Quote> quotes, TextSpan span)
    {
        // Quotes are sorted and disjoint: only the last one opening at or before the span can hold it.
        var next = SortedSpans.LowerBound(quotes, span.Start + 1, static (Quote q) => q.Open);
        return next > 0 && span.Start <= quotes[next - 1].Close;
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
        // "Putin: “…”": a quotation after the colon is read as the quotation it is.
        if (!rest.IsEmpty && context.Speech.Quotes.IsQuoteMark(context.Text[rest.Start]))
        {
            return;
        }

        if (speaker is { Speaker: { } who, Span: var at } && context.Text.AsSpan(at.End, content.Start + colon - at.End).IsWhiteSpace() && Words.Count(context.Text, rest) >= 3)
        {
            statements.Add(new ArticleStatement(StatementKind.Reported, who, rest, null, at, null, null));
        }
    }

    /// <summary>
    /// "… Зеленський: Росія не має жодного права на ці території.": in the lead, a person's name and a colon, inside a
    /// line (a subheading run into the lead), report what follows up to the sentence's end, as the headline's label does
    /// (<see cref="HeadlineStatement"/>); a name after a preposition or another function word ("переговоры с Путиным: …",
    /// "talks with Putin: …") is no speaker.
    /// </summary>
    private static void LeadLabelStatements(StatementContext context, SegmentMap map, ImmutableArray<Quote> quotes, List<ArticleStatement> statements)
    {
        const int MaxLabels = 4;
        var text = context.Text;
        var lead = -1;
        for (var i = 0; i < map.Segments.Length && lead < 0; i++)
        {
            lead = map.Segments[i].Kind == SegmentKind.Lead ? i : -1;
        }

        if (lead < 0)
        {
            return;
        }

        var labels = 0;
        foreach (var sentence in map.SentencesOf(lead))
        {
            for (var colon = sentence.Start + 1; colon < sentence.End && labels < MaxLabels; colon++)
            {
                if (text[colon] is not (':' or '：'))
                {
                    continue;
                }

                var end = colon;
                while (end > sentence.Start && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }

                var rest = Trimmed(text, colon + 1, sentence.End);
                if (context.LastPersonBetween(sentence.Start, end) is not { Speaker: { } who, Span: var name } || name.End != end || InsideQuote(quotes, name)
                    || rest.IsEmpty || context.Speech.Quotes.IsQuoteMark(text[rest.Start]) || Words.Count(text, rest) < 3 || AfterPreposition(context, name.Start, sentence.Start))
                {
                    continue;
                }

                labels++;
                statements.Add(new ArticleStatement(StatementKind.Reported, who, rest, null, name, null, null));
            }
        }
    }

    /// <summary>Whether the word right before <paramref name="start"/> (a space between) is a preposition or another function word: "с Путиным", "with Putin".</summary>
    private static bool AfterPreposition(StatementContext context, int start, int limit)
    {
        var text = context.Text;
        var end = start;
        while (end > limit && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var word = Words.StartOf<Letters>(text, end, limit);
        return word < end && end < start && (context.Speech.IsPreposition(text.AsSpan(word, end - word)) || context.Speech.IsFrequent(text.AsSpan(word, end - word)));
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

    /// <summary>Whether a quotation after a term cue reads as a term: a phrase of a few words without a sentence's punctuation.</summary>
    private static bool IsCuedTerm(string text, TextSpan inner)
    {
        const int MaxCuedTermWords = 8;
        return text.AsSpan(inner.Start, inner.Length).IndexOfAny(".!?。！？;:,") < 0 && Words.Count(text, inner) <= MaxCuedTermWords;
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
}
