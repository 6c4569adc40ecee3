using System.Text.Json;
using Kurils.Domain;
using Kurils.Domain.Html;
using Kurils.Domain.Parsing;
using NodaTime;

namespace Kurils.Cli;

/// <summary>Writes a parse as one line of JSON (the documented schema, <c>schemas/parsed-article.schema.json</c>).</summary>
internal static class ArticleJson
{
    /// <summary>Bumped on any incompatible change to the output.</summary>
    public const int SchemaVersion = 1;

    /// <param name="html">For a web page, the map from its text to the HTML: the output then carries the text and each segment's source span.</param>
    public static void Write(Utf8JsonWriter writer, string source, string? url, ParsedArticle article, KurilsCatalog catalog, HtmlSourceMap? html = null)
    {
        var text = article.Text;
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", SchemaVersion);
        writer.WriteString("source", source);
        WriteStringOrNull(writer, "url", url);
        WriteStringOrNull(writer, "text", html is null ? null : text); // a page's visible text, which the spans index
        writer.WriteString("language", article.Language);
        WriteOutlet(writer, article);
        WriteId(writer, "wire", article.WireId);
        if (article.Headline is { } headline)
        {
            writer.WriteString("headline", headline.Of(text));
        }
        else
        {
            writer.WriteNull("headline");
        }

        if (article.Dateline is { } dateline)
        {
            writer.WriteStartObject("dateline");
            WriteStringOrNull(writer, "place", dateline.Place);
            WriteStringOrNull(writer, "agency", dateline.Agency);
            WriteStringOrNull(writer, "dateText", dateline.DateText);
            WriteDate(writer, "date", dateline.Date);
            WriteSpan(writer, dateline.Span);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("dateline");
        }

        WriteDate(writer, "published", article.Published);
        writer.WriteString("publishedSource", TextNames.Of(article.PublishedSource));
        writer.WriteBoolean("aboutDispute", article.AboutDispute);

        writer.WriteStartArray("segments");
        foreach (var segment in article.Segments)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", TextNames.Of(segment.Kind));
            WriteSpan(writer, segment.Span);
            if (html is null)
            {
                writer.WriteNull("source");
            }
            else
            {
                writer.WriteStartObject("source");
                WriteSpan(writer, html.ToSource(segment.Content));
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("mentions");
        foreach (var mention in article.Mentions)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", JsonNames.Kind(mention.Kind));
            writer.WriteString("id", mention.Id);
            writer.WriteString("text", mention.Span.Of(text));
            WriteSpan(writer, mention.Span);
            writer.WriteNumber("segment", mention.SegmentIndex);
            writer.WriteString("method", TextNames.Of(mention.Method));
            writer.WriteBoolean("inComment", mention.InComment);
            WriteStringOrNull(writer, "holder", mention.HolderId);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("statements");
        foreach (var statement in article.Statements)
        {
            writer.WriteStartObject();
            WriteStringOrNull(writer, "speaker", statement.SpeakerId);
            WriteStringOrNull(writer, "speakerDisplayName", SpeakerNames.DisplayName(statement, catalog));
            if (statement.SpeakerName is { } name && statement.SpeakerNameSpan is { } at)
            {
                writer.WriteString("speakerName", name);
                writer.WriteNumber("speakerStart", at.Start);
                writer.WriteNumber("speakerLength", at.Length);
            }

            writer.WriteString("kind", statement.Kind == StatementKind.Direct ? "direct" : "reported");
            writer.WriteString("text", statement.Span.Of(text));
            WriteSpan(writer, statement.Span);
            WriteStringOrNull(writer, "verb", statement.Verb?.Of(text));
            WriteDate(writer, "date", statement.Date);
            WriteStringOrNull(writer, "catalogStatement", statement.CatalogStatementId);
            WriteStringOrNull(writer, "event", statement.Event is { } type ? JsonNames.EventType(type) : null);
            WriteStringOrNull(writer, "stance", statement.Stance);
            WriteStringOrNull(writer, "unattributedReason", statement.Unattributed is { } why ? TextNames.Of(why) : null);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("events");
        foreach (var e in article.Events)
        {
            writer.WriteStartObject();
            writer.WriteString("type", JsonNames.EventType(e.Type));
            WriteStringOrNull(writer, "mode", e.Mode);
            WriteIds(writer, "sources", e.SourceIds);
            WriteIds(writer, "targets", e.TargetIds);
            WriteDate(writer, "date", e.Date);
            writer.WriteString("trigger", e.Trigger.Of(text));
            writer.WriteNumber("triggerStart", e.Trigger.Start);
            writer.WriteNumber("triggerLength", e.Trigger.Length);
            writer.WriteNumber("sentenceStart", e.Sentence.Start);
            writer.WriteNumber("sentenceLength", e.Sentence.Length);
            WriteIds(writer, "concerns", e.ConcernedIds);
            WriteStringOrNull(writer, "stance", e.Stance);
            if (e.StatementIndex is { } index)
            {
                writer.WriteNumber("statement", index);
            }
            else
            {
                writer.WriteNull("statement");
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("dates");
        foreach (var date in article.Dates)
        {
            writer.WriteStartObject();
            writer.WriteString("text", date.Span.Of(text));
            WriteSpan(writer, date.Span);
            WriteDate(writer, "date", date.Date);
            writer.WriteString("precision", TextNames.Of(date.Precision));
            writer.WriteString("rule", TextNames.Of(date.Rule));
            writer.WriteStartArray("alternatives");
            foreach (var alternative in date.Alternatives)
            {
                writer.WriteStringValue(IsoDate.Format(alternative));
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("comments");
        foreach (var comment in article.Comments)
        {
            writer.WriteStartObject();
            WriteStringOrNull(writer, "author", comment.Author?.Of(text));
            WriteSpan(writer, comment.Span);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in article.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("code", diagnostic.Code);
            writer.WriteString("message", diagnostic.Message);
            WriteSpan(writer, diagnostic.Span);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Every span is written the same way: <c>start</c> and <c>length</c> in UTF-16 code units.</summary>
    private static void WriteSpan(Utf8JsonWriter writer, TextSpan span)
    {
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("length", span.Length);
    }

    /// <summary>The publisher: <c>{"id"}</c> when catalogued, <c>{"id": null, "name"}</c> when the page shows one the catalog lacks, else null.</summary>
    private static void WriteOutlet(Utf8JsonWriter writer, ParsedArticle article)
    {
        if (article.OutletId is null && article.OutletName is { } name)
        {
            writer.WriteStartObject("outlet");
            writer.WriteNull("id");
            writer.WriteString("name", name);
            writer.WriteEndObject();
            return;
        }

        WriteId(writer, "outlet", article.OutletId);
    }

    private static void WriteId(Utf8JsonWriter writer, string name, string? id)
    {
        if (id is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("id", id);
        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, LocalDate? date)
    {
        if (date is { } d)
        {
            writer.WriteString(name, IsoDate.Format(d));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteIds(Utf8JsonWriter writer, string name, IReadOnlyList<string> ids)
    {
        writer.WriteStartArray(name);
        foreach (var id in ids)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
    }

    private static void WriteStringOrNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
