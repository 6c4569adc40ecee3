using System.Collections.Frozen;
using Kurils.Domain.Html.Dom;

namespace Kurils.Domain.Html.Extraction;

/// <summary>What a page element's markup says it is.</summary>
internal enum Cue
{
    None,

    /// <summary>The article's text ("article-body", "entry-content", itemprop=articleBody).</summary>
    Content,
    Navigation,
    Footer,
    Sidebar,
    Share,
    Related,
    Advertisement,
    Comments,
    Byline,
    Lead,
    Caption,
    PhotoCredit,
    Tags,

    /// <summary>Page interface around the article: cookie banners, newsletter boxes, pop-ups, screen-reader-only text.</summary>
    Interface,
    Headline,
}

/// <summary>
/// The structural cues of HTML pages as data: which tags, ARIA roles, microdata properties and words in
/// <c>class</c> and <c>id</c> values mark a part of a page. Words are compared whole (class values are split at
/// hyphens, underscores, spaces and lower-to-upper case changes: <c>articleBody</c> and <c>article-body</c> are
/// "article" + "body"), so a cue never fires inside an unrelated word. Extend the tables here; the extractor
/// reads nothing else about markup conventions.
/// </summary>
internal static class StructureCues
{
    /// <summary>Readability's class weight: a content word adds this, any other cue word subtracts it.</summary>
    public const int ClassWeight = 25;

