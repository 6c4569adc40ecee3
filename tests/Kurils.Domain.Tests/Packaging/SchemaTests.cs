using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FluentAssertions;
using Kurils.Cli;
using Kurils.Domain.Tests.Catalog;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kurils.Domain.Tests.Packaging;

/// <summary>
/// The two JSON Schemas hold for what they describe: every shipped catalog file, and the JSON the CLI
/// writes for every seed. Checked with <see cref="MiniSchema"/>, a small validator for exactly the
/// keywords the schemas use (a schema keyword it does not know fails the test rather than being skipped).
/// </summary>
public sealed class SchemaTests
{
    private static readonly string Repo = ShippedCatalogTests.RepoRoot();
    private static readonly string CatalogSchemaPath = Path.Combine(Repo, "data", "schemas", "catalog.schema.json");
    private static readonly string ParseSchemaPath = Path.Combine(Repo, "src", "Kurils.Cli", "schemas", "parsed-article.schema.json");
    private static readonly string TimelineSchemaPath = Path.Combine(Repo, "src", "Kurils.Cli", "schemas", "timeline-entry.schema.json");
    private static readonly string RecordSchemaPath = Path.Combine(Repo, "src", "Kurils.Cli", "schemas", "article-record.schema.json");

    [Fact]
    public void CatalogSchema_EveryDataFile_Validates()
    {
        var schema = MiniSchema.Load(CatalogSchemaPath);
        var files = Directory.GetFiles(Path.Combine(Repo, "data"), "*.yaml").Order(StringComparer.Ordinal).ToList();
        files.Should().NotBeEmpty();

        var errors = files.SelectMany(f => schema.Validate(YamlToJson(File.ReadAllText(f))).Select(e => $"{Path.GetFileName(f)}: {e}"));

        errors.Should().BeEmpty();
    }

