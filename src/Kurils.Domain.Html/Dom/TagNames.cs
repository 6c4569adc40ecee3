using System.Collections.Frozen;

namespace Kurils.Domain.Html.Dom;

/// <summary>The HTML element names the tree builder and the extractor treat specially, as sets.</summary>
internal static class TagNames
{
    /// <summary>Elements that never have content.</summary>
    public static readonly FrozenSet<string> Void = Set("area base br col embed hr img input link meta param source track wbr keygen frame basefont bgsound");

    /// <summary>Start tags that close an open <c>p</c> (HTML's "close a p element in button scope").</summary>
    public static readonly FrozenSet<string> ClosesParagraph = Set(
        "address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section summary table ul li dd dt listing plaintext xmp");

    /// <summary>Elements an implied end never crosses (HTML's button scope, plus the list and table containers).</summary>
    public static readonly FrozenSet<string> ScopeBoundary = Set("html body table td th caption marquee object applet template button ul ol dl select");

    /// <summary>Elements whose text is not shown: their content is skipped (raw text, embedded documents, form widgets, graphics).</summary>
    public static readonly FrozenSet<string> Invisible = Set(
        "head script style template noscript noembed noframes iframe object embed canvas svg math select option datalist button textarea input audio video picture map frameset title");

    /// <summary>Elements that start and end a block of text (a paragraph of the visible text).</summary>
    public static readonly FrozenSet<string> Block = Set(
        "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table tbody thead tfoot tr td th caption ul listing legend");

    /// <summary>Headings.</summary>
    public static readonly FrozenSet<string> Heading = Set("h1 h2 h3 h4 h5 h6");

    private static readonly FrozenDictionary<string, string> KnownNames = Set(
        "a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark math menu meta meter nav noembed noframes noscript object ol optgroup option output p param picture plaintext pre progress q rp rt ruby s samp script section select small source span strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr xmp")
        .ToFrozenDictionary(n => n, n => n, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan = KnownNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="name"/> is an HTML element this table knows (a self-closing tag of an unknown one is honoured, as for custom and foreign elements).</summary>
    public static bool Known(string name) => KnownNames.ContainsKey(name);

    /// <summary>The one shared string for a known tag name, so names compare by reference-cheap ordinal equality and do not allocate.</summary>
    public static string Intern(ReadOnlySpan<char> name) =>
        KnownBySpan.TryGetValue(name, out var known) ? known : name.ToString();

    private static FrozenSet<string> Set(string names) =>
        names.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