    private static readonly FrozenDictionary<string, Cue> Words = new Dictionary<string, Cue>(StringComparer.OrdinalIgnoreCase)
    {
        // The article's text.
        ["article"] = Cue.Content, ["body"] = Cue.Content, ["content"] = Cue.Content, ["entry"] = Cue.Content,
        ["main"] = Cue.Content, ["post"] = Cue.Content, ["story"] = Cue.Content, ["text"] = Cue.Content,
        ["blog"] = Cue.Content, ["hentry"] = Cue.Content, ["prose"] = Cue.Content, ["articlebody"] = Cue.Content,
        ["storybody"] = Cue.Content, ["postbody"] = Cue.Content, ["page"] = Cue.Content,

        // Site furniture.
        ["nav"] = Cue.Navigation, ["navbar"] = Cue.Navigation, ["navigation"] = Cue.Navigation, ["menu"] = Cue.Navigation,
        ["breadcrumb"] = Cue.Navigation, ["breadcrumbs"] = Cue.Navigation, ["masthead"] = Cue.Navigation, ["pagination"] = Cue.Navigation,
        ["pager"] = Cue.Navigation, ["skip"] = Cue.Navigation, ["toolbar"] = Cue.Navigation, ["topbar"] = Cue.Navigation,
        ["footer"] = Cue.Footer, ["foot"] = Cue.Footer, ["copyright"] = Cue.Footer, ["colophon"] = Cue.Footer,
        ["sidebar"] = Cue.Sidebar, ["aside"] = Cue.Sidebar, ["rail"] = Cue.Sidebar,
        ["share"] = Cue.Share, ["sharing"] = Cue.Share, ["social"] = Cue.Share, ["sharebar"] = Cue.Share,
        ["print"] = Cue.Share, ["addthis"] = Cue.Share, ["shares"] = Cue.Share,
        ["related"] = Cue.Related, ["recommended"] = Cue.Related, ["recirculation"] = Cue.Related, ["popular"] = Cue.Related,
        ["trending"] = Cue.Related, ["outbrain"] = Cue.Related, ["taboola"] = Cue.Related, ["promo"] = Cue.Related,
        ["more"] = Cue.Related, ["teaser"] = Cue.Related, ["teasers"] = Cue.Related, ["readmore"] = Cue.Related,
        ["ad"] = Cue.Advertisement, ["ads"] = Cue.Advertisement, ["advert"] = Cue.Advertisement, ["adverts"] = Cue.Advertisement,
        ["advertisement"] = Cue.Advertisement, ["adsbygoogle"] = Cue.Advertisement, ["sponsor"] = Cue.Advertisement,
        ["sponsored"] = Cue.Advertisement, ["dfp"] = Cue.Advertisement, ["gpt"] = Cue.Advertisement,
        ["comment"] = Cue.Comments, ["comments"] = Cue.Comments, ["disqus"] = Cue.Comments, ["commentlist"] = Cue.Comments,
        ["respond"] = Cue.Comments, ["discussion"] = Cue.Comments, ["replies"] = Cue.Comments,
        ["cookie"] = Cue.Interface, ["cookies"] = Cue.Interface, ["consent"] = Cue.Interface, ["newsletter"] = Cue.Interface,
        ["subscribe"] = Cue.Interface, ["subscription"] = Cue.Interface, ["signup"] = Cue.Interface, ["modal"] = Cue.Interface,
        ["popup"] = Cue.Interface, ["paywall"] = Cue.Interface, ["login"] = Cue.Interface, ["sr"] = Cue.Interface,
        ["offscreen"] = Cue.Interface, ["visually"] = Cue.Interface,

        // Parts of the article around its text.
        ["byline"] = Cue.Byline, ["author"] = Cue.Byline, ["authors"] = Cue.Byline, ["writer"] = Cue.Byline,
        ["contributor"] = Cue.Byline, ["dateline"] = Cue.Byline,
        ["username"] = Cue.Byline, ["nickname"] = Cue.Byline, ["commenter"] = Cue.Byline, ["fn"] = Cue.Byline,
        ["lead"] = Cue.Lead, ["standfirst"] = Cue.Lead, ["dek"] = Cue.Lead, ["deck"] = Cue.Lead, ["summary"] = Cue.Lead,
        ["subtitle"] = Cue.Lead, ["subheadline"] = Cue.Lead, ["strapline"] = Cue.Lead, ["excerpt"] = Cue.Lead, ["intro"] = Cue.Lead,
        ["caption"] = Cue.Caption, ["figcaption"] = Cue.Caption, ["credit"] = Cue.PhotoCredit, ["credits"] = Cue.PhotoCredit,
        ["tags"] = Cue.Tags, ["tag"] = Cue.Tags, ["keywords"] = Cue.Tags, ["topics"] = Cue.Tags,
        ["headline"] = Cue.Headline,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that keep a marked element a candidate for the article all the same (readability's "maybe candidate": <c>article-sidebar-wrapper</c> may still hold the article).</summary>
    private static readonly FrozenSet<string> ContainerWords = new[] { "and", "article", "body", "column", "content", "main", "shadow" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContainerWordsBySpan = ContainerWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, Cue>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, Cue> Tags = new Dictionary<string, Cue>(StringComparer.Ordinal)
    {
        ["article"] = Cue.Content, ["main"] = Cue.Content,
        ["nav"] = Cue.Navigation, ["menu"] = Cue.Navigation, ["footer"] = Cue.Footer, ["aside"] = Cue.Sidebar,
        ["figcaption"] = Cue.Caption, ["form"] = Cue.Interface, ["dialog"] = Cue.Interface,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Cue> Roles = new Dictionary<string, Cue>(StringComparer.OrdinalIgnoreCase)
    {
        ["main"] = Cue.Content, ["article"] = Cue.Content, ["navigation"] = Cue.Navigation, ["menu"] = Cue.Navigation,
        ["menubar"] = Cue.Navigation, ["banner"] = Cue.Navigation, ["contentinfo"] = Cue.Footer, ["complementary"] = Cue.Sidebar,
        ["dialog"] = Cue.Interface, ["alertdialog"] = Cue.Interface, ["search"] = Cue.Interface,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, Cue> Properties = new Dictionary<string, Cue>(StringComparer.OrdinalIgnoreCase)
    {
        ["articleBody"] = Cue.Content, ["text"] = Cue.Content, ["author"] = Cue.Byline, ["creator"] = Cue.Byline,
        ["description"] = Cue.Lead, ["headline"] = Cue.Headline, ["comment"] = Cue.Comments, ["caption"] = Cue.Caption,
        ["keywords"] = Cue.Tags,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>What the element's own markup says, strongest first: microdata, role, tag, then class and id words (any cue but content wins over content).</summary>
    public static Cue Of(PageElement element)
    {
        if (element.Name is "body" or "html")
        {
            return Cue.None; // page-wide classes ("menu-type-dropdown", "single-post") say nothing about the parts
        }

        if (element.Attribute("itemprop") is { } property && FirstWord(property) is { } word && Properties.TryGetValue(word, out var byProperty))
        {
            return byProperty;
        }

        if (element.Attribute("role") is { } role && Roles.TryGetValue(role.Trim(), out var byRole))
        {
            return byRole;
        }

        if (element.Name == "a" && element.Attribute("rel") is { } rel)
        {
            if (rel.Contains("author", StringComparison.OrdinalIgnoreCase))
            {
                return Cue.Byline;
            }

            if (rel.Contains("tag", StringComparison.OrdinalIgnoreCase))
            {
                return Cue.Tags;
            }
        }

        var byWords = WordCue(element);
        if (byWords is not Cue.None and not Cue.Content)
        {
            return byWords;
        }

        return Tags.TryGetValue(element.Name, out var byTag) ? byTag : byWords;
    }

    /// <summary>Readability's class weight from the <c>class</c> and <c>id</c> words: +25 for content, −25 for any other cue.</summary>
    public static int ClassWeightOf(PageElement element)
    {
        var cue = WordCue(element);
        return cue switch
        {
            Cue.None => 0,
            Cue.Content => ClassWeight,
            Cue.Byline or Cue.Lead or Cue.Caption or Cue.PhotoCredit or Cue.Headline => -ClassWeight / 5,
            _ => -ClassWeight,
        };
    }

    /// <summary>The cue of the element's class and id words: the first non-content cue, else content, else none.</summary>
    public static Cue WordCue(PageElement element)
    {
        if (element.Name is "body" or "html")
        {
            return Cue.None;
        }

        var found = Cue.None;
        var container = false;
        Scan(element.Attribute("class"), ref found, ref container);
        if (found is Cue.None or Cue.Content)
        {
            Scan(element.Attribute("id"), ref found, ref container);
        }

        return found;
    }

    /// <summary>Whether the class or id also carries a container word, so the element may hold the article despite another cue.</summary>
    public static bool MayHoldArticle(PageElement element)
    {
        var found = Cue.None;
        var container = false;
        Scan(element.Attribute("class"), ref found, ref container, all: true);
        Scan(element.Attribute("id"), ref found, ref container, all: true);
        return container;
    }

    /// <summary>Whether the element's class or id has <paramref name="word"/> as one of its words.</summary>
    public static bool HasWord(PageElement element, string word) =>
        HasWord(element.Attribute("class"), word, null) || HasWord(element.Attribute("id"), word, null);

    /// <summary>Whether any word of the element's class or id is a cue word for <paramref name="cue"/> ("comment-author" has one for <see cref="Cue.Byline"/>).</summary>
    public static bool HasCueWord(PageElement element, Cue cue) =>
        HasWord(element.Attribute("class"), null, cue) || HasWord(element.Attribute("id"), null, cue);

    private static bool HasWord(string? value, string? word, Cue? cue)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var span = value.AsSpan();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var letter = i < span.Length && char.IsAsciiLetterOrDigit(span[i]);
            var boundary = !letter || (i > 0 && char.IsAsciiLetterUpper(span[i]) && char.IsAsciiLetterLower(span[i - 1]));
            if (boundary && start >= 0)
            {
                var found = word is not null
                    ? span[start..i].Equals(word, StringComparison.OrdinalIgnoreCase)
                    : WordsBySpan.TryGetValue(span[start..i], out var wordCue) && wordCue == cue;
                if (found)
                {
                    return true;
                }

                start = -1;
            }

            if (letter && start < 0)
            {
                start = i;
            }
        }

        return false;
    }

    private static void Scan(string? value, ref Cue found, ref bool container, bool all = false)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var span = value.AsSpan();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var boundary = i == span.Length || !char.IsAsciiLetterOrDigit(span[i])
                || (i > 0 && char.IsAsciiLetterUpper(span[i]) && char.IsAsciiLetterLower(span[i - 1]));
            if (boundary && start >= 0)
            {
                container |= ContainerWordsBySpan.Contains(span[start..i]);
                if (WordsBySpan.TryGetValue(span[start..i], out var cue))
                {
                    if (cue is not Cue.Content && !all)
                    {
                        found = cue;
                        return;
                    }

                    found = Cue.Content;
                }

                start = -1;
            }

            if (i < span.Length && char.IsAsciiLetterOrDigit(span[i]) && start < 0)
            {
                start = i;
            }
        }
    }

    private static string? FirstWord(string value)
    {
        var trimmed = value.AsSpan().Trim();
        var space = trimmed.IndexOfAny(' ', '\t');
        return (space < 0 ? trimmed : trimmed[..space]).ToString();
    }
}
