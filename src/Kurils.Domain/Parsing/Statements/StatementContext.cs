using Kurils.Domain.Languages;
using NodaTime;

namespace Kurils.Domain.Parsing.Statements;

/// <summary>
/// What the statement extractor knows while it reads an article in order: the mentions and dates (sorted, searched by
/// binary search), and the last speaker and the dates they spoke on, for pronouns and follow-up quotes.
/// </summary>
internal sealed class StatementContext(string text, List<Mention> mentions, IReadOnlyList<DateMention> dates, SpeechLexicon speech)
{
    public SpeechLexicon Speech => speech;

    public IReadOnlyList<DateMention> Dates => dates;

    public IReadOnlyList<Mention> Mentions => mentions;

    private readonly Dictionary<string, LocalDate> _lastDate = new(StringComparer.Ordinal);
    private string? _lastSpeaker;
    private TextSpan? _lastName;
    private int _lastSpokeAt = int.MinValue / 2;

    // How far back a sentence without a subject may find the speaker it continues.
    private const int ContinuationWindow = 600;

    public string Text { get; } = text;

    public void Remember(string? speaker, LocalDate? date, int at, TextSpan? name = null)
    {
        if (speaker is null)
        {
            if (name is not null)
            {
                // A speaker the catalog lacks: a following sentence without a subject continues them, not an earlier one.
                _lastName = name;
                _lastSpokeAt = at;
                _lastSpeaker = null;
            }

            return;
        }

        _lastSpeaker = speaker;
        _lastName = null;
        _lastSpokeAt = at;
        if (date is { } d)
        {
            _lastDate[speaker] = d;
        }
    }

    /// <summary>
    /// The speaker a sentence without a subject continues ("その上で「…」と指摘した", "— dodał."): in a language that
    /// drops subjects, the last speaker, when they spoke shortly before and nobody else is named in the sentence
    /// before the verb.
    /// </summary>
    public (string? Speaker, TextSpan? Name)? ContinuedSpeaker(int sentenceStart, int verbStart)
    {
        if (!speech.DropsSubject || (_lastSpeaker is null && _lastName is null) || sentenceStart - _lastSpokeAt > ContinuationWindow)
        {
            return null;
        }

        for (var i = SortedSpans.LowerBound(mentions, sentenceStart); i < mentions.Count && mentions[i].Span.Start < verbStart; i++)
        {
            if (mentions[i].Kind is EntityKind.Person or EntityKind.Office)
            {
                return null;
            }
        }

        return (_lastSpeaker, _lastName);
    }

    /// <summary>
    /// A person the catalog does not hold, named right before the verb: capitalised words that are neither
    /// frequent words nor other mentions, two at least, or one after a title ("Former islander Iwao Kondo said",
    /// "Governor Limarenko said"); the titles are not part of the name.
    /// </summary>
    public TextSpan? NameBefore(int verbStart, int sentenceStart)
    {
        var cursor = SkipAdverbsBack(verbStart, sentenceStart);
        while (cursor > sentenceStart && char.IsWhiteSpace(Text[cursor - 1]))
        {
            cursor--;
        }

        var words = new List<TextSpan>();
        while (PreviousWord(cursor, sentenceStart) is { } word && Text.AsSpan(word.End, cursor - word.End).IsWhiteSpace()
            && (words.Count == 0 ? word.End == cursor : cursor - word.End == 1) && NameWord(word))
        {
            words.Insert(0, word);
            cursor = word.Start;
        }

        // A title before the name stays outside it, unless it ends a longer run ("the" is frequent).
        if (cursor > sentenceStart && words.Count > 0 && PreviousWord(cursor, sentenceStart) is { } before && speech.IsTitle(Text.AsSpan(before.Start, before.Length)))
        {
            return NameOf(words, titled: true);
        }

        return NameOf(words, titled: false);
    }

    /// <summary>A person the catalog does not hold, named right after the verb ("…», a déclaré Mme Dupont", ", said Iwao Kondo").</summary>
    public TextSpan? NameAfter(int verbEnd, int sentenceEnd)
    {
        var words = new List<TextSpan>();
        var i = verbEnd;
        while (i < sentenceEnd)
        {
            var start = i;
            while (start < sentenceEnd && Text[start] == ' ')
            {
                start++;
            }

            if (start - i != 1 && !(words.Count == 0 && start > i))
            {
                break;
            }

            var end = start;
            while (end < sentenceEnd && (char.IsLetter(Text[end]) || (Text[end] is '-' or '.' && end + 1 < sentenceEnd && char.IsLetter(Text[end + 1]))))
            {
                end++;
            }

            if (end == start || !NameWord(TextSpan.FromBounds(start, end)))
            {
                break;
            }

            words.Add(TextSpan.FromBounds(start, end));
            i = end;
        }

        return NameOf(words, titled: false);
    }

