using Kurils.Domain.Parsing;

namespace Kurils.Cli;

/// <summary>
/// <c>--format csv</c>: one RFC 4180 table per run, chosen with <c>--table</c>, each row keyed by the source
/// file, ready for pandas, R or a spreadsheet. Offsets are UTF-16 code units, as in the JSON output.
/// </summary>
internal sealed class CsvTables
{
    public static readonly string[] Names = ["statements", "mentions", "articles", "dates", "segments"];

    private readonly TextWriter _output;
    private readonly string _table;

    public CsvTables(TextWriter output, string table)
    {
        _output = output;
        _table = table;
        Row(table switch
        {
            "mentions" => ["source", "kind", "id", "text", "start", "length", "segment", "method", "in_comment", "holder"],
            "articles" => ["source", "language", "outlet", "wire", "headline", "dateline_place", "dateline_date", "published", "published_source", "about_dispute", "mentions", "statements", "comments", "diagnostics"],
            "dates" => ["source", "text", "start", "length", "date", "precision", "rule"],
            "segments" => ["source", "kind", "start", "length", "author"],
            _ => ["source", "speaker", "kind", "text", "start", "length", "verb", "date", "catalog_statement"],
        });
    }

    public void Write(string source, string text, ParsedArticle article)
    {
        switch (_table)
        {
            case "mentions":
                foreach (var m in article.Mentions)
                {
                    Row([source, JsonNames.Kind(m.Kind), m.Id, m.Span.Of(text), Num(m.Span.Start), Num(m.Span.Length), Num(m.SegmentIndex), TextNames.Of(m.Method), m.InComment ? "true" : "false", m.HolderId]);
                }

                break;
            case "articles":
                Row([
                    source, article.Language, article.OutletId, article.WireId, article.Headline?.Of(text), article.Dateline?.Place,
                    Date(article.Dateline?.Date), Date(article.ReferenceDate), TextNames.Of(article.ReferenceDateSource), article.AboutDispute ? "true" : "false",
                    Num(article.Mentions.Count), Num(article.Statements.Count), Num(article.Comments.Count()), Num(article.Diagnostics.Count),
                ]);
                break;
            case "dates":
                foreach (var d in article.Dates)
                {
                    Row([source, d.Span.Of(text), Num(d.Span.Start), Num(d.Span.Length), Date(d.Date), TextNames.Of(d.Precision), TextNames.Of(d.Rule)]);
                }

                break;
            case "segments":
                foreach (var s in article.Segments)
                {
                    Row([source, TextNames.Of(s.Kind), Num(s.Span.Start), Num(s.Span.Length), s.Author?.Of(text)]);
                }

                break;
            default:
                foreach (var s in article.Statements)
                {
                    Row([source, s.SpeakerId, s.Kind == Kurils.Domain.StatementKind.Direct ? "direct" : "reported", s.Span.Of(text), Num(s.Span.Start), Num(s.Span.Length), s.Verb?.Of(text), Date(s.Date), s.CatalogStatementId]);
                }

                break;
        }
    }

    private static string Num(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? Date(NodaTime.LocalDate? date) => date is { } d ? Kurils.Domain.IsoDate.Format(d) : null;

    private void Row(string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                _output.Write(',');
            }

            _output.Write(Escape(fields[i]));
        }

        _output.Write("\r\n");
    }

    /// <summary>RFC 4180: quote fields with commas, quotes or line breaks, doubling inner quotes. Null is an empty field.</summary>
    private static string Escape(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
