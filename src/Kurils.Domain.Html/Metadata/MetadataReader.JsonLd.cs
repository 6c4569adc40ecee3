using System.Text.Json;

namespace Kurils.Domain.Html.Metadata;

// JSON-LD: the article nodes of a page's blocks, their types, and the names and strings they hold.
internal static partial class MetadataReader
{
    private static bool IsArticleType(string type) =>
        type.EndsWith("Article", StringComparison.Ordinal) || type is "BlogPosting" or "LiveBlogPosting" or "Report" or "NewsArticle";

    /// <summary>The JSON-LD objects of a block: the root, array items, and <c>@graph</c> members.</summary>
    private static void Flatten(JsonElement element, List<JsonElement> nodes, int depth)
    {
        if (depth > 8 || nodes.Count >= MaxJsonLdNodes)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Flatten(item, nodes, depth + 1);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            nodes.Add(element);
            if (element.TryGetProperty("@graph", out var graph))
            {
                Flatten(graph, nodes, depth + 1);
            }

            if (element.TryGetProperty("mainEntity", out var main) && main.ValueKind == JsonValueKind.Object)
            {
                Flatten(main, nodes, depth + 1);
            }
        }
    }

    private static IEnumerable<string> Types(JsonElement node)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("@type", out var type))
        {
            yield break;
        }

        if (type.ValueKind == JsonValueKind.String && type.GetString() is { } single)
        {
            yield return Unprefixed(single);
        }
        else if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in type.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { } each)
                {
                    yield return Unprefixed(each);
                }
            }
        }
    }

    private static string Unprefixed(string type)
    {
        var slash = type.LastIndexOfAny(['/', ':']);
        return slash >= 0 ? type[(slash + 1)..] : type;
    }

    /// <summary>Names from a JSON-LD value: a string, an object with a name (or an <c>@id</c> reference to one), or an array of them.</summary>
    private static IEnumerable<string> Names(JsonElement value, Dictionary<string, JsonElement> byId)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when Clean(value.GetString()) is { } text && !LooksLikeUrl(text):
                yield return text;
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray().Take(20))
                {
                    foreach (var name in Names(item, byId))
                    {
                        yield return name;
                    }
                }

                break;
            case JsonValueKind.Object:
                var node = value;
                if (Str(node, "name") is null && Str(node, "@id") is { } id && byId.TryGetValue(id, out var target))
                {
                    node = target;
                }

                if (Str(node, "name") is { } named)
                {
                    yield return named;
                }

                break;
        }
    }

    private static string? Str(JsonElement node, string property)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => Clean(value.GetString()),
            JsonValueKind.Array when value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.String => Clean(value[0].GetString()),
            _ => null,
        };
    }
}
