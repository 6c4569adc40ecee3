namespace Kurils.Domain.Parsing;

/// <summary>What part of a page a segment is.</summary>
public enum SegmentKind
{
    /// <summary>Text that fits no other kind.</summary>
    Unknown,

    /// <summary>The article's title.</summary>
    Headline,

    /// <summary>A standfirst or lead summary above the body, often repeating it.</summary>
    Lead,

    /// <summary>The place/agency/date opening of the first paragraph ("ST. PETERSBURG, December 13. /TASS/.", "MOSCOW –").</summary>
    Dateline,

    /// <summary>A paragraph of the article's text.</summary>
    Body,

    /// <summary>The author line ("By Jane Doe").</summary>
    Byline,

    /// <summary>A photo caption.</summary>
    Caption,

    /// <summary>A photo credit ("© Sergei Bobylev/TASS").</summary>
    PhotoCredit,

    /// <summary>A copyright or wire credit closing the story ("© KYODO").</summary>
    Credit,

    /// <summary>Navigation and breadcrumbs ("INTERNATIONAL > East Asia &amp; Pacific", "All news").</summary>
    Navigation,

    /// <summary>Print, share and other page-interface residue ("print PRINT", "Share").</summary>
    Residue,

    /// <summary>Topic tags ("• Ukraine").</summary>
    Tags,

    /// <summary>An editor's note ("Editor: See related story here.").</summary>
    EditorNote,

    /// <summary>An advertisement marker.</summary>
    Advertisement,

    /// <summary>The header of the comments section ("10 Comments", "Login to comment").</summary>
    CommentsHeader,

    /// <summary>A reader comment, with its author handle.</summary>
    Comment,
}

/// <summary>
/// One piece of the input. Segments are in order, do not overlap, and together cover every character of the
/// input: concatenating them gives the input back. A segment's <see cref="Span"/> includes the line breaks
/// and blank lines that follow it; <see cref="Content"/> is the same piece without surrounding whitespace.
/// </summary>
/// <param name="Kind">What part of the page it is.</param>
/// <param name="Span">Everything the segment covers.</param>
/// <param name="Content">The segment's text without leading and trailing whitespace (empty for blank input).</param>
/// <param name="Author">For a <see cref="SegmentKind.Comment"/>, the span of the author's handle.</param>
public sealed record Segment(SegmentKind Kind, TextSpan Span, TextSpan Content, TextSpan? Author = null);
