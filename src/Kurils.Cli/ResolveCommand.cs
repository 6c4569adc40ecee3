using System.Globalization;
using System.Text.Json;
using Kurils.Domain;

namespace Kurils.Cli;

/// <summary><c>kurils resolve NAME... [--json]</c>: one line per name.</summary>
internal static class ResolveCommand
{
    public const string Help = """
        Usage: kurils resolve NAME... [--json] [--fuzzy]

        Resolves each NAME (any script, any harmless variant) to catalog entities.
          --json    one JSON object per line: {"query": ..., "matches": [{"kind", "id", "name", "language"}]}
          --fuzzy   also accept names within two typing errors (names of six or more letters)

        Examples:
          kurils resolve Etorofu 国後島 "Southern Kurils"
          kurils resolve "Hayashi Yoshimasa" --json

        Exit code 0 when every name resolved, 1 otherwise.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var json = false;
        var fuzzy = false;
        var names = new List<string>();
        foreach (var arg in args)
        {
            switch (arg)
            {
                case "--json":
                    json = true;
                    break;
                case "--fuzzy":
                    fuzzy = true;
                    break;
                case "-h" or "--help":
                    stdout.WriteLine(Help);
                    return ExitCodes.Success;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    return CommandLine.UsageError(stderr, $"resolve: unknown option '{option}'");
                default:
                    names.Add(arg);
                    break;
            }
        }

        if (names.Count == 0)
        {
            return CommandLine.UsageError(stderr, "resolve: give at least one NAME");
        }

        var catalog = KurilsCatalog.Default;
        var options = fuzzy ? ResolveOptions.TypoTolerant : ResolveOptions.Default;
        var allResolved = true;
        foreach (var name in names)
        {
            var matches = catalog.Resolve(name, options: options);
            allResolved &= !matches.IsEmpty;
            stdout.WriteLine(json ? ToJson(name, matches) : ToText(name, matches));
        }

        stdout.Flush();
        return allResolved ? ExitCodes.Success : ExitCodes.Incomplete;
    }

    private static string ToText(string query, IReadOnlyList<NameMatch> matches)
    {
        if (matches.Count == 0)
        {
            return $"{query}\t(unresolved)";
        }

        var described = matches.Select(m =>
        {
            var usedBy = m.Name.UsedBy.IsEmpty ? string.Empty : " used by " + string.Join("/", m.Name.UsedBy);
            var members = m.Members.IsEmpty ? string.Empty : " = " + string.Join(" + ", m.Members.Select(t => t.Id));
            var fuzzy = m.Method == MatchMethod.Fuzzy ? $"; fuzzy, {m.Distance.ToString(CultureInfo.InvariantCulture)} edit{(m.Distance == 1 ? string.Empty : "s")}" : string.Empty;
            return $"{JsonNames.Kind(m.Entity.EntityKind)} {m.Entity.Id} ({m.Entity.DisplayName}; matched '{m.Name.Text}' [{m.Name.Language}]{usedBy}{members}{fuzzy})";
        });
        return $"{query}\t{string.Join(" | ", described)}";
    }

    private static string ToJson(string query, IReadOnlyList<NameMatch> matches)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonNames.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("query", query);
            writer.WriteStartArray("matches");
            foreach (var match in matches)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", JsonNames.Kind(match.Entity.EntityKind));
                writer.WriteString("id", match.Entity.Id);
                writer.WriteString("name", match.Name.Text);
                writer.WriteString("language", match.Name.Language);
                writer.WriteString("method", JsonNames.Method(match.Method));
                if (!match.Members.IsEmpty)
                {
                    writer.WriteStartArray("members");
                    foreach (var member in match.Members)
                    {
                        writer.WriteStringValue(member.Id);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
