using System.Buffers;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace Kurils.Domain.Html.Dom;

/// <summary>
/// Builds the light page tree from AngleSharp's HTML5 tokenizer (which decodes entities, normalizes newlines
/// and knows the raw-text states), with a small tree-construction step of its own instead of AngleSharp's full
/// DOM: the extractor needs elements, text and source offsets, not a scriptable document. The step follows
/// HTML's implied ends where they shape text (a block closes an open <c>p</c>, a <c>li</c> the previous one,
/// table cells and rows, headings), ignores end tags with nothing to close, and is bounded everywhere: the tree
/// is at most <see cref="MaxDepth"/> deep (deeper start tags add no level), an end tag searches at most
/// <see cref="EndTagSearch"/> open elements, attribute values are cut at <see cref="MaxAttributeLength"/>.
/// Every step is constant work per token, so building is linear in the page.
/// </summary>
internal static class TreeBuilder
{
    /// <summary>Deepest element kept; real pages stay far below (a few dozen levels).</summary>
    public const int MaxDepth = 256;

    /// <summary>How many open elements an end tag or an implied end looks through for its match.</summary>
    public const int EndTagSearch = 64;

    /// <summary>Longest attribute value kept (a data URI or an inline blob is cut here).</summary>
    public const int MaxAttributeLength = 4096;

    /// <summary>Most JSON-LD text kept from one page, all blocks together.</summary>
    public const int MaxJsonLdLength = 1 << 20;

