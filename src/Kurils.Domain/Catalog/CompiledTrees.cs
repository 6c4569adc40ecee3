using System.Security.Cryptography;
using System.Text;

namespace Kurils.Domain.Catalog;

/// <summary>
/// The binary form of validated YAML trees that the build embeds (NodaTime's <c>Tzdb.nzd</c> is the model): the
/// same <see cref="YamlTreeNode"/>s, positions included, so start-up maps them with the loader's own code and no
/// YAML parser, and a change to the model needs no change here.
/// </summary>
/// <remarks>
/// Layout, little-endian, integers 7-bit encoded (<see cref="BinaryWriter.Write7BitEncodedInt"/>):
/// <code>
/// magic "KRLT" · format version (int32) · SHA-256 of the sources (32 bytes) · byte length of the rest, to the end of the trees (int32)
/// string count · strings (BinaryWriter length-prefixed UTF-8), each distinct text once
/// tree count · per tree: name (string index) · root node
/// node: kind byte (0 plain scalar, 1 quoted scalar, 2 sequence, 3 mapping) · line · column ·
///       scalar: string index | sequence: count, items | mapping: count, (key scalar, value) pairs
/// </code>
/// Strings are numbered in the order a depth-first walk first meets them, so the same sources always give the
/// same bytes (a test rebuilds the embedded blob and compares). What follows the trees belongs to the blob's
/// owner. (The catalog's blob held its trees up to version 2; it now holds its entities, <see cref="CompiledEntities"/>.)
/// Version 2: the section's length in the header, and the catalog's blob carries its name trie.
/// </remarks>
internal static class CompiledTrees
{
    /// <summary>Raised whenever the layout changes; a reader refuses any other version.</summary>
    public const int FormatVersion = 2;

    private static ReadOnlySpan<byte> Magic => "KRLT"u8;

    private const byte PlainScalar = 0;
    private const byte QuotedScalar = 1;
    private const byte Sequence = 2;
    private const byte Mapping = 3;

    /// <summary>A hash of named source texts, in order: what a blob was compiled from.</summary>
    public static byte[] HashSources(IReadOnlyList<(string Name, string Text)> sources)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[4];
        foreach (var (name, text) in sources)
        {
            foreach (var part in (ReadOnlySpan<string>)[name, text])
            {
                var bytes = Encoding.UTF8.GetBytes(part);
                System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
                hash.AppendData(length);
                hash.AppendData(bytes);
            }
        }

