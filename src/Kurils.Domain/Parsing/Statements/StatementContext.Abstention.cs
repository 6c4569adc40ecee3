namespace Kurils.Domain.Parsing.Statements;

// Why a statement is left without a speaker: the reason the parser abstains, from what the text names around it.
internal sealed partial class StatementContext
{
    /// <summary>
    /// Why the statement at <paramref name="statement"/> has no speaker: people named in its sentence but not as the
    /// one who speaks (<see cref="UnattributedReason.Ambiguous"/>); a speech verb or pronoun whose subject is no one
    /// the parser can name (<see cref="UnattributedReason.UnresolvedReference"/>); someone named earlier but outside the
    /// window (<see cref="UnattributedReason.SpeakerTooFar"/>, also for a verb without a subject in a language that
    /// drops subjects); or nobody named before it at all.
    /// </summary>
    /// <param name="sentence">The statement's sentence.</param>
    /// <param name="statement">The quoted or reported text; names inside it do not count.</param>
    /// <param name="verb">The speech verb found for it, if any.</param>
    /// <param name="subject">The words found as its subject (a pronoun, a description), if any.</param>
    public UnattributedReason WhyUnattributed(TextSpan sentence, TextSpan statement, TextSpan? verb, TextSpan? subject)
    {
        if (verb is not null && subject is not null)
        {
            return UnattributedReason.UnresolvedReference;
        }

        // Someone named in the sentence outside the statement: the first found tells (a count walked every mention of a
        // sentence per statement, quadratic on a page without full stops).
        for (var i = SortedSpans.LowerBound(mentions, sentence.Start); i < mentions.Count && mentions[i].Span.Start < sentence.End; i++)
        {
            if (IsSpeakerKind(mentions[i].Kind) && !statement.Contains(mentions[i].Span))
            {
                return UnattributedReason.Ambiguous;
            }
        }

        // A verb without a subject: in a language that drops subjects it continues an earlier speaker, when near enough.
        // One that carries its impersonal subject ("hieß es") names no one, as no verb would.
        if (verb is { } v && !speech.DropsSubject && !CarriesImpersonalSubject(v))
        {
            return UnattributedReason.UnresolvedReference;
        }

        for (var i = SortedSpans.LowerBound(mentions, sentence.Start) - 1; i >= 0; i--)
        {
            if (IsSpeakerKind(mentions[i].Kind))
            {
                return UnattributedReason.SpeakerTooFar;
            }
        }

        return _lastSpeaker is not null || _lastName is not null ? UnattributedReason.SpeakerTooFar : UnattributedReason.NoSpeakerNamed;
    }

    /// <summary>Whether a speech verb of several words ends with an impersonal subject: "hieß es".</summary>
    private bool CarriesImpersonalSubject(TextSpan verb)
    {
        var end = verb.End;
        var start = Words.StartOf<Letters>(Text, end, verb.Start);
        return start > verb.Start && speech.IsImpersonal(Text.AsSpan(start, end - start));
    }

    /// <summary>The kinds of mention that may name who says something.</summary>
    private static bool IsSpeakerKind(EntityKind kind) => kind is EntityKind.Person or EntityKind.Office or EntityKind.Institution;
}
