namespace Kurils.Domain.Parsing.Statements;

// Two subjects of one speech verb joined by a conjunction ("Yeltsin and Hashimoto told reporters"): each said it.
internal sealed partial class StatementContext
{
    // How far after a conjunction the second subject's name may start: its article and title stand between
    // ("et le Premier ministre japonais Shinzo Abe").
    private const int CoordinationReach = 50;

    /// <summary>
    /// The person joined by a conjunction before the subject of a verb ("Yeltsin and Hashimoto told"): a catalog person
    /// other than <paramref name="speaker"/>, or an office's holder, ending right before the conjunction.
    /// </summary>
    public (string Id, TextSpan Span)? CoSubjectBefore(TextSpan subject, int sentenceStart, string speaker)
    {
        if (PreviousWord(subject.Start, sentenceStart) is not { } conjunction || !Text.AsSpan(conjunction.End, subject.Start - conjunction.End).IsWhiteSpace()
            || !speech.IsConjunction(Text.AsSpan(conjunction.Start, conjunction.Length)))
        {
            return null;
        }

        var end = conjunction.Start;
        while (end > sentenceStart && char.IsWhiteSpace(Text[end - 1]))
        {
            end--;
        }

        return LastEndingAt(end, sentenceStart) is { Span.End: var e } other && e == end ? Other(other, speaker) : null;
    }

    /// <summary>
    /// The person joined by a conjunction after the subject of a verb ("ont déclaré le président russe Vladimir Poutine et
    /// le Premier ministre japonais Shinzo Abe"): after the conjunction, articles and titles, the next person named, with
    /// no punctuation between.
    /// </summary>
    public (string Id, TextSpan Span)? CoSubjectAfter(TextSpan subject, int sentenceEnd, string speaker)
    {
        // The speaker's epithet, title and name in a row ("le président russe Vladimir Poutine") are one subject.
        var subjectEnd = subject.End;
        for (var m = SortedSpans.LowerBound(mentions, subject.Start); m < mentions.Count && mentions[m].Span.Start <= subjectEnd + 1 && mentions[m].Span.End <= sentenceEnd; m++)
        {
            if (string.Equals(SpeakerOf(mentions[m]), speaker, StringComparison.Ordinal) || mentions[m].Kind == EntityKind.Office)
            {
                subjectEnd = Math.Max(subjectEnd, mentions[m].Span.End);
            }
        }

        var words = Words.In(Text, TextSpan.FromBounds(subjectEnd, sentenceEnd));
        if (!words.MoveNext() || !Text.AsSpan(subjectEnd, words.Current.Start - subjectEnd).IsWhiteSpace()
            || !speech.IsConjunction(Text.AsSpan(words.Current.Start, words.Current.Length)))
        {
            return null;
        }

        var from = words.Current.End;
        var limit = Math.Min(sentenceEnd, from + CoordinationReach);
        var i = SortedSpans.LowerBound(mentions, from);
        if (i >= mentions.Count || mentions[i].Span.Start >= limit || Text.AsSpan(from, mentions[i].Span.Start - from).IndexOfAny(",;:.!?()") >= 0)
        {
            return null;
        }

        // A title the catalog knows, then the name: the name is the subject.
        var mention = mentions[i];
        if (mention.Kind == EntityKind.Office && i + 1 < mentions.Count && mentions[i + 1].Kind == EntityKind.Person && mentions[i + 1].Span.Start - mention.Span.End <= 3)
        {
            mention = mentions[i + 1];
        }

        return mention.Kind is EntityKind.Person or EntityKind.Office ? Other(mention, speaker) : null;
    }

    /// <summary>The person a mention names, when it is not the speaker already found.</summary>
    private static (string Id, TextSpan Span)? Other(Mention mention, string speaker)
    {
        var id = mention.Kind switch
        {
            EntityKind.Person => mention.Id,
            EntityKind.Office => mention.HolderId,
            _ => null,
        };
        return id is not null && !string.Equals(id, speaker, StringComparison.Ordinal) ? (id, mention.Span) : null;
    }
}