    /// <summary>
    /// The topic of a sentence in a language without spaces, when the catalog does not know it: the run of Han or
    /// katakana before a topic marker ("阿部稔店主(69)は"), without the titles and office names that end it.
    /// </summary>
    public TextSpan? UnknownTopic(int start, int end)
    {
        for (var m = start + 1; m < end; m++)
        {
            if (speech.TopicMarkerAt(Text, m, end) == 0 || Scripts.SeparatesWords(Scripts.Of(Text[m])))
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

            return runEnd - runStart >= 2 ? TextSpan.FromBounds(runStart, runEnd) : null;
        }

        return null;
    }

    private bool NameWord(TextSpan word)
    {
        var text = Text.AsSpan(word.Start, word.Length);
        if (!char.IsUpper(text[0]) || speech.IsFrequent(text) || speech.IsPronoun(text) || speech.IsVerb(text))
        {
            return false;
        }

        // Part of a country, a territory or an organisation the catalog knows: not a person's name.
        var index = SortedSpans.LowerBound(mentions, word.End) - 1;
        return index < 0 || mentions[index].Span.End <= word.Start;
    }

    /// <summary>The name in a run of capitalised words, without the titles at either end; two words at least, or one after a title.</summary>
    private TextSpan? NameOf(List<TextSpan> words, bool titled)
    {
        var first = 0;
        var last = words.Count - 1;
        while (first <= last && speech.IsTitle(Text.AsSpan(words[first].Start, words[first].Length).TrimEnd('.')))
        {
            first++;
            titled = true;
        }

        while (last >= first && speech.IsTitle(Text.AsSpan(words[last].Start, words[last].Length).TrimEnd('.')))
        {
            last--;
        }

        var count = last - first + 1;
        return count >= 2 || (count == 1 && titled && words[first].Length >= 3) ? TextSpan.FromBounds(words[first].Start, words[last].End) : null;
    }

    private int SkipAdverbsBack(int verbStart, int sentenceStart)
    {
        var i = verbStart;
        while (PreviousWord(i, sentenceStart) is { } word && Text.AsSpan(word.End, i - word.End).Trim().IsEmpty && speech.IsAdverb(Text.AsSpan(word.Start, word.Length)))
        {
            i = word.Start;
        }

        return i;
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
        var split = SortedSpans.LowerBound(dates, anchor);
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
            if (speech.IsAdverb(Text.AsSpan(word.Start, word.Length)) && gap.Trim().IsEmpty)
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

        if (end - 1 > sentenceStart && Text[end - 1] == ',')
        {
            // "Dmitry Medvedev, the deputy chairman of Russia's Security Council and former president, said":
            // the subject stands before the appositive.
            var comma = Text.LastIndexOf(',', end - 2, end - 1 - sentenceStart);
            if (comma > sentenceStart)
            {
                end = comma;
            }
        }

        var mention = LastEndingAt(end, sentenceStart);
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

        if (PreviousWord(end, sentenceStart) is { } pronoun && pronoun.End == end && speech.IsPronoun(Text.AsSpan(pronoun.Start, pronoun.Length)))
        {
            return (_lastSpeaker ?? LastSubjectPerson(pronoun.Start), pronoun, true);
        }

        return null;
    }

    /// <summary>
    /// The subject after its verb: ", said Putin", "— сказал он", "заявил в понедельник генеральный секретарь …
    /// Хирокадзу Мацуно": a date, prepositions and a title may stand between; a title followed by a name is the name.
    /// </summary>
    public (string? Speaker, TextSpan Span, bool ByPronoun)? SubjectAfter(int verbEnd, int sentenceEnd, IReadOnlyList<DateMention> dates)
    {
        var i = verbEnd;
        var limit = Math.Min(sentenceEnd, verbEnd + 60);
        while (i < limit)
        {
            while (i < limit && char.IsWhiteSpace(Text[i]))
            {
                i++;
            }

            var index = SortedSpans.LowerBound(mentions, i);
            if (index < mentions.Count && mentions[index].Span.Start == i && mentions[index].Span.End <= sentenceEnd)
            {
                var mention = mentions[index];
                if (mention.Kind == EntityKind.Office && index + 1 < mentions.Count && mentions[index + 1].Kind == EntityKind.Person
                    && mentions[index + 1].Span.Start - mention.Span.End <= 3)
                {
                    mention = mentions[index + 1];
                }

                return mention.Kind switch
                {
                    EntityKind.Person => (mention.Id, mention.Span, false),
                    EntityKind.Office => (mention.HolderId, mention.Span, false),
                    _ => null,
                };
            }

            var dateIndex = SortedSpans.LowerBound(dates, i);
            if (dateIndex < dates.Count && dates[dateIndex].Span.Start == i)
            {
                i = dates[dateIndex].Span.End;
                continue;
            }

            var end = Words.EndOf<Letters>(Text, i, limit);
            var word = Text.AsSpan(i, end - i);
            if (speech.IsPronoun(word))
            {
                return (_lastSpeaker, TextSpan.FromBounds(i, end), true);
            }

            // Function words, an addressee or a title the catalog does not know ("журналистам пресс-секретарь
            // главы государства Дмитрий Песков") may stand before the subject; punctuation may not.
            if (word.Length == 0)
            {
                return null;
            }

            i = end;
            while (i < limit && Text[i] is '-' or '‐')
            {
                i++;
            }
        }

        return null;
    }

