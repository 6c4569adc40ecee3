using NodaTime;

namespace Kurils.Domain.Parsing;

/// <summary>How a mention was recognised.</summary>
public enum MentionMethod
{
    /// <summary>A curated name (or a harmless variant of one).</summary>
    Name,

    /// <summary>A description rather than a name ("a 1956 joint declaration").</summary>
    Description,

    /// <summary>A pronoun or epithet resolved to the one person it can mean ("he", "the Russian leader").</summary>
    Anaphora,
}

/// <summary>A mention of a catalog entity in the article.</summary>
/// <param name="Kind">What kind of entity.</param>
/// <param name="Id">The entity's id.</param>
/// <param name="Span">Where the mention is in the input.</param>
/// <param name="SegmentIndex">The index of the segment that holds it.</param>
/// <param name="InComment">Whether it is in a reader comment rather than the article.</param>
/// <param name="Method">How it was recognised.</param>
/// <param name="HolderId">For an office, the person who held it on the article's date, when known.</param>
public sealed record Mention(EntityKind Kind, string Id, TextSpan Span, int SegmentIndex, bool InComment, MentionMethod Method, string? HolderId = null);

/// <summary>A statement found in the article: a quotation or reported speech, with its speaker.</summary>
/// <param name="Kind">Direct quotation or reported speech.</param>
/// <param name="SpeakerId">The person who said it, or the institution that did ("the Foreign Ministry said": an institution id), or null when the parser is not sure (it abstains rather than guesses; see <paramref name="Unattributed"/>).</param>
/// <param name="Span">The quoted or reported text (without the quotation marks).</param>
/// <param name="Verb">The speech verb ("said", "told", "noted"), when there is one.</param>
/// <param name="SpeakerSpan">The words that name the speaker ("Putin", "he", "the Chief Cabinet Secretary"), when found.</param>
/// <param name="Date">When it was said, when the text says so or it can be inferred.</param>
/// <param name="CatalogStatementId">The curated statement it matches, if any.</param>
/// <param name="SpeakerName">The speaker's name as written, when the speaker is a person the catalog does not hold ("Iwao Kondo", "阿部稔"); <paramref name="SpeakerId"/> is then null.</param>
/// <param name="SpeakerNameSpan">Where that name is in the input.</param>
/// <param name="Event">The PLOVER type of the event the statement is (a refusal, a protest, a call for talks), when one applies: the type of the first event of <see cref="ParsedArticle.Events"/> it holds.</param>
/// <param name="Stance">Its stance toward the dispute (one of <see cref="Stances.All"/>), when the words give one.</param>
/// <param name="Unattributed">Why the parser gives no speaker (neither <paramref name="SpeakerId"/> nor <paramref name="SpeakerName"/>), so that "no one is named" can be told from "too far away"; null when it gives one.</param>
public sealed record ArticleStatement(
    StatementKind Kind,
    string? SpeakerId,
    TextSpan Span,
    TextSpan? Verb,
    TextSpan? SpeakerSpan,
    LocalDate? Date,
    string? CatalogStatementId,
    string? SpeakerName = null,
    TextSpan? SpeakerNameSpan = null,
    EventType? Event = null,
    string? Stance = null,
    UnattributedReason? Unattributed = null);

/// <summary>Why a statement has no speaker: the parser abstains where a careful reader could not tell, and says which case it is.</summary>
public enum UnattributedReason
{
    /// <summary>Nobody who could have said it is named before it in the article (JSON <c>no-speaker-named</c>).</summary>
    NoSpeakerNamed,

    /// <summary>
    /// A speaker is named only by a word the parser cannot tie to one person: a pronoun with no antecedent, a title or
    /// description without a name ("a government spokesperson said"), or a speech verb whose subject is no person
    /// (JSON <c>unresolved-reference</c>).
    /// </summary>
    UnresolvedReference,

    /// <summary>Several people named in the sentence could have said it (JSON <c>ambiguous</c>).</summary>
    Ambiguous,

    /// <summary>
    /// Someone is named earlier, but farther away than the parser links a statement to its speaker: in an earlier
    /// paragraph, or before the window a sentence without a subject may continue (JSON <c>speaker-too-far</c>).
    /// </summary>
    SpeakerTooFar,
}

/// <summary>The dateline opening the article's first paragraph.</summary>
/// <param name="Span">The whole dateline.</param>
/// <param name="Place">The place as written ("ST. PETERSBURG"), if any.</param>
/// <param name="Agency">The agency tag ("TASS"), if any.</param>
/// <param name="DateText">The date as written ("December 13"), if any.</param>
/// <param name="Date">The resolved date, if it could be resolved.</param>
public sealed record Dateline(TextSpan Span, string? Place, string? Agency, string? DateText, LocalDate? Date);

/// <summary>How the parser decided which day "today" is for the article (<see cref="ParsedArticle.PublishedSource"/>).</summary>
public enum ReferenceDateSource
{
    /// <summary>No reference date: relative dates are left unresolved.</summary>
    None,

