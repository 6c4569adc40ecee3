namespace Kurils.Domain.Parsing;

/// <summary>
/// Binary search over facts sorted by where they start, so that every "what is near this offset" question
/// the stages ask costs a logarithm, not a scan: parsing stays linear however long the article.
/// </summary>
internal static class SortedSpans
{
    /// <summary>The index of the first item whose span starts at or after <paramref name="offset"/> (the count when none does).</summary>
    /// <remarks>Generic over the list type, so an <c>ImmutableArray</c> is searched without being boxed.</remarks>
    public static int LowerBound<TList, T>(TList items, int offset, Func<T, int> start)
        where TList : IReadOnlyList<T>
    {
        int low = 0, high = items.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (start(items[mid]) < offset)
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

    public static int LowerBound(IReadOnlyList<Mention> mentions, int offset) => LowerBound(mentions, offset, static (Mention m) => m.Span.Start);

    public static int LowerBound(IReadOnlyList<DateMention> dates, int offset) => LowerBound(dates, offset, static (DateMention d) => d.Span.Start);

    public static int LowerBound(List<TextSpan> spans, int offset) => LowerBound(spans, offset, static (TextSpan s) => s.Start);

    /// <summary>The index of the first offset at or after <paramref name="offset"/> in sorted <paramref name="offsets"/>.</summary>
    public static int LowerBound(List<int> offsets, int offset) => LowerBound(offsets, offset, static (int o) => o);
}
