using Kurils.Domain.Names;

namespace Kurils.Domain.Catalog;

/// <summary>
/// Validates the shipped YAML as one catalog and compiles it into the blob the assembly embeds: its trees
/// (<see cref="CompiledTrees"/>), then the trie of its names that the scanner walks (<see cref="NameTrie"/>), so
/// start-up neither parses YAML nor builds the trie. Run by the build (<c>src/Kurils.Domain.DataCompiler</c>, which compiles this
/// library's sources into itself) and by the test that rebuilds the blob and compares it byte for byte.
/// </summary>
/// <remarks>
/// Other data read from position-carrying trees (the language packs, for instance) can be compiled the same way:
/// read each file with <see cref="YamlTreeReader.Read"/>, validate it with its own loader, then
/// <see cref="CompiledTrees.Write"/> the trees under a resource name of its own.
/// </remarks>
internal static class CatalogCompiler
{
    /// <summary>The embedded resource name of the compiled shipped catalog.</summary>
    public const string ResourceName = KurilsCatalog.ResourcePrefix + "catalog.bin";

    /// <summary>The compiled form of <paramref name="sources"/>, in their order.</summary>
    /// <exception cref="CatalogException">Any source is unreadable or invalid; carries every problem found.</exception>
    public static byte[] Compile(IReadOnlyList<CatalogSource> sources)
    {
        var loader = new CatalogLoader();
        var texts = new List<(string Name, string Text)>(sources.Count);
        var trees = new List<(string Name, YamlTreeNode Root)>(sources.Count);
        foreach (var source in sources)
        {
            if (!source.TryReadText(out var text, out var error))
            {
                loader.AddError(error!);
                continue;
            }

            texts.Add((source.Name, text));
            if (loader.AddText(source.Name, text) is { } root)
            {
                trees.Add((source.Name, root));
            }
        }

        // Throws with every problem. The entities are built again from the blob at start-up, in the same order, so the
        // trie of their names, written after the trees, points into them.
        var contents = loader.Build();
        using var blob = new MemoryStream();
        blob.Write(CompiledTrees.Write(trees, CompiledTrees.HashSources(texts)));
        NameTrie.Build(new NameIndex(contents.Entities), contents.Entities).Write(blob);
        return blob.ToArray();
    }

    /// <summary>The catalog's contents from a compiled blob, validated as any catalog is.</summary>
    /// <exception cref="CatalogException">The blob is damaged, of another format version, or its data invalid.</exception>
    public static CatalogContents Load(Stream blob, string name)
    {
        CompiledTreeSet set;
        NameTrie.TrieArrays? names;
        try
        {
            set = CompiledTrees.Read(blob);
            names = NameTrie.Read(blob);
        }
        catch (InvalidDataException e)
        {
            throw Unreadable(name, e);
        }

        var loader = new CatalogLoader { Precompiled = true };
        foreach (var (file, root) in set.Trees)
        {
            loader.AddTree(file, root);
        }

        var contents = loader.Build();
        try
        {
            return names is null ? contents : contents with { CompiledNames = NameTrie.Of(names, contents.Entities) };
        }
        catch (InvalidDataException e)
        {
            throw Unreadable(name, e);
        }
    }

    private static CatalogException Unreadable(string name, InvalidDataException e) =>
        new([new CatalogError(name, 1, 1, CatalogErrorCode.Unreadable, CatalogMessages.Unreadable(e.Message))]);
}
