using Kurils.Domain.Html.Dom;
using Kurils.Domain.Html.Text;

namespace Kurils.Domain.Html.Extraction;

/// <summary>
/// Every visible element's own <see cref="Cue"/> and the one it stands in (its own, else its nearest marked
/// ancestor's), computed once in document order.
/// </summary>
internal sealed class CueMap
{
    private CueMap(Cue[] own, Cue[] inherited, bool[] unlikely)
    {
        Own = own;
        Inherited = inherited;
        Unlikely = unlikely;
    }

    public Cue[] Own { get; }

    public Cue[] Inherited { get; }

    /// <summary>Whether the element or an ancestor is boilerplate without a container word: its text never scores for the article.</summary>
    public bool[] Unlikely { get; }

    public static CueMap Of(VisibleText page)
    {
        var count = page.Elements.Count;
        var own = new Cue[count];
        var inherited = new Cue[count];
        var unlikely = new bool[count];
        foreach (var element in page.Elements)
        {
            var cue = Demote(StructureCues.Of(element), element, page.Elements[0].TextLength);
            own[element.Index] = cue;
            var parentIndex = element.Parent is { Index: >= 0 } p ? p.Index : -1;
            var parent = parentIndex >= 0 ? inherited[parentIndex] : Cue.None;
            inherited[element.Index] = parent == Cue.Comments || cue is Cue.None or Cue.Content ? parent : cue;
            unlikely[element.Index] = (parentIndex >= 0 && unlikely[parentIndex])
                || (IsBoilerplate(cue) && (element.Name is "nav" or "footer" or "aside" || !StructureCues.MayHoldArticle(element)));
        }

        return new CueMap(own, inherited, unlikely);
    }

    /// <summary>Longest element taken as a lead, byline, caption, credit or tag list by its class words.</summary>
    private const int PartLength = 600;

    /// <summary>
    /// A boilerplate class word on an element that holds much clean text is not believed ("entry-content-read-more",
    /// "article modal-enabled", a page wrapper "Page-ad-margins"): menus, link lists, share bars, ads and banners are short or mostly links. Tags and
    /// roles, and comment sections (long and clean by nature), keep their cue.
    /// </summary>
    private static Cue Demote(Cue cue, PageElement element, int pageText)
    {
        if (cue is Cue.Lead or Cue.Byline or Cue.Caption or Cue.PhotoCredit or Cue.Tags or Cue.Headline)
        {
            // A lead, byline or caption is a line or two; a long element so marked ("text-with-summary") is a container.
            return element.TextLength > PartLength && element.Name is not ("figcaption" or "figure") ? Cue.None : cue;
        }

        if (cue is not (Cue.Navigation or Cue.Related or Cue.Share or Cue.Advertisement or Cue.Interface or Cue.Sidebar)
            || element.Name is "nav" or "aside" or "footer" || element.Attribute("role") is not null
            || (StructureCues.WordCue(element) != cue && element.Name != "form"))
        {
            return cue;
        }

        var density = element.LinkDensity;
        var holds = element.TextLength * 2 >= pageText // a wrapper around most of the page ("Page-ad-margins")
            || (StructureCues.MayHoldArticle(element) ? element.TextLength >= 500 && density < 0.25 : element.TextLength >= 1000 && density < 0.1);
        return holds ? Cue.None : cue;
    }

    /// <summary>Whether text under this cue is never the article's (readability's "unlikely candidates").</summary>
    public static bool IsBoilerplate(Cue cue) =>
        cue is Cue.Navigation or Cue.Footer or Cue.Sidebar or Cue.Share or Cue.Related or Cue.Advertisement or Cue.Comments or Cue.Interface;
}
