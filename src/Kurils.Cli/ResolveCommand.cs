using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Kurils.Domain;

namespace Kurils.Cli;

/// <summary><c>kurils resolve NAME... [--json] [--fuzzy]</c>: one line per name.</summary>
internal static class ResolveCommand
{
    public static Command Create(CliConsole console)
    {
        var names = new Argument<string[]>("NAME") { Description = "Names in any script, with any harmless variant of spelling, case, width or island word.", Arity = ArgumentArity.ZeroOrMore };
        var json = new Option<bool>("--json") { Description = "One JSON object per line: {\"query\", \"matches\": [{\"kind\", \"id\", \"name\", \"language\", \"method\"}]}." };
        var fuzzy = new Option<bool>("--fuzzy") { Description = "Also accept names within two typing errors (names of six or more letters)." };
        var catalogs = CatalogOption.Create();
        var command = new Command("resolve", "Resolves each NAME to the catalog entities it denotes, best first.") { names, json, fuzzy, catalogs };
        command.Validators.Add(result =>
        {
            if (result.GetValue(names) is not { Length: > 0 })
            {
                result.AddError("give at least one NAME");
            }
        });
        command.SetAction(result => Run(result.GetValue(names)!, result.GetValue(json), result.GetValue(fuzzy), result.GetValue(catalogs), console));
        CommandHelp.Set(command, new CommandHelp(
            [
                "kurils resolve Etorofu 国後島 \"Southern Kurils\"",
                "kurils resolve \"Hayashi Yoshimasa\" --json",
                "kurils resolve Kunashiri --fuzzy",
                "kurils resolve \"Kunashiri Town\" --catalog my-names.yaml",
            ],
            "  0   every name resolved\n  1   some name unresolved\n  2   a --catalog file could not be loaded\n  64  bad command line"));
        return command;
    }

    private static int Run(string[] names, bool json, bool fuzzy, string[]? overlays, CliConsole console)
    {
        if (!CatalogOption.TryLoad(overlays, console.Stderr, out var catalog))
        {
            return ExitCodes.Unreadable;
        }

        var options = fuzzy ? ResolveOptions.TypoTolerant : ResolveOptions.Default;
        var allResolved = true;
        foreach (var name in names)
        {
            var matches = catalog.Resolve(name, options: options);
            allResolved &= !matches.IsEmpty;
            console.Stdout.WriteLine(json ? ToJson(name, matches) : ToText(name, matches));
        }

        console.Stdout.Flush();
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
            // Say so, with the edits: the name was not written this way.
            var fuzzy = m.Method == MatchMethod.Fuzzy ? $", a fuzzy match ({m.Distance.ToString(CultureInfo.InvariantCulture)} edit{(m.Distance == 1 ? string.Empty : "s")})" : string.Empty;
            return $"{JsonNames.Kind(m.Entity.EntityKind)} {m.Entity.Id} ({m.Entity.DisplayName}; matched '{m.Name.Text}' [{m.Name.Language}]{usedBy}{fuzzy}{members})";
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
