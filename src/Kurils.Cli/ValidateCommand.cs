using Kurils.Domain;

namespace Kurils.Cli;

/// <summary><c>kurils validate [PATH...]</c>: checks catalog YAML and prints every error with its position.</summary>
internal static class ValidateCommand
{
    public const string Help = """
        Usage: kurils validate [PATH...] [--overlay]

        Checks catalog YAML files (or every *.yaml in a directory) and prints each problem as
        file(line,col): message. Without PATH, checks the catalog shipped in the package.
          --overlay   check the files as an overlay on the shipped catalog (they may refer to its ids)

        Examples:
          kurils validate
          kurils validate data
          kurils validate my-names.yaml --overlay

        Exit code 0 when valid, 1 on any error.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var overlay = false;
        var paths = new List<string>();
        foreach (var arg in args)
        {
            switch (arg)
            {
                case "--overlay":
                    overlay = true;
                    break;
                case "-h" or "--help":
                    stdout.WriteLine(Help);
                    return ExitCodes.Success;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    return CommandLine.UsageError(stderr, $"validate: unknown option '{option}'");
                default:
                    paths.Add(arg);
                    break;
            }
        }

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

        var errors = paths.Count == 0
            ? KurilsCatalog.Validate(KurilsCatalog.EmbeddedSources())
            : KurilsCatalog.Validate(sources, overlay ? KurilsCatalog.Default : null);
        foreach (var error in errors)
        {
            stdout.WriteLine(error.ToString());
        }

        stderr.WriteLine(errors.IsEmpty ? "catalog is valid" : $"{errors.Length} error(s)");
        return errors.IsEmpty ? ExitCodes.Success : ExitCodes.Incomplete;
    }
}
