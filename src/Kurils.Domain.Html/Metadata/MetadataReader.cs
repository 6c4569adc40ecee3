using System.Text.Json;
using Kurils.Domain.Html.Dom;
using Kurils.Domain.Html.Text;
using NodaTime;
using NodaTime.Text;

namespace Kurils.Domain.Html.Metadata;

/// <summary>
/// Reads <see cref="PageMetadata"/> from the tree: JSON-LD blocks (objects, arrays and <c>@graph</c>s, with
/// <c>@id</c> references followed), meta tags, <c>&lt;html lang&gt;</c>, <c>&lt;time datetime&gt;</c>,
/// <c>&lt;link rel=canonical&gt;</c>, <c>&lt;title&gt;</c> and <c>&lt;a rel=author&gt;</c>. Malformed JSON is skipped, never thrown.
/// </summary>
internal static partial class MetadataReader
{
    /// <summary>Most JSON-LD nodes read from one page (a hostile page can hold millions).</summary>
    private const int MaxJsonLdNodes = 2000;

    /// <summary>Most authors taken from <c>rel="author"</c> links (a list of every staff writer is not a byline).</summary>
    private const int MaxAuthorLinks = 8;

    /// <summary>Longest link text taken as an author's name.</summary>
    private const int MaxAuthorLength = 100;

    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static PageMetadata Read(PageElement root, KurilsCatalog catalog, Uri? baseUrl)
    {
        var page = new Collected();
        Collect(root, page, 0);

        // JSON-LD: the article object first, else a web page object.
        var nodes = new List<JsonElement>();
        var documents = new List<JsonDocument>();
        try
        {
            foreach (var json in page.JsonLd)
            {
                try
                {
                    var document = JsonDocument.Parse(json, JsonOptions);
                    documents.Add(document);
                    Flatten(document.RootElement, nodes, 0);
                }
                catch (JsonException)
                {
                    // A broken block is ignored; the page's other sources still count.
                }
            }

            var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                if (Str(node, "@id") is { } id)
                {
                    byId.TryAdd(id, node);
                }
            }

            var article = nodes.FirstOrDefault(n => Types(n).Any(IsArticleType));
            var webPage = nodes.FirstOrDefault(n => Types(n).Any(t => t.EndsWith("Page", StringComparison.Ordinal)));
            var ld = article.ValueKind == JsonValueKind.Object ? article : webPage;
            return Compose(page, ld, byId, nodes, catalog, baseUrl);
        }
        finally
        {
            foreach (var document in documents)
            {
                document.Dispose();
            }
        }
    }

    private static PageMetadata Compose(Collected page, JsonElement ld, Dictionary<string, JsonElement> byId, List<JsonElement> nodes, KurilsCatalog catalog, Uri? baseUrl)
    {
        var hasLd = ld.ValueKind == JsonValueKind.Object;
        MetadataValue<string>? headline =
            (hasLd ? Value(Str(ld, "headline") ?? Str(ld, "name"), MetadataSource.JsonLd) : null)
            ?? Value(page.Microdata("headline"), MetadataSource.Microdata)
            ?? Value(page.Meta("og:title"), MetadataSource.OpenGraph)
            ?? Value(page.Meta("twitter:title"), MetadataSource.Twitter)
            ?? Value(page.Title, MetadataSource.Title);

        var published =
            (hasLd ? DateValue(Str(ld, "datePublished") ?? Str(ld, "dateCreated"), MetadataSource.JsonLd) : null)
            ?? DateValue(page.Microdata("datePublished"), MetadataSource.Microdata)
            ?? DateValue(page.Meta("article:published_time") ?? page.Meta("og:published_time"), MetadataSource.OpenGraph)
            ?? DateValue(page.Meta("pubdate") ?? page.Meta("publishdate") ?? page.Meta("publish-date") ?? page.Meta("date") ?? page.Meta("dc.date.issued")
                ?? page.Meta("dc.date") ?? page.Meta("dcterms.created") ?? page.Meta("sailthru.date") ?? page.Meta("parsely-pub-date"), MetadataSource.MetaTag)
            ?? DateValue(page.PublishedTime ?? page.FirstTime, MetadataSource.TimeElement);

        var modified =
            (hasLd ? DateValue(Str(ld, "dateModified"), MetadataSource.JsonLd) : null)
            ?? DateValue(page.Microdata("dateModified"), MetadataSource.Microdata)
            ?? DateValue(page.Meta("article:modified_time") ?? page.Meta("og:updated_time"), MetadataSource.OpenGraph)
            ?? DateValue(page.Meta("last-modified") ?? page.Meta("dcterms.modified"), MetadataSource.MetaTag);

        var authors = new List<MetadataValue<string>>();
        if (hasLd && ld.TryGetProperty("author", out var author))
        {
            foreach (var name in Names(author, byId))
            {
                authors.Add(new(name, MetadataSource.JsonLd));
            }
        }

        if (authors.Count == 0 && page.Microdata("author") is { } microdataAuthor)
        {
            authors.Add(new(microdataAuthor, MetadataSource.Microdata));
        }

        if (authors.Count == 0 && page.Meta("article:author") is { } ogAuthor && !LooksLikeUrl(ogAuthor))
        {
            authors.Add(new(ogAuthor, MetadataSource.OpenGraph));
        }

        if (authors.Count == 0 && (page.Meta("author") ?? page.Meta("dc.creator") ?? page.Meta("byl")) is { } metaAuthor)
        {
            authors.Add(new(metaAuthor, MetadataSource.MetaTag));
        }

        if (authors.Count == 0)
        {
            // HTML's own "author" link type: the byline's link to the author's page, on pages that declare nothing else.
            authors.AddRange(page.AuthorLinks.Select(name => new MetadataValue<string>(name, MetadataSource.AuthorLink)));
        }

        MetadataValue<string>? publisher = null;
        if (hasLd && ld.TryGetProperty("publisher", out var publisherNode) && Names(publisherNode, byId).FirstOrDefault() is { } publisherName)
        {
            publisher = new(publisherName, MetadataSource.JsonLd);
        }

        publisher ??= nodes.Where(n => Types(n).Any(t => t is "NewsMediaOrganization" or "Organization")).Select(n => Str(n, "name")).FirstOrDefault(n => n is not null) is { } organization
            ? new(organization, MetadataSource.JsonLd)
            : null;
        var siteName = Value(page.Meta("og:site_name"), MetadataSource.OpenGraph)
            ?? Value(page.Meta("application-name"), MetadataSource.MetaTag)
            ?? Value(page.Meta("twitter:site")?.TrimStart('@'), MetadataSource.Twitter);
        publisher ??= siteName;
        var outlet = Resolve(catalog, publisher?.Value) ?? Resolve(catalog, siteName?.Value);

        var language = LanguageValue(page.HtmlLang, MetadataSource.HtmlLang)
            ?? LanguageValue(page.Meta("content-language"), MetadataSource.MetaTag)
            ?? (hasLd ? LanguageValue(Str(ld, "inLanguage"), MetadataSource.JsonLd) : null)
            ?? LanguageValue(page.Meta("og:locale"), MetadataSource.OpenGraph);

        var canonical = Value(Absolute(page.Canonical, baseUrl), MetadataSource.CanonicalLink)
            ?? Value(Absolute(page.Meta("og:url"), baseUrl), MetadataSource.OpenGraph)
            ?? (hasLd ? Value(Absolute(Str(ld, "url"), baseUrl), MetadataSource.JsonLd) : null);

        var description = (hasLd ? Value(Str(ld, "description"), MetadataSource.JsonLd) : null)
            ?? Value(page.Meta("og:description"), MetadataSource.OpenGraph)
            ?? Value(page.Meta("description"), MetadataSource.MetaTag)
            ?? Value(page.Meta("twitter:description"), MetadataSource.Twitter);

        return new PageMetadata(headline, published, modified, EquatableArray.From(authors), publisher, outlet, language, canonical, description);
    }

    private static string? Resolve(KurilsCatalog catalog, string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : catalog.ResolveOutlet(name.Trim())?.Id;

    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return trimmed.Length == 0 ? null : System.Net.WebUtility.HtmlDecode(trimmed);
    }

    private static MetadataValue<string>? Value(string? value, MetadataSource source) =>
        Clean(value) is { } text ? new(text, source) : null;

    private static MetadataValue<LocalDate>? DateValue(string? value, MetadataSource source) =>
        ParseDate(value) is { } date ? new(date, source) : null;

    /// <summary>The calendar date of an ISO 8601 date or date-time ("2024-06-07", "2024-06-07T09:30:00+09:00").</summary>
    internal static LocalDate? ParseDate(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = value.AsSpan().Trim();
        if (text.Length < 10)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text[..10].ToString());
        return result.Success && (text.Length == 10 || text[10] is 'T' or 't' or ' ') ? result.Value : null;
    }

    private static MetadataValue<string>? LanguageValue(string? value, MetadataSource source) =>
        PrimaryLanguage(value) is { } language ? new(language, source) : null;

    /// <summary>"en-US", "ja_JP", "RU" → "en", "ja", "ru"; anything that is not a language tag → null.</summary>
    internal static string? PrimaryLanguage(string? tag)
    {
        if (tag is null)
        {
            return null;
        }

        var text = tag.AsSpan().Trim();
        var end = text.IndexOfAny('-', '_', ',');
        var primary = end < 0 ? text : text[..end];
        if (primary.Length is < 2 or > 3)
        {
            return null;
        }

        foreach (var c in primary)
        {
            if (!char.IsAsciiLetter(c))
            {
                return null;
            }
        }

        return primary.ToString().ToLowerInvariant();
    }

    private static bool LooksLikeUrl(string text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || text.StartsWith('/');

    private static string? Absolute(string? url, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        url = url.Trim();
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.ToString();
        }

        return baseUrl is not null && Uri.TryCreate(baseUrl, url, out var resolved) ? resolved.ToString() : url;
    }

    /// <summary>One pass over the tree for everything the reader needs.</summary>
    private static void Collect(PageElement element, Collected page, int depth)
    {
        foreach (var child in element.Children)
        {
            if (child is not PageElement e)
            {
                continue;
            }

            switch (e.Name)
            {
                case "html":
                    page.HtmlLang ??= e.Attribute("lang");
                    break;
                case "meta":
                    var key = e.Attribute("property") ?? e.Attribute("name") ?? e.Attribute("http-equiv") ?? e.Attribute("itemprop");
                    if (key is not null && e.Attribute("content") is { } content)
                    {
                        page.Metas.TryAdd(key.Trim().ToLowerInvariant(), content);
                        if (e.Attribute("itemprop") is { } property)
                        {
                            page.Items.TryAdd(property.Trim(), content);
                        }
                    }

                    break;
                case "link":
                    if (e.Attribute("rel") is { } rel && rel.Contains("canonical", StringComparison.OrdinalIgnoreCase))
                    {
                        page.Canonical ??= e.Attribute("href");
                    }

                    break;
                case "title":
                    page.Title ??= TextOf(e);
                    break;
                case "script":
                    if (e.Attribute("type") is { } type && type.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase))
                    {
                        page.JsonLd.Add(TextOf(e));
                    }

                    break;
                case "a":
                    if (e.Attribute("rel") is { } linkType && HasToken(linkType, "author") && page.AuthorLinks.Count < MaxAuthorLinks
                        && Clean(TextOf(e)) is { Length: <= MaxAuthorLength } name && !page.AuthorLinks.Contains(name, StringComparer.Ordinal))
                    {
                        page.AuthorLinks.Add(name);
                    }

                    break;
                case "time":
                    if (e.Attribute("datetime") is { } datetime)
                    {
                        page.FirstTime ??= datetime;
                        if (e.Attribute("pubdate") is not null || e.Attribute("itemprop") is "datePublished")
                        {
                            page.PublishedTime ??= datetime;
                        }
                    }

                    break;
            }

            if (e.Attribute("itemprop") is { } itemprop && e.Name is not "meta" && !page.Items.ContainsKey(itemprop.Trim()))
            {
                var value = e.Attribute("datetime") ?? e.Attribute("content") ?? (e.Name is "time" or "span" or "h1" or "h2" or "a" or "div" ? TextOf(e) : null);
                if (value is { Length: > 0 and < 500 })
                {
                    page.Items[itemprop.Trim()] = value;
                }
            }

            if (depth < TreeBuilder.MaxDepth)
            {
                Collect(e, page, depth + 1);
            }
        }
    }

    /// <summary>Whether a space-separated attribute value (<c>rel</c>) holds <paramref name="token"/>, ASCII case-insensitively.</summary>
    private static bool HasToken(string value, string token)
    {
        foreach (var range in value.AsSpan().SplitAny(" \t\n\r\f"))
        {
            if (value.AsSpan()[range].Equals(token, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string TextOf(PageElement element)
    {
        var text = new System.Text.StringBuilder();
        Append(element, text, 0);
        return text.ToString();

        static void Append(PageElement element, System.Text.StringBuilder text, int depth)
        {
            foreach (var child in element.Children)
            {
                if (text.Length > TreeBuilder.MaxJsonLdLength)
                {
                    return;
                }

                if (child is PageText run)
                {
                    text.Append(run.Text);
                }
                else if (child is PageElement inner && depth < 32 && !VisibleText.IsInvisible(inner))
                {
                    Append(inner, text, depth + 1);
                }
            }
        }
    }

    private sealed class Collected
    {
        public string? HtmlLang { get; set; }

        public string? Title { get; set; }

        public string? Canonical { get; set; }

        public string? FirstTime { get; set; }

        public string? PublishedTime { get; set; }

        public Dictionary<string, string> Metas { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Items { get; } = new(StringComparer.OrdinalIgnoreCase);

        public List<string> JsonLd { get; } = [];

        /// <summary>The texts of <c>&lt;a rel="author"&gt;</c> links, in page order, without repeats.</summary>
        public List<string> AuthorLinks { get; } = [];

        public string? Meta(string key) => Metas.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

        public string? Microdata(string property) => Items.TryGetValue(property, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
    }
}
