namespace Kurils.Domain.Html.Dom;

/// <summary>
/// A light element of the page tree: just what text extraction reads (name, the few attributes that carry
/// structure, children in order, the source range). Text runs are children of their element.
/// </summary>
internal sealed class PageElement
{
    public PageElement(string name, PageElement? parent, int sourceStart)
    {
        Name = name;
        Parent = parent;
        SourceStart = sourceStart;
        SourceEnd = sourceStart;
        Depth = parent is null ? 0 : parent.Depth + 1;
    }

    /// <summary>The lower-case tag name (interned for the tags <see cref="TagNames"/> knows).</summary>
    public string Name { get; }

    public PageElement? Parent { get; }

    public int Depth { get; }

    /// <summary>Where the start tag begins in the source.</summary>
    public int SourceStart { get; }

    /// <summary>Just past the end tag (or the last child when the element was closed implicitly).</summary>
    public int SourceEnd { get; set; }

    /// <summary>Elements and <see cref="PageText"/> runs, in document order.</summary>
    public List<object> Children { get; } = [];

    /// <summary>The attributes kept (see <see cref="TreeBuilder"/>), each value capped in length.</summary>
    public List<KeyValuePair<string, string>>? Attributes { get; set; }

    public string? Attribute(string name)
    {
        if (Attributes is null)
        {
            return null;
        }

        foreach (var pair in Attributes)
        {
            if (string.Equals(pair.Key, name, StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>Filled by the visible-text pass: the element's place in document order among visible elements (-1 when hidden).</summary>
    public int Index { get; set; } = -1;

    /// <summary>Filled by the visible-text pass: visible characters inside, and those inside links.</summary>
    public int TextLength { get; set; }

    public int LinkLength { get; set; }

    /// <summary>Filled by the visible-text pass: the blocks of text directly owned by this element.</summary>
    public int BlockCount { get; set; }

    /// <summary>Filled by the visible-text pass: where the element's text starts and ends in the visible text.</summary>
    public int TextStart { get; set; }

    public int TextEnd { get; set; }

    /// <summary>Filled by the content finder: this element's score as the article's container.</summary>
    public double Score { get; set; }

    public bool Scored { get; set; }

    /// <summary>The share of the text inside links.</summary>
    public double LinkDensity => TextLength == 0 ? 0 : (double)LinkLength / TextLength;

    public override string ToString() => $"<{Name}> @{SourceStart}";
}

/// <summary>One run of character data: its decoded text and the source range it was decoded from.</summary>
/// <param name="Text">The text after entity decoding and newline normalization.</param>
/// <param name="SourceStart">The first source character.</param>
/// <param name="SourceEnd">Just past the last source character.</param>
internal sealed record PageText(string Text, int SourceStart, int SourceEnd);
