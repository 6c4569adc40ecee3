using NodaTime;

namespace Kurils.Domain.Parsing;

/// <summary>
/// One article as a caller holds it: the text and what the caller already knows about it. What the caller gives
/// takes precedence over what the parser would find on the page: the publication date, the outlet, the language.
/// The same fields as a <c>kurils parse</c> JSON Lines record (<c>schemas/article-record.schema.json</c>).
/// </summary>
/// <param name="Text">The article text as pasted or scraped.</param>
/// <example>
/// <code>
/// var article = ArticleParser.Default.Parse(new ArticleInput(text) { Published = new LocalDate(2024, 6, 7), OutletId = "kyodo" });
/// </code>
/// </example>
public sealed record ArticleInput(string Text)
{
    /// <summary>The article text as pasted or scraped.</summary>
    public string Text { get; init; } = Text ?? throw new ArgumentNullException(nameof(Text));

    /// <summary>The publication date: relative dates resolve against it, and it is used instead of any date the page shows (JSON <c>published</c>).</summary>
    public LocalDate? Published { get; init; }

    /// <summary>The caller's own id for the article (JSON <c>id</c>); the parser does not read it.</summary>
    public string? Id { get; init; }

    /// <summary>Where the article was found (JSON <c>url</c>); the parser does not read it.</summary>
    public string? Url { get; init; }

    /// <summary>The publisher's catalog id (JSON <c>outlet</c>), used instead of the outlet the page shows.</summary>
    public string? OutletId { get; init; }

    /// <summary>The article's language as a BCP 47 tag (JSON <c>language</c>), used instead of the detected one.</summary>
    public string? Language { get; init; }
}
