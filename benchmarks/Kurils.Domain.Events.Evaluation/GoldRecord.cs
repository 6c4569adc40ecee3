using System.Text.Json;
using Kurils.Domain.Parsing;

namespace Kurils.Domain.Events.Evaluation;

/// <summary>One coded sentence of the PLOVER gold standard records: its id, text, event type and the actors' codes.</summary>
/// <param name="Id">The record's id (<c>PLOVER-GSR01-AGREE-0001</c>).</param>
/// <param name="Text">The sentence.</param>
/// <param name="Type">The PLOVER event type the coders gave it.</param>
/// <param name="SourceCodes">The source actors' country codes (<c>USA</c>, <c>RUS</c>, <c>IGO</c>).</param>
/// <param name="TargetCodes">The target actors' country codes.</param>
internal sealed record GoldRecord(string Id, string Text, EventType Type, IReadOnlyList<string> SourceCodes, IReadOnlyList<string> TargetCodes)
{
    /// <summary>
    /// Reads the records of a gold file (a JSON array of objects with <c>id</c>, <c>text</c>, <c>event</c>,
    /// <c>source</c> and <c>target</c>). Records without a text or with an event type outside the 19 (the file's
    /// own <c>DOCUMENT</c> entry) are skipped; each malformed record is reported in one line and skipped.
    /// </summary>
    public static List<GoldRecord> Read(string path, TextWriter problems)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var records = new List<GoldRecord>();
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            problems.WriteLine($"{path}: expected a JSON array of records");
            return records;
        }

        var index = 0;
        foreach (var element in document.RootElement.EnumerateArray())
        {
            index++;
            var id = String(element, "id") ?? $"#{index}";
            var text = String(element, "text");
            var name = String(element, "event");
            if (element.ValueKind != JsonValueKind.Object)
            {
                problems.WriteLine($"{path}: record {index} is not an object; skipped");
                continue;
            }

            if (string.IsNullOrWhiteSpace(text) || name is null)
            {
                continue;
            }

            if (!Enum.TryParse<EventType>(name, ignoreCase: true, out var type) || !Enum.IsDefined(type))
            {
                if (name != "DOCUMENT")
                {
                    problems.WriteLine($"{path}: record {id} has event '{name}', not a PLOVER type; skipped");
                }

                continue;
            }

            records.Add(new GoldRecord(id, text, type, Codes(element, "source"), Codes(element, "target")));
        }

        return records;
    }

    private static string? String(JsonElement element, string key) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // "source": [{"actorText": "Hungarian", "code": "HUN"}], or "" where the coders gave none.
    private static List<string> Codes(JsonElement element, string key)
    {
        var codes = new List<string>();
        if (element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Array)
        {
            foreach (var actor in value.EnumerateArray())
            {
                if (String(actor, "code") is { Length: > 0 } code)
                {
                    codes.Add(code);
                }
            }
        }

        return codes;
    }
}
