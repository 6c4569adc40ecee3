using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Events;

/// <summary>
/// Where a trigger's clause begins and ends, with the clause marks of the last sentence
/// asked about and the clause words of the last stretch searched kept for the next trigger: a sentence with no clause mark
/// (a page without full stops) made every trigger walk and search the whole of it again, quadratic in its length. Reused
/// for the thread's next article.
/// </summary>
internal sealed class ClauseBounds
{
    private readonly List<int> _marks = [];
    private readonly List<List<TextSpan>> _words = [];
    private TextSpan _marksOf = new(-1, 0);
    private string? _marksFor;
    private TextSpan _wordsOf = new(-1, 0);
    private EventWords? _wordsFor;

    /// <summary>Forgets what the last article's sentences held.</summary>
    public void Clear()
    {
        _marksOf = _wordsOf = new TextSpan(-1, 0);
        _marksFor = null;
        _wordsFor = null;
    }

    /// <summary>
    /// The clause around <paramref name="trigger"/> in <paramref name="sentence"/>: from after the last clause mark before it
    /// (a mark followed by a space, or one of the scripts without spaces) to the first after it, narrowed to the last clause
    /// word that ends before it and the first that starts after it.
    /// </summary>
    public TextSpan Of(ReadOnlySpan<char> folded, TextSpan sentence, TextSpan trigger, EventWords words)
    {
        var marks = MarksOf(folded, sentence, words.ClauseMarks);

        // The last mark before the trigger and the first at or after its end.
        var before = SortedSpans.LowerBound(marks, trigger.Start) - 1;
        var start = before >= 0 ? marks[before] + 1 : sentence.Start;
        var after = SortedSpans.LowerBound(marks, trigger.End);
        var end = after < marks.Count ? marks[after] : sentence.End;

        var lists = WordsIn(folded, TextSpan.FromBounds(start, end), words);
        int newStart = start, newEnd = end;
        foreach (var found in lists)
        {
            // The latest word before the trigger that ends by its start, and the first one starting after its end.
            for (var k = SortedSpans.LowerBound(found, trigger.Start) - 1; k >= 0 && found[k].Start >= start; k--)
            {
                if (found[k].End <= trigger.Start)
                {
                    newStart = Math.Max(newStart, found[k].Start);
                    break;
                }
            }

            if (SortedSpans.LowerBound(found, trigger.End) is var first && first < found.Count && found[first].Start < end)
            {
                newEnd = Math.Min(newEnd, found[first].Start);
            }
        }

        return TextSpan.FromBounds(newStart, newEnd);
    }

    private List<int> MarksOf(ReadOnlySpan<char> folded, TextSpan sentence, string marks)
    {
        if (sentence == _marksOf && ReferenceEquals(marks, _marksFor))
        {
            return _marks;
        }

        _marks.Clear();
        if (marks.Length > 0)
        {
            var within = folded.Slice(sentence.Start, sentence.Length);
            for (var at = within.IndexOfAny(marks); at >= 0;)
            {
                var i = sentence.Start + at;
                if (i + 1 >= sentence.End || char.IsWhiteSpace(folded[i + 1]) || folded[i] > '\u2000')
                {
                    _marks.Add(i);
                }

                var next = within[(at + 1)..].IndexOfAny(marks);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }

        (_marksOf, _marksFor) = (sentence, marks);
        return _marks;
    }

    private List<List<TextSpan>> WordsIn(ReadOnlySpan<char> folded, TextSpan clause, EventWords words)
    {
        if (clause == _wordsOf && ReferenceEquals(words, _wordsFor))
        {
            return _words;
        }

        for (var w = 0; w < words.ClauseWords.Length; w++)
        {
            if (_words.Count <= w)
            {
                _words.Add([]);
            }

            _words[w].Clear();
            WordMatcher.FindAll(folded, clause, words.ClauseWords[w], [], _words[w]);
        }

        for (var w = words.ClauseWords.Length; w < _words.Count; w++)
        {
            _words[w].Clear();
        }

        (_wordsOf, _wordsFor) = (clause, words);
        return _words;
    }
}
