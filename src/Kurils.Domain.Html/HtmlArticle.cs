using Kurils.Domain.Parsing;

namespace Kurils.Domain.Html;

/// <summary>
/// A parsed web page: the <see cref="ParsedArticle"/> over the page's visible <see cref="Text"/>, the page's
/// declared <see cref="Metadata"/>, and the <see cref="SourceMap"/> from that text back to the <see cref="Html"/>.
/// Every span in <see cref="Article"/> indexes <see cref="Text"/>; <see cref="SourceSpanOf(TextSpan)"/> turns it
/// into a span of <see cref="Html"/>.
/// </summary>
public sealed class HtmlArticle
{
    internal HtmlArticle(ParsedArticle article, string text, string html, string encoding, HtmlSourceMap sourceMap, PageMetadata metadata)
    {
        Article = article;
        Text = text;
        Html = html;
        Encoding = encoding;
        SourceMap = sourceMap;
        Metadata = metadata;
    }

    /// <summary>The parse of the visible text: segments from the page's structure, mentions, statements, dates, outlet, language.</summary>
    public ParsedArticle Article { get; }

    /// <summary>The page's visible text, one paragraph per block separated by blank lines; the spans of <see cref="Article"/> index it.</summary>
    public string Text { get; }

    /// <summary>The HTML source as decoded (the string given, or the bytes decoded with <see cref="Encoding"/>); source spans index it.</summary>
    public string Html { get; }

    /// <summary>The encoding the page was decoded with (<c>utf-8</c>, <c>windows-1251</c>, <c>shift_jis</c>, ...; <c>utf-16</c> for a string).</summary>
    public string Encoding { get; }

    /// <summary>Maps offsets of <see cref="Text"/> to offsets of <see cref="Html"/>.</summary>
    public HtmlSourceMap SourceMap { get; }

    /// <summary>What the page declares about itself, each value with where it came from.</summary>
    public PageMetadata Metadata { get; }

    /// <summary>The article's body: the text of its <see cref="SegmentKind.Body"/> segments, paragraphs separated by blank lines.</summary>
    public string ArticleBody => string.Join("\n\n", Article.Segments.Where(s => s.Kind == SegmentKind.Body).Select(s => s.Content.Of(Text)));

    /// <summary>Where the text in <paramref name="span"/> came from in <see cref="Html"/>.</summary>
    /// <param name="span">A span of <see cref="Text"/> (a segment's content, a mention, a statement).</param>
    /// <returns>The range of <see cref="Html"/> from the first character's source to the end of the last one's (markup between included).</returns>
    public TextSpan SourceSpanOf(TextSpan span) => SourceMap.ToSource(span);
}
