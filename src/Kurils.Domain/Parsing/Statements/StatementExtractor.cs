using System.Collections.Immutable;
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

    public StatementExtractor(KurilsCatalog catalog) => _catalog = catalog;

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
        Extract(context.Text, context.Map, context.NameMentions, epithets, context.Dates, context.Statements, pronouns);
        MentionOrder.Merge(epithets, pronouns, context.Anaphora);
    }

    /// <summary>
    /// Appends the statements of the body to <paramref name="statements"/> (in text order) and the pronouns
    /// resolved to their speaker to <paramref name="pronouns"/>; <paramref name="names"/> and
    /// <paramref name="epithets"/> are the mentions speakers are found among, each in <see cref="MentionOrder"/>.
    /// </summary>
    internal void Extract(
        string text, SegmentMap map, IReadOnlyList<Mention> names, IReadOnlyList<Mention> epithets, IReadOnlyList<DateMention> dates,
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

        var quotes = Quotes.Find(text, spans);
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

        var context = new StatementContext(text, articleMentions, dates);
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
                    var speaker = attribution.Speaker ?? lastSpeakerInParagraph;
                    var date = context.DateNear(sentence, quote.Inner, attribution.Verb) ?? context.LastDateOf(speaker);
                    statements.Add(new ArticleStatement(StatementKind.Direct, speaker, quote.Inner, attribution.Verb, attribution.SpeakerSpan, date, Link(speaker, date)));
                    context.Remember(speaker, date);
                    lastSpeakerInParagraph = speaker ?? lastSpeakerInParagraph;
                }

                var reporting = inSentence.Count == 0 ? attribution : FindAttribution(context, sentence, inSentence, clauseVerbsOnly: true);
                if (reporting is { Verb: { } verb, Speaker: { } reporter } && QuotesLeaveAClause(inSentence, sentence))
                {
                    var reported = ReportedClause(text, verb, reporting.SpeakerSpan, sentence, dates);
                    if (reported is { } clause && !InsideQuote(quotes, clause))
                    {
                        var date = context.DateNear(sentence, clause, verb) ?? context.LastDateOf(reporter);
                        statements.Add(new ArticleStatement(StatementKind.Reported, reporter, clause, verb, reporting.SpeakerSpan, date, Link(reporter, date)));
                        context.Remember(reporter, date);
                        lastSpeakerInParagraph = reporter;
                    }
                }

                else if (inSentence.Count == 0 && SourcedClause(context, sentence) is var (source, sourceSpan, cue, clause))
                {
                    var date = context.DateNear(sentence, clause, cue) ?? context.LastDateOf(source);
                    statements.Add(new ArticleStatement(StatementKind.Reported, source, clause, cue, sourceSpan, date, Link(source, date)));
                    context.Remember(source, date);
                    lastSpeakerInParagraph = source;
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

    private readonly record struct Attribution(string? Speaker, TextSpan? Verb, TextSpan? SpeakerSpan, bool ByPronoun);

    /// <summary>Finds the speech verb of a sentence and its subject, outside any quotation in it.</summary>
    /// <param name="context">What the extractor knows.</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="quotes">The quotations in it.</param>
    /// <param name="clauseVerbsOnly">Only verbs that introduce a reported clause ("said", not "called … “regrettable”").</param>
    private static Attribution FindAttribution(StatementContext context, TextSpan sentence, List<Quote> quotes, bool clauseVerbsOnly = false)
    {
        var text = context.Text;
        foreach (var word in Words.In(text, sentence))
        {
            if (InsideAny(quotes, word.Start))
            {
                continue;
            }

            var candidate = text.AsSpan(word.Start, word.Length);
            if (!SpeechVerbs.IsVerb(candidate) || (clauseVerbsOnly && !SpeechVerbs.IntroducesClause(candidate)))
            {
                continue;
            }

            // Subject before the verb ("Putin said", "Kato told", "He noted", "the Chief Cabinet Secretary said").
            if (context.SubjectBefore(word.Start, sentence.Start) is { } before)
            {
                return new Attribution(before.Speaker, word, before.Span, before.ByPronoun);
            }

            // A second verb of the same subject: "Hayashi called the remarks “regrettable” and said Japan …".
            if (context.SentenceSubject(sentence.Start, word.Start) is { } subject)
            {
                return new Attribution(subject.Speaker, word, subject.Span, false);
            }

            // Inverted, only right after a quote or a comma: "…,” said Putin", "…, заявил Мацуно".
            if (FollowsClauseEnd(text, word.Start, sentence.Start) && context.SubjectAfter(word.End, sentence.End, dates: context.Dates) is { } after)
            {
                return new Attribution(after.Speaker, word, after.Span, after.ByPronoun);
            }

        }

        return clauseVerbsOnly ? default : JapaneseAttribution(context, sentence, quotes);
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

    private static readonly string[] SourcePrefixes = ["According to ", "according to ", "По словам ", "по словам "];

    /// <summary>
    /// Reported speech without a speech verb before it: "According to Lavrov, …", "По словам Путина, …",
    /// "林官房長官によると、…", and the Japanese clause that ends in と and a speech verb ("林官房長官は、…と述べた").
    /// </summary>
    private static (string Speaker, TextSpan SpeakerSpan, TextSpan Cue, TextSpan Clause)? SourcedClause(StatementContext context, TextSpan sentence)
    {
        var text = context.Text;
        var body = text.AsSpan(sentence.Start, sentence.Length);
        foreach (var prefix in SourcePrefixes)
        {
            if (!body.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var who = context.SubjectAfter(sentence.Start + prefix.Length - 1, sentence.End, context.Dates);
            var comma = body.IndexOf(',');
            if (who is { Speaker: { } speaker, ByPronoun: false } && comma > 0 && sentence.Start + comma > who.Value.Span.Start)
            {
                var clause = Trimmed(text, sentence.Start + comma + 1, sentence.End);
                return clause.Length > 0 ? (speaker, who.Value.Span, new TextSpan(sentence.Start, prefix.Length - 1), clause) : null;
            }
        }

        var source = body.IndexOf("によると", StringComparison.Ordinal);
        if (source > 0 && context.LastPersonBetween(sentence.Start, sentence.Start + source) is { Speaker: { } japaneseSource } person)
        {
            var clause = Trimmed(text, sentence.Start + source + "によると".Length, sentence.End);
            return clause.Length > 0 ? (japaneseSource, person.Span, new TextSpan(sentence.Start + source, "によると".Length), clause) : null;
        }

        if (ChineseOrKoreanClause(context, sentence) is { } cjk)
        {
            return cjk;
        }

        // 「…」-less Japanese reported speech: the topic は, then the clause, then と and the verb.
        for (var i = body.Length - 2; i > 0; i--)
        {
            if (body[i] != 'と' || SpeechVerbs.JapaneseVerbAt(text, sentence.Start + i + 1) is not (> 0 and var verbLength))
            {
                continue;
            }

            if (context.TopicBefore(sentence.Start, sentence.Start + i) is { Speaker: { } topic } speakerAt)
            {
                var start = speakerAt.Span.End;
                while (start < sentence.Start + i && text[start] is not ('は' or 'が'))
                {
                    start++;
                }

                var clause = Trimmed(text, start + 1, sentence.Start + i);
                return clause.Length > 0 ? (topic, speakerAt.Span, new TextSpan(sentence.Start + i + 1, verbLength), clause) : null;
            }

            break;
        }

        return null;
    }

    private static readonly string[] ChineseVerbs = ["表示", "指出", "强调", "強調", "声称", "聲稱", "称", "稱", "说", "說"];
    private static readonly string[] KoreanVerbs = ["고 말했다", "고 밝혔다", "고 강조했다", "고 주장했다", "고 언급했다", "고 지적했다"];

    /// <summary>
    /// Chinese "普京5日表示，…" (the speaker, perhaps a date, the verb, then what was said) and Korean
    /// "…푸틴 대통령은 …고 말했다" (the topic marked 은/는/이/가, what was said, then 고 and the verb).
    /// </summary>
    private static (string Speaker, TextSpan SpeakerSpan, TextSpan Cue, TextSpan Clause)? ChineseOrKoreanClause(StatementContext context, TextSpan sentence)
    {
        var text = context.Text;
        var body = text.AsSpan(sentence.Start, sentence.Length);
        foreach (var verb in ChineseVerbs)
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

                return clause.Length > 0 ? (who, span, new TextSpan(sentence.Start + at, verb.Length), clause) : null;
            }
        }

        foreach (var verb in KoreanVerbs)
        {
            var at = body.IndexOf(verb, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            for (var i = SortedSpans.LowerBound(context.Mentions, sentence.Start); i < context.Mentions.Count && context.Mentions[i].Span.End <= sentence.Start + at; i++)
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
                    while (run < text.Length && run - end <= 5 && text[run] is >= '\uAC00' and <= '\uD7A3')
                    {
                        run++;
                    }

                    end = run > end + 1 && text[run - 1] is '은' or '는' or '이' or '가' ? run - 1 : end;
                }

                if (speaker is null || end >= text.Length || text[end] is not ('은' or '는' or '이' or '가'))
                {
                    continue;
                }

                var clause = Trimmed(text, end + 1, sentence.Start + at);
                return clause.Length > 0 ? (speaker, mention.Span, new TextSpan(sentence.Start + at + 2, verb.Length - 2), clause) : null;
            }
        }

        return null;
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

    private static bool FollowsClauseEnd(string text, int verbStart, int sentenceStart)
    {
        var i = verbStart;
        while (i > sentenceStart && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i > sentenceStart && (text[i - 1] is ',' or '—' or '–' or '-' || Quotes.IsQuoteMark(text[i - 1]));
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

    /// <summary>「…」と述べた: the verb follows the quote and と; the speaker is the person named before the quote.</summary>
    private static Attribution JapaneseAttribution(StatementContext context, TextSpan sentence, List<Quote> quotes)
    {
        var text = context.Text;
        foreach (var quote in quotes)
        {
            var after = quote.Close + 1;
            if (after < sentence.End && text[after] == 'と')
            {
                var length = SpeechVerbs.JapaneseVerbAt(text, after + 1);
                if (length > 0)
                {
                    var person = context.TopicBefore(sentence.Start, quote.Open);
                    return new Attribution(person?.Speaker, new TextSpan(after + 1, length), person?.Span, false);
                }
            }
        }

        return default;
    }

    /// <summary>
    /// The reported clause of a speech verb: after it ("Putin said [Wednesday] Russia …", "told local media he …",
    /// "said in Tokyo on Thursday that …"), or, when the verb closes the sentence, before its subject
    /// ("The policy … makes it impossible, Rudenko said on Tuesday.").
    /// </summary>
    private static TextSpan? ReportedClause(string text, TextSpan verb, TextSpan? subject, TextSpan sentence, IReadOnlyList<DateMention> dates)
    {
        var end = sentence.End;
        while (end > verb.End && (text[end - 1] is '.' or '!' or '?' or '。' || char.IsWhiteSpace(text[end - 1])))
        {
            end--;
        }

        // With the subject after the verb ("…, заявил Мацуно", "…, said Putin") what was said stands before the verb.
        var subjectAfterVerb = subject is { } s && s.Start >= verb.End;
        var start = subjectAfterVerb ? end : verb.End;
        var window = text.AsSpan(start, Math.Min(end, start + 80) - start);
        var that = ComplementizerThat(window);
        var что = window.IndexOf(", что ", StringComparison.Ordinal);
        if (that >= 0)
        {
            start += that + " that ".Length;
        }
        else if (что >= 0)
        {
            start += что + ", что ".Length;
        }
        else
        {
            start = SkipDateRightAfter(text, start, dates);
            if (IsTell(text.AsSpan(verb.Start, verb.Length)))
            {
                var afterAddressee = SkipAddressee(text, start, end);

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

        if (start < end && Words.Count(text, TextSpan.FromBounds(start, end)) >= 3 && !OnlyCircumstance(text, TextSpan.FromBounds(start, end), dates))
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
    /// The " that " introducing the clause, when only circumstances stand between it and the verb ("said in Tokyo
    /// on Thursday that", "noted, however, that"); not a relative "that" further on ("islands … that are disputed").
    /// </summary>
    private static int ComplementizerThat(ReadOnlySpan<char> window)
    {
        var index = window.IndexOf(" that ", StringComparison.Ordinal);
        if (index < 0)
        {
            return -1;
        }

        var words = 0;
        foreach (var range in window[..index].Split(' '))
        {
            var word = window[range].Trim(",;");
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            var circumstance = char.IsUpper(word[0]) || char.IsDigit(word[0]) || word is "in" or "on" or "at" or "during" or "the" or "a" or "an"
                or "last" or "this" or "however" or "also" or "after" or "before" or "reporters" or "journalists" or "media" or "local" or "press"
                or "conference" or "again" or "earlier" or "later" or "today" or "yesterday" or "him" or "her" or "them" or "us";
            if (!circumstance || words > 6)
            {
                return -1;
            }
        }

        return index;
    }

    private static bool IsTell(ReadOnlySpan<char> verb) => verb is "told" or "tells" or "telling" or "tell";

    /// <summary>
    /// "told local media he will …": the reported clause starts at its subject pronoun; with none ("…,” Hayashi told
    /// reporters on Monday.") what follows "told" is only its addressee, and there is no clause.
    /// </summary>
    private static int SkipAddressee(string text, int start, int end)
    {
        var words = 0;
        foreach (var word in Words.In(text, TextSpan.FromBounds(start, end)))
        {
            if (++words > 6)
            {
                break;
            }

            if (text.AsSpan(word.Start, word.Length) is "he" or "she" or "it" or "they" or "we" or "I" or "Japan" or "Russia" or "Tokyo" or "Moscow")
            {
                return word.Start;
            }
        }

        return end;
    }

    /// <summary>"said Wednesday the conditions …", "said on Feb. 1 the revision …": the date belongs to the verb, not the clause.</summary>
    private static int SkipDateRightAfter(string text, int start, IReadOnlyList<DateMention> dates)
    {
        var i = start;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (text.AsSpan(i).StartsWith("on ", StringComparison.Ordinal))
        {
            i += 3;
        }

        var index = SortedSpans.LowerBound(dates, i);
        return index < dates.Count && dates[index].Span.Start == i ? dates[index].Span.End : start;
    }

    /// <summary>A clause made only of a place or date ("on the sidelines", "in Tokyo on Thursday") is not what was said.</summary>
    private static bool OnlyCircumstance(string text, TextSpan clause, IReadOnlyList<DateMention> dates)
    {
        var words = Words.In(text, clause);
        var first = words.MoveNext() ? words.Current : default;
        return text.AsSpan(first.Start, first.Length) is "on" or "in" or "at" or "during" or "while" or "after" or "before" or "to"
            && Words.Count(text, clause) <= 8 && !text.AsSpan(clause.Start, clause.Length).Contains(" that ", StringComparison.Ordinal)
            || (SortedSpans.LowerBound(dates, clause.Start) is var i && i < dates.Count && dates[i].Span.Start == clause.Start && dates[i].Span.End >= clause.End - 1);
    }
}
