using System.Collections.Immutable;

namespace Kurils.Domain.Parsing.Statements;

// Attributions set beside or inside the clause they report: a second verb ("said, adding that"), an attribution between
// commas ("Those negotiations, Hashimoto said, would …"), a back-reference to the sentence before ("Об этом заявил …").
internal sealed partial class StatementExtractor
{
    /// <summary>
    /// "…,” Peskov said, adding that Moscow has …", "— заявил Песков, добавив, что …": a second speech verb of the same
    /// subject right after the comma that closes the first; what was said follows it and its complementizer.
    /// </summary>
    private static TextSpan? ChainedVerbClause(StatementContext context, int from, int end)
    {
        var text = context.Text;
        var words = Words.In(text, TextSpan.FromBounds(from, end));
        if (!words.MoveNext() || !text.AsSpan(from, words.Current.Start - from).IsWhiteSpace()
            || context.Speech.VerbEndingAt(text, words.Current, from) is not { } verb || !context.Speech.IntroducesClause(text.AsSpan(verb.Start, verb.Length)))
        {
            return null;
        }

        var start = verb.End;
        var that = Complementizer(context, text.AsSpan(start, Math.Min(end, start + 80) - start));
        start = that >= 0 ? start + that : SkipDateRightAfter(context, start);
        while (start < end && (char.IsWhiteSpace(text[start]) || context.Speech.IsComma(text[start])))
        {
            start++;
        }

        var clause = TextSpan.FromBounds(start, end);
        return Words.Count(text, clause) >= 3 && (that >= 0 || !OnlyCircumstance(context, clause)) ? clause : null;
    }

