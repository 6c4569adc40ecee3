using NodaTime;

namespace Kurils.Domain.Html;

/// <summary>Where on the page a metadata value was read.</summary>
public enum MetadataSource
{
    /// <summary>A JSON-LD block (<c>&lt;script type="application/ld+json"&gt;</c>): schema.org NewsArticle, Article, WebPage, ...</summary>
    JsonLd,

    /// <summary>An OpenGraph <c>&lt;meta property="og:…"&gt;</c> or <c>article:…</c> tag.</summary>
    OpenGraph,

    /// <summary>A Twitter card <c>&lt;meta name="twitter:…"&gt;</c> tag.</summary>
    Twitter,

    /// <summary>Another <c>&lt;meta name="…"&gt;</c> or <c>http-equiv</c> tag (author, date, content-language, ...).</summary>
    MetaTag,

    /// <summary>The <c>lang</c> attribute of <c>&lt;html&gt;</c>.</summary>
    HtmlLang,

    /// <summary>A <c>&lt;time datetime="…"&gt;</c> element.</summary>
    TimeElement,

    /// <summary>The <c>&lt;link rel="canonical"&gt;</c> element.</summary>
    CanonicalLink,

    /// <summary>The <c>&lt;title&gt;</c> element.</summary>
    Title,

    /// <summary>Microdata (<c>itemprop</c>) in the page body.</summary>
    Microdata,

    /// <summary>The text of an <c>&lt;a rel="author"&gt;</c> link (HTML's author link type, as in a byline), when nothing else names the authors.</summary>
    AuthorLink,
}

/// <summary>One metadata value and where it came from.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Source">Where it was read.</param>
public sealed record MetadataValue<T>(T Value, MetadataSource Source);

/// <summary>
/// What a page declares about itself, each value with its source. When several sources give a value, the most
/// specific wins: JSON-LD, then microdata, OpenGraph, Twitter, other meta tags, then the document itself
/// (<c>&lt;time&gt;</c>, <c>&lt;title&gt;</c>, <c>&lt;a rel="author"&gt;</c>).
/// </summary>
/// <param name="Headline">The article's title.</param>
/// <param name="Published">The publication date (the calendar date as the page writes it, in the page's own offset).</param>
/// <param name="Modified">The last modification date.</param>
/// <param name="Authors">The authors, in the page's order.</param>
/// <param name="Publisher">The publisher's name (JSON-LD publisher, else the site name).</param>
/// <param name="OutletId">The catalogued outlet the publisher or site name resolves to, if any.</param>
/// <param name="Language">The declared language as a BCP 47 primary tag (<c>en</c>, <c>ru</c>, <c>ja</c>).</param>
/// <param name="CanonicalUrl">The canonical URL, absolute when a base URL allowed it.</param>
/// <param name="Description">The page's summary.</param>
public sealed record PageMetadata(
    MetadataValue<string>? Headline,
    MetadataValue<LocalDate>? Published,
    MetadataValue<LocalDate>? Modified,
    EquatableArray<MetadataValue<string>> Authors,
    MetadataValue<string>? Publisher,
    string? OutletId,
    MetadataValue<string>? Language,
    MetadataValue<string>? CanonicalUrl,
    MetadataValue<string>? Description);
