using System.Buffers;
using System.Text;
using Kurils.Domain.Html.Dom;

namespace Kurils.Domain.Html.Text;

/// <summary>One paragraph of the visible text: the block-level element that owns it and where it lies in the text.</summary>
/// <param name="Owner">The nearest block-level element around the text.</param>
/// <param name="Start">The first character in the text.</param>
/// <param name="End">Just past the last character (no trailing white space).</param>
/// <param name="LinkLength">How many of its characters are inside links.</param>
internal sealed record TextBlock(PageElement Owner, int Start, int End, int LinkLength)
{
    public int Length => End - Start;
}

/// <summary>
/// The page's visible text as a browser's reader view shows it: block-level elements become paragraphs
/// separated by a blank line, white space inside a paragraph collapses to one space (kept inside <c>pre</c>),
/// <c>br</c> breaks a line and two of them a paragraph; invisible content (head, scripts, styles, templates,
/// frames, form widgets, graphics, <c>hidden</c> and <c>display:none</c> elements) is left out. Every character
/// is mapped back to its source (<see cref="HtmlSourceMap"/>). Linear in the tree.
/// </summary>
internal sealed class VisibleText
{
    private readonly string _source;
    private readonly StringBuilder _text = new();
    private readonly HtmlSourceMap.Builder _map = new();
    private readonly List<TextBlock> _blocks = [];
    private readonly List<PageElement> _elements = [];
    private readonly Stack<PageElement> _owners = new();

    private int _blockStart = -1;
    private int _blockLinks;
    private int _linkDepth;
    private int _preDepth;
    private int _pendingSpaceSource = -1;
    private int _pendingBreakSource = -1;

    private readonly bool _copyRuns;

    private VisibleText(string source, bool copyRuns)
    {
        _source = source;
        _copyRuns = copyRuns;
    }

    public string Text { get; private set; } = string.Empty;

    public HtmlSourceMap Map { get; private set; } = null!;

    public IReadOnlyList<TextBlock> Blocks => _blocks;

    /// <summary>The visible elements in document order (each one's <see cref="PageElement.Index"/> is its place here).</summary>
    public IReadOnlyList<PageElement> Elements => _elements;

    /// <param name="source">The page.</param>
    /// <param name="root">Its tree.</param>
    /// <param name="copyRuns">Whether runs equal to their source are copied word by word (the fast path); false reads every
    /// character one at a time, the reference the tests hold the fast path to.</param>
    public static VisibleText Read(string source, PageElement root, bool copyRuns = true)
    {
        var result = new VisibleText(source, copyRuns);
        result._owners.Push(root);
        result.Walk(root);
        result.EndBlock();
        result.Text = result._text.ToString();
        result.Map = result._map.Build(result.Text.Length, source.Length);

        // Text and link lengths summed up the tree: children come after their parent in document order.
        for (var i = result._elements.Count - 1; i > 0; i--)
        {
            var element = result._elements[i];
            if (element.Parent is { } parent)
            {
                parent.TextLength += element.TextLength;
                parent.LinkLength += element.LinkLength;
            }
        }

        return result;
    }

    /// <summary>Whether the element's content is not shown.</summary>
    public static bool IsInvisible(PageElement element)
    {
        if (TagNames.Invisible.Contains(element.Name))
        {
            return true;
        }

        if (element.Attributes is null)
        {
            return false;
        }

        if (element.Attribute("hidden") is not null || element.Attribute("aria-hidden") is "true")
        {
            return true;
        }

        if (element.Attribute("style") is { } style && HidesElement(style))
        {
            return true;
        }

        return element.Attribute("class") is { } classes && HasClassWord(classes, "hidden");
    }

