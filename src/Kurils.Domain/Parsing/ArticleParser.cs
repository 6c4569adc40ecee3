using System.Collections.Immutable;
using System.Text;
using Kurils.Domain.Names;
using Kurils.Domain.Parsing.Dates;
using Kurils.Domain.Parsing.Diagnostics;
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

    /// <summary>Creates a parser over <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog mentions are resolved against.</param>
    public ArticleParser(KurilsCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
        _mentions = new MentionFinder(catalog);
        _statements = new StatementExtractor(catalog);
    }

    /// <summary>A parser over <see cref="KurilsCatalog.Default"/>, created on first use.</summary>
    public static ArticleParser Default => DefaultInstance.Value;

    /// <summary>The catalog this parser resolves against.</summary>
    public KurilsCatalog Catalog { get; }

    /// <summary>Parses UTF-8 bytes; invalid sequences are replaced with U+FFFD and reported as a diagnostic.</summary>
    /// <param name="utf8">The article as UTF-8 (a leading byte-order mark is kept as a character of the text).</param>
    /// <param name="published">The publication date, when known: relative dates are resolved against it.</param>
    /// <returns>The parse and the decoded text its spans refer to.</returns>
    public (ParsedArticle Article, string Text) Parse(ReadOnlySpan<byte> utf8, LocalDate? published = null)
    {
        var valid = System.Text.Unicode.Utf8.IsValid(utf8);
        var text = Encoding.UTF8.GetString(utf8);
        var article = Parse(text, published);
        if (!valid)
        {
            article = article with
            {
                Diagnostics = EquatableArray.From(article.Diagnostics.Prepend(new ParseDiagnostic(DiagnosticCodes.InvalidEncoding, DiagnosticMessages.InvalidEncoding, new TextSpan(0, 0)))),
            };
        }

        return (article, text);
    }

    /// <summary>Parses one article.</summary>
    /// <param name="text">The article text as pasted or scraped.</param>
    /// <param name="published">The publication date, when known: relative dates are resolved against it. When null, the parser infers what the text allows.</param>
    /// <returns>Everything found; spans refer to <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ParsedArticle Parse(string text, LocalDate? published = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var segments = Segmenter.Split(text);
        var map = new SegmentMap(text, segments);
        var headline = segments.FirstOrDefault(s => s.Kind == SegmentKind.Headline)?.Content;

        // The working lists (date expressions, name matches, resolved dates) are reused per thread: no result
        // keeps them, and a fresh list per parse would cost its growth copies on every article.
        var expressions = Take(ref t_expressions);
        FindDateExpressions(text, segments, expressions);

        // One scan for names; the reference date (given, or inferred from the dateline and the terms of the
        // office-holders named) before mentions are resolved, since offices and shared family names depend on it.
        var matches = Take(ref t_matches);
        matches.EnsureCapacity(text.Length / 64);
        Catalog.Scanner.Scan(text, matches);
        var (reference, source) = published is { } p
            ? (p, ReferenceDateSource.Given)
            : ReferenceDates.Infer(text, map, expressions, matches, Catalog);
        var mentions = _mentions.Find(text, map, matches, reference);

        var dates = ResolveDates(expressions, reference);
        var dateline = DatelineReader.Read(text, segments, dates);
        var (outlet, wire) = OutletDetector.Detect(text, segments, mentions, dateline, Catalog);
        var (statements, anaphora) = _statements.Extract(text, map, mentions, dates);
        mentions.AddRange(anaphora);
        mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.Length.CompareTo(b.Span.Length));

        var diagnostics = new List<ParseDiagnostic>();
        ArticleChecks.UnresolvedIslandNames(text, segments, mentions, diagnostics);
        ArticleChecks.AdministrationClaims(text, map, mentions, Catalog, reference, diagnostics);
        ArticleChecks.CommentCount(text, segments, diagnostics);
        diagnostics.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        Give(ref t_expressions, expressions);
        Give(ref t_matches, matches);

        return new ParsedArticle(
            segments,
            headline,
            dateline,
            outlet,
            wire,
            LanguageDetector.Detect(text),
            DisputeClassifier.IsAboutDispute(text, segments, mentions),
            reference,
            reference is null ? ReferenceDateSource.None : source,
            EquatableArray.From(mentions),
            EquatableArray.From(statements),
            dates,
            EquatableArray.From(diagnostics));
    }

    private const int MaxCachedItems = 1 << 16;

    [ThreadStatic]
    private static List<DateExpression>? t_expressions;

    [ThreadStatic]
    private static List<ScanMatch>? t_matches;

    [ThreadStatic]
    private static List<DateMention>? t_dates;

    /// <summary>This thread's list, emptied (a new one if it is in use or was never made).</summary>
    private static List<T> Take<T>(ref List<T>? cached)
    {
        var list = cached ?? [];
        cached = null; // taken: a nested parse (none today) would make its own
        list.Clear();
        return list;
    }

    /// <summary>Keeps <paramref name="list"/> for the thread's next parse unless a huge article grew it.</summary>
    private static void Give<T>(ref List<T>? cached, List<T> list)
    {
        list.Clear();
        if (list.Capacity <= MaxCachedItems)
        {
            cached = list;
        }
    }

    private static void FindDateExpressions(string text, ImmutableArray<Segment> segments, List<DateExpression> expressions)
    {
        var beforeBody = true;
        foreach (var segment in segments)
        {
            beforeBody &= segment.Kind != SegmentKind.Body;

            // Article text, plus the short lines above it where pages print their date stamp.
            if (segment.Kind is SegmentKind.Body or SegmentKind.Headline or SegmentKind.Lead or SegmentKind.Dateline
                || (beforeBody && segment.Kind is SegmentKind.Unknown or SegmentKind.Byline))
            {
                DateFinder.Find(text, segment.Content, expressions);
            }
        }
    }

    private static ImmutableArray<DateMention> ResolveDates(List<DateExpression> expressions, LocalDate? reference)
    {
        var result = Take(ref t_dates);
        DateResolver.ResolveAll(expressions, reference, result, reference?.Year);
        ImmutableArray<DateMention> dates = [.. result];
        Give(ref t_dates, result);
        return dates;
    }
}
