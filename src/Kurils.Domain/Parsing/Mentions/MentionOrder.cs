namespace Kurils.Domain.Parsing.Mentions;

/// <summary>
/// The one order of mentions, used by every stage that sorts or merges them: by start offset, then the shorter
/// first. Lists in this order are what <see cref="SortedSpans"/> searches.
/// </summary>
internal sealed class MentionOrder : IComparer<Mention>
{
    public static MentionOrder Instance { get; } = new();

    private MentionOrder()
    {
    }

    public int Compare(Mention? x, Mention? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byStart = x.Span.Start.CompareTo(y.Span.Start);
        return byStart != 0 ? byStart : x.Span.Length.CompareTo(y.Span.Length);
    }

    /// <summary>
    /// Appends <paramref name="first"/> and <paramref name="second"/>, each already in this order, to
    /// <paramref name="output"/> in this order; of two equal mentions the one from <paramref name="first"/> comes first.
    /// </summary>
    public static void Merge(IReadOnlyList<Mention> first, IReadOnlyList<Mention> second, List<Mention> output)
    {
        output.EnsureCapacity(output.Count + first.Count + second.Count);
        int i = 0, j = 0;
        while (i < first.Count && j < second.Count)
        {
            output.Add(Instance.Compare(second[j], first[i]) < 0 ? second[j++] : first[i++]);
        }

        while (i < first.Count)
        {
            output.Add(first[i++]);
        }

        while (j < second.Count)
        {
            output.Add(second[j++]);
        }
    }
}
