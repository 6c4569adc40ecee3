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
        var kinds = article.Segments.GroupBy(s => s.Kind).Select(g => FormattableString.Invariant($"{g.Count()} {TextNames.Of(g.Key)}"));
        output.WriteLine($"segments:  {string.Join(", ", kinds)}");

        output.WriteLine("mentions:");
        foreach (var group in article.Mentions.Where(m => !m.InComment).GroupBy(m => (m.Kind, m.Id)).OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Id, StringComparer.Ordinal))
        {
            var forms = string.Join(", ", group.Select(m => m.Span.Of(text)).Distinct(StringComparer.Ordinal));
            output.WriteLine(FormattableString.Invariant($"  {JsonNames.Kind(group.Key.Kind),-10} {group.Key.Id,-26} x{group.Count()}  {forms}"));
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
}
