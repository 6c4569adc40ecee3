using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Statements;

// The topic of a sentence in Japanese, Korean and Chinese: the person or office marked with は, が, 은/는, and the unknown name before a marker.
internal sealed partial class StatementContext
{
    // The topic the sentences read so far left (Japanese, Korean, Chinese): who the last sentence that named one was about,
    // where it was named; a sentence without a subject continues it (see ContinuedSpeaker).
    private (string? Speaker, TextSpan? Name, int At)? _topic;

    /// <summary>Whether the article's languages carry a topic from sentence to sentence: they mark it (は, 은) or write no spaces.</summary>
    private bool CarriesTopics => !speech.TopicMarkers.IsEmpty || !speech.InlineVerbs.IsEmpty;

    /// <summary>
    /// Notes the topic of a sentence read to its end: the person, office or institution marked as its topic (林外相は, 푸틴
    /// 대통령은), a name the catalog lacks so marked (中村浩さんは), or in a language without topic markers the person the
    /// sentence opens with (普京5日…); a sentence with none leaves the earlier topic standing.
    /// </summary>
    private void NoteTopic(TextSpan sentence)
    {
        if (!CarriesTopics)
        {
            return;
        }

        if (TopicBefore(sentence.Start, sentence.End) is { } topic)
        {
            _topic = (topic.Speaker, null, topic.Span.Start);
        }
        else if ((UnknownTopic(sentence.Start, sentence.End) ?? TitledTopic(sentence.Start, sentence.End)) is { } unknown)
        {
            _topic = (null, unknown, unknown.Start);
        }
        else if (speech.TopicMarkers.IsEmpty && OpeningPerson(sentence) is { } opening)
        {
            _topic = (SpeakerOf(opening), null, opening.Span.Start);
        }
    }

    /// <summary>The person or office (with its holder, perhaps unknown) a sentence opens with, after a date or place at most.</summary>
    private Mention? OpeningPerson(TextSpan sentence)
    {
        const int MaxLead = 12; // a date or a place before the subject: "5日，在东京，…"
        var i = SortedSpans.LowerBound(mentions, sentence.Start);
        if (i >= mentions.Count || mentions[i].Span.End > sentence.End || mentions[i].Span.Start - sentence.Start > MaxLead
            || mentions[i].Kind is not (EntityKind.Person or EntityKind.Office))
        {
            return null;
        }

        // The title, then the name: 俄罗斯总统普京.
        return mentions[i].Kind == EntityKind.Office && i + 1 < mentions.Count && mentions[i + 1].Kind == EntityKind.Person && mentions[i + 1].Span.Start - mentions[i].Span.End <= 1
            ? mentions[i + 1] : mentions[i];
    }

    /// <summary>
    /// The topic a sentence without a subject continues: the last sentence's topic when it was named after the last
    /// speaker spoke (then they are the one the story has turned to); null when there is none or the last speaker is newer.
    /// An empty pair when the topic is someone the parser cannot name: the sentence continues them, not an earlier speaker.
    /// </summary>
    private (string? Speaker, TextSpan? Name)? ContinuedTopic(int sentenceStart) =>
        _topic is { } topic && topic.At >= _lastSpokeAt && topic.At < sentenceStart && sentenceStart - topic.At <= ContinuationWindow
            ? (topic.Speaker, topic.Name) : null;

    /// <summary>
    /// A topic or subject that names no one but points back to someone, opening the clause from <paramref name="clauseStart"/>
    /// (after a date or a comma): a pronoun (그는, 彼は) or a role noun, perhaps after a determiner (장관은, 同氏は, 这位部长);
    /// with the person it stands for (<see cref="PronounAntecedent"/>, or who held an office the role names on the
    /// statement's date) and where the description ends, for the caller to check the marker or the verb after it.
    /// </summary>
    /// <param name="sentenceStart">Where the sentence starts.</param>
    /// <param name="clauseStart">Where the description may start.</param>
    /// <param name="end">Where it must end.</param>
    /// <param name="referenceEnd">Where the pronoun or description ends.</param>
    /// <param name="bareRole">Whether a role without a determiner counts: not after another word, whose title it is (김정은 위원장이).</param>
    public (string? Speaker, TextSpan Span, bool ByPronoun, TextSpan? Name)? ReferenceOpening(int sentenceStart, int clauseStart, int end, out int referenceEnd, bool bareRole = true)
    {
        referenceEnd = -1;
        var at = SkipLead(clauseStart, end);
        for (var length = Math.Min(3, end - at); length > 0; length--)
        {
            var word = new TextSpan(at, length);
            if (speech.IsPronoun(Text.AsSpan(word.Start, word.Length)) && !StartsMention(word))
            {
                referenceEnd = word.End;
                var antecedent = PronounAntecedent(sentenceStart, word);
                return (antecedent.Speaker, word, true, antecedent.Name);
            }
        }

        var determiner = speech.DeterminerAt(Text, at, end);
        if (determiner == 0 && !bareRole)
        {
            return null;
        }

        var roleStart = determiner == 0 ? at : SkipSpaces(at + determiner, end);
        var role = roleStart < end ? speech.RoleAt(Text, roleStart, end) : 0;
        if (role == 0 || StartsMention(new TextSpan(roleStart, role)))
        {
            return null;
        }

        var description = TextSpan.FromBounds(at, roleStart + role);
        referenceEnd = description.End;
        var holder = RoleHolder(OfficesNamedByRole(Text.Substring(roleStart, role)), description.Start);
        return (holder?.Speaker, description, holder?.Speaker is not null, holder?.Speaker is null ? holder?.Name : null);
    }

