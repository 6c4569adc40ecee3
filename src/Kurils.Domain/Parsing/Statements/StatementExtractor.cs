using System.Collections.Immutable;
using NodaTime;

namespace Kurils.Domain.Parsing;

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

    public (List<ArticleStatement> Statements, List<Mention> Anaphora) Extract(
        string text, ImmutableArray<Segment> segments, IReadOnlyList<Mention> mentions, IReadOnlyList<DateMention> dates)
    {
        var paragraphs = new List<(TextSpan Span, int Segment)>();
        for (var s = 0; s < segments.Length; s++)
        {
            if (segments[s].Kind == SegmentKind.Body && !segments[s].Content.IsEmpty)
            {
                paragraphs.Add((segments[s].Content, s));
            }
        }

        var quotes = Quotes.Find(text, paragraphs.Select(p => p.Span).ToList());
        var context = new Context(text, mentions.Where(m => !m.InComment).ToList(), dates);
        var statements = new List<ArticleStatement>();
        var anaphora = new List<Mention>();
        var quoteIndex = 0;
        foreach (var (paragraph, segment) in paragraphs)
        {
            string? lastSpeakerInParagraph = null;
            foreach (var sentence in Sentences.Split(text, paragraph))
            {
                // Quotes that end in this sentence (a run-on quote is handled once, where it closes).
                var inSentence = new List<Quote>();
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

                if (inSentence.Count == 0 && attribution.Verb is { } verb && attribution.Speaker is not null)
                {
                    var reported = ReportedClause(text, verb, attribution.SpeakerSpan, sentence, dates);
                    if (reported is { } clause && !InsideQuote(quotes, clause))
                    {
                        var date = context.DateNear(sentence, clause, verb) ?? context.LastDateOf(attribution.Speaker);
                        statements.Add(new ArticleStatement(StatementKind.Reported, attribution.Speaker, clause, verb, attribution.SpeakerSpan, date, Link(attribution.Speaker, date)));
                        context.Remember(attribution.Speaker, date);
                        lastSpeakerInParagraph = attribution.Speaker;
                    }
                }

                if (attribution is { Speaker: { } who, SpeakerSpan: { } pronoun, ByPronoun: true })
                {
                    anaphora.Add(new Mention(EntityKind.Person, who, pronoun, segment, false, MentionMethod.Anaphora));
                }
            }
        }

        return (statements, anaphora);
    }

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

    private static bool InsideQuote(ImmutableArray<Quote> quotes, TextSpan span) =>
        quotes.Any(q => q.Open <= span.Start && span.Start <= q.Close);

    private readonly record struct Attribution(string? Speaker, TextSpan? Verb, TextSpan? SpeakerSpan, bool ByPronoun);

    /// <summary>Finds the speech verb of a sentence and its subject, outside any quotation in it.</summary>
    private static Attribution FindAttribution(Context context, TextSpan sentence, List<Quote> quotes)
    {
        var text = context.Text;
        foreach (var word in Words(text, sentence))
        {
            if (quotes.Any(q => q.Inner.Contains(word.Start)))
            {
                continue;
            }

            if (!SpeechVerbs.IsVerb(text.AsSpan(word.Start, word.Length)))
            {
                continue;
            }

            // Subject before the verb ("Putin said", "Kato told", "He noted", "the Chief Cabinet Secretary said").
            if (context.SubjectBefore(word.Start, sentence.Start) is { } before)
            {
                return new Attribution(before.Speaker, word, before.Span, before.ByPronoun);
            }

            // Inverted after a quote: ", said Putin".
            if (context.SubjectAfter(word.End, sentence.End) is { } after)
            {
                return new Attribution(after.Speaker, word, after.Span, after.ByPronoun);
            }

        }

        return JapaneseAttribution(context, sentence, quotes);
    }

    /// <summary>「…」と述べた: the verb follows the quote and と; the speaker is the person named before the quote.</summary>
    private static Attribution JapaneseAttribution(Context context, TextSpan sentence, List<Quote> quotes)
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
                    var person = context.LastPersonBetween(sentence.Start, quote.Open);
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

        var start = verb.End;
        var window = text.AsSpan(start, Math.Min(end, verb.End + 80) - start);
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
                start = SkipAddressee(text, start, end);
            }
        }

        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == ','))
        {
            start++;
        }

        if (start < end && WordCount(text, TextSpan.FromBounds(start, end)) >= 3 && !OnlyCircumstance(text, TextSpan.FromBounds(start, end), dates))
        {
            return TextSpan.FromBounds(start, end);
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

            if (separator > sentence.Start && text[separator - 1] is ',' or '—' or '–' && WordCount(text, TextSpan.FromBounds(sentence.Start, before)) >= 3)
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

    /// <summary>"told local media he will …": the reported clause starts at its subject pronoun.</summary>
    private static int SkipAddressee(string text, int start, int end)
    {
        var words = 0;
        foreach (var word in Words(text, TextSpan.FromBounds(start, end)))
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

        return start;
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

        foreach (var date in dates)
        {
            if (date.Span.Start == i)
            {
                return date.Span.End;
            }
        }

        return start;
    }

    /// <summary>A clause made only of a place or date ("on the sidelines", "in Tokyo on Thursday") is not what was said.</summary>
    private static bool OnlyCircumstance(string text, TextSpan clause, IReadOnlyList<DateMention> dates)
    {
        var first = Words(text, clause).FirstOrDefault();
        return text.AsSpan(first.Start, first.Length) is "on" or "in" or "at" or "during" or "while" or "after" or "before"
            && WordCount(text, clause) <= 8 && !text.AsSpan(clause.Start, clause.Length).Contains(" that ", StringComparison.Ordinal)
            || dates.Any(d => d.Span.Start == clause.Start && d.Span.End >= clause.End - 1);
    }

    private static int WordCount(string text, TextSpan span) => Words(text, span).Count();

    private static IEnumerable<TextSpan> Words(string text, TextSpan range)
    {
        var i = range.Start;
        while (i < range.End)
        {
            while (i < range.End && !char.IsLetter(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < range.End && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                yield return TextSpan.FromBounds(start, i);
            }
        }
    }

    /// <summary>What the extractor knows while reading: mentions, dates, and the last speaker and their dates.</summary>
    private sealed class Context(string text, List<Mention> mentions, IReadOnlyList<DateMention> dates)
    {
        private readonly Dictionary<string, LocalDate> _lastDate = new(StringComparer.Ordinal);
        private string? _lastSpeaker;

        public string Text { get; } = text;

        public void Remember(string? speaker, LocalDate? date)
        {
            if (speaker is null)
            {
                return;
            }

            _lastSpeaker = speaker;
            if (date is { } d)
            {
                _lastDate[speaker] = d;
            }
        }

        public LocalDate? LastDateOf(string? speaker) => speaker is not null && _lastDate.TryGetValue(speaker, out var d) ? d : null;

        /// <summary>
        /// A date in the sentence outside the statement's own text, nearest the verb (the earlier one on a tie).
        /// Dates are in text order: walk outward from the verb and stop at the first usable date on each side, so
        /// that a sentence with thousands of quotes and dates is not quadratic.
        /// </summary>
        public LocalDate? DateNear(TextSpan sentence, TextSpan statement, TextSpan? verb)
        {
            var anchor = verb?.Start ?? statement.Start;
            var split = FirstStartingAtOrAfter(anchor);
            DateMention? before = null;
            for (var i = split - 1; i >= 0 && dates[i].Span.Start >= sentence.Start; i--)
            {
                if (Usable(dates[i]))
                {
                    // Of usable dates starting at the same offset, the first in text order wins.
                    before = dates[i];
                    for (var j = i - 1; j >= 0 && dates[j].Span.Start == before.Span.Start; j--)
                    {
                        before = Usable(dates[j]) ? dates[j] : before;
                    }

                    break;
                }
            }

            DateMention? after = null;
            for (var i = split; i < dates.Count && dates[i].Span.Start < sentence.End; i++)
            {
                if (Usable(dates[i]))
                {
                    after = dates[i];
                    break;
                }
            }

            var best = before is null || (after is not null && after.Span.Start - anchor < anchor - before.Span.Start) ? after : before;
            return best?.Date;

            bool Usable(DateMention date) =>
                date.Date is not null && date.Precision == DatePrecision.Day && sentence.Contains(date.Span) && !statement.Contains(date.Span);
        }

        private int FirstStartingAtOrAfter(int offset)
        {
            int low = 0, high = dates.Count;
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if (dates[middle].Span.Start < offset)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }

        public (string? Speaker, TextSpan Span, bool ByPronoun)? SubjectBefore(int verbStart, int sentenceStart)
        {
            // Walk back over adverbs ("also", "however") and an appositive between commas.
            var i = verbStart;
            while (true)
            {
                var w = PreviousWord(i, sentenceStart);
                if (w is not { } word)
                {
                    break;
                }

                var gap = Text.AsSpan(word.End, i - word.End);
                if (SpeechVerbs.IsAdverb(Text.AsSpan(word.Start, word.Length)) && gap.Trim().IsEmpty)
                {
                    i = word.Start;
                    continue;
                }

                break;
            }

            var end = i;
            while (end > sentenceStart && char.IsWhiteSpace(Text[end - 1]))
            {
                end--;
            }

            if (end > sentenceStart && Text[end - 1] == ',')
            {
                // "Dmitry Medvedev, the deputy chairman of Russia's Security Council and former president, said":
                // the subject stands before the appositive.
                var comma = Text.LastIndexOf(',', end - 2, end - 1 - sentenceStart);
                if (comma > sentenceStart)
                {
                    end = comma;
                }
            }

            var mention = mentions.LastOrDefault(m => m.Span.End <= end && m.Span.End >= end - 1 && m.Span.Start >= sentenceStart);
            if (mention is not null)
            {
                var speaker = mention.Kind switch
                {
                    EntityKind.Person => mention.Id,
                    EntityKind.Office => mention.HolderId,
                    _ => null,
                };
                return mention.Kind is EntityKind.Person or EntityKind.Office ? (speaker, mention.Span, false) : null;
            }

            if (PreviousWord(end, sentenceStart) is { } pronoun && pronoun.End == end && SpeechVerbs.IsPronoun(Text.AsSpan(pronoun.Start, pronoun.Length)))
            {
                return (_lastSpeaker ?? LastSubjectPerson(pronoun.Start), pronoun, true);
            }

            return null;
        }

        public (string? Speaker, TextSpan Span, bool ByPronoun)? SubjectAfter(int verbEnd, int sentenceEnd)
        {
            var mention = mentions.FirstOrDefault(m => m.Span.Start >= verbEnd && m.Span.Start <= verbEnd + 1 && m.Span.End <= sentenceEnd);
            if (mention is { Kind: EntityKind.Person or EntityKind.Office })
            {
                return (mention.Kind == EntityKind.Person ? mention.Id : mention.HolderId, mention.Span, false);
            }

            return null;
        }

        public (string? Speaker, TextSpan Span)? LastPersonBetween(int start, int end)
        {
            var mention = mentions.LastOrDefault(m => m.Span.Start >= start && m.Span.End <= end && m.Kind is EntityKind.Person or EntityKind.Office);
            return mention is null ? null : (mention.Kind == EntityKind.Person ? mention.Id : mention.HolderId, mention.Span);
        }

        /// <summary>With no earlier speaker, a pronoun means the last person named, if one was named recently.</summary>
        private string? LastSubjectPerson(int before)
        {
            var mention = mentions.LastOrDefault(m => m.Kind == EntityKind.Person && m.Span.End <= before && before - m.Span.End < 400);
            return mention?.Id;
        }

        private TextSpan? PreviousWord(int before, int limit)
        {
            var i = before;
            while (i > limit && !char.IsLetter(Text[i - 1]))
            {
                if (Text[i - 1] is ',' or '.' or ';' or ':' || Quotes.IsQuoteMark(Text[i - 1]))
                {
                    return null;
                }

                i--;
            }

            var end = i;
            while (i > limit && char.IsLetter(Text[i - 1]))
            {
                i--;
            }

            return end > i ? TextSpan.FromBounds(i, end) : null;
        }
    }
}
