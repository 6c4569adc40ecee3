using System.CommandLine;

namespace Kurils.Cli;

/// <summary>
/// <c>kurils schema [NAME] [--path]</c>: where the installed tool's JSON Schemas are, or one of them, so a consumer
/// need not hunt through the tool store for <c>schemas/</c>.
/// </summary>
internal static class SchemaCommand
{
    /// <summary>The schemas installed beside the binary, by name: what kurils writes, what it reads.</summary>
    public static readonly string[] Names = ["parsed-article", "article-record", "timeline-entry", "catalog"];

    /// <summary>The folder beside the kurils binary (the tool package's <c>tools/…/schemas</c>, the publish folder).</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "schemas");

    public static string PathOf(string name) => Path.Combine(Folder, name + ".schema.json");

    public static Command Create(CliConsole console)
    {
        var name = new Argument<string?>("NAME") { Description = "parsed-article (the JSON kurils parse writes), article-record (the JSON Lines records it reads), timeline-entry (the JSON Lines kurils timeline writes) or catalog (catalog YAML). Prints the schema.", Arity = ArgumentArity.ZeroOrOne };
        var path = new Option<bool>("--path") { Description = "Print where the schema (or, without NAME, the folder of schemas) is instead." };
        var command = new Command("schema", "Lists the JSON Schemas installed with kurils and where they are, or prints one.") { name, path };
        command.Validators.Add(result =>
        {
            if (result.GetValue(name) is { } given && !Names.Contains(given, StringComparer.Ordinal))
            {
                result.AddError($"'{given}' is not a schema; use {OptionValues.Alternatives(Names)}");
            }
        });
        command.SetAction(result => Run(result.GetValue(name), result.GetValue(path), console));
        CommandHelp.Set(command, new CommandHelp(
            [
                "kurils schema",
                "kurils schema --path",
                "kurils schema parsed-article > parsed-article.schema.json",
            ],
            "  0   printed\n  2   the schema files are missing from the installation\n  64  bad command line"));
        return command;
    }

    private static int Run(string? name, bool path, CliConsole console)
    {
        var wanted = name is null ? Names : [name];
        var missing = wanted.Select(PathOf).Where(file => !File.Exists(file)).ToList();
        foreach (var file in missing)
        {
            console.Stderr.WriteLine($"kurils: {file}: missing from the installation");
        }

        if (missing.Count > 0)
        {
            return ExitCodes.Unreadable;
        }

        if (name is null)
        {
            if (path)
            {
                console.Stdout.WriteLine(Folder);
            }
            else
            {
                foreach (var schema in Names)
                {
                    console.Stdout.WriteLine($"{schema}\t{PathOf(schema)}");
                }
            }
        }
        else if (path)
        {
            console.Stdout.WriteLine(PathOf(name));
        }
        else
        {
            console.Stdout.Write(File.ReadAllText(PathOf(name)));
        }

        return ExitCodes.Success;
    }
}
