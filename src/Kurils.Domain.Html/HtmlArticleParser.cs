using Kurils.Domain.Html.Decoding;
using Kurils.Domain.Html.Dom;
using Kurils.Domain.Html.Extraction;
using Kurils.Domain.Html.Metadata;
using Kurils.Domain.Html.Text;
using Kurils.Domain.Parsing;
using NodaTime;

namespace Kurils.Domain.Html;

/// <summary>
/// Turns a web page into the same <see cref="ParsedArticle"/> that <see cref="ArticleParser"/> gives for text:
/// the page is tokenized by AngleSharp's HTML5 tokenizer, its visible text laid out in paragraphs, the article's
/// containers found by block scoring, every paragraph given a <see cref="SegmentKind"/> from the page's structure,
/// and the page's metadata read (JSON-LD, OpenGraph, meta tags, <c>&lt;time&gt;</c>, <c>lang</c>). The declared
/// publication date becomes the reference date, the publisher or site name the outlet when the catalog knows it,
/// and the declared language the language unless the text is clearly in another.
/// Built once; immutable and safe to share between threads. Never throws on content.
/// </summary>
/// <example>
/// <code>
/// var page = HtmlArticleParser.Default.Parse(html, new Uri("https://example.com/news/1"));
/// Console.WriteLine($"{page.Metadata.Published?.Value} {page.Article.OutletId}");
/// foreach (var statement in page.Article.Statements)
/// {
///     Console.WriteLine($"{statement.SpeakerId}: {statement.Span.Of(page.Text)} (source {page.SourceSpanOf(statement.Span)})");
/// }
/// </code>
/// </example>
public sealed class HtmlArticleParser
{
    /// <summary>Largest page read from a stream (a larger one is read up to this size).</summary>
    public const int MaxStreamBytes = 256 * 1024 * 1024;

    private static readonly Lazy<HtmlArticleParser> DefaultInstance = new(() => new HtmlArticleParser(ArticleParser.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Creates a parser that analyses the pages' text with <paramref name="parser"/>.</summary>
    /// <param name="parser">The text parser (and through it the catalog).</param>
    public HtmlArticleParser(ArticleParser parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        Parser = parser;
    }

    /// <summary>A parser over <see cref="ArticleParser.Default"/>, created on first use.</summary>
    public static HtmlArticleParser Default => DefaultInstance.Value;

    /// <summary>The text parser the pages' text goes through.</summary>
    public ArticleParser Parser { get; }

    /// <summary>Parses a page given as text.</summary>
    /// <param name="html">The HTML.</param>
    /// <param name="baseUrl">The page's address, when known: relative canonical URLs are resolved against it.</param>
    /// <param name="published">The publication date, when the caller knows it better than the page (else the page's declared date is used).</param>
    /// <returns>The parse, the visible text, the metadata and the source map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public HtmlArticle Parse(string html, Uri? baseUrl = null, LocalDate? published = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Parse(html, "utf-16", invalidEncoding: false, baseUrl, published);
    }

    /// <summary>Parses a page given as bytes in any encoding: a byte-order mark, <paramref name="charset"/>, a <c>&lt;meta charset&gt;</c> declaration, or sniffing decides (see the README).</summary>
    /// <param name="bytes">The page as fetched.</param>
    /// <param name="baseUrl">The page's address, when known.</param>
    /// <param name="charset">The charset the transport declared (an HTTP <c>Content-Type</c> parameter), if any.</param>
    /// <param name="published">The publication date, when the caller knows it better than the page.</param>
    /// <returns>The parse; <see cref="HtmlArticle.Encoding"/> says how the bytes were read.</returns>
    public HtmlArticle Parse(ReadOnlySpan<byte> bytes, Uri? baseUrl = null, string? charset = null, LocalDate? published = null)
    {
        var (html, encoding, invalid) = PageDecoder.Decode(bytes, charset);
        return Parse(html, encoding, invalid, baseUrl, published);
    }

    /// <summary>Reads a page from <paramref name="stream"/> (up to <see cref="MaxStreamBytes"/>) and parses it as <see cref="Parse(ReadOnlySpan{byte}, Uri?, string?, LocalDate?)"/> does.</summary>
    /// <param name="stream">The page's bytes.</param>
    /// <param name="baseUrl">The page's address, when known.</param>
    /// <param name="charset">The charset the transport declared, if any.</param>
    /// <param name="published">The publication date, when the caller knows it better than the page.</param>
    /// <returns>The parse.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public HtmlArticle Parse(Stream stream, Uri? baseUrl = null, string? charset = null, LocalDate? published = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < MaxStreamBytes && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, MaxStreamBytes - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), baseUrl, charset, published);
    }

    private HtmlArticle Parse(string html, string encoding, bool invalidEncoding, Uri? baseUrl, LocalDate? published)
    {
        var (visible, segments, metadata) = Extract(html, Parser.Catalog, baseUrl);
        var article = Parser.Parse(visible.Text, segments, published ?? metadata.Published?.Value);
        article = article with
        {
            OutletId = metadata.OutletId ?? article.OutletId,
            Language = Language(metadata.Language?.Value, article.Language),
        };

        if (invalidEncoding)
        {
            article = article with
            {
                Diagnostics = EquatableArray.From(article.Diagnostics.Prepend(new ParseDiagnostic(DiagnosticCodes.InvalidEncoding, "The page's bytes were not valid in its encoding; invalid bytes were replaced with U+FFFD.", new TextSpan(0, 0)))),
            };
        }

        return new HtmlArticle(article, visible.Text, html, encoding, visible.Map, metadata);
    }

    /// <summary>Everything before the text parser: the page's visible text, its segments and its metadata.</summary>
    internal static (VisibleText Visible, System.Collections.Immutable.ImmutableArray<Segment> Segments, PageMetadata Metadata) Extract(string html, KurilsCatalog catalog, Uri? baseUrl)
    {
        var root = TreeBuilder.Build(html);
        var visible = VisibleText.Read(html, root);
        var metadata = MetadataReader.Read(root, catalog, baseUrl);
        var cues = CueMap.Of(visible);
        var roots = visible.Blocks.Count == 0 ? [] : ContentFinder.Find(visible, cues);
        return (visible, PageSegmenter.Split(visible, cues, roots, metadata.Headline?.Value), metadata);
    }

    /// <summary>The declared language, unless the text is recognisably in another one (templates often keep a default <c>lang</c>).</summary>
    private static string Language(string? declared, string detected) =>
        declared is null ? detected : detected is "und" || string.Equals(declared, detected, StringComparison.Ordinal) ? declared : detected;
}
