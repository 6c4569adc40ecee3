using System.Collections.Immutable;
using System.Text;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing.Dates;
using Kurils.Domain.Parsing.Diagnostics;
using Kurils.Domain.Parsing.Events;
using Kurils.Domain.Parsing.Mentions;
using Kurils.Domain.Parsing.Metadata;
using Kurils.Domain.Parsing.Segmentation;
using Kurils.Domain.Parsing.Statements;
using NodaTime;

namespace Kurils.Domain.Parsing;

/// <summary>
/// Turns raw article text (wire copy, web pages copied as text, machine translations) into a
/// <see cref="ParsedArticle"/>: segments, outlet, dates, mentions, statements and diagnostics, each pointing
/// back to its span in the input. Built once from a catalog; immutable and safe to share between threads.
/// Never throws on content: empty, huge, binary or malformed text all parse.
/// </summary>
/// <example>
/// <code>
/// var article = ArticleParser.Default.Parse(text, published: new LocalDate(2024, 6, 5));
/// foreach (var statement in article.Statements)
/// {
///     Console.WriteLine($"{statement.SpeakerId}: {statement.Span.Of(text)}");
/// }
/// </code>
/// </example>
public sealed class ArticleParser
{
    private static readonly Lazy<ArticleParser> DefaultInstance = new(() => new ArticleParser(KurilsCatalog.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly MentionFinder _mentions;
    private readonly StatementExtractor _statements;
    private readonly ParseContextPool _contexts;
    private readonly DisputeClassifier _dispute;

    /// <summary>Creates a parser over <paramref name="catalog"/> that reads the languages of <see cref="LanguagePacks.Default"/>.</summary>
    /// <param name="catalog">The catalog mentions are resolved against.</param>
    public ArticleParser(KurilsCatalog catalog)
        : this(catalog, LanguagePacks.Default)
    {
    }

    /// <summary>Creates a parser over <paramref name="catalog"/> that reads the languages of <paramref name="languages"/>.</summary>
    /// <param name="catalog">The catalog mentions are resolved against.</param>
    /// <param name="languages">The language packs: an article's rules come from the packs of the languages it is written in.</param>
    public ArticleParser(KurilsCatalog catalog, LanguagePacks languages)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(languages);
        Catalog = catalog;
        Languages = languages;
        _mentions = new MentionFinder(catalog, languages);
        _statements = new StatementExtractor(catalog, languages);
        _contexts = new ParseContextPool(catalog);
        _dispute = new DisputeClassifier(catalog);
    }

    /// <summary>A parser over <see cref="KurilsCatalog.Default"/>, created on first use.</summary>
    public static ArticleParser Default => DefaultInstance.Value;

    /// <summary>The catalog this parser resolves against.</summary>
    public KurilsCatalog Catalog { get; }

    /// <summary>The languages this parser reads.</summary>
    public LanguagePacks Languages { get; }

    /// <summary>
    /// Parses UTF-8 bytes, as read from a file or the network: use this rather than decoding yourself, since invalid
    /// sequences are replaced with U+FFFD and reported as a <see cref="DiagnosticCodes.InvalidEncoding"/> diagnostic
    /// at the first replacement (a string has no bytes left to check).
    /// </summary>
    /// <param name="utf8">The article as UTF-8 (a leading byte-order mark is kept as a character of the text).</param>
    /// <param name="published">The publication date, when known: relative dates are resolved against it.</param>
    /// <returns>The parse and the decoded text its spans refer to (also <see cref="ParsedArticle.Text"/>).</returns>
    public (ParsedArticle Article, string Text) Parse(ReadOnlySpan<byte> utf8, LocalDate? published = null)
    {
        var firstInvalid = FirstInvalidCharacter(utf8);
        var text = Encoding.UTF8.GetString(utf8);
        var article = Parse(text, published);
        if (firstInvalid >= 0)
        {
            var diagnostic = new ParseDiagnostic(DiagnosticCodes.InvalidEncoding, DiagnosticMessages.InvalidEncoding, new TextSpan(firstInvalid, 1));
            article = article with
            {
                Diagnostics = EquatableArray.From(article.Diagnostics.Append(diagnostic).OrderBy(d => d.Span.Start)),
            };
        }

        return (article, text);
    }

    /// <summary>The UTF-16 offset of the first U+FFFD that decoding puts for an invalid sequence, or -1 when the bytes are valid.</summary>
    private static int FirstInvalidCharacter(ReadOnlySpan<byte> utf8)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return -1;
        }