    /// <summary>
    /// A pronoun or role marked as the topic before <paramref name="end"/> (그는, 이에 대해 그녀는, 장관은, 同氏は): the first such
    /// description opening the sentence or a clause in it (after a space or a comma), with the marker right after it.
    /// </summary>
    public (string? Speaker, TextSpan Span, bool ByPronoun, TextSpan? Name)? ReferenceTopic(int sentenceStart, int end)
    {
        if (speech.TopicMarkers.IsEmpty)
        {
            return null;
        }

        for (var at = sentenceStart; at < end; at++)
        {
            // A role after another word is that word's title ("김정은 위원장이"): only one opening the sentence or a clause stands alone.
            var opens = at == sentenceStart || speech.IsComma(Text[at - 1]) || SkipLead(sentenceStart, at) == at;
            if ((opens || char.IsWhiteSpace(Text[at - 1]))
                && !char.IsWhiteSpace(Text[at])
                && ReferenceOpening(sentenceStart, at, end, out var referenceEnd, bareRole: opens) is { } reference && MarksTopic(referenceEnd, end))
            {
                return reference;
            }
        }

        return null;
    }

    /// <summary>Whether a topic marker stands at <paramref name="at"/>, ending its word in a script written with spaces (그는 but not 그러나).</summary>
    private bool MarksTopic(int at, int end)
    {
        var marker = at < end ? speech.TopicMarkerAt(Text, at, end) : 0;
        var after = at + marker;
        return marker > 0 && (!Scripts.SeparatesWords(Scripts.Of(Text[at])) || after >= Text.Length || !char.IsLetter(Text[after]));
    }

    /// <summary>Where a determiner ending at <paramref name="end"/> starts (同 of 同外相), or null.</summary>
    private int? DeterminerEndingAt(int end)
    {
        foreach (var determiner in speech.Determiners)
        {
            var start = end - determiner.Length;
            if (start >= 0 && Text.AsSpan(start, determiner.Length).SequenceEqual(determiner) && speech.DeterminerAt(Text, start, end) == determiner.Length)
            {
                return start;
            }
        }

        return null;
    }

    /// <summary>Where the words of a clause start after the spaces, dates and commas that lead it ("5일 ", "5日、").</summary>
    private int SkipLead(int at, int end)
    {
        while (at < end)
        {
            if (char.IsWhiteSpace(Text[at]) || speech.IsComma(Text[at]))
            {
                at++;
            }
            else if (SortedSpans.LowerBound(dates, at) is var d && d < dates.Count && dates[d].Span.Start == at && dates[d].Span.Length > 0 && dates[d].Span.End <= end)
            {
                at = dates[d].Span.End;
            }
            else
            {
                break;
            }
        }

        return at;
    }

