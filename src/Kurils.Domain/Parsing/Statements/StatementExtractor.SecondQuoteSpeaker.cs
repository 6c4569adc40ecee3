namespace Kurils.Domain.Parsing.Statements;

// Two speakers in one sentence, each with a quotation: "“…,” Lavrov said, and Zakharova added: “…”", "«…», — заявил Лавров, а Захарова добавила: «…»".
internal sealed partial class StatementExtractor
{
    /// <summary>
    /// The attribution of a quotation that a second speech verb with a subject of its own introduces after the verb the
    /// sentence's earlier quotation is attributed to: its words stand between the two quotations, after that verb. Null
    /// when the quotation is the sentence's first, when the verb comes after it (one verb for both: "“…”, “…,” he said")
    /// or when nothing between names a speaker.
    /// </summary>
    /// <param name="context">What the extractor knows.</param>
    /// <param name="inSentence">The sentence's quotations.</param>
    /// <param name="index">The quotation's place among them.</param>
    /// <param name="verb">The verb the quotation before it is attributed to.</param>
    /// <param name="speaker">Where that verb's subject is named: the words between start after it when it follows the verb.</param>
    private static Attribution? SecondAttribution(StatementContext context, List<Quote> inSentence, int index, TextSpan verb, TextSpan? speaker) =>
        index > 0 ? AttributionBetween(context, inSentence[index - 1].Close + 1, inSentence[index].Open, verb, speaker) : null;

    /// <summary>
    /// "«…», — заявил Лавров, а Захарова добавила:" / "«…»": the speaker a sentence announces at its end, after its last
    /// quotation and the verb that quotation is attributed to, for the quotation of the next sentence; null when none.
    /// </summary>
    private static Attribution? AnnouncedAfterQuotes(StatementContext context, TextSpan sentence, List<Quote> inSentence, TextSpan verb, TextSpan? speaker) =>
        inSentence.Count > 0 && AttributionBetween(context, inSentence[^1].Close + 1, sentence.End, verb, speaker) is { Verb: { } second } announced
            && AnnouncesQuotation(context.Text, second, sentence)
            ? announced
            : null;

    /// <summary>A speech verb with a subject that names someone, between <paramref name="after"/> and <paramref name="before"/> and after the first attribution.</summary>
    private static Attribution? AttributionBetween(StatementContext context, int after, int before, TextSpan verb, TextSpan? speaker)
    {
        if (verb.End > before)
        {
            return null;
        }

        // The first speaker named after the verb ("a déclaré Sergueï Lavrov, et Maria Zakharova a ajouté") is not the second's subject.
        var from = Math.Max(Math.Max(after, verb.End), speaker is { } named && named.End < before ? named.End : 0);
        if (from >= before)
        {
            return null;
        }

        var between = FindAttribution(context, TextSpan.FromBounds(from, before), []);
        return between is { Verb: { } second, ByPronoun: false } && second.Start >= from && (between.Speaker is not null || between.Name is not null)
            ? between
            : null;
    }
}
