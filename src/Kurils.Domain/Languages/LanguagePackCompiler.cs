using Kurils.Domain.Catalog;

namespace Kurils.Domain.Languages;

/// <summary>
/// Validates the shipped language packs and compiles them into the blob the assembly embeds, as
/// <see cref="CatalogCompiler"/> does for the catalog: the packs' YAML trees, positions included, in
/// <see cref="CompiledTrees"/>' format, so start-up maps them with <see cref="LanguagePackReader"/> and no YAML
/// parser. The blob holds trees, not packs: a key added to the pack format needs no change here. Run by the build
/// (<c>src/Kurils.Domain.DataCompiler --packs</c>) and by the test that rebuilds the blob byte for byte.
/// </summary>
/// <remarks>
/// Each pack is cut in two, so that a start decodes only what it reads (<see cref="PackSections"/>): its head (every
/// key but the sections of <see cref="LanguagePackReader.SectionKeys"/>, whose values stand as empty scalars at their
/// positions; a section left empty stays as it is) with every other pack's head in one set of trees, then each section's tree as a set of its own, decoded
/// the first time the section is read. Layout, little-endian:
/// <code>
/// the heads: a CompiledTrees blob (its hash is the sources')
/// magic "KRLS" · layout version (int32) · pack count (int32) · section count (int32)
/// per pack, per section key in order: byte length (int32, 0 when the pack has no such section) · a CompiledTrees blob of one tree
/// </code>
/// </remarks>
internal static class LanguagePackCompiler
{
    /// <summary>The embedded resource name of the compiled shipped packs.</summary>
    public const string ResourceName = LanguagePacks.ResourcePrefix + "languages.bin";

    /// <summary>Raised whenever the layout after the heads changes; a reader refuses any other version.</summary>
    private const int LayoutVersion = 1;

    private static ReadOnlySpan<byte> Magic => "KRLS"u8;

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

        var keys = LanguagePackReader.SectionKeys;
        var heads = new List<(string Name, YamlTreeNode Root)>(trees.Count);
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        var sections = new List<byte[]>();
        foreach (var (name, root) in trees)
        {
            // A valid pack is a mapping: FromTrees reported anything else.
            var mapping = (YamlMappingNode)root;
            var head = new List<KeyValuePair<YamlScalarNode, YamlTreeNode>>(mapping.Entries.Count);
            var cut = new byte[keys.Length][];
            foreach (var entry in mapping.Entries)
            {
                var section = Array.IndexOf(keys, entry.Key.Value);
                if (section < 0 || entry.Value is YamlScalarNode { IsNull: true })
                {
                    head.Add(entry);
                    continue;
                }

                head.Add(new(entry.Key, new YamlScalarNode(entry.Value.Line, entry.Value.Column, "", isPlain: true)));
                cut[section] = CompiledTrees.Write([(name, entry.Value)], new byte[32]);
            }

            heads.Add((name, new YamlMappingNode(mapping.Line, mapping.Column, head)));
            sections.AddRange(cut.Select(c => c ?? []));
        }

        writer.Write(CompiledTrees.Write(heads, CompiledTrees.HashSources(texts)));
        writer.Write(Magic);
        writer.Write(LayoutVersion);
        writer.Write(trees.Count);
        writer.Write(keys.Length);
        foreach (var section in sections)
        {
            writer.Write(section.Length);
            writer.Write(section);
        }

