namespace Kurils.Domain.Parsing;

/// <summary>A range of UTF-16 code units in the original input text (never in a normalized copy).</summary>
/// <param name="Start">The offset of the first unit.</param>
/// <param name="Length">The number of units.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just past the last unit.</summary>
    public int End => Start + Length;

    /// <summary>Whether the span holds no text.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates the span from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    /// <param name="start">The first offset.</param>
    /// <param name="end">The offset past the last unit.</param>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Whether <paramref name="other"/> lies entirely within this span.</summary>
    /// <param name="other">The other span.</param>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether <paramref name="offset"/> lies within this span.</summary>
    /// <param name="offset">The offset.</param>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>The text this span covers in <paramref name="input"/>.</summary>
    /// <param name="input">The original input.</param>
    public string Of(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Substring(Start, Length);
    }

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"[{Start}..{End})");
}
