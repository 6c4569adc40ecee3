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

    /// <summary>The article's territory and instrument mentions and its resolved dates, indexed by place.</summary>
    public sealed class Lookups
    {
        public Lookups(ParseContext context)
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
        }

        /// <summary>Indexes into <see cref="ParseContext.NameMentions"/> of territories and instruments.</summary>
        public SpanIndex Concerned { get; }

        /// <summary>Indexes into <see cref="ParseContext.Dates"/> of the dates with a value.</summary>
        public SpanIndex Dates { get; }

        /// <summary>Scratch for <see cref="SpanIndex.Inside"/>.</summary>
        public List<int> Hits { get; } = [];
    }
}
