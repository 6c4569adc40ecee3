namespace Kurils.Domain.Parsing.Statements;

// Speakers the catalog does not hold, in a script without capital letters (Arabic): no capital tells the name from the
// words around it, so it is what stands between a role's description and what the speaker said.
internal sealed partial class StatementContext
{
    // The words of a role's description and the name after the role, at most ("رئيس بلدية نيمورو ماساتوشي إيشيغاكي").
    private const int MaxDescribedWords = 12;

    // A name is two words or three: a given name and a family name, perhaps a second given name or a patronymic.
    private const int MinCaselessName = 2;
    private const int MaxCaselessName = 3;

    /// <summary>
    /// "وقال الخبير في الشؤون الروسية أحمد سالم إن …", "وقال رئيس بلدية نيمورو ماساتوشي إيشيغاكي: «…»": right after a verb
    /// that opens its sentence, a title or role noun (<c>speech.titles</c>, <c>speech.roles</c>), the words that describe it, then
    /// the name, which ends at the complementizer, a colon or a quotation mark. The name is the run of two or three words
    /// before that end that are none of: a word of the description (<see cref="SpeechLexicon.IsDescriptive"/>: the article,
    /// روسي, سابق), a title or role, a preposition, a frequent word, a circumstance, or part of a place, country or
    /// institution the catalog knows. A comma or another verb on the way, or no such end, names no one.
    /// </summary>
    public TextSpan? CaselessNameAfterRole(int verbEnd, int sentenceEnd)
    {
        var words = new List<TextSpan>();
        var previousEnd = verbEnd;
        var end = -1;
        foreach (var word in Words.In(Text, TextSpan.FromBounds(verbEnd, sentenceEnd)))
        {
            var gap = Text.AsSpan(previousEnd, word.Start - previousEnd);
            var w = Text.AsSpan(word.Start, word.Length);
            if (words.Count == 0)
            {
                // The role right after the verb, in a script without case.
                if (!gap.IsWhiteSpace() || char.IsUpper(w[0]) || char.IsLower(w[0]) || !(speech.IsTitle(w) || speech.IsRole(w)))
                {
                    return null;
                }
            }
            else if (!gap.IsWhiteSpace())
            {
                if (gap.IndexOfAny(':', '：') >= 0 || HasQuoteMark(gap))
                {
                    end = words.Count;
                }

                break;
            }
            else if (speech.IsComplementizer(w))
            {
                end = words.Count;
                break;
            }

            if (words.Count > MaxDescribedWords || speech.IsVerb(w))
            {
                return null;
            }

            words.Add(word);
            previousEnd = word.End;
        }

        if (end < 0)
        {
            return null;
        }

        var first = end;
        while (first > 1 && end - first < MaxCaselessName && CaselessNameWord(words[first - 1]))
        {
            first--;
        }

        return end - first >= MinCaselessName ? TextSpan.FromBounds(words[first].Start, words[end - 1].End) : null;
    }

    private bool HasQuoteMark(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (speech.Quotes.IsQuoteMark(c))
            {
                return true;
            }
        }

        return false;
    }

    private bool CaselessNameWord(TextSpan word)
    {
        var w = Text.AsSpan(word.Start, word.Length);
        if (speech.IsDescriptive(w) || speech.IsTitle(w) || speech.IsRole(w) || speech.IsPreposition(w) || speech.IsFrequent(w) || speech.IsCircumstance(w)
            || speech.IsPronoun(w) || speech.IsComplementizer(w))
        {
            return false;
        }

        var index = SortedSpans.LowerBound(mentions, word.End) - 1;
        return index < 0 || mentions[index].Span.End <= word.Start;
    }
}
