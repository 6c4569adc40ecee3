using System.CommandLine;
using Kurils.Domain;

namespace Kurils.Cli;

/// <summary><c>kurils validate [PATH...] [--overlay]</c>: checks catalog YAML and prints every error with its position.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Catalog YAML files, or directories (their *.yaml files). Without PATH, the catalog shipped in the package.", Arity = ArgumentArity.ZeroOrMore };
        var overlay = new Option<bool>("--overlay") { Description = "Check the files as an overlay on the shipped catalog (they may refer to its ids)." };
        var command = new Command("validate", "Checks catalog YAML and prints each problem as file(line,col): message.") { paths, overlay };
        command.Validators.Add(result =>
        {
            if (result.GetValue(overlay) && result.GetValue(paths) is not { Length: > 0 })
            {
                result.AddError("--overlay checks your files on top of the shipped catalog: give their PATHs");
            }
        });
        command.SetAction(result => Run(result.GetValue(paths) ?? [], result.GetValue(overlay), console));
        CommandHelp.Set(command, new CommandHelp(
            [
                "kurils validate",
                "kurils validate data",
                "kurils validate my-names.yaml --overlay",
            ],
            "  0   valid\n  1   errors found\n  64  bad command line"));
        return command;
    }

    private static int Run(string[] paths, bool overlay, CliConsole console)
    {
        var sources = new List<CatalogSource>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                sources.AddRange(Directory.EnumerateFiles(path, "*.yaml").Order(StringComparer.Ordinal).Select(CatalogSource.FromFile));
            }
            else
            {
                sources.Add(CatalogSource.FromFile(path));
            }
        }

        var errors = paths.Length == 0
            ? KurilsCatalog.Validate(KurilsCatalog.EmbeddedSources())
            : KurilsCatalog.Validate(sources, overlay ? KurilsCatalog.Default : null);
        foreach (var error in errors)
        {
            console.Stdout.WriteLine(error.ToString());
        }

        console.Stderr.WriteLine(errors.IsEmpty ? "catalog is valid" : $"{errors.Length} error(s)");
        return errors.IsEmpty ? ExitCodes.Success : ExitCodes.Incomplete;
    }
}
