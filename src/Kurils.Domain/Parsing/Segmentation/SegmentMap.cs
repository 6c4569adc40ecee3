using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Segmentation;

/// <summary>
/// The segments of one input with what the stages ask of them: which segment holds an offset (binary search),
/// which segments are the article's own text, and their sentences, split once per parse for every stage.
/// </summary>
internal sealed class SegmentMap
{
    private readonly ImmutableArray<Segment> _segments;
    private readonly List<TextSpan> _sentences;
    private readonly int[] _firstSentence;

    public SegmentMap(string text, ImmutableArray<Segment> segments, TextLexicon marks)
    {
        _segments = segments;
        _firstSentence = new int[segments.Length + 1];
        var sentences = new List<TextSpan>((text.Length / 128) + 8); // an English sentence is ~130 chars
        for (var s = 0; s < segments.Length; s++)
        {
            _firstSentence[s] = sentences.Count;
            if (IsArticleText(segments[s].Kind))
            {
                Sentences.Split(text, segments[s].Content, marks, sentences);
            }
        }

        _firstSentence[segments.Length] = sentences.Count;
        _sentences = sentences;
    }

    /// <summary>The sentences of an article-text segment (none for other kinds).</summary>
    public ReadOnlySpan<TextSpan> SentencesOf(int segment) =>
        CollectionsMarshal.AsSpan(_sentences).Slice(_firstSentence[segment], _firstSentence[segment + 1] - _firstSentence[segment]);

    public ImmutableArray<Segment> Segments => _segments;

    /// <summary>Segments whose text is the article's own prose: where statements and claims are read.</summary>
    public static bool IsArticleText(SegmentKind kind) => kind is SegmentKind.Body or SegmentKind.Headline or SegmentKind.Lead;

    public int SegmentOf(int offset)
    {
        int low = 0, high = _segments.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var span = _segments[mid].Span;
            if (offset < span.Start)
            {
                high = mid - 1;
            }
            else if (offset >= span.End)
            {
                low = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
