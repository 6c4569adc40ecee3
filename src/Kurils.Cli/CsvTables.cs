using Kurils.Domain.Parsing;

namespace Kurils.Cli;

/// <summary>
/// <c>--format csv</c>: one RFC 4180 table per run, chosen with <c>--table</c>, each row keyed by the source
/// file, ready for pandas, R or a spreadsheet. Offsets are UTF-16 code units, as in the JSON output.
/// </summary>
internal static class CsvTables
{
    public static readonly string[] Names = ["statements", "mentions", "articles", "dates", "segments", "events"];

    /// <summary>The header row of <paramref name="table"/>, written once before every article's rows.</summary>
    public static void WriteHeader(TextWriter output, string table) =>
        Row(output, table switch
        {
            "mentions" => ["source", "kind", "id", "text", "start", "length", "segment", "method", "in_comment", "holder"],
            "articles" => ["source", "language", "outlet", "wire", "headline", "dateline_place", "dateline_date", "published", "published_source", "about_dispute", "mentions", "statements", "comments", "diagnostics", "outlet_name"],
            "dates" => ["source", "text", "start", "length", "date", "precision", "rule"],
            "segments" => ["source", "kind", "start", "length", "author"],
            "events" => ["source", "type", "mode", "sources", "targets", "date", "trigger", "trigger_start", "trigger_length", "sentence_start", "sentence_length", "concerns", "stance", "statement"],
            _ => ["source", "speaker", "kind", "text", "start", "length", "verb", "date", "catalog_statement", "speaker_name", "event", "stance", "unattributed_reason"],
        });

    /// <summary>The rows of one article in <paramref name="table"/>.</summary>
    public static string Rows(string table, ParsedResult result, Kurils.Domain.KurilsCatalog catalog)
    {
        var (source, _, article, _) = result;
        var text = article.Text;
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        switch (table)
        {
            case "mentions":
                foreach (var m in article.Mentions)
                {
                    Row(output, [source, JsonNames.Kind(m.Kind), m.Id, m.Span.Of(text), Num(m.Span.Start), Num(m.Span.Length), Num(m.SegmentIndex), TextNames.Of(m.Method), m.InComment ? "true" : "false", m.HolderId]);
                }

                break;
            case "articles":
                Row(output, [
                    source, article.Language, article.OutletId, article.WireId, article.Headline?.Of(text), article.Dateline?.Place,
                    Date(article.Dateline?.Date), Date(article.Published), TextNames.Of(article.PublishedSource), article.AboutDispute ? "true" : "false",
                    Num(article.Mentions.Count), Num(article.Statements.Count), Num(article.Comments.Count()), Num(article.Diagnostics.Count),
                    article.OutletId is null ? article.OutletName : null,
                ]);
                break;
            case "dates":
                foreach (var d in article.Dates)
                {
                    Row(output, [source, d.Span.Of(text), Num(d.Span.Start), Num(d.Span.Length), Date(d.Date), TextNames.Of(d.Precision), TextNames.Of(d.Rule)]);
                }

                break;
            case "segments":
                foreach (var s in article.Segments)
                {
                    Row(output, [source, TextNames.Of(s.Kind), Num(s.Span.Start), Num(s.Span.Length), s.Author?.Of(text)]);
                }

                break;
            case "events":
                // Several actors in one field, separated by '|'.
                foreach (var e in article.Events)
                {
                    Row(output, [
                        source, JsonNames.EventType(e.Type), e.Mode, string.Join('|', e.SourceIds), string.Join('|', e.TargetIds), Date(e.Date), e.Trigger.Of(text),
                        Num(e.Trigger.Start), Num(e.Trigger.Length), Num(e.Sentence.Start), Num(e.Sentence.Length), string.Join('|', e.ConcernedIds), e.Stance,
                        e.StatementIndex is { } i ? Num(i) : null,
                    ]);
                }

                break;
            default:
                foreach (var s in article.Statements)
                {
                    Row(output, [source, s.SpeakerId, s.Kind == Kurils.Domain.StatementKind.Direct ? "direct" : "reported", s.Span.Of(text), Num(s.Span.Start), Num(s.Span.Length), s.Verb?.Of(text), Date(s.Date), s.CatalogStatementId, SpeakerNames.DisplayName(s, catalog), s.Event is { } type ? JsonNames.EventType(type) : null, s.Stance, s.Unattributed is { } why ? TextNames.Of(why) : null]);
                }

                break;
        }

        return output.ToString();
    }

    private static string Num(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? Date(NodaTime.LocalDate? date) => date is { } d ? Kurils.Domain.IsoDate.Format(d) : null;

    private static void Row(TextWriter output, string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                output.Write(',');
            }

            output.Write(Escape(fields[i]));
        }

        output.Write("\r\n");
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