    private static bool HidesElement(string style)
    {
        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase) || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasClassWord(string classes, string word)
    {
        foreach (var range in classes.AsSpan().SplitAny(" \t\n\r\f"))
        {
            if (classes.AsSpan()[range].Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private void Walk(PageElement element)
    {
        element.Index = _elements.Count;
        element.TextStart = _text.Length;
        _elements.Add(element);
        var block = TagNames.Block.Contains(element.Name);
        if (block)
        {
            EndBlock();
            _owners.Push(element);
        }

        var link = element.Name == "a" && element.Attribute("href") is not null;
        _linkDepth += link ? 1 : 0;
        _preDepth += element.Name is "pre" or "listing" or "plaintext" ? 1 : 0;

        foreach (var child in element.Children)
        {
            if (child is PageText run)
            {
                Append(run, element);
            }
            else if (child is PageElement inner)
            {
                if (inner.Name == "br")
                {
                    Break(inner.SourceStart);
                }
                else if (!IsInvisible(inner))
                {
                    Walk(inner);
                }
            }
        }

        element.TextEnd = _text.Length;
        _linkDepth -= link ? 1 : 0;
        _preDepth -= element.Name is "pre" or "listing" or "plaintext" ? 1 : 0;
        if (block)
        {
            EndBlock();
            _owners.Pop();
        }
    }

    private void Break(int source)
    {
        if (_blockStart < 0)
        {
            return;
        }

        if (_pendingBreakSource >= 0)
        {
            EndBlock(); // two line breaks in a row: a new paragraph
            return;
        }

        _pendingBreakSource = source;
        _pendingSpaceSource = -1;
    }

    /// <summary>The characters <see cref="AppendChar"/> collapses outside <c>pre</c>.</summary>
    private static readonly SearchValues<char> Spaces = SearchValues.Create(" \t\n\r\f\u00A0\u200B");

    private void Append(PageText run, PageElement owner)
    {
        var text = run.Text;
        var j = run.SourceStart;
        var end = Math.Min(run.SourceEnd, _source.Length);
        var counted = 0;
        if (_copyRuns && _preDepth == 0 && end - j == text.Length && _source.AsSpan(j, text.Length).SequenceEqual(text))
        {
            AppendCopied(text, j, ref counted); // the usual run: no entity, no CR, no NUL
        }
        else
        {
            AppendDecoded(text, j, end, ref counted);
        }

        owner.TextLength += counted;
        if (_linkDepth > 0)
        {
            owner.LinkLength += counted;
        }
    }

    /// <summary>A run that is its source character for character: each word's first character goes through <see cref="AppendChar"/> (block start, pending space), the rest is copied in one piece.</summary>
    private void AppendCopied(string text, int source, ref int counted)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            AppendChar(c, source + i, source + i + 1, ref counted);
            i++;
            if (Spaces.Contains(c))
            {
                continue;
            }

            var word = text.AsSpan(i).IndexOfAny(Spaces);
            var length = word < 0 ? text.Length - i : word;
            if (length > 0)
            {
                _map.Add(_text.Length, length, source + i, length);
                _text.Append(text, i, length);
                counted += length;
                _blockLinks += _linkDepth > 0 ? length : 0;
                _lastBlockSourceEnd = source + i + length;
                i += length;
            }
        }
    }

    private void AppendDecoded(string text, int j, int end, ref int counted)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var s = j;
            if (j < end)
            {
                if (_source[j] == '&' && !LiteralAt(text, i, j, end))
                {
                    j = EntityEnd(j, end);
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length)
                    {
                        // The low surrogate decoded from the same reference maps to the same source.
                        AppendChar(c, s, j, ref counted);
                        i++;
                        c = text[i];
                        AppendChar(c, s, j, ref counted);
                        continue;
                    }
                }
                else if (_source[j] == '\r')
                {
                    j += j + 1 < end && _source[j + 1] == '\n' ? 2 : 1;
                }
                else if (_source[j] == c)
                {
                    j++;
                }
                else if (_source[j] == '\0')
                {
                    j++; // NUL, dropped or replaced by the tokenizer
                }
            }

            AppendChar(c, s, j, ref counted);
        }
    }

    /// <summary>Whether the '&amp;' at <paramref name="j"/> was copied literally (not a character reference the tokenizer decoded).</summary>
    private bool LiteralAt(string text, int i, int j, int end)
    {
        var entityEnd = EntityEnd(j, end);
        var length = entityEnd - j;
        return length <= 1 || (i + length <= text.Length && text.AsSpan(i, length).SequenceEqual(_source.AsSpan(j, length)));
    }

    private int EntityEnd(int j, int end)
    {
        var k = j + 1;
        var limit = Math.Min(end, j + 40);
        if (k < limit && _source[k] == '#')
        {
            k++;
            if (k < limit && _source[k] is 'x' or 'X')
            {
                k++;
            }

            while (k < limit && char.IsAsciiHexDigit(_source[k]))
            {
                k++;
            }
        }
        else
        {
            while (k < limit && char.IsAsciiLetterOrDigit(_source[k]))
            {
                k++;
            }
        }

        if (k < limit && _source[k] == ';')
        {
            k++;
        }

        return k;
    }

    private void AppendChar(char c, int sourceStart, int sourceEnd, ref int counted)
    {
        var pre = _preDepth > 0;
        if (!pre && (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0' or '\u200B'))
        {
            if (_blockStart >= 0 && _pendingSpaceSource < 0 && _pendingBreakSource < 0)
            {
                _pendingSpaceSource = sourceStart;
            }

            return;
        }

        if (pre && c == '\n')
        {
            if (_blockStart >= 0)
            {
                Break(sourceStart);
            }

            return;
        }

        if (_blockStart < 0)
        {
            if (_blocks.Count > 0)
            {
                _map.Add(_text.Length, 2, _lastBlockSourceEnd, 0);
                _text.Append("\n\n");
            }

            _blockStart = _text.Length;
            _blockLinks = 0;
        }
        else if (_pendingBreakSource >= 0)
        {
            _map.Add(_text.Length, 1, _pendingBreakSource, 0);
            _text.Append('\n');
        }
        else if (_pendingSpaceSource >= 0)
        {
            _map.Add(_text.Length, 1, _pendingSpaceSource, Math.Max(1, sourceStart - _pendingSpaceSource));
            _text.Append(' ');
        }

        _pendingSpaceSource = -1;
        _pendingBreakSource = -1;
        _map.Add(_text.Length, 1, sourceStart, sourceEnd - sourceStart);
        _text.Append(c is '\t' ? ' ' : c);
        counted++;
        _blockLinks += _linkDepth > 0 ? 1 : 0;
        _lastBlockSourceEnd = sourceEnd;
    }

    private int _lastBlockSourceEnd;

    private void EndBlock()
    {
        if (_blockStart >= 0)
        {
            _blocks.Add(new TextBlock(_owners.Peek(), _blockStart, _text.Length, _blockLinks));
            _owners.Peek().BlockCount++;
        }

        _blockStart = -1;
        _pendingSpaceSource = -1;
        _pendingBreakSource = -1;
    }
}