    private int SkipSpaces(int at, int end)
    {
        while (at < end && char.IsWhiteSpace(Text[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>Whether a mention of the catalog starts inside the span (a name, not a pronoun or role: 그레고리, 彼得).</summary>
    private bool StartsMention(TextSpan span)
    {
        var index = SortedSpans.LowerBound(mentions, span.Start);
        return (index < mentions.Count && mentions[index].Span.Start < span.End) || (index > 0 && mentions[index - 1].Span.End > span.Start);
    }

    /// <summary>
    /// The topic of a sentence in a language without spaces, when the catalog does not know it: the run of Han or
    /// katakana before a topic marker ("阿部稔店主(69)は"), without the titles and office names that end it.
    /// </summary>
    public TextSpan? UnknownTopic(int start, int end)
    {
        for (var m = start + 1; m < end; m++)
        {
            // Only a place a marker starts at can hold one: go straight to the next.
            m = speech.NextTopicMarkerPlace(Text, m, end);
            if (m >= end || speech.TopicMarkerAt(Text, m, end) == 0 || Scripts.SeparatesWords(Scripts.Of(Text[m])))
            {
                continue;
            }

            // An age or an aside in brackets may stand between the name and the marker: 阿部稔店主(69)は.
            var runEnd = m;
            if (Text[runEnd - 1] is ')' or '）')
            {
                var open = Text.LastIndexOfAny(['(', '（'], runEnd - 1, Math.Min(8, runEnd - start));
                runEnd = open > start ? open : runEnd;
            }

            // A title written in another script than the name (さん after kanji) ends it before the run is read.
            foreach (var title in speech.SuffixTitles)
            {
                if (!IsTitleLetter(title[0]) && runEnd - start > title.Length && Text.AsSpan(start, runEnd - start).EndsWith(title, StringComparison.Ordinal))
                {
                    runEnd -= title.Length;
                    break;
                }
            }

            var runStart = runEnd;
            while (runStart > start && runEnd - runStart < 16 && IsTitleLetter(Text[runStart - 1]))
            {
                runStart--;
            }

            // An office the catalog knows ends the run: the name stands before it.
            var index = SortedSpans.LowerBound(mentions, runStart);
            for (var i = index; i < mentions.Count && mentions[i].Span.End <= runEnd; i++)
            {
                if (mentions[i].Kind is EntityKind.Person)
                {
                    return null; // a known person: not this rule's
                }

                if (mentions[i].Kind is EntityKind.Office && mentions[i].Span.End == runEnd)
                {
                    runEnd = mentions[i].Span.Start;
                }
                else if (mentions[i].Span.End > runStart)
                {
                    runStart = mentions[i].Span.End; // a country or organisation before the name: 外務省の…
                }
            }

            var stripped = true;
            while (stripped)
            {
                stripped = false;
                foreach (var title in speech.SuffixTitles)
                {
                    if (runEnd - runStart > title.Length && Text.AsSpan(runStart, runEnd - runStart).EndsWith(title, StringComparison.Ordinal))
                    {
                        runEnd -= title.Length;
                        stripped = true;
                        break;
                    }
                }
            }

            if (runEnd > runStart && NamesakeEnding(TextSpan.FromBounds(runStart, runEnd)) is { } namesake)
            {
                return namesake; // 岸田さんは after 漁師の岸田太郎さん
            }

            if (runEnd - runStart < 2)
            {
                return null;
            }

            // "中村さんは" after "中村浩さん（85）は": the family name alone stands for the fuller name written before.
            var run = TextSpan.FromBounds(runStart, runEnd);
            return FullerHanName(run) ?? run;
        }

        return null;
    }

    /// <summary>
    /// The speaker of a Japanese sentence: the person or office marked as its topic or subject with は or が
    /// ("林官房長官は…「…」と述べた"), not merely the last person named before the quote.
    /// </summary>
    public (string? Speaker, TextSpan Span)? TopicBefore(int start, int end)
    {
        for (var i = SortedSpans.LowerBound(mentions, start); i < mentions.Count && mentions[i].Span.End <= end; i++)
        {
            if (Marked(i, end) is { } marked)
            {
                return (marked.Speaker, marked.Span);
            }
        }

        return null;
    }

    /// <summary>
    /// "러시아 외무부는 김 위원장이 라브로프 장관을 "친근한 벗"이라고 부르며 …", "林長官は、プーチン大統領が「…」と述べたことに": the
    /// subject of the clause a quotation stands in, when someone other than the sentence's topic is marked after it with no
    /// comma between them and the quotation (a comma closes that subject's clause: "ロシア外務省が…と批判したことに関し、「…」").
    /// A catalog person, office or institution, or a titled name the catalog lacks; null when the topic is the nearest.
    /// </summary>
    public (string? Speaker, TextSpan Span, TextSpan? Name)? ClauseSubjectBefore(int topicEnd, int quoteOpen)
    {
        for (var i = SortedSpans.LowerBound(mentions, quoteOpen) - 1; i >= 0 && mentions[i].Span.Start >= topicEnd; i--)
        {
            // The title after a name ("ラブロフ外相が") is that person's: the name is read next.
            var titleOfName = mentions[i].Kind == EntityKind.Office && i > 0 && mentions[i - 1].Kind == EntityKind.Person && mentions[i].Span.Start - mentions[i - 1].Span.End <= 1;
            if (!titleOfName && mentions[i].Span.End <= quoteOpen && Marked(i, quoteOpen) is { } marked)
            {
                return NoCommaBetween(marked.After, quoteOpen) ? (marked.Speaker, marked.Span, null) : null;
            }
        }

        // A titled name the catalog lacks: "김 위원장이" (for 김정은 위원장, named before).
        return TitledTopic(topicEnd, quoteOpen, out var markerEnd) is { } name && NoCommaBetween(markerEnd, quoteOpen) ? (null, name, name) : null;

        bool NoCommaBetween(int from, int to)
        {
            for (var at = from; at < to; at++)
            {
                if (speech.IsComma(Text[at]) || speech.Quotes.IsQuoteMark(Text[at]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// Whether mention <paramref name="i"/> is marked as a topic or subject before <paramref name="end"/>, perhaps with its title
    /// between ("林官房長官は", "プーチン大統領が", "푸틴 대통령은", "ザハロワ報道官は"): who it names and where its marker ends.
    /// </summary>
    private (string? Speaker, TextSpan Span, int After)? Marked(int i, int end)
    {
        var mention = mentions[i];
        if (mention.Kind is not (EntityKind.Person or EntityKind.Office or EntityKind.Institution))
        {
            return null;
        }

        // A name with its title after it ("林官房長官", "プーチン大統領") takes the particle after the title.
        var after = mention.Span.End;
        var title = i + 1 < mentions.Count && mentions[i + 1].Span.Start == after && mentions[i + 1].Kind == EntityKind.Office ? mentions[i + 1] : null;
        if (title is not null)
        {
            after = title.Span.End;
        }
        else if (after + 1 < end && Text[after] == ' ' && Scripts.SeparatesWords(Scripts.Of(Text[after + 1])))
        {
            // A title the catalog does not know after a space, carrying the marker: "푸틴 대통령은".
            var run = after + 1;
            while (run < end && run - after <= 6 && char.IsLetter(Text[run]) && Scripts.Of(Text[run]) == Scripts.Of(Text[mention.Span.End - 1]))
            {
                run++;
            }

            var marker = run - 1 > after + 1 ? speech.TopicMarkerAt(Text, run - 1, run) : 0;
            after = marker > 0 ? run - 1 : after;
        }
        else
        {
            // An untitled name or a title the catalog does not know ("ザハロワ報道官"): a short run of kanji or katakana.
            while (after < end && after - mention.Span.End < 6 && IsTitleLetter(Text[after]))
            {
                after++;
            }
        }

        var length = after < end ? speech.TopicMarkerAt(Text, after, end) : 0;
        if (length == 0)
        {
            return null;
        }

        var speaker = mention.Kind is EntityKind.Person or EntityKind.Institution ? mention.Id : mention.HolderId ?? title?.HolderId;

        // "同外相は": an office after a determiner points back to the person named before who held one of that name.
        if (mention.Kind == EntityKind.Office && DeterminerEndingAt(mention.Span.Start) is { } determiner)
        {
            var role = Text.Substring(mention.Span.Start, mention.Span.Length);
            return (RoleHolder(OfficesNamedByRole(role), determiner)?.Speaker, TextSpan.FromBounds(determiner, mention.Span.End), after + length);
        }

        return (speaker, mention.Span, after + length);
    }

    /// <summary>
    /// The fuller name a short name in kanji stands for: the last place before it, within a window, where the same letters
    /// are followed by one to three more and then a title, an aside in brackets or a topic marker ("中村浩さん" for "中村").
    /// </summary>
    private TextSpan? FullerHanName(TextSpan run)
    {
        const int MaxGiven = 3;
        const int Window = 2000;
        var name = Text.AsSpan(run.Start, run.Length);
        var from = Math.Max(0, run.Start - Window);
        for (var at = Text.AsSpan(from, run.Start - from).LastIndexOf(name, StringComparison.Ordinal); at >= 0; at = Text.AsSpan(from, at).LastIndexOf(name, StringComparison.Ordinal))
        {
            var start = from + at;
            var end = start + run.Length;
            while (end < run.Start && end - start - run.Length < MaxGiven && Scripts.Of(Text[end]) == Script.Han && !StartsTitle(end))
            {
                end++;
            }

            if (end > start + run.Length && end < run.Start && (StartsTitle(end) || Text[end] is '(' or '（' || speech.TopicMarkerAt(Text, end, run.Start) > 0)
                && !StartsMention(TextSpan.FromBounds(start, end)))
            {
                return TextSpan.FromBounds(start, end);
            }

            if (at == 0)
            {
                break;
            }
        }

        return null;

        bool StartsTitle(int at)
        {
            foreach (var title in speech.SuffixTitles)
            {
                if (Text.AsSpan(at, Math.Min(title.Length, Text.Length - at)).SequenceEqual(title))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A letter of an untitled name's title run: Han, or katakana (from U+30A0), not the hiragana of particles.</summary>
    private static bool IsTitleLetter(char c) => Scripts.Of(c) switch
    {
        Script.Han => true,
        Script.Kana => c >= 0x30A0,
        _ => false,
    };
}
