using Kurils.Domain.Parsing;

namespace Kurils.Domain.Html;

/// <summary>
/// Maps offsets in a page's visible text (<see cref="HtmlArticle.Text"/>) back to the HTML source
/// (<see cref="HtmlArticle.Html"/>): a character copied as is maps to itself, an entity (<c>&amp;amp;</c>) or a
/// run of collapsed white space to the whole source it came from, and the paragraph breaks the text inserts
/// between blocks to the end of the block before them. Immutable; lookups are a binary search.
/// </summary>
public sealed class HtmlSourceMap
{
    private readonly Piece[] _pieces;

    internal HtmlSourceMap(Piece[] pieces, int textLength, int sourceLength)
    {
        _pieces = pieces;
        TextLength = textLength;
        SourceLength = sourceLength;
    }

    /// <summary>The length of the text this map reads.</summary>
    public int TextLength { get; }

    /// <summary>The length of the source it maps into.</summary>
    public int SourceLength { get; }

    /// <summary>The source offset where the text character at <paramref name="textOffset"/> came from (the text's end maps to the source's end of the last character).</summary>
    /// <param name="textOffset">An offset into the text, from 0 to its length.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="textOffset"/> is outside the text.</exception>
    public int ToSource(int textOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(textOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(textOffset, TextLength);
        if (_pieces.Length == 0)
        {
            return 0;
        }

        if (textOffset == TextLength)
        {
            var last = _pieces[^1];
            return last.SourceStart + last.SourceLength;
        }

        var piece = _pieces[Find(textOffset)];
        return piece.IsCopy ? piece.SourceStart + (textOffset - piece.TextStart) : piece.SourceStart;
    }

    /// <summary>The source range the text in <paramref name="span"/> came from: from its first character's source to the end of its last one's.</summary>
    /// <param name="span">A span of the text.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> is outside the text.</exception>
    public TextSpan ToSource(TextSpan span)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(span.Start);
        ArgumentOutOfRangeException.ThrowIfNegative(span.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(span.End, TextLength);
        var start = ToSource(span.Start);
        if (span.IsEmpty || _pieces.Length == 0)
        {
            return new TextSpan(start, 0);
        }

        var last = _pieces[Find(span.End - 1)];
        var end = last.IsCopy ? last.SourceStart + (span.End - last.TextStart) : last.SourceStart + last.SourceLength;
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    private int Find(int textOffset)
    {
        int lo = 0, hi = _pieces.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (_pieces[mid].TextStart <= textOffset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>A stretch of text from one stretch of source: a copy (same length) or one replaced unit (an entity, collapsed white space, an inserted break).</summary>
    internal readonly record struct Piece(int TextStart, int TextLength, int SourceStart, int SourceLength)
    {
        public bool IsCopy => TextLength == SourceLength;
    }

    /// <summary>Collects pieces in text order, merging adjacent copies.</summary>
    internal sealed class Builder
    {
        private readonly List<Piece> _pieces = [];

        public void Add(int textStart, int textLength, int sourceStart, int sourceLength)
        {
            if (_pieces.Count > 0 && textLength == sourceLength)
            {
                var last = _pieces[^1];
                if (last.IsCopy && last.TextStart + last.TextLength == textStart && last.SourceStart + last.SourceLength == sourceStart)
                {
                    _pieces[^1] = last with { TextLength = last.TextLength + textLength, SourceLength = last.SourceLength + sourceLength };
                    return;
                }
            }

            _pieces.Add(new Piece(textStart, textLength, sourceStart, sourceLength));
        }

        public HtmlSourceMap Build(int textLength, int sourceLength) => new([.. _pieces], textLength, sourceLength);
    }
}