        writer.Flush();
        return stream.ToArray();
    }

    /// <summary>
    /// The packs in a compiled blob, their code, name, scripts and identification read now and checked as any pack's;
    /// the other sections, validated when the blob was compiled, are decoded and read when first asked for.
    /// </summary>
    /// <exception cref="CatalogException">The blob is damaged, of another format version, or a pack in it invalid.</exception>
    public static List<LanguagePack> Load(Stream blob, string name)
    {
        var errors = new List<CatalogError>();
        var (heads, sections) = Read(blob, name);
        var packs = LanguagePacks.FromTrees(heads, errors, sections);
        return errors.Count == 0 ? packs : throw new CatalogException(errors);
    }

    /// <summary>Every pack's whole tree, head and sections put together again in the order of the YAML: what the blob was compiled from.</summary>
    /// <exception cref="CatalogException">The blob is damaged or of another format version.</exception>
    public static List<(string Name, YamlTreeNode Root)> ReadTrees(Stream blob, string name)
    {
        var (heads, sections) = Read(blob, name);
        var trees = new List<(string Name, YamlTreeNode Root)>(heads.Count);
        for (var p = 0; p < heads.Count; p++)
        {
            var head = (YamlMappingNode)heads[p].Root;
            // A section left empty stayed in the head.
            var entries = head.Entries.Select(e => Array.IndexOf(LanguagePackReader.SectionKeys, e.Key.Value) is var s and >= 0 && sections[p](s) is { } section
                ? new KeyValuePair<YamlScalarNode, YamlTreeNode>(e.Key, section)
                : e).ToList();
            trees.Add((heads[p].Name, new YamlMappingNode(head.Line, head.Column, entries)));
        }

        return trees;
    }

    /// <summary>The heads, and per pack the decoder of each section's tree (null when the pack has none).</summary>
    private static (IReadOnlyList<(string Name, YamlTreeNode Root)> Heads, Func<int, YamlTreeNode?>[] Sections) Read(Stream blob, string name)
    {
        try
        {
            var heads = CompiledTrees.Read(blob).Trees;

            // One read of the rest; each section's tree is decoded from it when the section is first read.
            byte[] data;
            if (blob.CanSeek)
            {
                data = GC.AllocateUninitializedArray<byte>(checked((int)(blob.Length - blob.Position)));
                blob.ReadExactly(data);
            }
            else
            {
                using var copy = new MemoryStream();
                blob.CopyTo(copy);
                data = copy.ToArray();
            }

            var at = 0;
            int Int32()
            {
                if (data.Length - at < sizeof(int))
                {
                    throw new EndOfStreamException("cut short");
                }

                at += sizeof(int);
                return System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(at - sizeof(int)));
            }

            if (data.Length < Magic.Length || !data.AsSpan(0, Magic.Length).SequenceEqual(Magic))
            {
                throw new InvalidDataException("not compiled language packs of this library's layout");
            }

            at = Magic.Length;
            if (Int32() != LayoutVersion)
            {
                throw new InvalidDataException("not compiled language packs of this library's layout");
            }

            var packs = Int32();
            var keys = Int32();
            if (packs != heads.Count || keys != LanguagePackReader.SectionKeys.Length)
            {
                throw new InvalidDataException("the sections do not match the packs");
            }

            var cuts = new (int Start, int Length)[packs * keys];
            for (var i = 0; i < cuts.Length; i++)
            {
                var length = Int32();
                if (length < 0 || length > data.Length - at)
                {
                    throw new EndOfStreamException("a section longer than the data");
                }

                cuts[i] = (at, length);
                at += length;
            }

            var sections = new Func<int, YamlTreeNode?>[packs];
            for (var p = 0; p < packs; p++)
            {
                var first = p * keys;
                sections[p] = s => cuts[first + s] is { Length: > 0 } cut ? Decode(data, cut, name) : null;
            }

            return (heads, sections);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw new CatalogException([new CatalogError(name, 1, 1, CatalogErrorCode.Unreadable, CatalogMessages.Unreadable(e.Message))]);
        }
    }

    private static YamlTreeNode Decode(byte[] data, (int Start, int Length) cut, string name)
    {
        try
        {
            return CompiledTrees.Read(new MemoryStream(data, cut.Start, cut.Length, writable: false)).Trees.Single().Root;
        }
        catch (InvalidDataException e)
        {
            throw new CatalogException([new CatalogError(name, 1, 1, CatalogErrorCode.Unreadable, CatalogMessages.Unreadable(e.Message))]);
        }
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
