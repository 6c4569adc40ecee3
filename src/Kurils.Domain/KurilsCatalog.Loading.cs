using System.Collections.Immutable;
using Kurils.Domain.Catalog;

namespace Kurils.Domain;

// Loading: the shipped catalog from its compiled blob, catalogs and overlays from YAML, and validation.
public sealed partial class KurilsCatalog
{
    /// <summary>Loads a catalog from YAML files.</summary>
    /// <param name="paths">The files.</param>
    /// <exception cref="CatalogException">Any file is unreadable or invalid; carries every problem found.</exception>
    public static KurilsCatalog Load(params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Load(paths.Select(CatalogSource.FromFile));
    }

    /// <summary>Loads a catalog from YAML sources.</summary>
    /// <param name="sources">The sources.</param>
    /// <exception cref="CatalogException">Any source is unreadable or invalid; carries every problem found.</exception>
    public static KurilsCatalog Load(IEnumerable<CatalogSource> sources) => Build(null, sources);

    /// <summary>
    /// A new catalog with this one's contents plus the entities in <paramref name="overlay"/>. This catalog is
    /// left untouched whether or not the overlay loads.
    /// </summary>
    /// <param name="overlay">The user's YAML.</param>
    /// <exception cref="CatalogException">The overlay is invalid; carries every problem found.</exception>
    public KurilsCatalog Extend(IEnumerable<CatalogSource> overlay) => Build(this, overlay);

    /// <summary>Checks YAML sources without building a catalog, returning every problem found (empty when valid).</summary>
    /// <param name="sources">The sources.</param>
    /// <param name="baseCatalog">A catalog the sources may refer to, or null to check them on their own.</param>
    public static ImmutableArray<CatalogError> Validate(IEnumerable<CatalogSource> sources, KurilsCatalog? baseCatalog = null)
    {
        try
        {
            Build(baseCatalog, sources);
            return [];
        }
        catch (CatalogException e)
        {
            return e.Errors;
        }
    }

    /// <summary>The shipped data as sources, one per embedded file.</summary>
    public static ImmutableArray<CatalogSource> EmbeddedSources()
    {
        // Plain loops rather than LINQ: this runs in every process that loads the default catalog.
        var assembly = typeof(KurilsCatalog).Assembly;
        var names = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".yaml", StringComparison.Ordinal))
            {
                names.Add(name);
            }
        }

        names.Sort(StringComparer.Ordinal); // resource names are unique: the same order as a stable sort
        var sources = ImmutableArray.CreateBuilder<CatalogSource>(names.Count);
        foreach (var name in names)
        {
            sources.Add(CatalogSource.FromResource(assembly, name, "data/" + name[ResourcePrefix.Length..]));
        }

        return sources.MoveToImmutable();
    }

    // The shipped data as the build compiled it (validated, no YAML to parse); the YAML itself stays embedded for
    // EmbeddedSources, kurils validate and the tests.
    internal static KurilsCatalog LoadCompiled()
    {
        using var blob = typeof(KurilsCatalog).Assembly.GetManifestResourceStream(CatalogCompiler.ResourceName)
            ?? throw new CatalogException([new CatalogError(CatalogCompiler.ResourceName, 1, 1, CatalogErrorCode.Unreadable, CatalogMessages.Unreadable("the compiled catalog is not embedded"))]);
        return new KurilsCatalog(CatalogCompiler.Load(blob, CatalogCompiler.ResourceName));
    }

    private static bool ExtendsTheShippedCatalog(KurilsCatalog? baseCatalog) =>
        baseCatalog is not null && DefaultInstance.IsValueCreated && ReferenceEquals(baseCatalog, DefaultInstance.Value);

    private static KurilsCatalog? ShippedOrNull()
    {
        try
        {
            return Default;
        }
        catch (CatalogException)
        {
            return null;
        }
    }

    private static KurilsCatalog Build(KurilsCatalog? baseCatalog, IEnumerable<CatalogSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var loader = new CatalogLoader(baseCatalog) { ShippedCatalog = ExtendsTheShippedCatalog(baseCatalog) ? null : ShippedOrNull };
        foreach (var source in sources)
        {
            ArgumentNullException.ThrowIfNull(source);
            if (source.TryReadText(out var text, out var error))
            {
                loader.AddText(source.Name, text);
            }
            else
            {
                loader.AddError(error!);
            }
        }

        return new KurilsCatalog(loader.Build());
    }
}
