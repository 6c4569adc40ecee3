using System.CommandLine;
using Kurils.Domain;

namespace Kurils.Cli;

/// <summary><c>kurils validate [PATH...] [--overlay]</c>: checks catalog YAML and prints every error with its position.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Catalog YAML files, or directories (their *.yaml and *.yml files). Without PATH, the catalog shipped in the package.", Arity = ArgumentArity.ZeroOrMore };
        var overlay = new Option<bool>("--overlay") { Description = "Check the files as an overlay on the shipped catalog (they may refer to its ids)." };
        var catalogs = CatalogOption.Create();
        catalogs.Description = "An overlay loaded on the shipped catalog before the PATHs are checked as an overlay on both (repeatable). Alone, checks that the overlays load.";
        var command = new Command("validate", "Checks catalog YAML and prints each problem as file(line,col): message.") { paths, overlay, catalogs };
        command.Validators.Add(result =>
        {
            if (result.GetValue(overlay) && result.GetValue(paths) is not { Length: > 0 } && result.GetValue(catalogs) is not { Length: > 0 })
            {
                result.AddError("--overlay checks your files on top of the shipped catalog: give their PATHs");
            }
        });
        command.SetAction(result => Run(result.GetValue(paths) ?? [], result.GetValue(overlay), result.GetValue(catalogs) ?? [], console));
        CommandHelp.Set(command, new CommandHelp(
            [
                "kurils validate",
                "kurils validate data",
                "kurils validate my-names.yaml --overlay",
                "kurils validate my-outlets.yaml --overlay --catalog my-names.yaml",
            ],
            "  0   valid\n  1   errors found, or a directory without catalog files\n  64  bad command line"));
        return command;
    }

    /// <summary>The catalog files a directory contributes.</summary>
    private static readonly string[] Patterns = ["*.yaml", "*.yml"];

    private static int Run(string[] paths, bool overlay, string[] overlays, CliConsole console)
    {
        if (paths.Length == 0 && overlays.Length > 0)
        {
            // `kurils validate --catalog a.yaml`: check the overlays themselves, on the shipped catalog.
            (paths, overlay, overlays) = (overlays, true, []);
        }

        var baseCatalog = KurilsCatalog.Default;
        if (overlays.Length > 0)
        {
            if (!CatalogOption.TryLoad(overlays, console.Stderr, out baseCatalog))
            {
                return ExitCodes.Incomplete;
            }

            overlay = true;
        }

        var sources = new List<CatalogSource>();
        var empty = false;
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Patterns.SelectMany(p => Directory.EnumerateFiles(path, p)).Order(StringComparer.Ordinal).ToList();
                if (files.Count == 0)
                {
                    // "Valid" would claim a check that never happened.
                    console.Stderr.WriteLine($"kurils: {path}: no catalog files (*.yaml or *.yml) to check");
                    empty = true;
                }

                sources.AddRange(files.Select(CatalogSource.FromFile));
            }
            else
            {
                sources.Add(CatalogSource.FromFile(path));
            }
        }

        if (empty)
        {
            return ExitCodes.Incomplete;
        }

        var errors = paths.Length == 0
            ? KurilsCatalog.Validate(KurilsCatalog.EmbeddedSources())
            : KurilsCatalog.Validate(sources, overlay ? baseCatalog : null);
        foreach (var error in errors)
        {
            console.Stdout.WriteLine(error.ToString());
        }

        if (!overlay && paths.Length > 0 && errors.Count(e => e.Code == CatalogErrorCode.DanglingReference) is var dangling and > 0)
        {
            // A file written as an overlay, checked alone: say so when the shipped catalog has the missing ids.
            var asOverlay = KurilsCatalog.Validate(sources, KurilsCatalog.Default).Count(e => e.Code == CatalogErrorCode.DanglingReference);
            if (asOverlay < dangling)
            {
                console.Stderr.WriteLine(FormattableString.Invariant($"kurils: hint: {dangling - asOverlay} of the unknown ids are in the shipped catalog; to check the files as an overlay on it, add --overlay"));
            }
        }

        var checkedFiles = paths.Length == 0 ? "the shipped catalog" : sources.Count == 1 ? "1 file" : FormattableString.Invariant($"{sources.Count} files");
        console.Stderr.WriteLine(errors.IsEmpty ? $"catalog is valid ({checkedFiles})" : FormattableString.Invariant($"{errors.Length} error(s) in {checkedFiles}"));
        return errors.IsEmpty ? ExitCodes.Success : ExitCodes.Incomplete;
    }
}
