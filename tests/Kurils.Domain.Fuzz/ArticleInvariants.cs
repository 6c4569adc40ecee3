using System.Globalization;
using Kurils.Domain.Parsing;

namespace Kurils.Domain.Fuzz;

/// <summary>
/// What must hold for every parse of every input: the segments give the input back exactly, in order and
/// without overlap, and every span the parse reports lies inside the input. Shared by the fuzzer and the tests.
/// </summary>
public static class ArticleInvariants
{
    /// <summary>Every way <paramref name="article"/> breaks the invariants for <paramref name="text"/>; empty when it keeps them all.</summary>
    /// <param name="text">The input that was parsed.</param>
    /// <param name="article">Its parse.</param>
    /// <returns>One line per violation.</returns>
    public static IReadOnlyList<string> Violations(string text, ParsedArticle article)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(article);
        var violations = new List<string>();
        CheckSegments(text, article, violations);

        if (article.Headline is { } headline)
        {
            InBounds(text, headline, "headline", violations);
        }

        if (article.Dateline is { } dateline)
        {
            InBounds(text, dateline.Span, "dateline", violations);
        }

        for (var i = 0; i < article.Mentions.Count; i++)
        {
            var mention = article.Mentions[i];
            var name = Invariant($"mentions[{i}] ({mention.Id})");
            InBounds(text, mention.Span, name, violations);
            if (mention.SegmentIndex < 0 || mention.SegmentIndex >= article.Segments.Count)
            {
                violations.Add(Invariant($"{name}: segment index {mention.SegmentIndex} outside 0..{article.Segments.Count}"));
            }
            else if (!article.Segments[mention.SegmentIndex].Span.Contains(mention.Span))
            {
                violations.Add(Invariant($"{name}: span {mention.Span} is not inside its segment {article.Segments[mention.SegmentIndex].Span}"));
            }
        }

        for (var i = 0; i < article.Statements.Count; i++)
        {
            var statement = article.Statements[i];
            InBounds(text, statement.Span, Invariant($"statements[{i}]"), violations);
            if (statement.Verb is { } verb)
            {
                InBounds(text, verb, Invariant($"statements[{i}].verb"), violations);
            }

            if (statement.SpeakerSpan is { } speaker)
            {
                InBounds(text, speaker, Invariant($"statements[{i}].speaker"), violations);
            }
        }

        for (var i = 0; i < article.Dates.Count; i++)
        {
            InBounds(text, article.Dates[i].Span, Invariant($"dates[{i}]"), violations);
        }

        for (var i = 0; i < article.Diagnostics.Count; i++)
        {
            InBounds(text, article.Diagnostics[i].Span, Invariant($"diagnostics[{i}] ({article.Diagnostics[i].Code})"), violations);
        }

        InTextOrder(article.Mentions.Select(m => m.Span), "mentions", violations);
        InTextOrder(article.Statements.Select(s => s.Span), "statements", violations);
        InTextOrder(article.Dates.Select(d => d.Span), "dates", violations);
        InTextOrder(article.Diagnostics.Select(d => d.Span), "diagnostics", violations);
        return violations;
    }

    private static void CheckSegments(string text, ParsedArticle article, List<string> violations)
    {
        if (text.Length == 0)
        {
            if (article.Segments.Count != 0)
            {
                violations.Add("segments: empty input has segments");
            }

            return;
        }

        var next = 0;
        for (var i = 0; i < article.Segments.Count; i++)
        {
            var segment = article.Segments[i];
            var name = Invariant($"segments[{i}] ({segment.Kind})");
            if (segment.Span.Start != next)
            {
                violations.Add(Invariant($"{name}: starts at {segment.Span.Start}, expected {next} (gap or overlap)"));
            }

            if (segment.Span.Length <= 0)
            {
                violations.Add(Invariant($"{name}: empty span {segment.Span}"));
            }

            InBounds(text, segment.Span, name, violations);
            if (!segment.Span.Contains(segment.Content))
            {
                violations.Add(Invariant($"{name}: content {segment.Content} outside span {segment.Span}"));
            }

            if (segment.Author is { } author && !segment.Span.Contains(author))
            {
                violations.Add(Invariant($"{name}: author {author} outside span {segment.Span}"));
            }

            next = segment.Span.End;
        }

        if (next != text.Length)
        {
            violations.Add(Invariant($"segments: cover 0..{next}, input has {text.Length} characters"));
        }
    }

    private static void InBounds(string text, TextSpan span, string name, List<string> violations)
    {
        if (span.Start < 0 || span.Length < 0 || span.End > text.Length || span.End < span.Start)
        {
            violations.Add(Invariant($"{name}: span {span} outside the input (length {text.Length})"));
        }
    }

    private static void InTextOrder(IEnumerable<TextSpan> spans, string name, List<string> violations)
    {
        var previous = int.MinValue;
        var index = 0;
        foreach (var span in spans)
        {
            if (span.Start < previous)
            {
                violations.Add(Invariant($"{name}[{index}]: starts at {span.Start}, before the previous one at {previous} (not in text order)"));
            }

            previous = span.Start;
            index++;
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