        return hash.GetHashAndReset();
    }

    /// <summary>Writes named trees with the hash of the sources they were read from.</summary>
    public static byte[] Write(IReadOnlyList<(string Name, YamlTreeNode Root)> trees, byte[] sourceHash)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(sourceHash.Length, 32);
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        int Intern(string text)
        {
            if (!strings.TryGetValue(text, out var index))
            {
                index = order.Count;
                strings.Add(text, index);
                order.Add(text);
            }

            return index;
        }

        // Two passes: number the strings first, so the table can precede the trees and a reader needs no fix-ups.
        void Collect(YamlTreeNode node)
        {
            switch (node)
            {
                case YamlScalarNode scalar:
                    Intern(scalar.Value);
                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Items)
                    {
                        Collect(item);
                    }

                    break;
                case YamlMappingNode mapping:
                    foreach (var entry in mapping.Entries)
                    {
                        Collect(entry.Key);
                        Collect(entry.Value);
                    }

                    break;
            }
        }

        foreach (var (name, root) in trees)
        {
            Intern(name);
            Collect(root);
        }

        // The strings and trees go after a header that gives their length, so a reader takes them in one read.
        using var section = new MemoryStream();
        using (var writer = new BinaryWriter(section, new UTF8Encoding(false, true), leaveOpen: true))
        {
            writer.Write7BitEncodedInt(order.Count);
            foreach (var text in order)
            {
                writer.Write(text);
            }

            void WriteNode(YamlTreeNode node)
            {
                switch (node)
                {
                    case YamlScalarNode scalar:
                        writer.Write(scalar.IsPlain ? PlainScalar : QuotedScalar);
                        WritePosition(scalar);
                        writer.Write7BitEncodedInt(strings[scalar.Value]);
                        break;
                    case YamlSequenceNode sequence:
                        writer.Write(Sequence);
                        WritePosition(sequence);
                        writer.Write7BitEncodedInt(sequence.Items.Count);
                        foreach (var item in sequence.Items)
                        {
                            WriteNode(item);
                        }

                        break;
                    case YamlMappingNode mapping:
                        writer.Write(Mapping);
                        WritePosition(mapping);
                        writer.Write7BitEncodedInt(mapping.Entries.Count);
                        foreach (var entry in mapping.Entries)
                        {
                            WriteNode(entry.Key);
                            WriteNode(entry.Value);
                        }

                        break;
                }
            }

            void WritePosition(YamlTreeNode node)
            {
                writer.Write7BitEncodedInt(node.Line);
                writer.Write7BitEncodedInt(node.Column);
            }

            writer.Write7BitEncodedInt(trees.Count);
            foreach (var (name, root) in trees)
            {
                writer.Write7BitEncodedInt(strings[name]);
                WriteNode(root);
            }
        }

        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, new UTF8Encoding(false, true), leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(sourceHash);
            writer.Write(checked((int)section.Length));
            writer.Write(section.GetBuffer().AsSpan(0, (int)section.Length));
        }

        return stream.ToArray();
    }

    /// <summary>Reads what <see cref="Write"/> wrote, leaving <paramref name="stream"/> just after it.</summary>
    /// <exception cref="InvalidDataException">Not a blob of this format and version, or cut short.</exception>
    public static CompiledTreeSet Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, new UTF8Encoding(false, true), leaveOpen: true);
        try
        {
            Span<byte> magic = stackalloc byte[4];
            reader.BaseStream.ReadExactly(magic);
            if (!magic.SequenceEqual(Magic))
            {
                throw new InvalidDataException("not a compiled catalog (bad magic number)");
            }

            var version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                throw new InvalidDataException($"compiled catalog format {version.ToString(System.Globalization.CultureInfo.InvariantCulture)}; this library reads format {FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            }

            var hash = reader.ReadBytes(32);
            var length = reader.ReadInt32();
            if (length < 0 || (stream.CanSeek && length > stream.Length - stream.Position))
            {
                throw new EndOfStreamException("the trees are longer than the data");
            }

            // One read of the whole section, then numbers decoded from memory: reading them byte by byte from the
            // resource stream was a tenth of loading the catalog (benchmarks/README.md, "Cold start").
            var bytes = GC.AllocateUninitializedArray<byte>(length);
            stream.ReadExactly(bytes);
            var section = new SectionReader(bytes);
            var strings = new string[section.Count()];
            for (var i = 0; i < strings.Length; i++)
            {
                strings[i] = section.String();
            }

            var trees = new (string Name, YamlTreeNode Root)[section.Count()];
            for (var i = 0; i < trees.Length; i++)
            {
                var name = strings[section.Count()];
                trees[i] = (name, ReadNode(ref section, strings, depth: 0));
            }

            return new CompiledTreeSet(hash, trees);
        }
        catch (Exception e) when (e is EndOfStreamException or IndexOutOfRangeException or FormatException or DecoderFallbackException)
        {
            throw new InvalidDataException("compiled catalog is damaged: " + e.Message, e);
        }
    }

    private static YamlTreeNode ReadNode(ref SectionReader reader, string[] strings, int depth)
    {
        if (depth > YamlTreeReader.MaxDepth)
        {
            throw new InvalidDataException("compiled catalog is damaged: nesting too deep");
        }

        var kind = reader.Byte();
        var line = reader.Int();
        var column = reader.Int();
        switch (kind)
        {
            case PlainScalar or QuotedScalar:
                return new YamlScalarNode(line, column, strings[reader.Count()], kind == PlainScalar);
            case Sequence:
            {
                var count = reader.Count();
                var items = new List<YamlTreeNode>(count);
                for (var i = 0; i < count; i++)
                {
                    items.Add(ReadNode(ref reader, strings, depth + 1));
                }

                return new YamlSequenceNode(line, column, items);
            }

            case Mapping:
            {
                var count = reader.Count();
                var entries = new List<KeyValuePair<YamlScalarNode, YamlTreeNode>>(count);
                for (var i = 0; i < count; i++)
                {
                    if (ReadNode(ref reader, strings, depth + 1) is not YamlScalarNode key)
                    {
                        throw new InvalidDataException("compiled catalog is damaged: a mapping key that is not a scalar");
                    }

                    entries.Add(new(key, ReadNode(ref reader, strings, depth + 1)));
                }

                return new YamlMappingNode(line, column, entries);
            }

            default:
                throw new InvalidDataException("compiled catalog is damaged: unknown node kind");
        }
    }

    /// <summary>
    /// Decodes the section of strings and trees from memory: bytes, integers 7-bit encoded as
    /// <see cref="BinaryWriter.Write7BitEncodedInt"/> writes them, and strings as <see cref="BinaryWriter.Write(string)"/> does.
    /// </summary>
    private struct SectionReader(byte[] bytes)
    {
        private static readonly UTF8Encoding Strict = new(false, true);
        private int _at;

        public byte Byte() => _at < bytes.Length ? bytes[_at++] : throw new EndOfStreamException("cut short");

        public int Int()
        {
            uint value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var b = Byte();
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return (int)value;
                }
            }

            throw new FormatException("a 7-bit encoded integer longer than five bytes");
        }

        /// <summary>A count or index, bounded as the YAML reader bounds nodes.</summary>
        public int Count()
        {
            var count = Int();
            return count >= 0 && count <= YamlTreeReader.MaxNodes ? count : throw new InvalidDataException("compiled catalog is damaged: a count out of range");
        }

        public string String()
        {
            var length = Int();
            if (length < 0 || length > bytes.Length - _at)
            {
                throw new EndOfStreamException("a string longer than the data");
            }

            var text = Strict.GetString(bytes, _at, length);
            _at += length;
            return text;
        }
    }
}

/// <summary>Named trees read from a compiled blob, and the hash of the sources they came from.</summary>
internal sealed class CompiledTreeSet(byte[] sourceHash, IReadOnlyList<(string Name, YamlTreeNode Root)> trees)
{
    /// <summary>The SHA-256 of the sources (<see cref="CompiledTrees.HashSources"/>).</summary>
    public byte[] SourceHash { get; } = sourceHash;

    /// <summary>The trees, in the order they were written.</summary>
    public IReadOnlyList<(string Name, YamlTreeNode Root)> Trees { get; } = trees;
}