    /// <summary>The caller gave the publication date.</summary>
    Given,

    /// <summary>Inferred from the text: a dateline's month and day, the weekday the text gives them, and the terms of office-holders it names.</summary>
    Inferred,

    /// <summary>
    /// The page's date stamp: the publication date a line above or below the story prints ("Published: April 19,
    /// 2023", "2023年4月25日 15時30分", "Опубликовано: 13 декабря 2022, 10:15"), kept apart from the story's dates.
    /// </summary>
    Stamp,
}

/// <summary>Severity-free findings about the article: things a reviewer should look at.</summary>
/// <param name="Code">A stable code, for example <c>KD002</c>; see <see cref="DiagnosticCodes"/>.</param>
/// <param name="Message">What was found, for a person.</param>
/// <param name="Span">Where.</param>
public sealed record ParseDiagnostic(string Code, string Message, TextSpan Span);

/// <summary>The diagnostic codes the parser reports.</summary>
public static class DiagnosticCodes
{
    /// <summary>A capitalized name next to an island word that the catalog does not know.</summary>
    public const string UnresolvedIslandName = "KD001";

    /// <summary>A claim in the text contradicts the catalog (for example who administers the islands).</summary>
    public const string ContradictsCatalog = "KD002";

    /// <summary>The comments header gives a count that differs from the comments present.</summary>
    public const string CommentCountMismatch = "KD003";

    /// <summary>The input was not valid UTF-8; invalid bytes were replaced with U+FFFD.</summary>
    public const string InvalidEncoding = "KD004";
}

/// <summary>Everything the parser found in one article. Immutable; equal when the parses are equal.</summary>
/// <param name="Segments">The lossless segmentation of the input.</param>
/// <param name="Headline">The headline's span, if any.</param>
/// <param name="Dateline">The dateline, if any.</param>
/// <param name="OutletId">The publisher, only when the text shows it (never an outlet it merely cites).</param>
/// <param name="WireId">The agency whose story it is, when credited and different from the publisher.</param>
/// <param name="Language">The main language as a BCP 47 tag (<c>en</c>, <c>ru</c>, <c>ja</c>), or <c>und</c>.</param>
/// <param name="AboutDispute">Whether the article is about the dispute, not merely mentioning the islands.</param>
/// <param name="Published">
/// The article's date, against which relative dates were resolved: the caller's publication date when given,
/// else the one the text allows (JSON <c>published</c>). Also readable as <see cref="ReferenceDate"/>.
/// </param>
/// <param name="PublishedSource">Where <paramref name="Published"/> came from (JSON <c>publishedSource</c>).</param>
/// <param name="Mentions">Every mention, in text order.</param>
/// <param name="Statements">Every statement, in text order.</param>
/// <param name="Dates">Every date expression, in text order.</param>
/// <param name="Diagnostics">Findings for a reviewer, in text order.</param>
/// <param name="Events">The events, PLOVER-coded, in text order of their triggers.</param>
public sealed record ParsedArticle(
    EquatableArray<Segment> Segments,
    TextSpan? Headline,
    Dateline? Dateline,
    string? OutletId,
    string? WireId,
    string Language,
    bool AboutDispute,
    LocalDate? Published,
    ReferenceDateSource PublishedSource,
    EquatableArray<Mention> Mentions,
    EquatableArray<ArticleStatement> Statements,
    EquatableArray<DateMention> Dates,
    EquatableArray<ParseDiagnostic> Diagnostics,
    EquatableArray<ArticleEvent> Events = default)
{
    /// <summary>
    /// The publisher's name as the page shows it (a copyright line's holder) when the page clearly shows a
    /// publisher the catalog lacks; <see cref="OutletId"/> is then null. Null when the publisher is catalogued or not shown.
    /// </summary>
    public string? OutletName { get; init; }

    /// <summary>
    /// The text every span refers to: the input of <see cref="ArticleParser.Parse(string, LocalDate?)"/>, or the
    /// decoded bytes of <see cref="ArticleParser.Parse(ReadOnlySpan{byte}, LocalDate?)"/>.
    /// </summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The reader comments, in order.</summary>
    public IEnumerable<Segment> Comments => Segments.Where(s => s.Kind == SegmentKind.Comment);

    /// <summary>The same as <see cref="Published"/>: the name of 0.1, kept for code written against it.</summary>
    public LocalDate? ReferenceDate
    {
        get => Published;
        init => Published = value;
    }

    /// <summary>The same as <see cref="PublishedSource"/>: the name of 0.1, kept for code written against it.</summary>
    public ReferenceDateSource ReferenceDateSource
    {
        get => PublishedSource;
        init => PublishedSource = value;
    }

    /// <summary>The text of <paramref name="span"/>, a span of this parse (a mention's, a statement's, a segment's).</summary>
    /// <param name="span">A span into <see cref="Text"/>.</param>
    /// <returns>The text it covers.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> lies outside <see cref="Text"/>.</exception>
    public string TextOf(TextSpan span) => span.Of(Text);
}
