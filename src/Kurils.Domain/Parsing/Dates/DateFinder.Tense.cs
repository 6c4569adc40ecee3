namespace Kurils.Domain.Parsing.Dates;

// The tense of a date from the verb cues around it.
internal static partial class DateFinder
{
    private sealed partial class Matcher
    {
        private bool IsClauseStop(int i) =>
            !InRange(i) || tokens[i].Kind == DateTokenKind.Break
            || (tokens[i].Kind == DateTokenKind.Punct && lexicon.ClauseStops.Contains(text[tokens[i].Start]));

        /// <summary>Sets the tense of <paramref name="e"/> from the nearest verb cue: backwards first, then forwards, within the clause.</summary>
        private DateExpression WithTense(DateExpression e, int first, int last)
        {
            for (int k = first - 1, n = 0; n < BackWindow && !IsClauseStop(k); k--, n++)
            {
                DateTense t = CueAt(k);
                if (t != DateTense.None)
                {
                    return e with { Tense = t };
                }
            }

            for (int k = last + 1, n = 0; n < ForwardWindow && !IsClauseStop(k); k++, n++)
            {
                DateTense t = CueAt(k);
                if (t != DateTense.None)
                {
                    return e with { Tense = t };
                }
            }

            return e;
        }

        private DateTense CueAt(int k)
        {
            if (!IsKind(k, DateTokenKind.Word))
            {
                return DateTense.None;
            }

            DateWord w = Word(k);
            if (w.Has(DateWordRole.FutureCue) || (w.Has(DateWordRole.CueTail) && PhraseOf(k - 1, DatePhraseKind.FutureCue, out int last) is not null && last == k))
            {
                return DateTense.Future;
            }

            if (w.Has(DateWordRole.PastCue) || lexicon.HasPastEnding(Surface(k)))
            {
                return DateTense.Past;
            }

            return DateTense.None;
        }
    }
}
