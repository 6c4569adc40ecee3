namespace Kurils.Domain.Parsing.Events;

/// <summary>
/// The places of an article the actors already hold, asked whether a span overlaps one of them: the mentions' spans
/// sorted by start with the furthest end reached so far (they may overlap one another), and the metonyms taken since as
/// bits over the text (each is non-empty and overlaps nothing taken before it). A question costs a binary search and a
/// read of the span's bits, where a walk over every actor made a long article's actors quadratic (benchmarks/README.md,
/// "Ninth round"). Reused for the thread's next article.
/// </summary>
internal sealed class TakenPlaces
{
    private (int Start, int End)[] _mentions = [];
    private int[] _furthestEnd = [];
    private int _count;
    private ulong[] _bits = [];
    private int _words;

    /// <summary>Starts an article of <paramref name="length"/> units whose mentions hold <paramref name="mentions"/> (any order).</summary>
    public void Begin(int length, List<(TextSpan Span, string Id)> mentions)
    {
        _count = mentions.Count;
        if (_mentions.Length < _count)
        {
            _mentions = new (int, int)[Math.Max(_count, 2 * _mentions.Length)];
            _furthestEnd = new int[_mentions.Length];
        }

        for (var i = 0; i < _count; i++)
        {
            _mentions[i] = (mentions[i].Span.Start, mentions[i].Span.End);
        }

        Array.Sort(_mentions, 0, _count);
        var furthest = int.MinValue;
        for (var i = 0; i < _count; i++)
        {
            furthest = Math.Max(furthest, _mentions[i].End);
            _furthestEnd[i] = furthest;
        }

        Array.Clear(_bits, 0, _words);
        _words = (length + 64) / 64;
        if (_bits.Length < _words)
        {
            _bits = new ulong[Math.Max(_words, 2 * _bits.Length)];
        }
    }

    /// <summary>Whether <paramref name="span"/> (non-empty) overlaps a mention or a metonym taken.</summary>
    public bool Overlaps(TextSpan span)
    {
        // The mentions starting before the span ends: one of them overlaps it when the furthest of their ends passes its start.
        int low = 0, high = _count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_mentions[middle].Start < span.End)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        if (low > 0 && _furthestEnd[low - 1] > span.Start)
        {
            return true;
        }

        for (var i = span.Start; i < span.End; i++)
        {
            if ((_bits[i >> 6] & (1UL << (i & 63))) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Marks the metonym at <paramref name="span"/> taken.</summary>
    public void Take(TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            _bits[i >> 6] |= 1UL << (i & 63);
        }
    }
}