        // Decoding without replacement stops at the first invalid sequence; the characters written so far are
        // where the decoder with replacement puts its first U+FFFD.
        var chars = new char[utf8.Length];
        System.Text.Unicode.Utf8.ToUtf16(utf8, chars, out _, out var written, replaceInvalidSequences: false);
        return written;
    }

    /// <summary>
    /// Parses one article with what the caller knows about it: a given publication date, outlet or language takes
    /// precedence over what the page shows.
    /// </summary>
    /// <param name="input">The text and what the caller knows.</param>
    /// <returns>Everything found; spans refer to <see cref="ArticleInput.Text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentException"><see cref="ArticleInput.OutletId"/> is not an outlet of <see cref="Catalog"/>.</exception>
    public ParsedArticle Parse(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.OutletId is { } outletId && Catalog.Find<Outlet>(outletId) is null)
        {
            throw new ArgumentException($"'{outletId}' is not an outlet id of the catalog", nameof(input));
        }

        var article = Parse(input.Text, input.Published);
        if (input.OutletId is null && input.Language is null)
        {
            return article;
        }

        var outlet = input.OutletId ?? article.OutletId;
        return article with
        {
            OutletId = outlet,
            WireId = article.WireId == outlet ? null : article.WireId, // the wire is the agency other than the publisher
            Language = input.Language ?? article.Language,
        };
    }

    /// <summary>Parses one article given as text. For a file, prefer <see cref="Parse(ReadOnlySpan{byte}, LocalDate?)"/> on its bytes, which reports invalid UTF-8.</summary>
    /// <param name="text">The article text as pasted or scraped.</param>
    /// <param name="published">The publication date, when known: relative dates are resolved against it. When null, the parser infers what the text allows.</param>
    /// <returns>Everything found; spans refer to <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ParsedArticle Parse(string text, LocalDate? published = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Run(text, published, segments: null);
    }

    /// <summary>
    /// Parses one article whose segments the caller already knows (for example from a web page's structure):
    /// every stage after segmentation (mentions, statements, dates, outlet, diagnostics) runs as for
    /// <see cref="Parse(string, LocalDate?)"/>, over the given segments instead of the text segmenter's.
    /// </summary>
    /// <param name="text">The article text the segments index.</param>
    /// <param name="segments">The segments, lossless as <see cref="Segment"/> describes: in order, without gaps or
    /// overlaps, together covering <paramref name="text"/>, each <see cref="Segment.Content"/> (and author span)
    /// inside its <see cref="Segment.Span"/>.</param>
    /// <param name="published">The publication date, when known: relative dates are resolved against it.</param>
    /// <returns>Everything found; spans refer to <paramref name="text"/>; <see cref="ParsedArticle.Segments"/> are <paramref name="segments"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="segments"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="segments"/> do not cover <paramref name="text"/> as described.</exception>
    public ParsedArticle Parse(string text, IReadOnlyList<Segment> segments, LocalDate? published = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(segments);
        return Run(text, published, CheckCover(text, segments));
    }

    /// <summary>The caller's segments, checked to cover <paramref name="text"/> losslessly.</summary>
    private static ImmutableArray<Segment> CheckCover(string text, IReadOnlyList<Segment> segments)
    {
        var at = 0;
        foreach (var segment in segments)
        {
            if (segment is null || segment.Span.Start != at || segment.Span.Length <= 0 || segment.Span.End > text.Length
                || !segment.Span.Contains(segment.Content)
                || (segment.Author is { } author && !segment.Span.Contains(author)))
            {
                throw new ArgumentException(FormattableString.Invariant($"Segment {segment?.Span} does not continue the cover at offset {at} inside its span."), nameof(segments));
            }

            at = segment.Span.End;
        }

        return at == text.Length
            ? [.. segments]
            : throw new ArgumentException(FormattableString.Invariant($"The segments end at offset {at}, not at the text's end ({text.Length})."), nameof(segments));
    }

    private ParsedArticle Run(string text, LocalDate? published, ImmutableArray<Segment>? segments)
    {
        // The stages, in order. Each reads what the ones before it found in the context and adds its own part;
        // none changes another's.
        var context = _contexts.Rent(text, published);
        try
        {
            IdentifyLanguages(context);
            if (segments is { } given)
            {
                UseSegments(context, given);
            }
            else
            {
                Segment(context);
            }

            FindNamesAndDates(context);
            DateTheArticle(context);
            ResolveMentions(context);
            FindOutlet(context);
            ReadStatements(context);
            CodeEvents(context);
            Check(context);
            return Result(context);
        }
        finally
        {
            _contexts.Return(context);
        }
    }

    /// <summary>The languages the article is written in: their packs give every later stage its words.</summary>
    internal void IdentifyLanguages(ParseContext context)
    {
        context.Packs = Languages;
        context.Language = Languages.Identifier.Identify(context.Text);
        context.Morphology = Languages.MorphologyOf(context.Language);
        context.Marks = Languages.MarksOf(context.Language);
        context.DateWords = Languages.DatesOf(context.Language);
        context.Page = Languages.PageOf(context.Language);
        context.EveryLanguage = Languages.EveryLanguage;
    }

    /// <summary>Lines into segments (headline, dateline, body, comments…), and the sentences of the article's text.</summary>
    internal static void Segment(ParseContext context) => UseSegments(context, Segmenter.Split(context.Text, context.Page));

    /// <summary>The segments the stages read, from the segmenter or from the caller.</summary>
    internal static void UseSegments(ParseContext context, ImmutableArray<Segment> segments)
    {
        context.Segments = segments;
        context.Map = new SegmentMap(context.Text, context.Segments, context.Marks);
        context.Headline = context.Segments.FirstOrDefault(s => s.Kind == SegmentKind.Headline)?.Content;
    }

    /// <summary>
    /// One scan for every catalog name, and the date expressions of the article text and of the short lines above
    /// it where pages print their date stamp; nothing is resolved yet, since that needs the article's date.
    /// </summary>
    internal void FindNamesAndDates(ParseContext context)
    {
        FindNames(context);
        FindDates(context);
    }

    /// <summary>One scan of the text for every catalog name, with the morphology of the article's languages.</summary>
    internal void FindNames(ParseContext context)
    {
        var text = context.Text;
        context.Names.EnsureCapacity(text.Length / 64);
        Catalog.Scanner.Scan(text, context.Names, context.Morphology);
        Catalog.Scanner.ScanCutOffEnd(text, context.Names);
    }

    /// <summary>The date expressions of the article text and of the short lines above it where pages print their date stamp.</summary>
    internal static void FindDates(ParseContext context)
    {
        var beforeBody = true;
        foreach (var segment in context.Segments)
        {
            beforeBody &= segment.Kind != SegmentKind.Body;
            if (DatesFoundIn(segment.Kind, beforeBody))
            {
                DateFinder.Find(context.Text, segment.Content, context.DateWords, context.DateExpressions, context.DateTokens);
            }
        }
    }

    /// <summary>
    /// Whether <see cref="FindDates"/> reads a segment of <paramref name="kind"/> (<paramref name="beforeBody"/>: no body
    /// segment up to it): the story's text and the short lines above it.
    /// </summary>
    internal static bool DatesFoundIn(SegmentKind kind, bool beforeBody) =>
        kind is SegmentKind.Body or SegmentKind.Headline or SegmentKind.Lead or SegmentKind.Dateline
        || (beforeBody && kind is SegmentKind.Unknown or SegmentKind.Byline);

    /// <summary>
    /// The reference date (given, or inferred from the dateline and the terms of the office-holders named), then
    /// every date resolved against it, and the dateline read. Before mentions: offices and shared family names
    /// resolve on the article's date.
    /// </summary>
    internal static void DateTheArticle(ParseContext context)
    {
        (context.ReferenceDate, context.ReferenceSource) = context.Published is { } given
            ? (given, ReferenceDateSource.Given)
            : ReferenceDates.Infer(context);
        if (context.ReferenceDate is null)
        {
            context.ReferenceSource = ReferenceDateSource.None;
        }

        var reference = context.ReferenceDate;
        DateResolver.ResolveAll(context.DateExpressions, reference, context.ResolvedDates, reference?.Year);
        context.Dates = [.. context.ResolvedDates];
        context.Dateline = DatelineReader.Read(context.Text, context.Segments, context.Dates, context.Catalog);
    }

    /// <summary>The names found, resolved into mentions of single entities; instruments described rather than named.</summary>
    internal void ResolveMentions(ParseContext context) => _mentions.Find(context);

    /// <summary>The outlet that published the article and the wire service it credits.</summary>
    internal static void FindOutlet(ParseContext context) =>
        context.Outlet = OutletDetector.Detect(context.Text, context.CaseFolded, context.Segments, context.NameMentions, context.Dateline, context.Catalog, context.Page);

    /// <summary>Quotations and reported speech with their speakers; the epithets and pronouns that stand for a person (the anaphora).</summary>
    internal void ReadStatements(ParseContext context) => _statements.Extract(context);

    /// <summary>The events, PLOVER-coded from the trigger words of the article's languages, with actors from the mentions and statements; each statement given the event it is and its stance.</summary>
    internal void CodeEvents(ParseContext context) => EventFinder.Find(context, Languages, requireActor: !EventsWithoutActors);

    /// <summary>Whether events whose actor the catalog does not know are kept (with no source): for the evaluation against PLOVER's gold records only.</summary>
    internal bool EventsWithoutActors { get; init; }

    /// <summary>The article's mentions, names and anaphora in one order, and the findings for a reviewer.</summary>
    internal static void Check(ParseContext context)
    {
        MentionOrder.Merge(context.NameMentions, context.Anaphora, context.Mentions);
        var (text, segments, mentions, diagnostics) = (context.Text, context.Segments, context.Mentions, context.Diagnostics);
        ArticleChecks.UnresolvedIslandNames(text, segments, mentions, context.EveryLanguage, diagnostics);
        ArticleChecks.AdministrationClaims(text, context.Map, mentions, context.Catalog, context.ReferenceDate, context.EveryLanguage, diagnostics);
        ArticleChecks.CommentCount(text, segments, diagnostics);
        diagnostics.Sort(DiagnosticOrder);
    }

    /// <summary>The parse, with what the stages found; the language and whether the article is about the dispute.</summary>
    internal ParsedArticle Result(ParseContext context) => new(
        context.Segments,
        context.Headline,
        context.Dateline,
        context.Outlet.Publisher,
        context.Outlet.Wire,
        context.Language.Code,
        _dispute.IsAboutDispute(context, context.Mentions),
        context.ReferenceDate,
        context.ReferenceSource,
        EquatableArray.From(context.Mentions),
        EquatableArray.From(context.Statements),
        context.Dates,
        EquatableArray.From(context.Diagnostics),
        EquatableArray.From(context.Events))
    {
        OutletName = context.Outlet.PublisherName,
        Text = context.Text,
    };

    private static readonly Comparer<ParseDiagnostic> DiagnosticOrder = Comparer<ParseDiagnostic>.Create((a, b) => a.Span.Start.CompareTo(b.Span.Start));
}