    [Fact]
    public void CatalogSchema_EveryDataFile_NamesTheSchemaOnItsFirstLine()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Repo, "data"), "*.yaml"))
        {
            File.ReadLines(file).First().Should().Be("# yaml-language-server: $schema=schemas/catalog.schema.json", Path.GetFileName(file));
        }
    }

    [Theory]
    [InlineData("territories:\n  - { id: iturup, kind: island, nmae: x, source: s }\n", "$.territories[0].nmae")]
    [InlineData("territories:\n  - { id: Iturup, kind: island, source: s }\n", "$.territories[0].id")]
    [InlineData("territories:\n  - { id: iturup, kind: isle, source: s }\n", "$.territories[0].kind")]
    [InlineData("territories:\n  - { id: iturup, kind: island }\n", "$.territories[0]")]
    [InlineData("events:\n  - { id: e, kind: war, start: 1945-8-9, source: s }\n", "$.events[0].start")]
    [InlineData("islands: []\n", "$.islands")]
    public void CatalogSchema_BadEntry_IsReportedAtItsPath(string yaml, string path) =>
        MiniSchema.Load(CatalogSchemaPath).Validate(YamlToJson(yaml)).Should().Contain(e => e.StartsWith(path + ":", StringComparison.Ordinal));

    [Theory]
    [InlineData("territories:\n  - id: iturup\n    names:\n      - { text: Itouroup, lang: fr, kind: exonym }\n")]
    [InlineData("territories:\n  - { id: iturup, replace: [kind], kind: islet }\n")]
    [InlineData("people:\n  - id: kato-katsunobu\n    tenures:\n      - { office: chief-cabinet-secretary, from: 2012-12-26, source: s }\n")]
    public void CatalogSchema_OverlayEntryThatExtends_Validates(string yaml) =>
        MiniSchema.Load(CatalogSchemaPath).Validate(YamlToJson(yaml)).Should().BeEmpty();

    [Fact]
    public void CatalogSchema_Sections_AreTheLoaderSections() =>
        Properties(CatalogSchemaPath, "properties").Should().Equal(
            ["countries", "territories", "instruments", "offices", "people", "outlets", "events", "institutions", "statements"]);

    [Fact]
    public void ParseSchema_CliJsonForEverySeed_Validates()
    {
        var schema = MiniSchema.Load(ParseSchemaPath);
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);

        var exit = CommandLine.Run(["parse", Path.Combine(Repo, "seeds"), "--json"], Stream.Null, stdout, stderr);

        exit.Should().Be(0, stderr.ToString());
        var lines = stdout.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(Directory.GetFiles(Path.Combine(Repo, "seeds"), "*.txt").Length);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            schema.Validate(json.RootElement).Should().BeEmpty(json.RootElement.GetProperty("source").GetString());
        }
    }

    [Fact]
    public void TimelineSchema_CliJsonForTheSeeds_Validates()
    {
        var schema = MiniSchema.Load(TimelineSchemaPath);
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);

        var exit = CommandLine.Run(["timeline", Path.Combine(Repo, "seeds"), "--json"], Stream.Null, stdout, stderr);

        exit.Should().Be(0, stderr.ToString());
        var lines = stdout.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        lines.Should().NotBeEmpty();
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            schema.Validate(json.RootElement).Should().BeEmpty(line);
        }
    }

    [Fact]
    public void ParseSchema_CliJsonForRecords_Validates()
    {
        var schema = MiniSchema.Load(ParseSchemaPath);
        var records = string.Join('\n',
            Cli.RecordsInputTests.Record(new { id = "r1", text = TestCatalog.Seed("003_d6e31eca7042b292.txt"), url = "https://example.org/a", published = "2022-12-14", outlet = "kyodo", language = "en" }),
            Cli.RecordsInputTests.Record(new { text = "Putin said Iturup is Russian." }));
        using var stdin = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(records));
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);

        var exit = CommandLine.Run(["parse", "-", "--records", "--json"], stdin, stdout, TextWriter.Null);

        exit.Should().Be(0);
        var lines = stdout.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(2);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            schema.Validate(json.RootElement).Should().BeEmpty(line[..80]);
        }
    }

    [Fact]
    public void RecordSchema_Properties_AreTheMembersTheCliReads() =>
        Properties(RecordSchemaPath, "properties").Should().BeEquivalentTo(ArticleRecords.Members);

    [Theory]
    [InlineData("{\"text\":\"Etorofu\"}", null)]
    [InlineData("{\"text\":\"Etorofu\",\"id\":\"a\",\"url\":\"u\",\"published\":\"2024-06-05\",\"outlet\":\"kyodo\",\"language\":\"zh-Hant\",\"title\":\"kept by the pipeline\"}", null)]
    [InlineData("{\"html\":\"<p>Etorofu</p>\",\"url\":\"https://example.org/a\"}", null)]
    [InlineData("{\"html\":7}", "$.html")]
    [InlineData("{\"id\":\"a\"}", "$: matches none of anyOf")]
    [InlineData("{\"text\":\"x\",\"published\":\"5 June 2024\"}", "$.published")]
    [InlineData("{\"text\":\"x\",\"language\":\"english language\"}", "$.language")]
    [InlineData("{\"text\":1}", "$.text")]
    public void RecordSchema_Records_AreCheckedAsTheCliReadsThem(string json, string? error)
    {
        using var document = JsonDocument.Parse(json);
        var errors = MiniSchema.Load(RecordSchemaPath).Validate(document.RootElement);
        var read = ArticleRecords.TryRead(json, KurilsCatalog.Default, out _, out _, out var cliError);

        if (error is null)
        {
            errors.Should().BeEmpty();
            read.Should().BeTrue(cliError);
        }
        else
        {
            errors.Should().Contain(e => e.StartsWith(error, StringComparison.Ordinal));
            read.Should().BeFalse();
        }
    }

    [Fact]
    public void ParseSchema_Required_IsEveryPropertyTheCliWrites()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(ParseSchemaPath));
        var required = schema.RootElement.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);

        Properties(ParseSchemaPath, "properties").Order(StringComparer.Ordinal).Should().Equal(required);
    }

    [Fact]
    public void ParseSchema_SchemaVersion_IsTheCliSchemaVersion()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(ParseSchemaPath));

        schema.RootElement.GetProperty("properties").GetProperty("schemaVersion").GetProperty("const").GetInt32().Should().Be(ArticleJson.SchemaVersion);
    }

    [Theory]
    [InlineData("{\"schemaVersion\":1}", "$: missing required property 'source'")]
    [InlineData("{\"schemaVersion\":\"1\"}", "$.schemaVersion: expected 1")]
    public void ParseSchema_IncompleteOutput_IsReported(string json, string error)
    {
        using var document = JsonDocument.Parse(json);

        MiniSchema.Load(ParseSchemaPath).Validate(document.RootElement).Should().Contain(error);
    }

    private static List<string> Properties(string schemaPath, string key)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(schemaPath));
        return schema.RootElement.GetProperty(key).EnumerateObject().Select(p => p.Name).ToList();
    }

    /// <summary>
    /// YAML to JSON as an editor's YAML language server sees it: quoted scalars are strings, plain scalars
    /// are booleans, nulls or numbers when they look like one, and strings otherwise (so dates stay strings).
    /// </summary>
    internal static JsonElement YamlToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var node = stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
        return JsonDocument.Parse(node?.ToJsonString() ?? "null").RootElement.Clone();
    }

    private static JsonNode? Convert(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (key, value) in mapping.Children)
                {
                    obj[((YamlScalarNode)key).Value!] = Convert(value);
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                foreach (var item in sequence.Children)
                {
                    array.Add(Convert(item));
                }

                return array;
            case YamlScalarNode scalar when scalar.Style is ScalarStyle.Plain:
                var text = scalar.Value ?? string.Empty;
                if (text is "" or "~" or "null" or "Null" or "NULL")
                {
                    return null;
                }

                if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
                {
                    return JsonValue.Create(text.StartsWith('t') || text.StartsWith('T'));
                }

                return Regex.IsMatch(text, "^-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)
                    ? JsonValue.Create(decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture))
                    : JsonValue.Create(text);
            case YamlScalarNode scalar:
                return JsonValue.Create(scalar.Value ?? string.Empty);
            default:
                throw new InvalidOperationException("aliases are not allowed in catalog YAML");
        }
    }
}