    /// <summary>
    /// The person a sentence opens with ("Chief Cabinet Secretary Yoshimasa Hayashi called … and said"), when no
    /// other person is named between it and the verb.
    /// </summary>
    public (string? Speaker, TextSpan Span)? SentenceSubject(int sentenceStart, int verbStart)
    {
        Mention? subject = null;
        for (var i = SortedSpans.LowerBound(mentions, sentenceStart); i < mentions.Count && mentions[i].Span.End <= verbStart; i++)
        {
            var mention = mentions[i];
            if (mention.Kind is not (EntityKind.Person or EntityKind.Office))
            {
                continue;
            }

            if (subject is null)
            {
                if (mention.Span.Start - sentenceStart > 40)
                {
                    return null;
                }

                subject = mention;
            }
            else if (mention.Kind == EntityKind.Person && subject.Kind == EntityKind.Office && mention.Span.Start - subject.Span.End <= 3)
            {
                subject = mention; // the title, then the name
            }
            else
            {
                return null; // someone else is named before the verb: not sure whose it is
            }
        }

        return subject is null ? null : (subject.Kind == EntityKind.Person ? subject.Id : subject.HolderId, subject.Span);
    }

    /// <summary>
    /// The speaker of a Japanese sentence: the person or office marked as its topic or subject with は or が
    /// ("林官房長官は…「…」と述べた"), not merely the last person named before the quote.
    /// </summary>
    public (string? Speaker, TextSpan Span)? TopicBefore(int start, int end)
    {
        for (var i = SortedSpans.LowerBound(mentions, start); i < mentions.Count && mentions[i].Span.End <= end; i++)
        {
            var mention = mentions[i];
            if (mention.Kind is not (EntityKind.Person or EntityKind.Office))
            {
                continue;
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

            if (after < end && speech.TopicMarkerAt(Text, after, end) > 0)
            {
                var speaker = mention.Kind == EntityKind.Person ? mention.Id : mention.HolderId ?? title?.HolderId;
                return (speaker, mention.Span);
            }
        }

        return null;
    }

    public (string? Speaker, TextSpan Span)? LastPersonBetween(int start, int end)
    {
        Mention? mention = null;
        for (var i = SortedSpans.LowerBound(mentions, end) - 1; i >= 0 && mentions[i].Span.Start >= start; i--)
        {
            if (mentions[i].Span.End <= end && mentions[i].Kind is EntityKind.Person or EntityKind.Office)
            {
                mention = mentions[i];
                break;
            }
        }

        return mention is null ? null : (mention.Kind == EntityKind.Person ? mention.Id : mention.HolderId, mention.Span);
    }

    /// <summary>With no earlier speaker, a pronoun means the last person named, if one was named recently.</summary>
    private string? LastSubjectPerson(int before)
    {
        for (var i = SortedSpans.LowerBound(mentions, before) - 1; i >= 0 && before - mentions[i].Span.End < 400; i--)
        {
            if (mentions[i].Kind == EntityKind.Person && mentions[i].Span.End <= before)
            {
                return mentions[i].Id;
            }
        }

        return null;
    }

    /// <summary>The mention ending at <paramref name="end"/> (or one before it), within the sentence.</summary>
    private Mention? LastEndingAt(int end, int sentenceStart)
    {
        for (var i = SortedSpans.LowerBound(mentions, end) - 1; i >= 0 && mentions[i].Span.Start >= sentenceStart; i--)
        {
            if (mentions[i].Span.End <= end)
            {
                return mentions[i].Span.End >= end - 1 ? mentions[i] : null;
            }
        }

        return null;
    }

    /// <summary>The word before <paramref name="before"/> in the same clause: none across punctuation or a quote mark.</summary>
    private TextSpan? PreviousWord(int before, int limit)
    {
        var end = before;
        while (end > limit && !char.IsLetter(Text[end - 1]))
        {
            if (Text[end - 1] is ',' or '.' or ';' or ':' || speech.Quotes.IsQuoteMark(Text[end - 1]))
            {
                return null;
            }

            end--;
        }

        var start = Words.StartOf<Letters>(Text, end, limit);
        return end > start ? TextSpan.FromBounds(start, end) : null;
    }

    /// <summary>A letter of an untitled name's title run: Han, or katakana (from U+30A0), not the hiragana of particles.</summary>
    private static bool IsTitleLetter(char c) => Scripts.Of(c) switch
    {
        Script.Han => true,
        Script.Kana => c >= 0x30A0,
        _ => false,
    };
}
