using Kurils.Domain;
using Kurils.Domain.Parsing;

namespace Kurils.Cli;

/// <summary>The readable per-article report of <c>kurils parse</c>.</summary>
internal static class TextReport
{
    public static string Format(ParsedResult result, KurilsCatalog catalog)
    {
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(output, result.Source, result.Article.Text, result.Article, catalog);
        return output.ToString();
    }

    private static void Write(TextWriter output, string source, string text, ParsedArticle article, KurilsCatalog catalog)
    {
        output.WriteLine($"== {source}");
        output.WriteLine($"headline:  {(article.Headline is { } h ? h.Of(text) : "(none)")}");
        output.WriteLine($"outlet:    {article.OutletId ?? "(not shown in the text)"}{(article.WireId is { } w ? $" (story by {w})" : string.Empty)}");
        output.WriteLine($"language:  {article.Language}; about the dispute: {(article.AboutDispute ? "yes" : "no")}");
        if (article.Dateline is { } d)
        {
            output.WriteLine($"dateline:  {d.Place ?? "?"}{(d.Agency is { } a ? " /" + a + "/" : string.Empty)}{(d.DateText is { } t ? ", " + t : string.Empty)}{(d.Date is { } date ? " = " + IsoDate.Format(date) : string.Empty)}");
        }

        output.WriteLine($"date:      {(article.Published is { } r ? IsoDate.Format(r) + " (" + TextNames.Of(article.PublishedSource) + ")" : "(unknown)")}");
        output.WriteLine($"segments:  {string.Join(", ", SegmentCounts(article))}");

        output.WriteLine("mentions:");
        foreach (var group in MentionsByEntity(article))
        {
            var forms = string.Join(", ", group.Select(m => m.Span.Of(text)).Distinct(StringComparer.Ordinal));
            output.WriteLine(FormattableString.Invariant($"  {JsonNames.Kind(group[0].Kind),-10} {group[0].Id,-26} x{group.Count}  {forms}"));
        }

        var fromComments = article.Mentions.Count(m => m.InComment);
        if (fromComments > 0)
        {
            output.WriteLine(FormattableString.Invariant($"  (+{fromComments} in reader comments)"));
        }

        output.WriteLine("statements:");
        foreach (var statement in article.Statements)
        {
            var speaker = statement.SpeakerId is { } id ? $"{SpeakerNames.DisplayName(statement, catalog) ?? id} [{id}]" : "(speaker unknown)";
            var date = statement.Date is { } sd ? IsoDate.Format(sd) : "date unknown";
            var quoted = statement.Kind == StatementKind.Direct ? QuotationMarks.AsWritten(text, statement.Span) : statement.Span.Of(text);
            output.WriteLine($"  {speaker} ({date}{(statement.CatalogStatementId is { } c ? ", = " + c : string.Empty)}): {quoted}");
        }

        var comments = article.Comments.ToList();
        if (comments.Count > 0)
        {
            output.WriteLine(FormattableString.Invariant($"comments:  {comments.Count} by {string.Join(", ", comments.Select(c => c.Author?.Of(text) ?? "?").Distinct(StringComparer.Ordinal))}"));
        }

        foreach (var diagnostic in article.Diagnostics)
        {
            output.WriteLine(FormattableString.Invariant($"note {diagnostic.Code} at {diagnostic.Span.Start}: {diagnostic.Message}"));
        }

        output.WriteLine();
    }

    // The two groupings below are loops over strings and lists rather than LINQ's GroupBy and OrderBy over enum and
    // (kind, id) keys, which the JIT compiles for those keys alone at every start (benchmarks/README.md, "Cold start").

    /// <summary>"4 body", one per kind of segment, in the order the kinds first occur.</summary>
    private static List<string> SegmentCounts(ParsedArticle article)
    {
        var kinds = new List<string>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var segment in article.Segments)
        {
            var kind = TextNames.Of(segment.Kind);
            if (counts.TryGetValue(kind, out var count))
            {
                counts[kind] = count + 1;
            }
            else
            {
                kinds.Add(kind);
                counts[kind] = 1;
            }
        }

        return kinds.ConvertAll(kind => FormattableString.Invariant($"{counts[kind]} {kind}"));
    }

    /// <summary>The mentions outside reader comments, one list per entity (in text order), by kind and then id.</summary>
    private static List<List<Mention>> MentionsByEntity(ParsedArticle article)
    {
        var groups = new List<List<Mention>>();
        var byEntity = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
        foreach (var mention in article.Mentions)
        {
            if (mention.InComment)
            {
                continue;
            }

            var key = FormattableString.Invariant($"{(int)mention.Kind}:{mention.Id}");
            if (!byEntity.TryGetValue(key, out var group))
            {
                byEntity[key] = group = [];
                groups.Add(group);
            }

            group.Add(mention);
        }

        groups.Sort((a, b) => a[0].Kind != b[0].Kind ? ((int)a[0].Kind).CompareTo((int)b[0].Kind) : string.CompareOrdinal(a[0].Id, b[0].Id));
        return groups;
    }
}
