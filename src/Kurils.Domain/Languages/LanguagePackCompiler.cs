using Kurils.Domain.Catalog;

namespace Kurils.Domain.Languages;

/// <summary>
/// Validates the shipped language packs and compiles them into the blob the assembly embeds, as
/// <see cref="CatalogCompiler"/> does for the catalog: the packs' YAML trees, positions included, in
/// <see cref="CompiledTrees"/>' format, so start-up maps them with <see cref="LanguagePackReader"/> and no YAML
/// parser. The blob holds trees, not packs: a key added to the pack format needs no change here. Run by the build
/// (<c>src/Kurils.Domain.DataCompiler --packs</c>) and by the test that rebuilds the blob byte for byte.
/// </summary>
internal static class LanguagePackCompiler
{
    /// <summary>The embedded resource name of the compiled shipped packs.</summary>
    public const string ResourceName = LanguagePacks.ResourcePrefix + "languages.bin";

    /// <summary>The compiled form of <paramref name="sources"/>, in their order.</summary>
    /// <exception cref="CatalogException">Any pack is unreadable or invalid; carries every problem found.</exception>
    public static byte[] Compile(IReadOnlyList<CatalogSource> sources)
    {
        var errors = new List<CatalogError>();
        var texts = new List<(string Name, string Text)>(sources.Count);
        var trees = new List<(string Name, YamlTreeNode Root)>(sources.Count);
        LanguagePacks.FromTrees(Record(LanguagePacks.Trees(sources, errors, texts), trees), errors);
        if (errors.Count > 0)
        {
            throw new CatalogException(errors);
        }

        return CompiledTrees.Write(trees, CompiledTrees.HashSources(texts));
    }

    /// <summary>
    /// The packs in a compiled blob, their code, name, scripts and identification read now and checked as any pack's;
    /// the other sections, validated when the blob was compiled, are read when first asked for.
    /// </summary>
    /// <exception cref="CatalogException">The blob is damaged, of another format version, or a pack in it invalid.</exception>
    public static List<LanguagePack> Load(Stream blob, string name)
    {
        CompiledTreeSet set;
        try
        {
            set = CompiledTrees.Read(blob);
        }
        catch (InvalidDataException e)
        {
            throw new CatalogException([new CatalogError(name, 1, 1, CatalogErrorCode.Unreadable, CatalogMessages.Unreadable(e.Message))]);
        }

        var errors = new List<CatalogError>();
        var packs = LanguagePacks.FromTrees(set.Trees, errors, later: true);
        return errors.Count == 0 ? packs : throw new CatalogException(errors);
    }

    private static IEnumerable<(string Name, YamlTreeNode Root)> Record(IEnumerable<(string Name, YamlTreeNode Root)> trees, List<(string Name, YamlTreeNode Root)> into)
    {
        foreach (var tree in trees)
        {
            into.Add(tree);
            yield return tree;
        }
    }
}
