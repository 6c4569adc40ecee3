using System.CommandLine;
using Kurils.Domain;

namespace Kurils.Cli;

/// <summary>
/// <c>--catalog FILE</c>, repeatable, on every command that reads the catalog: overlay YAML loaded on top of the
/// shipped catalog, in the order given, through <see cref="KurilsCatalog.Extend"/>.
/// </summary>
internal static class CatalogOption
{
    public static Option<string[]> Create() => new("--catalog")
    {
        Description = "An overlay of catalog YAML on the shipped catalog (your names, people, outlets); repeat it for several files, loaded in order.",
        HelpName = "FILE",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>
    /// The shipped catalog with the overlays; false, with every problem on stderr as <c>file(line,col): message</c>,
    /// when they do not load.
    /// </summary>
    public static bool TryLoad(string[]? files, TextWriter stderr, out KurilsCatalog catalog)
    {
        catalog = KurilsCatalog.Default;
        if (files is not { Length: > 0 })
        {
            return true;
        }

        try
        {
            catalog = KurilsCatalog.Default.Extend(files.Select(CatalogSource.FromFile));
            return true;
        }
        catch (CatalogException e)
        {
            foreach (var error in e.Errors)
            {
                stderr.WriteLine("kurils: " + error);
            }

            stderr.WriteLine(FormattableString.Invariant($"kurils: --catalog: {e.Errors.Length} error(s); nothing was done (kurils validate FILE --overlay checks a file)"));
            return false;
        }
    }
}
