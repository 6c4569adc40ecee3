using System.Collections.Immutable;
using Kurils.Domain.Html.Dom;
using Kurils.Domain.Html.Text;
using Kurils.Domain.Parsing;

namespace Kurils.Domain.Html.Extraction;

/// <summary>
/// Gives every block of the visible text its <see cref="SegmentKind"/> from the page's structure: blocks inside
/// the article's containers (<see cref="ContentFinder"/>) are body unless an element between names them
/// otherwise (a caption, a share bar, a related-links box) or is mostly links; blocks elsewhere take the kind of
/// the nearest marked element around them (navigation, footer, comments, byline, ...). Each reader comment is
/// one segment, with its author's handle. The headline is the <c>h1</c> that matches the page's declared title,
/// else the first one at or before the article.
/// </summary>
internal static class PageSegmenter
{
    /// <summary>Longest block taken as a comments header ("12 Comments").</summary>
    private const int CommentsHeaderLength = 200;

    public static ImmutableArray<Segment> Split(VisibleText page, CueMap cues, IReadOnlyList<PageElement> roots, string? declaredHeadline)
    {
        var elements = page.Elements;
        var count = elements.Count;
        var inRoot = new bool[count];
        var context = new Cue[count];
        var item = new PageElement?[count];
        var rootSet = roots.ToHashSet();
        foreach (var element in elements)
        {
            var i = element.Index;
            var parent = element.Parent is { Index: >= 0 } p ? p : null;
            var isRoot = rootSet.Contains(element);
            inRoot[i] = isRoot || (parent is not null && inRoot[parent.Index]);
            var parentContext = parent is null || isRoot ? Cue.None : context[parent.Index];
            var own = cues.Own[i];
            if (parentContext == Cue.Comments)
            {
                context[i] = Cue.Comments;
                var parentItem = parent is null ? null : item[parent.Index];
                item[i] = parentItem ?? (IsCommentItem(element) ? element : null);
            }
            else if (own is not Cue.None and not Cue.Content)
            {
                context[i] = own;
            }
            else if (inRoot[i] && !isRoot && parentContext == Cue.None && IsLinkBox(element))
            {
                context[i] = Cue.Related;
            }
            else
            {
                context[i] = parentContext;
            }
        }

        var headline = Headline(page, roots, declaredHeadline);
        var units = new List<(SegmentKind Kind, int Start, int End, PageElement? Item)>(page.Blocks.Count);
        foreach (var block in page.Blocks)
        {
            var owner = block.Owner;
            var kind = KindOf(page, block, owner, context[owner.Index], inRoot[owner.Index], headline);
            var commentItem = kind == SegmentKind.Comment ? item[owner.Index] : null;
            if (kind == SegmentKind.Comment && commentItem is null)
            {
                kind = block.Length <= CommentsHeaderLength ? SegmentKind.CommentsHeader : SegmentKind.Unknown;
            }

            if (units.Count > 0 && commentItem is not null && units[^1].Item == commentItem)
            {
                units[^1] = units[^1] with { End = block.End };
                continue;
            }

            units.Add((kind, block.Start, block.End, commentItem));
        }

        var segments = ImmutableArray.CreateBuilder<Segment>(units.Count);
        for (var u = 0; u < units.Count; u++)
        {
            var (kind, start, end, commentItem) = units[u];
            var spanStart = u == 0 ? 0 : start;
            var spanEnd = u + 1 < units.Count ? units[u + 1].Start : page.Text.Length;
            var content = TextSpan.FromBounds(start, end);
            var author = commentItem is null ? null : Author(page, commentItem, content);
            segments.Add(new Segment(kind, TextSpan.FromBounds(spanStart, spanEnd), content, author));
        }

        return segments.MoveToImmutable();
    }

    private static SegmentKind KindOf(VisibleText page, TextBlock block, PageElement owner, Cue context, bool inRoot, PageElement? headline)
    {
        if (headline is not null && (owner == headline || ContentFinder.IsInside(owner, headline)))
        {
            return SegmentKind.Headline;
        }

        switch (context)
        {
            case Cue.Navigation or Cue.Related:
                return SegmentKind.Navigation;
            case Cue.Footer:
                return page.Text.AsSpan(block.Start, block.Length).TrimStart() is ['©', ..] ? SegmentKind.Credit : SegmentKind.Navigation;
            case Cue.Share or Cue.Interface:
                return SegmentKind.Residue;
            case Cue.Advertisement:
                return SegmentKind.Advertisement;
            case Cue.Comments:
                return SegmentKind.Comment;
            case Cue.Byline:
                return SegmentKind.Byline;
            case Cue.Lead:
                return SegmentKind.Lead;
            case Cue.Caption:
                return SegmentKind.Caption;
            case Cue.PhotoCredit:
                return SegmentKind.PhotoCredit;
            case Cue.Tags:
                return SegmentKind.Tags;
            case Cue.Sidebar or Cue.Headline:
                return SegmentKind.Unknown;
        }

        if (!inRoot)
        {
            return SegmentKind.Unknown;
        }

        if (owner.Name is "figcaption" or "caption")
        {
            return SegmentKind.Caption;
        }

        // A short line that is all link inside the article is a pointer elsewhere ("Read more: ...").
        if (block.LinkLength * 10 >= block.Length * 7 && block.Length < 150)
        {
            return SegmentKind.Navigation;
        }

        // A few words without a sentence's end, outside a heading or list, is page furniture left in the
        // article's container ("Advert", "DON'T MISS", "comments"), not a paragraph.
        return IsFragment(page.Text.AsSpan(block.Start, block.Length), owner) ? SegmentKind.Unknown : SegmentKind.Body;
    }

