using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;

namespace Kurils.Domain.Names;

// Storage: the trie as the compiled catalog holds it (Catalog/CatalogCompiler.cs), so start-up reads it rather than
// building it: building the trie of the shipped catalog was half the CPU time of `kurils parse article.txt`
// (benchmarks/README.md, "Cold start").
internal readonly partial struct NameTrie
{
    /// <summary>
    /// Writes the trie's arrays, each as its length (7-bit encoded) and its elements as they are in memory,
    /// little-endian, so that <see cref="Read"/> copies each into place at once. The same trie always gives the same
    /// bytes.
    /// </summary>
    /// <exception cref="PlatformNotSupportedException">A big-endian machine: the layout is little-endian.</exception>
    public void Write(Stream stream)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("the compiled name trie is written on little-endian machines only");
        }

        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        WriteArray(writer, _edgeStart);
        WriteArray(writer, _edgeUnits);
        WriteArray(writer, _edgeTargets);
        WriteArray(writer, _flags);
        WriteArray(writer, _infoOf);
        WriteArray(writer, _infos);
        WriteArray(writer, _names);
        WriteArray(writer, _text);
        WriteArray(writer, _wordEnds);
    }

    /// <summary>
    /// Reads what <see cref="Write"/> wrote, checking that every number in it points inside the arrays; null on a
    /// big-endian machine, where the catalog builds its trie instead.
    /// </summary>
    /// <exception cref="InvalidDataException">Cut short or inconsistent.</exception>
    public static TrieArrays? Read(Stream stream)
    {
        if (!BitConverter.IsLittleEndian)
        {
            return null;
        }

        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            var arrays = new TrieArrays(
                ReadArray<int>(reader),
                ReadArray<char>(reader),
                ReadArray<int>(reader),
                ReadArray<byte>(reader),
                ReadArray<int>(reader),
                ReadArray<NodeInfo>(reader),
                ReadArray<int>(reader),
                ReadArray<char>(reader),
                ReadArray<WordEnd>(reader));
            Check(arrays);
            return arrays;
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("compiled name trie is cut short", e);
        }
    }

    /// <summary>The trie of <paramref name="arrays"/> (from <see cref="Read"/>) over <paramref name="entities"/>, the catalog it was compiled with.</summary>
    /// <exception cref="InvalidDataException">A name points outside <paramref name="entities"/> or their names.</exception>
    public static NameTrie Of(TrieArrays arrays, ImmutableArray<CatalogEntity> entities)
    {
        var names = arrays.Names;
        for (var i = 0; i < names.Length; i += 2)
        {
            if ((uint)names[i] >= (uint)entities.Length || (uint)names[i + 1] >= (uint)entities[names[i]].Names.Count)
            {
                throw new InvalidDataException("compiled name trie is damaged: a name outside the catalog");
            }
        }

        return new NameTrie(arrays, entities);
    }

    private static void WriteArray<T>(BinaryWriter writer, T[] array)
        where T : unmanaged
    {
        writer.Write7BitEncodedInt(array.Length);
        writer.Write(MemoryMarshal.AsBytes(array.AsSpan()));
    }

    private static T[] ReadArray<T>(BinaryReader reader)
        where T : unmanaged
    {
        var length = reader.Read7BitEncodedInt();
        var stream = reader.BaseStream;
        if (length < 0 || (stream.CanSeek && (long)length * System.Runtime.CompilerServices.Unsafe.SizeOf<T>() > stream.Length - stream.Position))
        {
            throw new InvalidDataException("compiled name trie is damaged: an array longer than the data");
        }

        var array = GC.AllocateUninitializedArray<T>(length);
        stream.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }

    /// <summary>Every node, edge, range and jump points inside the arrays, so no walk can leave them.</summary>
    private static void Check(TrieArrays a)
    {
        var nodes = a.Flags.Length;
        var valid = nodes > 0 && a.EdgeStart.Length == nodes + 1 && a.InfoOf.Length == nodes && a.EdgeStart[0] == 0
            && a.EdgeStart[nodes] == a.EdgeUnits.Length && a.EdgeTargets.Length == a.EdgeUnits.Length && a.Names.Length % 2 == 0;
        for (var n = 0; valid && n < nodes; n++)
        {
            valid = a.EdgeStart[n] <= a.EdgeStart[n + 1] && a.InfoOf[n] >= -1 && a.InfoOf[n] < a.Infos.Length;
        }

        foreach (var target in a.EdgeTargets)
        {
            valid &= target > 0 && target < nodes;
        }

        foreach (var info in a.Infos)
        {
            valid &= InRange(info.EntriesStart, info.EntriesCount, a.Names.Length / 2) && InRange(info.StemEntriesStart, info.StemEntriesCount, a.Names.Length / 2)
                && InRange(info.FinalsStart, info.FinalsLength, a.Text.Length) && InRange(info.WordEndsStart, info.WordEndsCount, a.WordEnds.Length);
        }

        foreach (var end in a.WordEnds)
        {
            valid &= InRange(end.RemainderStart, end.RemainderLength, a.Text.Length) && end.Target >= 0 && end.Target < nodes;
        }

        if (!valid)
        {
            throw new InvalidDataException("compiled name trie is damaged: a number out of range");
        }

        static bool InRange(int start, int count, int length) => start >= 0 && count >= 0 && start <= length - count;
    }
}