    /// <summary>
    /// "Those negotiations, Hashimoto said, would be based on …", "Острова, заявил Лавров, останутся российскими": the
    /// attribution between two commas inside the clause it reports, after a short subject (a longer run before it is a
    /// clause of its own, "Japan must …, Putin said, …"). What was said is the whole sentence around it.
    /// </summary>
    private static TextSpan? Parenthetical(StatementContext context, TextSpan verb, TextSpan? subject, TextSpan sentence, int end)
    {
        const int MaxWordsBefore = 3;
        const int MinWordsAfter = 3;
        if (subject is not { } who)
        {
            return null;
        }

        var text = context.Text;
        var first = Math.Min(who.Start, verb.Start);
        var last = Math.Max(who.End, verb.End);
        var before = first;
        while (before > sentence.Start && char.IsWhiteSpace(text[before - 1]))
        {
            before--;
        }

        if (before <= sentence.Start || !context.Speech.IsComma(text[before - 1]))
        {
            return null;
        }

        var wordsBefore = Words.Count(text, TextSpan.FromBounds(sentence.Start, before - 1));

        // The comma that closes the attribution: after it, perhaps, a date ("Hashimoto said Friday, …").
        var after = SkipDateRightAfter(context, last);
        while (after < end && char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        if (wordsBefore == 0 || wordsBefore > MaxWordsBefore || after >= end || !context.Speech.IsComma(text[after])
            || Words.Count(text, TextSpan.FromBounds(after + 1, end)) < MinWordsAfter
            || context.Speech.Quotes.IsQuoteMark(text[before - 2 < sentence.Start ? sentence.Start : before - 2]))
        {
            return null;
        }

        return Trimmed(text, sentence.Start, end);
    }

    /// <summary>
    /// "Об этом, как сообщает ТАСС, заявил в четверг … Валерий Лимаренко.", "Про це повідомив …": a sentence that opens
    /// with a back-reference before its speech verb reports the sentence before it.
    /// </summary>
    private static bool OpensWithBackReference(StatementContext context, TextSpan sentence, TextSpan verb) =>
        // A verb read before the sentence (a quotation's attribution scope opens earlier) is no verb of a back-reference.
        verb.Start >= sentence.Start && BackReferenceEnd(context, sentence.Start, verb.Start) > 0;

    /// <summary>The sentence a back-reference reports, when it holds no quotation (that is a statement of its own) and says something.</summary>
    private static TextSpan? PreviousSentenceClause(StatementContext context, ImmutableArray<Quote> quotes, TextSpan previous)
    {
        var next = SortedSpans.LowerBound(quotes, previous.Start, static (Quote q) => q.Open);
        if (next < quotes.Length && quotes[next].Open < previous.End || StartsInsideQuote(quotes, previous))
        {
            return null;
        }

        var clause = Trimmed(context.Text, previous.Start, previous.End);
        return Words.Count(context.Text, clause) >= 3 ? clause : null;
    }

    /// <summary>
    /// Whether only a back-reference stands before a speech verb ("Об этом заявил …", "O tym poinformował …"): the verb
    /// is first in its clause, and its subject follows it.
    /// </summary>
    private static bool FollowsBackReference(StatementContext context, int verbStart, int sentenceStart)
    {
        var i = SkipAdverbsBack(context, verbStart, sentenceStart);
        while (i > sentenceStart && (char.IsWhiteSpace(context.Text[i - 1]) || context.Text[i - 1] is '—' or '–' or '-'))
        {
            i--;
        }

        return i > sentenceStart && BackReferenceEnd(context, sentenceStart, i) == i;
    }

    /// <summary>
    /// Whether only the word that opens a clause of manner stands before a speech verb, but for adverbs and auxiliaries
    /// ("Как заявил …", "Jak powiedział …", "Comme l'a déclaré …", "Како је изјавио …"): its subject follows it.
    /// </summary>
    private static bool FollowsAsClause(StatementContext context, int verbStart, int sentenceStart)
    {
        var i = SkipAdverbsBack(context, verbStart, sentenceStart);
        while (i > sentenceStart && char.IsWhiteSpace(context.Text[i - 1]))
        {
            i--;
        }

        return i > sentenceStart && AsClauseEnd(context, sentenceStart, verbStart) == i;
    }

    /// <summary>Where the word that opens the sentence with a clause of manner ends ("As", "Как", "Comme l'"), or -1.</summary>
    private static int AsClauseEnd(StatementContext context, int sentenceStart, int limit)
    {
        if (limit <= sentenceStart)
        {
            return -1; // a verb read before the sentence (random text can put one there) opens no clause of it
        }

        var at = context.Speech.AsClauseAt(context.Text.AsSpan(sentenceStart, limit - sentenceStart));
        return at > 0 ? sentenceStart + at : -1;
    }

    /// <summary>
    /// What a speech verb says when it stands, with its subject, in a clause of manner that opens the sentence ("Как заявил
    /// Лавров, Япония …", "Wie Peskow am Montag sagte, stehe …", "As Hayashi said on Tuesday, Japan will …"): the rest
    /// of the sentence after the comma that closes that clause; null when the verb is not in such a clause.
    /// </summary>
    private static TextSpan? AsClauseRest(StatementContext context, TextSpan verb, TextSpan? subject, TextSpan sentence)
    {
        var text = context.Text;
        var opening = AsClauseEnd(context, sentence.Start, verb.Start);
        if (opening < 0 || text.AsSpan(opening, verb.Start - opening).IndexOfAny(context.Speech.Commas) >= 0)
        {
            return null;
        }

        var from = subject is { } who && who.End > verb.End ? who.End : verb.End;
        if (from >= sentence.End)
        {
            return null;
        }

        var comma = text.AsSpan(from, sentence.End - from).IndexOfAny(context.Speech.Commas);
        // "As Putin said that …, Tokyo …": a verb with a clause of its own says that clause, not the rest.
        if (comma < 0 || Complementizer(context, text.AsSpan(verb.End, from + comma - verb.End)) >= 0)
        {
            return null;
        }

        var clause = Trimmed(text, from + comma + 1, sentence.End);
        while (clause.Length > 0 && text[clause.End - 1] is '!' or '?')
        {
            clause = Trimmed(text, clause.Start, clause.End - 1);
        }

        return Words.Count(text, clause) >= 3 ? clause : null;
    }

    /// <summary>Where a back-reference that opens the sentence ends ("Об этом"), or -1.</summary>
    private static int BackReferenceEnd(StatementContext context, int sentenceStart, int limit)
    {
        var body = context.Text.AsSpan(sentenceStart, limit - sentenceStart);
        foreach (var cue in context.Speech.BackReferences)
        {
            if (body.StartsWith(cue, StringComparison.OrdinalIgnoreCase) && (body.Length == cue.Length || !char.IsLetter(body[cue.Length])))
            {
                return sentenceStart + cue.Length;
            }
        }

        return -1;
    }
}
