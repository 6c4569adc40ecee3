using System.Runtime.InteropServices;

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
    /// without a pass over the whole article's (a long article has thousands of events, mentions and dates). Filled anew
    /// for each article (<see cref="Clear"/>, <see cref="Add"/>, <see cref="Sort"/>), so that its list is kept.
    /// </summary>
    public sealed class SpanIndex
    {
        private readonly List<(TextSpan Span, int Index)> _items = [];

        /// <summary>Forgets the spans.</summary>
        public void Clear() => _items.Clear();

        /// <summary>Adds a span and its index; <see cref="Sort"/> once all are in.</summary>
        public void Add(TextSpan span, int index) => _items.Add((span, index));

        /// <summary>Sorts the spans by start (then index): before <see cref="Inside"/>.</summary>
        public void Sort() => _items.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Index.CompareTo(b.Index));

        /// <summary>The indexes of the spans that lie within <paramref name="range"/>, ascending.</summary>
        public void Inside(TextSpan range, List<int> result)
        {
            result.Clear();
            var items = CollectionsMarshal.AsSpan(_items);
            int low = 0, high = items.Length;
            while (low < high)
            {
                var mid = (low + high) >>> 1;
                if (items[mid].Span.Start < range.Start)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            for (var i = low; i < items.Length && items[i].Span.Start <= range.End; i++)
            {
                if (range.Contains(items[i].Span))
                {
                    result.Add(items[i].Index);
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
        private readonly List<int> _bySpan = [];
        private readonly List<int> _byVerb = [];
        private readonly List<int> _seen = [];
        private List<ArticleStatement> _statements = [];
        private int _longestSpan;
        private int _longestVerb;

        /// <summary>Indexes the article's statements (those of the article before are forgotten).</summary>
        public void Index(List<ArticleStatement> statements)
        {
            _statements = statements;
            _bySpan.Clear();
            _byVerb.Clear();
            (_longestSpan, _longestVerb) = (0, 0);
            for (var i = 0; i < statements.Count; i++)
            {
                _bySpan.Add(i);
                _longestSpan = Math.Max(_longestSpan, statements[i].Span.Length);
                if (statements[i].Verb is { } verb)
                {
                    _byVerb.Add(i);
                    _longestVerb = Math.Max(_longestVerb, verb.Length);
                }
            }

            _bySpan.Sort((a, b) => statements[a].Span.Start != statements[b].Span.Start ? statements[a].Span.Start.CompareTo(statements[b].Span.Start) : a.CompareTo(b));
            _byVerb.Sort((a, b) => statements[a].Verb!.Value.Start != statements[b].Verb!.Value.Start ? statements[a].Verb!.Value.Start.CompareTo(statements[b].Verb!.Value.Start) : a.CompareTo(b));
        }

        /// <summary>The widest statement whose text holds the trigger or whose speech verb overlaps it; the first in the list among equally wide ones.</summary>
        public (int? Index, ArticleStatement? Statement) At(TextSpan trigger)
        {
            _seen.Clear();
            for (var i = FirstFrom(_bySpan, trigger.End - _longestSpan, static s => s.Span.Start); i < _bySpan.Count && _statements[_bySpan[i]].Span.Start <= trigger.Start; i++)
            {
                _seen.Add(_bySpan[i]);
            }

            for (var i = FirstFrom(_byVerb, trigger.Start - _longestVerb, static s => s.Verb!.Value.Start); i < _byVerb.Count && _statements[_byVerb[i]].Verb!.Value.Start <= trigger.End; i++)
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

        private int FirstFrom(List<int> sorted, int offset, Func<ArticleStatement, int> startOf)
        {
            int low = 0, high = sorted.Count;
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

    /// <summary>
    /// The article's territory and instrument mentions, its resolved dates, statements and stance cues, indexed by place;
    /// made once per thread and filled anew for each article (<see cref="Index"/>).
    /// </summary>
    public sealed class Lookups
    {
        /// <summary>Indexes the article (forgetting the one before).</summary>
        /// <param name="context">The parse, with its mentions, dates and statements.</param>
        /// <param name="folded">The folded text.</param>
        /// <param name="sentences">The sentences of the article's text, in order: where triggers are found.</param>
        public void Index(ParseContext context, ReadOnlyMemory<char> folded, List<TextSpan> sentences)
        {
            Concerned.Clear();
            for (var i = 0; i < context.NameMentions.Count; i++)
            {
                if (context.NameMentions[i].Kind is EntityKind.Territory or EntityKind.Instrument)
                {
                    Concerned.Add(context.NameMentions[i].Span, i);
                }
            }

            Dates.Clear();
            for (var i = 0; i < context.Dates.Length; i++)
            {
                if (context.Dates[i].Date is not null)
                {
                    Dates.Add(context.Dates[i].Span, i);
                }
            }

            Concerned.Sort();
            Dates.Sort();
            Statements.Index(context.Statements);
            Cues.Begin(folded, StanceScopes(context, sentences));
        }

        /// <summary>Forgets the article: between articles the thread's lookups hold none of its objects.</summary>
        public void Clear()
        {
            Concerned.Clear();
            Dates.Clear();
            Triggers.Clear();
            Hits.Clear();
            Statements.Index([]);
            Cues.Begin(default, default);
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
        public EventStances.CuePlaces Cues { get; } = new();

        /// <summary>The article's statements by place.</summary>
        public StatementIndex Statements { get; } = new();

        /// <summary>Indexes into <see cref="ParseContext.NameMentions"/> of territories and instruments.</summary>
        public SpanIndex Concerned { get; } = new();

        /// <summary>Indexes into <see cref="ParseContext.Dates"/> of the dates with a value.</summary>
        public SpanIndex Dates { get; } = new();

        /// <summary>Indexes into <see cref="ParseContext.Events"/> by trigger, for <see cref="EventStances.MarkStatements"/> to fill.</summary>
        public SpanIndex Triggers { get; } = new();

        /// <summary>Scratch for <see cref="SpanIndex.Inside"/>.</summary>
        public List<int> Hits { get; } = [];
    }
}
