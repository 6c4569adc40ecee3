using NodaTime;

namespace Kurils.Domain.Parsing.Statements;

/// <summary>
/// What the statement extractor knows while it reads an article in order: the mentions and dates (sorted, searched by
/// binary search), and the last speaker and the dates they spoke on, for pronouns and follow-up quotes.
/// </summary>
internal sealed class StatementContext(string text, List<Mention> mentions, IReadOnlyList<DateMention> dates)
{
    public IReadOnlyList<DateMention> Dates => dates;

    public IReadOnlyList<Mention> Mentions => mentions;

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

        if (PreviousWord(end, sentenceStart) is { } pronoun && pronoun.End == end && SpeechVerbs.IsPronoun(Text.AsSpan(pronoun.Start, pronoun.Length)))
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
            if (SpeechVerbs.IsPronoun(word))
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
            else
            {
                // An untitled name or a title the catalog does not know ("ザハロワ報道官"): a short run of kanji or katakana.
                while (after < end && after - mention.Span.End < 6 && (Text[after] is (>= '\u4E00' and <= '\u9FFF') or (>= '\u30A0' and <= '\u30FF')))
                {
                    after++;
                }
            }

            if (after < end && Text[after] is 'は' or 'が')
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
            if (Text[end - 1] is ',' or '.' or ';' or ':' || Quotes.IsQuoteMark(Text[end - 1]))
            {
                return null;
            }

            end--;
        }

        var start = Words.StartOf<Letters>(Text, end, limit);
        return end > start ? TextSpan.FromBounds(start, end) : null;
    }
}