    /// <summary>One reader comment inside a comments section: a list item or article, a schema.org Comment, or an element whose class says "comment" (singular: "comments" and "comment-list" name the section).</summary>
    private static bool IsCommentItem(PageElement element) =>
        element.Name is "li" or "article"
        || (element.Attribute("itemtype") is { } type && type.EndsWith("Comment", StringComparison.Ordinal))
        || (element.Name is not ("ol" or "ul") && StructureCues.HasWord(element, "comment") && !StructureCues.HasWord(element, "list"));

    /// <summary>Longest block that may be a fragment of page furniture rather than a paragraph.</summary>
    private const int FragmentLength = 16;

    private static bool IsFragment(ReadOnlySpan<char> text, PageElement owner)
    {
        if (text.Length >= FragmentLength || TagNames.Heading.Contains(owner.Name) || owner.Name is "li" or "dt" or "dd" or "td" or "th" or "blockquote" or "pre")
        {
            return false;
        }

        var last = text.TrimEnd("\"'”’»)]".AsSpan());
        return last.Length == 0 || !char.IsPunctuation(last[^1]) || last[^1] is '-' or '_';
    }

    /// <summary>A box of links inside the article (a list of related stories, a table of contents).</summary>
    private static bool IsLinkBox(PageElement element)
    {
        if (element.Name is not ("div" or "section" or "ul" or "ol" or "table" or "aside" or "nav" or "dl") || element.TextLength == 0)
        {
            return false;
        }

        var density = element.LinkDensity;
        return density > 0.5 || (density > 0.33 && element.TextLength < 300);
    }

    private static PageElement? Headline(VisibleText page, IReadOnlyList<PageElement> roots, string? declared)
    {
        var articleStart = roots.Count > 0 ? roots[0].TextStart : 0;
        var declaredText = declared?.Trim();
        PageElement? above = null;
        PageElement? inside = null;
        PageElement? first = null;
        foreach (var element in page.Elements)
        {
            if (element.Name != "h1" || element.TextEnd <= element.TextStart)
            {
                continue;
            }

            var text = page.Text.AsSpan(element.TextStart, element.TextEnd - element.TextStart).Trim();
            if (declaredText is { Length: > 0 } && text.Length > 0
                && (declaredText.AsSpan().Contains(text, StringComparison.OrdinalIgnoreCase) || text.Contains(declaredText, StringComparison.OrdinalIgnoreCase)))
            {
                return element; // the h1 the page's own metadata names as its title
            }

            first ??= element;
            if (element.TextStart <= articleStart)
            {
                above = element; // the closest one above the article
            }
            else if (roots.Any(root => ContentFinder.IsInside(element, root)))
            {
                inside ??= element;
            }
        }

        return above ?? inside ?? first;
    }

    /// <summary>The comment's author handle: the first element in it marked as author, byline or name.</summary>
    private static TextSpan? Author(VisibleText page, PageElement commentItem, TextSpan content)
    {
        for (var i = commentItem.Index + 1; i < page.Elements.Count; i++)
        {
            var element = page.Elements[i];
            if (element.TextStart >= commentItem.TextEnd)
            {
                break;
            }

            var cue = StructureCues.Of(element);
            var named = cue == Cue.Byline || StructureCues.HasCueWord(element, Cue.Byline) || element.Name == "cite" || (element.Attribute("itemprop") is { } property && property.Contains("name", StringComparison.OrdinalIgnoreCase));
            if (!named)
            {
                continue;
            }

            var start = Math.Max(element.TextStart, content.Start);
            var end = Math.Min(element.TextEnd, content.End);
            while (start < end && char.IsWhiteSpace(page.Text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(page.Text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                return TextSpan.FromBounds(start, end);
            }
        }

        return null;
    }
}