/// <summary>
/// A JSON Schema 2020-12 validator for the keywords this repository's schemas use, and no others:
/// type, const, enum, pattern, minLength, minimum, maximum, properties, required, additionalProperties,
/// items, anyOf, oneOf and local $ref. Errors read <c>$.path: message</c>.
/// </summary>
internal sealed class MiniSchema
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal) { "$schema", "$id", "$defs", "title", "description" };

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "type", "const", "enum", "pattern", "minLength", "minimum", "maximum", "properties", "required",
        "additionalProperties", "items", "anyOf", "oneOf", "$ref",
    };

    private readonly JsonElement _root;

    private MiniSchema(JsonElement root)
    {
        _root = root;
        var unknown = new List<string>();
        CheckKeywords(root, "#", unknown);
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException("the schema uses keywords MiniSchema does not implement: " + string.Join(", ", unknown));
        }
    }

    public static MiniSchema Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return new MiniSchema(document.RootElement.Clone());
    }

    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Validate(_root, instance, "$", errors);
        return errors;
    }

    private static void CheckKeywords(JsonElement schema, string at, List<string> unknown)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in schema.EnumerateObject())
        {
            if (!Annotations.Contains(property.Name) && !Keywords.Contains(property.Name))
            {
                unknown.Add($"{at}/{property.Name}");
            }

            switch (property.Name)
            {
                case "properties" or "$defs":
                    foreach (var child in property.Value.EnumerateObject())
                    {
                        CheckKeywords(child.Value, $"{at}/{property.Name}/{child.Name}", unknown);
                    }

                    break;
                case "items" or "additionalProperties":
                    CheckKeywords(property.Value, $"{at}/{property.Name}", unknown);
                    break;
                case "anyOf" or "oneOf":
                    var i = 0;
                    foreach (var child in property.Value.EnumerateArray())
                    {
                        CheckKeywords(child, $"{at}/{property.Name}/{i++}", unknown);
                    }

                    break;
            }
        }
    }

    private void Validate(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Validate(Resolve(reference.GetString()!), instance, path, errors);
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var allowed = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!allowed.Any(t => HasType(instance, t)))
            {
                errors.Add($"{path}: expected {string.Join(" or ", allowed)}, found {instance.ValueKind}");
                return;
            }
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, instance))
        {
            errors.Add($"{path}: expected {constant.GetRawText()}");
        }

        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => JsonElement.DeepEquals(v, instance)))
        {
            errors.Add($"{path}: {instance.GetRawText()} is not one of {values.GetRawText()}");
        }

        if (instance.ValueKind == JsonValueKind.String)
        {
            var text = instance.GetString()!;
            if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.CultureInvariant))
            {
                errors.Add($"{path}: '{text}' does not match {pattern.GetString()}");
            }

            if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
            {
                errors.Add($"{path}: shorter than {minLength.GetInt32()}");
            }
        }

        if (instance.ValueKind == JsonValueKind.Number)
        {
            var number = instance.GetDecimal();
            if (schema.TryGetProperty("minimum", out var minimum) && number < minimum.GetDecimal())
            {
                errors.Add($"{path}: below {minimum.GetDecimal()}");
            }

            if (schema.TryGetProperty("maximum", out var maximum) && number > maximum.GetDecimal())
            {
                errors.Add($"{path}: above {maximum.GetDecimal()}");
            }
        }

        if (instance.ValueKind == JsonValueKind.Object)
        {
            ValidateObject(schema, instance, path, errors);
        }

        if (instance.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in instance.EnumerateArray())
            {
                Validate(items, item, $"{path}[{i++}]", errors);
            }
        }

        if (schema.TryGetProperty("anyOf", out var anyOf) && !anyOf.EnumerateArray().Any(s => Passes(s, instance, path)))
        {
            errors.Add($"{path}: matches none of anyOf");
        }

        if (schema.TryGetProperty("oneOf", out var oneOf) && oneOf.EnumerateArray().Count(s => Passes(s, instance, path)) != 1)
        {
            errors.Add($"{path}: does not match exactly one of oneOf");
        }
    }

    private void ValidateObject(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!instance.TryGetProperty(name, out _))
                {
                    errors.Add($"{path}: missing required property '{name}'");
                }
            }
        }

        foreach (var property in instance.EnumerateObject())
        {
            var at = $"{path}.{property.Name}";
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Validate(propertySchema, property.Value, at, errors);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                if (additional.ValueKind == JsonValueKind.False)
                {
                    errors.Add($"{at}: property not allowed here");
                }
                else if (additional.ValueKind == JsonValueKind.Object)
                {
                    Validate(additional, property.Value, at, errors);
                }
            }
        }
    }

    private bool Passes(JsonElement schema, JsonElement instance, string path)
    {
        var errors = new List<string>();
        Validate(schema, instance, path, errors);
        return errors.Count == 0;
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"only local references are supported: {reference}");
        }

        var target = _root;
        foreach (var segment in reference[2..].Split('/'))
        {
            target = target.GetProperty(segment);
        }

        return target;
    }

    private static bool HasType(JsonElement instance, string type) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && instance.TryGetDecimal(out var d) && d == decimal.Truncate(d),
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        _ => throw new InvalidOperationException($"unknown type '{type}'"),
    };
}
