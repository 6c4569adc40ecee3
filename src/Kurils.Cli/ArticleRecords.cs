using System.Text.Json;
using Kurils.Domain;
using Kurils.Domain.Parsing;

namespace Kurils.Cli;

/// <summary>
/// One JSON Lines record of <c>kurils parse</c> input (<c>schemas/article-record.schema.json</c>): an object with
/// <c>text</c> (or <c>html</c>, a web page) and optional <c>id</c>, <c>url</c>, <c>published</c>, <c>outlet</c>, <c>language</c>. Other members
/// are ignored, so records can carry what else a pipeline holds (a title, a crawl time).
/// </summary>
internal static class ArticleRecords
{
    /// <summary>The members kurils reads, for the messages.</summary>
    public static readonly string[] Members = ["text", "html", "id", "url", "published", "outlet", "language"];

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <summary>Reads one line; false with a one-line reason when it is not a valid record. <paramref name="html"/> says the input's text is a web page (the record's <c>html</c>).</summary>
    public static bool TryRead(string line, KurilsCatalog catalog, out ArticleInput input, out bool html, out string? error)
    {
        input = null!;
        html = false;
        error = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, Options);
        }
        catch (JsonException e)
        {
            error = "not valid JSON: " + Trim(e.Message);
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = $"a record is a JSON object with \"text\", not {Describe(root.ValueKind)}";
                return false;
            }

            // A record gives the article's "text", or the page's "html" (then the text is the page's visible text).
            html = root.TryGetProperty("html", out _) && !root.TryGetProperty("text", out _);
            if (!TryString(root, html ? "html" : "text", required: true, out var text, ref error)
                || !TryString(root, "id", required: false, out var id, ref error)
                || !TryString(root, "url", required: false, out var url, ref error)
                || !TryString(root, "published", required: false, out var publishedText, ref error)
                || !TryString(root, "outlet", required: false, out var outlet, ref error)
                || !TryString(root, "language", required: false, out var language, ref error))
            {
                return false;
            }

            NodaTime.LocalDate? published = null;
            if (publishedText is not null)
            {
                if (!Dates.TryParse(publishedText, out var date, out var problem))
                {
                    error = "\"published\": " + problem;
                    return false;
                }

                published = date;
            }

            if (outlet is not null && catalog.Find<Outlet>(outlet) is null)
            {
                error = $"\"outlet\": '{outlet}' is not an outlet id of the catalog (kurils resolve NAME --json finds ids)";
                return false;
            }

            if (language is not null && !IsLanguageTag(language))
            {
                error = $"\"language\": '{language}' is not a BCP 47 language tag (for example en, ru, ja, zh-Hant)";
                return false;
            }

            input = new ArticleInput(text!) { Id = id, Url = url, Published = published, OutletId = outlet, Language = language };
            return true;
        }
    }

    private static bool TryString(JsonElement record, string name, bool required, out string? value, ref string? error)
    {
        value = null;
        if (!record.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                error = $"the record has no \"{name}\"";
                return false;
            }

            return true;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            error = $"\"{name}\" must be a string, not {Describe(element.ValueKind)}";
            return false;
        }

        value = element.GetString();
        return true;
    }

    /// <summary>A language subtag (2 or 3 letters) and optional subtags of 1 to 8 letters or digits: the shape of BCP 47.</summary>
    private static bool IsLanguageTag(string tag)
    {
        var parts = tag.Split('-');
        return parts[0].Length is 2 or 3 && parts[0].All(char.IsAsciiLetter)
            && parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an object",
    };

    /// <summary>System.Text.Json's message without its trailing "LineNumber: 0 | BytePositionInLine: 7." detail, keeping the position.</summary>
    private static string Trim(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (at < 0)
        {
            return message;
        }

        var position = message.IndexOf("BytePositionInLine: ", at, StringComparison.Ordinal);
        var detail = position < 0 ? string.Empty : " (at byte " + message[(position + "BytePositionInLine: ".Length)..].TrimEnd('.', ' ') + ")";
        return message[..at].TrimEnd('.', ' ') + detail;
    }
}
