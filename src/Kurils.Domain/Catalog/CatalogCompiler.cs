using System.Buffers.Binary;
using System.Globalization;
using Kurils.Domain.Names;

namespace Kurils.Domain.Catalog;

/// <summary>
/// Validates the shipped YAML as one catalog and compiles it into the blob the assembly embeds: its entities and
/// statements as the loader built them (<see cref="CompiledEntities"/>), then the trie of their names that the scanner
/// walks (<see cref="NameTrie"/>), so start-up neither parses YAML, nor maps trees to entities, nor builds the trie.
/// Run by the build (<c>src/Kurils.Domain.DataCompiler</c>, which compiles this library's sources into itself) and by
/// the test that rebuilds the blob and compares it byte for byte.
/// </summary>
/// <remarks>
/// Layout: magic "KRLC" · format version (int32, little-endian) · SHA-256 of the sources (32 bytes,
/// <see cref="CompiledTrees.HashSources"/>) · byte length of the entity section (int32) · the entity section · the trie.
/// Version 3: entities instead of the YAML trees (versions 1 and 2 were <see cref="CompiledTrees"/>).
/// </remarks>
internal static class CatalogCompiler
{
    /// <summary>The embedded resource name of the compiled shipped catalog.</summary>
    public const string ResourceName = KurilsCatalog.ResourcePrefix + "catalog.bin";

    /// <summary>Raised whenever the layout changes; a reader refuses any other version.</summary>
    public const int FormatVersion = 3;

    private const int HeaderLength = 4 + 4 + 32 + 4;

    private static ReadOnlySpan<byte> Magic => "KRLC"u8;

    /// <summary>The compiled form of <paramref name="sources"/>, in their order.</summary>
    /// <exception cref="CatalogException">Any source is unreadable or invalid; carries every problem found.</exception>
    public static byte[] Compile(IReadOnlyList<CatalogSource> sources)
    {
        var loader = new CatalogLoader();
        var texts = new List<(string Name, string Text)>(sources.Count);
        foreach (var source in sources)
        {
            if (!source.TryReadText(out var text, out var error))
            {
                loader.AddError(error!);
                continue;
            }

            texts.Add((source.Name, text));
            loader.AddText(source.Name, text);
        }

        // Throws with every problem. The entities are read back in the same order, so the trie of their names,
        // written after them, points into them.
        var contents = loader.Build();
        var section = CompiledEntities.Write(contents.Entities, contents.Statements);
        using var blob = new MemoryStream();
        using (var writer = new BinaryWriter(blob, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(CompiledTrees.HashSources(texts));
            writer.Write(section.Length);
            writer.Write(section);
        }

        NameTrie.Build(new NameIndex(contents.Entities), contents.Entities).Write(blob);
        return blob.ToArray();
    }

    /// <summary>The catalog's contents from a compiled blob, as the build validated them.</summary>
    /// <exception cref="CatalogException">The blob is damaged, of another format version, or cut short.</exception>
    public static CatalogContents Load(Stream blob, string name)
    {
        try
        {
            var length = ReadHeader(blob, out _);
            // One read of the whole section, then values decoded from memory.
            var section = GC.AllocateUninitializedArray<byte>(length);
            blob.ReadExactly(section);
            var (entities, statements) = CompiledEntities.Read(section);
            var contents = new CatalogContents(entities, statements);
            return NameTrie.Read(blob) is { } names ? contents with { CompiledNames = NameTrie.Of(names, entities) } : contents;
        }
        catch (InvalidDataException e)
        {
            throw Unreadable(name, e);
        }
        catch (EndOfStreamException e)
        {
            throw Unreadable(name, new InvalidDataException("compiled catalog is cut short", e));
        }
        catch (FormatException e)
        {
            // A length of the trie's arrays that is no 7-bit encoded number.
            throw Unreadable(name, new InvalidDataException("compiled catalog is damaged: " + e.Message, e));
        }
    }

    /// <summary>The hash of the sources a blob was compiled from.</summary>
    /// <exception cref="InvalidDataException">Not a blob of this format and version.</exception>
    public static byte[] SourceHash(Stream blob)
    {
        ReadHeader(blob, out var hash);
        return hash;
    }

    /// <summary>Checks the magic number and version, and returns the entity section's length, leaving the stream at its start.</summary>
    private static int ReadHeader(Stream blob, out byte[] sourceHash)
    {
        Span<byte> header = stackalloc byte[HeaderLength];
        blob.ReadExactly(header);
        if (!header[..4].SequenceEqual(Magic))
        {
            throw new InvalidDataException("not a compiled catalog (bad magic number)");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"compiled catalog format {version.ToString(CultureInfo.InvariantCulture)}; this library reads format {FormatVersion.ToString(CultureInfo.InvariantCulture)}");
        }

        sourceHash = header.Slice(8, 32).ToArray();
        var length = BinaryPrimitives.ReadInt32LittleEndian(header[40..]);
        if (length < 0 || (blob.CanSeek && length > blob.Length - blob.Position))
        {
            throw new InvalidDataException("compiled catalog is cut short: the entities are longer than the data");
        }

        return length;
    }

    private static CatalogException Unreadable(string name, InvalidDataException e) =>
        new([new CatalogError(name, 1, 1, CatalogErrorCode.Unreadable, CatalogMessages.Unreadable(e.Message))]);
}
