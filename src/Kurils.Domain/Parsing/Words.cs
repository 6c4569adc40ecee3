namespace Kurils.Domain.Parsing;

/// <summary>
/// Which units a word is made of, for <see cref="Words"/>. A type argument rather than a delegate, so every walk
/// is compiled for its class of units and costs no call per unit.
/// </summary>
internal interface IWordUnits
{
    /// <summary>Whether <paramref name="c"/> belongs to a word.</summary>
    static abstract bool IsWordUnit(char c);
}

/// <summary>Words are runs of letters (<see cref="char.IsLetter(char)"/>): what the statement rules read.</summary>
internal readonly struct Letters : IWordUnits
{
    public static bool IsWordUnit(char c) => char.IsLetter(c);
}

/// <summary>Words are runs of letters and digits: what paragraphs are compared by.</summary>
internal readonly struct LettersAndDigits : IWordUnits
{
    public static bool IsWordUnit(char c) => char.IsLetterOrDigit(c);
}

/// <summary>
/// The one walker over words, the maximal runs of units of a class (<see cref="Letters"/> unless a stage says
/// otherwise): forward over a range, and from either end of one word. Offsets are those of the text given;
/// nothing is allocated.
/// </summary>
internal static class Words
{
    /// <summary>The letter runs of <paramref name="range"/> of <paramref name="text"/>, in order.</summary>
    public static WordEnumerator<Letters> In(string text, TextSpan range) => In<Letters>(text, range);

    /// <summary>The words of <paramref name="range"/> of <paramref name="text"/> (clamped to the text; none when empty or inverted), in order.</summary>
    public static WordEnumerator<TUnits> In<TUnits>(string text, TextSpan range)
        where TUnits : IWordUnits
    {
        var start = Math.Clamp(range.Start, 0, text.Length);
        var end = Math.Clamp(range.End, start, text.Length);
        return new(text.AsSpan(start, end - start), start);
    }

    /// <summary>The words of <paramref name="text"/>, in order, with offsets into it.</summary>
    public static WordEnumerator<TUnits> In<TUnits>(ReadOnlySpan<char> text)
        where TUnits : IWordUnits => new(text, 0);

    /// <summary>How many letter runs <paramref name="range"/> of <paramref name="text"/> holds.</summary>
    public static int Count(string text, TextSpan range)
    {
        var count = 0;
        foreach (var _ in In(text, range))
        {
            count++;
        }

        return count;
    }

    /// <summary>Where the word going on at <paramref name="start"/> ends: the first offset from it, before <paramref name="limit"/>, that is not a word unit.</summary>
    public static int EndOf<TUnits>(ReadOnlySpan<char> text, int start, int limit)
        where TUnits : IWordUnits
    {
        var end = start;
        while (end < limit && TUnits.IsWordUnit(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>Where the word that ends at <paramref name="end"/> starts, not before <paramref name="limit"/> (<paramref name="end"/> itself when no word ends there).</summary>
    public static int StartOf<TUnits>(ReadOnlySpan<char> text, int end, int limit)
        where TUnits : IWordUnits
    {
        var start = end;
        while (start > limit && TUnits.IsWordUnit(text[start - 1]))
        {
            start--;
        }

        return start;
    }
}

/// <summary>Enumerates the words of a text without allocating (see <see cref="Words.In(string, TextSpan)"/>).</summary>
/// <typeparam name="TUnits">What a word is made of.</typeparam>
internal ref struct WordEnumerator<TUnits>
    where TUnits : IWordUnits
{
    private readonly ReadOnlySpan<char> _text;
    private readonly int _offset;
    private int _i;

    /// <param name="text">The units to walk.</param>
    /// <param name="offset">The offset of <paramref name="text"/> in the input, added to every word's span.</param>
    public WordEnumerator(ReadOnlySpan<char> text, int offset)
    {
        _text = text;
        _offset = offset;
    }

    /// <summary>The current word, in the input's offsets.</summary>
    public TextSpan Current { get; private set; }

    public readonly WordEnumerator<TUnits> GetEnumerator() => this;

    public bool MoveNext()
    {
        while (_i < _text.Length && !TUnits.IsWordUnit(_text[_i]))
        {
            _i++;
        }

        if (_i == _text.Length)
        {
            return false;
        }

        var start = _i;
        _i = Words.EndOf<TUnits>(_text, _i, _text.Length);
        Current = TextSpan.FromBounds(_offset + start, _offset + _i);
        return true;
    }
}
