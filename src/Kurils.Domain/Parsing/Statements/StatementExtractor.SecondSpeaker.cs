namespace Kurils.Domain.Parsing.Statements;

// Two speakers in one sentence: "Putin said …, while Kishida stressed that …" is two statements, not one of Putin's.
internal sealed partial class StatementExtractor
{
    /// <summary>Words a second clause may open with before its subject or verb: a conjunction ("while", "sementara", "بينما", "trong khi").</summary>
    private const int MaxOpeningWords = 2;

    /// <summary>Words at most between where the second clause is read from and its subject or verb: a title ("Prime Minister Fumio").</summary>
    private const int MaxTitleWords = 3;

    /// <summary>
    /// A second attribution inside a reported clause: after a comma in it, within a few words, a speech verb with a
    /// subject of its own that names someone other than the first speaker ("Putin said Russia was open to dialogue,
    /// while Kishida said …", "وقال بوتين إن …، بينما قال كيشيدا إن …"). The first clause then ends before that comma,
    /// and the second speaker's clause is read from the rest of the sentence, as a sentence of its own that opens after
    /// the conjunction (so that a verb before its subject opens it: "قال كيشيدا إن …").
    /// </summary>
    /// <param name="context">What the extractor knows.</param>
    /// <param name="clause">The first speaker's reported clause.</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="quotes">The quotations in it, whose words are no verb.</param>
    /// <param name="first">The first speaker: a catalog id, or the span of a name the catalog lacks.</param>
    private static (TextSpan First, Attribution Second, TextSpan SecondClause)? SecondSpeaker(
        StatementContext context, TextSpan clause, TextSpan sentence, List<Quote> quotes, (string? Id, TextSpan? Name) first)
    {
        var text = context.Text;
        for (var i = clause.Start; i < clause.End; i++)
        {
            if (!context.Speech.IsComma(text[i]) || InsideAny(quotes, i))
            {
                continue;
            }

            var skipped = 0;
            foreach (var word in Words.In(text, TextSpan.FromBounds(i + 1, clause.End)))
            {
                if (skipped++ > MaxOpeningWords)
                {
                    break;
                }

                var rest = TextSpan.FromBounds(word.Start, sentence.End);
                var second = FindAttribution(context, rest, quotes, clauseVerbsOnly: true);
                if (second is not { Verb: { } verb, SpeakerSpan: { } subject, ByPronoun: false } || (second.Speaker is null && second.Name is null)
                    || subject.Start < rest.Start || SameSpeaker(text, first, second)
                    || Words.Count(text, TextSpan.FromBounds(rest.Start, Math.Min(verb.Start, subject.Start))) > MaxTitleWords)
                {
                    continue;
                }

                var firstPart = Trimmed(text, clause.Start, i);
                return firstPart.Length > 0 && ReportedClause(context, verb, subject, rest, quotes) is { } secondClause
                    ? (firstPart, second, secondClause)
                    : null;
            }
        }

        return null;
    }

    private static bool SameSpeaker(string text, (string? Id, TextSpan? Name) first, Attribution second) =>
        second.Speaker is { } id
            ? string.Equals(id, first.Id, StringComparison.Ordinal)
            : first.Name is { } name && second.Name is { } other && text.AsSpan(name.Start, name.Length).Equals(text.AsSpan(other.Start, other.Length), StringComparison.Ordinal);
}
