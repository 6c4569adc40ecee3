using System.Text.Encodings.Web;
using System.Text.Json;
using Kurils.Domain;

namespace Kurils.Cli;

/// <summary>The words the JSON output uses for enum values: part of the documented schema.</summary>
internal static class JsonNames
{
    /// <summary>Compact, one object per line, with non-ASCII text kept readable.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Kind(EntityKind kind) => EntityKindNames.Of(kind);

    public static string Method(MatchMethod method) => method switch
    {
        MatchMethod.Exact => "exact",
        MatchMethod.Normalized => "normalized",
        MatchMethod.WithoutFrame => "without-frame",
        _ => "fuzzy",
    };

    /// <summary>A PLOVER event type as PLOVER records write it: <c>DISAPPROVE</c>.</summary>
    public static string EventType(Kurils.Domain.Parsing.EventType type) => type.ToString().ToUpperInvariant();
}
