using Kurils.Domain.Html.Dom;
using Kurils.Domain.Html.Text;

namespace Kurils.Domain.Html.Extraction;

/// <summary>
/// Finds the elements that hold the article's text by block scoring over the tree (the method of Arc90's
/// Readability): every paragraph of 25 characters or more scores by its length and commas, and gives its score
/// to its container and, diminishing, to four more ancestors; a container starts from its tag's weight and its
/// class words' (<see cref="StructureCues"/>), and its total is discounted by its link density. The best
/// container wins, unless several near-best ones share an ancestor (then the ancestor), and its siblings join
/// when they score close to it or are clean paragraphs. An <c>itemprop=articleBody</c> element that holds most
/// of that text is taken as is: the page says where its article is. Linear in the blocks.
/// </summary>
internal static class ContentFinder
{
    private const int MinParagraph = 25;
    private const int AncestorLevels = 5;

    public static List<PageElement> Find(VisibleText page, CueMap cues)
    {
        var scored = new List<PageElement>();
        foreach (var block in page.Blocks)
        {
            if (block.Length < MinParagraph || block.LinkLength * 2 > block.Length || cues.Unlikely[block.Owner.Index])
            {
                continue;
            }

            var score = 1.0 + Commas(page.Text.AsSpan(block.Start, block.Length)) + Math.Min(block.Length / 100, 3);
            var candidate = IsParagraph(block.Owner.Name) ? block.Owner.Parent : block.Owner;
            for (var level = 0; level < AncestorLevels && candidate is not null; level++, candidate = candidate.Parent)
            {
                if (candidate.Name is "#document" or "html")
                {
                    break;
                }

                if (!candidate.Scored)
                {
                    candidate.Scored = true;
                    candidate.Score = TagWeight(candidate.Name) + StructureCues.ClassWeightOf(candidate);
                    scored.Add(candidate);
                }

                candidate.Score += level switch { 0 => score, 1 => score / 2, _ => score / (level * 3) };
            }
        }

        PageElement? top = null;
        foreach (var candidate in scored)
        {
            candidate.Score *= 1 - candidate.LinkDensity;
            if (top is null || candidate.Score > top.Score)
            {
                top = candidate;
            }
        }

        if (DeclaredBody(page, top) is { } declared)
        {
            return [declared];
        }

        if (top is null)
        {
            // No paragraph anywhere: the whole body is the article (a short page, or text without markup).
            var body = page.Elements.FirstOrDefault(e => e.Name == "body") ?? page.Elements[0];
            return [body];
        }

        top = SharedAncestor(scored, top);
        var roots = WithSiblings(page, top);
        AddChunks(scored, top, roots);
        return roots;
    }

    /// <summary>How far above the winner its split-off chunks are looked for.</summary>
    private const int ChunkLevels = 5;

    /// <summary>
    /// Pages that split the article into chunks with ads between them ("article__body" after "article__body",
    /// each in its own grid cell) repeat the container's class: scored elements with the winner's exact class
    /// under one of its near ancestors join it.
    /// </summary>
    private static void AddChunks(List<PageElement> scored, PageElement top, List<PageElement> roots)
    {
        if (top.Attribute("class") is not { Length: > 0 } topClass)
        {
            return;
        }

        var ancestor = top;
        for (var level = 0; level < ChunkLevels && ancestor.Parent is { } parent && parent.Name is not ("body" or "html" or "#document"); level++)
        {
            ancestor = parent;
        }

        var added = false;
        foreach (var candidate in scored)
        {
            if (candidate != top && string.Equals(candidate.Attribute("class"), topClass, StringComparison.Ordinal) && candidate.LinkDensity < 0.3
                && IsInside(candidate, ancestor) && !roots.Any(root => IsInside(candidate, root) || IsInside(root, candidate)))
            {
                roots.Add(candidate);
                added = true;
            }
        }

        if (added)
        {
            roots.Sort((a, b) => a.SourceStart.CompareTo(b.SourceStart));
        }
    }

    /// <summary>The largest <c>itemprop=articleBody</c> element, when it holds (or is inside) the scored winner.</summary>
    private static PageElement? DeclaredBody(VisibleText page, PageElement? top)
    {
        PageElement? best = null;
        foreach (var element in page.Elements)
        {
            if (element.Attribute("itemprop") is { } property && property.Contains("articleBody", StringComparison.OrdinalIgnoreCase)
                && element.TextLength >= 200 && (best is null || element.TextLength > best.TextLength))
            {
                best = element;
            }
        }

        if (best is null || top is null)
        {
            return best;
        }

        return IsInside(top, best) || IsInside(best, top) || best.TextLength * 2 >= top.TextLength ? best : null;
    }

    /// <summary>When three or more near-best containers sit under one ancestor of the winner, the article is that ancestor.</summary>
    private static PageElement SharedAncestor(List<PageElement> scored, PageElement top)
    {
        var close = scored.Where(c => c != top && c.Score >= top.Score * 0.75).OrderByDescending(c => c.Score).Take(5).ToList();
        if (close.Count < 3)
        {
            return top;
        }

        for (var ancestor = top.Parent; ancestor is not null && ancestor.Name is not ("body" or "html" or "#document"); ancestor = ancestor.Parent)
        {
            if (close.Count(c => IsInside(c, ancestor)) >= 3)
            {
                return ancestor;
            }
        }

        return top;
    }

    private static List<PageElement> WithSiblings(VisibleText page, PageElement top)
    {
        if (top.Parent is not { } parent || parent.Name == "#document")
        {
            return [top];
        }

        var threshold = Math.Max(10, top.Score * 0.2);
        var topClass = top.Attribute("class");
        var result = new List<PageElement>();
        foreach (var child in parent.Children)
        {
            if (child is not PageElement sibling || sibling.Index < 0)
            {
                continue;
            }

            if (sibling == top)
            {
                result.Add(sibling);
                continue;
            }

            var bonus = topClass is { Length: > 0 } && string.Equals(sibling.Attribute("class"), topClass, StringComparison.Ordinal) ? top.Score * 0.2 : 0;
            if (sibling.Scored && sibling.Score + bonus >= threshold)
            {
                result.Add(sibling);
            }
            else if (sibling.Name == "p" && StructureCues.Of(sibling) is Cue.None or Cue.Content)
            {
                var length = sibling.TextLength;
                var density = sibling.LinkDensity;
                var text = page.Text.AsSpan(sibling.TextStart, sibling.TextEnd - sibling.TextStart).TrimEnd();
                if ((length > 80 && density < 0.25) || (length > 0 && density == 0 && text.Length > 0 && text[^1] is '.' or '。' or '!' or '?'))
                {
                    result.Add(sibling);
                }
            }
        }

        return result;
    }

    public static bool IsInside(PageElement element, PageElement container)
    {
        for (var e = element; e is not null; e = e.Parent)
        {
            if (e == container)
            {
                return true;
            }

            if (e.Depth < container.Depth)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsParagraph(string name) =>
        name is "p" or "pre" or "blockquote" or "li" or "dd" or "dt" or "td" or "th" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "address" or "caption" or "figcaption" or "summary" or "legend";

    private static int TagWeight(string name) => name switch
    {
        "div" => 5,
        "article" or "main" => 10,
        "section" => 3,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    private static int Commas(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += c is ',' or '，' or '、' or '،' ? 1 : 0;
        }

        return count;
    }
}