    /// <summary>The attributes the extractor and the metadata reader read; all others are dropped.</summary>
    private static readonly HashSet<string> KeptAttributes = new(StringComparer.Ordinal)
    {
        "id", "class", "role", "itemprop", "itemtype", "hidden", "aria-hidden", "style", "href", "rel", "property", "name",
        "content", "http-equiv", "charset", "datetime", "lang", "type", "pubdate",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KeptAttributeNames = KeptAttributes.GetAlternateLookup<ReadOnlySpan<char>>();

    public static PageElement Build(string source)
    {
        // Inline script and style bodies are cut out first when the cut can be checked (RawTextBodies); a
        // page where the check fails is tokenized as it is.
        if (RawTextBodies.Find(source) is { } cuts && Build(source, cuts) is { } root)
        {
            return root;
        }

        return BuildUncut(source);
    }

    /// <summary>The tree from the page as it is, no body cut (the reference the cut build must equal).</summary>
    internal static PageElement BuildUncut(string source) => Build(source, null)!;

    /// <summary>Whether the page's cut bodies were all confirmed (for the benchmarks' count of fallbacks).</summary>
    internal static bool CutsHold(string source) => RawTextBodies.Find(source) is not { } cuts || Build(source, cuts) is not null;

    /// <summary>The tree, or null when a cut body turns out not to follow the start tag the cut assumed.</summary>
    private static PageElement? Build(string source, RawTextBodies? cuts)
    {
        // The cut copy goes into a rented buffer (no page-sized string per page); the tokenizer reads either through
        // an immutable source, which lets it copy runs of text in bulk instead of character by character.
        char[]? copy = null;
        if (cuts is not null)
        {
            copy = ArrayPool<char>.Shared.Rent(cuts.CopyLength);
            cuts.CopyTo(copy);
        }

        try
        {
            return Build(source, cuts, copy is null ? new TextSource(new StringTextSource(source)) : new TextSource(new CharArrayTextSource(copy, cuts!.CopyLength)));
        }
        finally
        {
            if (copy is not null)
            {
                ArrayPool<char>.Shared.Return(copy);
            }
        }
    }

    private static PageElement? Build(string source, RawTextBodies? cuts, TextSource input)
    {
        var root = new PageElement("#document", null, 0);
        var stack = new OpenElements();
        stack.Add(root);
        var jsonLd = 0;
        var nextCut = 0;
        using var tokenizer = new HtmlTokenizer(input, HtmlEntityProvider.Resolver)
        {
            SkipComments = true,
            SkipRawText = true,
            SkipPlaintext = false,

            // Offsets come from the source index; line and column tracking would only cost time and a stack of line lengths.
            DisableElementPositionTracking = true,
            ShouldEmitAttribute = static (ref StructHtmlToken _, ReadOnlyMemory<char> name) => KeptAttributeNames.Contains(name.Span),
        };

        while (true)
        {
            ref var token = ref tokenizer.GetStructToken();
            var copyStart = token.Position.Index;
            var copyEnd = tokenizer.Position;
            var tokenStart = copyStart;
            var tokenEnd = copyEnd;
            if (cuts is not null)
            {
                // Every cut must be confirmed by a script or style start tag exactly where it was assumed.
                if (nextCut < cuts.Count && cuts.Expected(nextCut).TagStart < copyStart)
                {
                    return null;
                }

                if (nextCut < cuts.Count && cuts.Expected(nextCut).TagStart == copyStart)
                {
                    if (token.Type != HtmlTokenType.StartTag || !(token.Name == "script" || token.Name == "style") || cuts.Expected(nextCut).TagEnd != copyEnd)
                    {
                        return null;
                    }

                    nextCut++;
                }

                tokenStart = cuts.ToSourceStart(copyStart);
                tokenEnd = cuts.ToSourceEnd(copyEnd);
            }

            var current = stack[^1];
            switch (token.Type)
            {
                case HtmlTokenType.EndOfFile:
                    if (cuts is not null && nextCut < cuts.Count)
                    {
                        return null;
                    }

                    foreach (var open in stack)
                    {
                        open.SourceEnd = Math.Max(open.SourceEnd, source.Length);
                    }

                    return root;

                case HtmlTokenType.Character:
                    if (current.Name is "script" && !IsJsonLd(current))
                    {
                        break;
                    }

                    var text = token.Data.ToString();
                    if (current.Name is "script")
                    {
                        if (jsonLd + text.Length > MaxJsonLdLength)
                        {
                            break;
                        }

                        jsonLd += text.Length;
                    }

                    if (text.Length > 0)
                    {
                        current.Children.Add(new PageText(text, tokenStart, tokenEnd));
                        current.SourceEnd = tokenEnd;
                    }

                    break;

                case HtmlTokenType.StartTag:
                    StartTag(ref token, tokenizer, stack, tokenStart, tokenEnd);
                    break;

                case HtmlTokenType.EndTag:
                    EndTag(TagNames.Intern(token.Name), stack, tokenStart, tokenEnd);
                    break;

                default:
                    break; // doctype, comments (skipped), processing instructions
            }
        }
    }

    private static void StartTag(ref StructHtmlToken token, HtmlTokenizer tokenizer, OpenElements stack, int start, int end)
    {
        var name = TagNames.Intern(token.Name);
        if (name is "html" or "body" or "head" && stack.IsOpen(name) && Find(stack, name) is { } existing)
        {
            MergeAttributes(existing, ref token); // a second <body> adds its attributes, as in HTML
            return;
        }

        ImpliedEnds(name, stack, start);
        var parent = stack[^1];
        var element = new PageElement(name, parent, start) { SourceEnd = end };
        ReadAttributes(element, ref token);
        parent.Children.Add(element);
        parent.SourceEnd = end;

        var foreign = stack.IsOpen("svg") || stack.IsOpen("math");
        if (TagNames.Void.Contains(name) || (token.IsSelfClosing && (foreign || !TagNames.Known(name))))
        {
            return;
        }

        if (stack.Count >= MaxDepth)
        {
            // Too deep: the element is kept as a leaf and what follows stays in the deepest open element.
            SetContentState(name, element, tokenizer);
            return;
        }

        stack.Add(element);
        SetContentState(name, element, tokenizer);
    }

    /// <summary>The tokenizer state for the element's content, which HTML lets the tree builder choose.</summary>
    private static void SetContentState(string name, PageElement element, HtmlTokenizer tokenizer)
    {
        switch (name)
        {
            case "script":
                tokenizer.State = HtmlParseMode.Script;
                tokenizer.SkipScriptText = !IsJsonLd(element);
                break;
            case "style" or "xmp" or "iframe" or "noembed" or "noframes" or "noscript":
                tokenizer.State = HtmlParseMode.Rawtext;
                break;
            case "title" or "textarea":
                tokenizer.State = HtmlParseMode.RCData;
                break;
            case "plaintext":
                tokenizer.State = HtmlParseMode.Plaintext;
                break;
        }
    }

    private static void EndTag(string name, OpenElements stack, int start, int end)
    {
        if (name is "html" or "body")
        {
            return; // content after </body> still belongs to the body, as in HTML
        }

        if (name is "br")
        {
            var parent = stack[^1];
            parent.Children.Add(new PageElement("br", parent, start) { SourceEnd = end }); // HTML reads </br> as <br>
            return;
        }

        var limit = Math.Max(1, stack.Count - EndTagSearch);
        for (var i = stack.Count - 1; i >= limit; i--)
        {
            if (ReferenceEquals(stack[i].Name, name) || string.Equals(stack[i].Name, name, StringComparison.Ordinal))
            {
                PopTo(stack, i, end);
                return;
            }
        }
    }

    /// <summary>HTML's implied end tags, the ones that change which block text belongs to.</summary>
    private static void ImpliedEnds(string name, OpenElements stack, int at)
    {
        if (TagNames.ClosesParagraph.Contains(name))
        {
            CloseInScope(stack, "p", at, []);
        }

        switch (name)
        {
            case "li":
                CloseInScope(stack, "li", at, ["ul", "ol", "menu"]);
                break;
            case "dd" or "dt":
                CloseInScope(stack, "dd", at, ["dl"]);
                CloseInScope(stack, "dt", at, ["dl"]);
                break;
            case "tr":
                CloseInScope(stack, "tr", at, ["table", "tbody", "thead", "tfoot"]);
                break;
            case "td" or "th":
                CloseInScope(stack, "td", at, ["tr", "table"]);
                CloseInScope(stack, "th", at, ["tr", "table"]);
                break;
            case "tbody" or "thead" or "tfoot":
                CloseInScope(stack, "tbody", at, ["table"]);
                CloseInScope(stack, "thead", at, ["table"]);
                CloseInScope(stack, "tfoot", at, ["table"]);
                break;
            case "option" or "optgroup":
                CloseInScope(stack, "option", at, ["select", "datalist"]);
                break;
            case "a":
                CloseInScope(stack, "a", at, []); // a link inside a link ends the first
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" when TagNames.Heading.Contains(stack[^1].Name):
                PopTo(stack, stack.Count - 1, at);
                break;
        }
    }

    private static void CloseInScope(OpenElements stack, string name, int at, string[] boundaries)
    {
        if (!stack.IsOpen(name))
        {
            return;
        }

        var limit = Math.Max(1, stack.Count - EndTagSearch);
        for (var i = stack.Count - 1; i >= limit; i--)
        {
            var open = stack[i].Name;
            if (string.Equals(open, name, StringComparison.Ordinal))
            {
                PopTo(stack, i, at);
                return;
            }

            if (TagNames.ScopeBoundary.Contains(open) || Array.IndexOf(boundaries, open) >= 0)
            {
                return;
            }
        }
    }

    private static void PopTo(OpenElements stack, int index, int end)
    {
        for (var i = stack.Count - 1; i >= index; i--)
        {
            stack[i].SourceEnd = Math.Max(stack[i].SourceEnd, end);
        }

        stack.RemoveFrom(index);
        stack[^1].SourceEnd = Math.Max(stack[^1].SourceEnd, end);
    }

    private static PageElement? Find(OpenElements stack, string name)
    {
        // html, head and body sit at the bottom of the stack; svg and math are searched within the usual bound.
        var limit = Math.Max(0, stack.Count - EndTagSearch);
        for (var i = stack.Count - 1; i >= limit; i--)
        {
            if (string.Equals(stack[i].Name, name, StringComparison.Ordinal))
            {
                return stack[i];
            }
        }

        for (var i = 0; i < Math.Min(limit, 4); i++)
        {
            if (string.Equals(stack[i].Name, name, StringComparison.Ordinal))
            {
                return stack[i];
            }
        }

        return null;
    }

    private static bool IsJsonLd(PageElement script) =>
        script.Attribute("type") is { } type && type.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase);

    private static void ReadAttributes(PageElement element, ref StructHtmlToken token)
    {
        var attributes = token.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            var attribute = attributes[i];
            ReadOnlySpan<char> key = attribute.Name;
            if (!KeptAttributes.TryGetAlternate(key, out var name))
            {
                continue;
            }

            ReadOnlySpan<char> value = attribute.Value;
            element.Attributes ??= new(4);
            if (element.Attribute(name) is null)
            {
                element.Attributes.Add(new(name, value.Length > MaxAttributeLength ? value[..MaxAttributeLength].ToString() : value.ToString()));
            }
        }
    }

    private static void MergeAttributes(PageElement element, ref StructHtmlToken token) => ReadAttributes(element, ref token);

    private static bool TryGetAlternate(this HashSet<string> set, ReadOnlySpan<char> key, out string value)
    {
        var lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(key, out value!);
    }
}
