namespace Kurils.Domain.Parsing.Events;

/// <summary>
/// Finding what lies inside a sentence or clause by place (binary search over spans sorted by start) instead of a
/// pass over the whole article's lists: a long article has thousands of events, actors, mentions and dates.
/// </summary>
internal static class EventLookups
{
    /// <summary>The first actor (in the sorted list) whose span starts at or after <paramref name="offset"/>.</summary>
    public static int FirstActorFrom(List<(TextSpan Span, string Id)> actors, int offset)
    {
        int low = 0, high = actors.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (actors[mid].Span.Start < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>
    /// Spans sorted by start, each with its index in the list it came from, so that the ones inside a sentence are found
    /// without a pass over the whole article's (a long article has thousands of events, mentions and dates).
    /// </summary>
    public sealed class SpanIndex
    {
        private readonly (TextSpan Span, int Index)[] _items;

        public SpanIndex(List<(TextSpan Span, int Index)> items)
        {
            _items = [.. items];
            Array.Sort(_items, static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Index.CompareTo(b.Index));
        }

        /// <summary>The indexes of the spans that lie within <paramref name="range"/>, ascending.</summary>
        public void Inside(TextSpan range, List<int> result)
        {
            result.Clear();
            int low = 0, high = _items.Length;
            while (low < high)
            {
                var mid = (low + high) >>> 1;
                if (_items[mid].Span.Start < range.Start)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            for (var i = low; i < _items.Length && _items[i].Span.Start <= range.End; i++)
            {
                if (range.Contains(_items[i].Span))
                {
                    result.Add(_items[i].Index);
                }
            }

            result.Sort();
        }
    }

    /// <summary>
    /// The article's statements by place, for the widest one that holds a trigger or whose speech verb is the trigger:
    /// only statements that start within the longest statement's length before the trigger can hold it.
    /// </summary>
    public sealed class StatementIndex
    {
        private readonly List<ArticleStatement> _statements;
        private readonly int[] _bySpan;
        private readonly int[] _byVerb;
        private readonly int _longestSpan;
        private readonly int _longestVerb;
        private readonly List<int> _seen = [];

        public StatementIndex(List<ArticleStatement> statements)
        {
            _statements = statements;
            var bySpan = new List<int>(statements.Count);
            var byVerb = new List<int>();
            for (var i = 0; i < statements.Count; i++)
            {
                bySpan.Add(i);
                _longestSpan = Math.Max(_longestSpan, statements[i].Span.Length);
                if (statements[i].Verb is { } verb)
                {
                    byVerb.Add(i);
                    _longestVerb = Math.Max(_longestVerb, verb.Length);
                }
            }

            _bySpan = [.. bySpan];
            _byVerb = [.. byVerb];
            Array.Sort(_bySpan, (a, b) => statements[a].Span.Start != statements[b].Span.Start ? statements[a].Span.Start.CompareTo(statements[b].Span.Start) : a.CompareTo(b));
            Array.Sort(_byVerb, (a, b) => statements[a].Verb!.Value.Start != statements[b].Verb!.Value.Start ? statements[a].Verb!.Value.Start.CompareTo(statements[b].Verb!.Value.Start) : a.CompareTo(b));
        }

        /// <summary>The widest statement whose text holds the trigger or whose speech verb overlaps it; the first in the list among equally wide ones.</summary>
        public (int? Index, ArticleStatement? Statement) At(TextSpan trigger)
        {
            _seen.Clear();
            for (var i = FirstFrom(_bySpan, trigger.End - _longestSpan, static s => s.Span.Start); i < _bySpan.Length && _statements[_bySpan[i]].Span.Start <= trigger.Start; i++)
            {
                _seen.Add(_bySpan[i]);
            }

            for (var i = FirstFrom(_byVerb, trigger.Start - _longestVerb, static s => s.Verb!.Value.Start); i < _byVerb.Length && _statements[_byVerb[i]].Verb!.Value.Start <= trigger.End; i++)
            {
                _seen.Add(_byVerb[i]);
            }

            (int? Index, ArticleStatement? Statement) best = (null, null);
            foreach (var i in _seen)
            {
                var s = _statements[i];
                var holds = s.Span.Contains(trigger) || (s.Verb is { } verb && verb.Start < trigger.End && trigger.Start < verb.End);
                if (holds && (best.Statement is null || s.Span.Length > best.Statement.Span.Length || (s.Span.Length == best.Statement.Span.Length && i < best.Index)))
                {
                    best = (i, s);
                }
            }

            return best;
        }

        private int FirstFrom(int[] sorted, int offset, Func<ArticleStatement, int> startOf)
        {
            int low = 0, high = sorted.Length;
            while (low < high)
            {
                var mid = (low + high) >>> 1;
                if (startOf(_statements[sorted[mid]]) < offset)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            return low;
        }
    }

    /// <summary>The article's territory and instrument mentions, its resolved dates, statements and stance cues, indexed by place.</summary>
    public sealed class Lookups
    {
        /// <param name="context">The parse, with its mentions, dates and statements.</param>
        /// <param name="folded">The folded text.</param>
        /// <param name="sentences">The sentences of the article's text, in order: where triggers are found.</param>
        public Lookups(ParseContext context, ReadOnlyMemory<char> folded, List<TextSpan> sentences)
        {
            var concerned = new List<(TextSpan Span, int Index)>();
            for (var i = 0; i < context.NameMentions.Count; i++)
            {
                if (context.NameMentions[i].Kind is EntityKind.Territory or EntityKind.Instrument)
                {
                    concerned.Add((context.NameMentions[i].Span, i));
                }
            }

            var dates = new List<(TextSpan Span, int Index)>();
            for (var i = 0; i < context.Dates.Length; i++)
            {
                if (context.Dates[i].Date is not null)
                {
                    dates.Add((context.Dates[i].Span, i));
                }
            }

            Concerned = new SpanIndex(concerned);
            Dates = new SpanIndex(dates);
            Statements = new StatementIndex(context.Statements);
            Cues = new EventStances.CuePlaces(folded, StanceScopes(context, sentences));
        }

        // Where stances are looked up: a trigger's sentence or statement, and each statement. Cues outside this stretch
        // of the text (a page's comments and navigation after or before the story) are never asked for.
        private static TextSpan StanceScopes(ParseContext context, List<TextSpan> sentences)
        {
            int start = int.MaxValue, end = 0;
            if (sentences.Count > 0)
            {
                (start, end) = (sentences[0].Start, sentences[^1].End);
            }

            foreach (var statement in context.Statements)
            {
                (start, end) = (Math.Min(start, statement.Span.Start), Math.Max(end, statement.Span.End));
            }

            return start > end ? default : TextSpan.FromBounds(start, end);
        }

        /// <summary>The stance cues of the article's packs by place.</summary>
        public EventStances.CuePlaces Cues { get; }

        /// <summary>The article's statements by place.</summary>
        public StatementIndex Statements { get; }

        /// <summary>Indexes into <see cref="ParseContext.NameMentions"/> of territories and instruments.</summary>
        public SpanIndex Concerned { get; }

        /// <summary>Indexes into <see cref="ParseContext.Dates"/> of the dates with a value.</summary>
        public SpanIndex Dates { get; }

        /// <summary>Scratch for <see cref="SpanIndex.Inside"/>.</summary>
        public List<int> Hits { get; } = [];
    }
}
