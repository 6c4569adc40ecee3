using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Kurils.Domain.Names;

/// <summary>
/// The catalog's folded name keys as a prefix tree, in flat arrays of numbers and units: a node's edges are
/// contiguous and sorted by unit, so each step of a walk costs a cache line or two, and the whole tree is a few
/// arrays that the build writes into the compiled catalog and start-up reads back with one copy each
/// (<c>NameTrie.Storage.cs</c>). Node 0 is the root, and as a child 0 means none (the root is nobody's child). Every key
/// of a spaced script also ends at its stem, the key without its last letter: in a language whose morphology lets
/// that letter give way to an ending, the stem with an ending is the name ("Япония" → "Японии"). In a name of
/// several words each word declines: every word of a spaced script has word-end jumps (<see cref="WordEnd"/>) from
/// each of its short stems, which the scanner takes when the text gives that stem an ending ("Южные Курилы" →
/// "Южных Курилах"). Built by <c>NameTrie.Building.cs</c>; immutable once built.
/// </summary>
/// <remarks>
/// A struct, so that the scanner holds these arrays in its own object: each step of a walk reads them with no extra
/// indirection. The names at a node are stored as (entity, name) positions in the catalog and made into
/// <see cref="IndexedName"/>s the first time a scan reaches that node.
/// </remarks>
internal readonly partial struct NameTrie
{
    /// <summary>The root node.</summary>
    public const int Root = 0;

    /// <summary>No node: what <see cref="Child"/> gives when there is no edge.</summary>
    public const int None = 0;

    private const byte TerminalFlag = 1;
    private const byte WordEndsFlag = 2;
    private const byte EndBoundaryFlag = 4;
    private const byte CaseFreeFlag = 8;
    private const byte CaseFreeStemFlag = 16;

    // Node n's edges are [_edgeStart[n], _edgeStart[n + 1]) in the two edge arrays; one more entry than nodes.
    private readonly int[] _edgeStart;
    private readonly char[] _edgeUnits;
    private readonly int[] _edgeTargets;

    // Per node: TerminalFlag, WordEndsFlag, EndBoundaryFlag, CaseFreeFlag, CaseFreeStemFlag; and its place in _infos (-1: none).
    private readonly byte[] _flags;
    private readonly int[] _infoOf;

    // What the nodes where a key or stem ends, or word-end jumps start, hold.
    private readonly NodeInfo[] _infos;

    // The names of every node, as pairs: the entity's place in the catalog, the name's place among its names.
    private readonly int[] _names;

    // The stems' finals and the word-end jumps' remainders, each a range of this.
    private readonly char[] _text;
    private readonly WordEnd[] _wordEnds;

    // The catalog's entities the pairs point into, and the lists made from them so far.
    private readonly NameLists _lists;

    private NameTrie(TrieArrays arrays, ImmutableArray<CatalogEntity> entities)
    {
        (_edgeStart, _edgeUnits, _edgeTargets, _flags, _infoOf, _infos, _names, _text, _wordEnds) =
            (arrays.EdgeStart, arrays.EdgeUnits, arrays.EdgeTargets, arrays.Flags, arrays.InfoOf, arrays.Infos, arrays.Names, arrays.Text, arrays.WordEnds);
        _lists = new NameLists(entities, arrays.Names);
    }

    /// <summary>How many nodes the tree has.</summary>
    public int NodeCount => _flags.Length;

    /// <summary>Whether some key, or some stem, ends at <paramref name="node"/>.</summary>
    public bool IsTerminal(int node) => (_flags[node] & TerminalFlag) != 0;

    /// <summary>The names whose key ends at <paramref name="node"/> (default when none does).</summary>
    public ImmutableArray<IndexedName> EntriesAt(int node)
    {
        var info = _infoOf[node];
        return info < 0 || _infos[info].EntriesCount == 0 ? default : _lists.Get(_infos[info].EntriesStart, _infos[info].EntriesCount);
    }

    /// <summary>
    /// Whether some name whose key ends at <paramref name="node"/> (<paramref name="stem"/>: whose key less its last letter
    /// does) matches in any case, so that the text there is one of them whatever its case, without reading the names.
    /// </summary>
    public bool HasCaseFreeNames(int node, bool stem) => (_flags[node] & (stem ? CaseFreeStemFlag : CaseFreeFlag)) != 0;

    /// <summary>Whether the key ending at <paramref name="node"/> ends in a letter of a spaced script, so it needs a word boundary after it.</summary>
    public bool NeedsEndBoundary(int node) => (_flags[node] & EndBoundaryFlag) != 0;

    /// <summary>The names whose key, less its last letter, ends at <paramref name="node"/> (default when none).</summary>
    public ImmutableArray<IndexedName> StemEntriesAt(int node)
    {
        var info = _infoOf[node];
        return info < 0 || _infos[info].StemEntriesCount == 0 ? default : _lists.Get(_infos[info].StemEntriesStart, _infos[info].StemEntriesCount);
    }

    /// <summary>The last letters those keys had ("Курилы": "ы"); empty when no stem ends here.</summary>
    public ReadOnlySpan<char> StemFinalsAt(int node)
    {
        var info = _infoOf[node];
        return info < 0 ? default : _text.AsSpan(_infos[info].FinalsStart, _infos[info].FinalsLength);
    }

    /// <summary>Whether some word of a name of several words has a stem ending at <paramref name="node"/>.</summary>
    public bool HasWordEnds(int node) => (_flags[node] & WordEndsFlag) != 0;

    /// <summary>The word-end jumps from <paramref name="node"/> (empty when it has none).</summary>
    public ReadOnlySpan<WordEnd> WordEndsAt(int node)
    {
        var info = _infoOf[node];
        return info < 0 ? default : _wordEnds.AsSpan(_infos[info].WordEndsStart, _infos[info].WordEndsCount);
    }

    /// <summary>What the written word of <paramref name="end"/> has after its stem (folded; empty when the whole word is the stem).</summary>
    public ReadOnlySpan<char> RemainderOf(in WordEnd end) => _text.AsSpan(end.RemainderStart, end.RemainderLength);

    /// <summary>The child of <paramref name="node"/> along <paramref name="c"/>, a folded unit; <see cref="None"/> when there is none.</summary>
    // Inlined into the scanner's walk, which calls it once per unit.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char c)
    {
        // A binary search for the wide nodes near the root, a short scan elsewhere.
        var first = _edgeStart[node];
        var units = _edgeUnits.AsSpan(first, _edgeStart[node + 1] - first);
        while (units.Length > 4)
        {
            var middle = units.Length >> 1;
            if (units[middle] <= c)
            {
                units = units[middle..];
                first += middle;
            }
            else
            {
                units = units[..middle];
            }
        }

        for (var k = 0; k < units.Length; k++)
        {
            if (units[k] == c)
            {
                return _edgeTargets[first + k];
            }
        }

        return None;
    }

    /// <summary>The units of the edges of <paramref name="node"/>, sorted; <see cref="EdgeTargetsOf"/> gives where each leads.</summary>
    public ReadOnlySpan<char> EdgeUnitsOf(int node) => _edgeUnits.AsSpan(_edgeStart[node], _edgeStart[node + 1] - _edgeStart[node]);

    /// <summary>The nodes the edges of <paramref name="node"/> lead to, in the order of <see cref="EdgeUnitsOf"/>.</summary>
    public ReadOnlySpan<int> EdgeTargetsOf(int node) => _edgeTargets.AsSpan(_edgeStart[node], _edgeStart[node + 1] - _edgeStart[node]);

    /// <summary>The names whose key is exactly <paramref name="key"/>, a folded key (empty when none): what <see cref="NameIndex.Lookup"/> gives.</summary>
    public ImmutableArray<IndexedName> Lookup(string key)
    {
        var node = Root;
        foreach (var unit in key)
        {
            node = Child(node, unit);
            if (node == None)
            {
                return [];
            }
        }

        var entries = EntriesAt(node);
        return entries.IsDefault ? [] : entries;
    }

    /// <summary>
    /// A jump from the stem of a word in a name of several words: the range of the trie's text that the written
    /// word has after the stem (empty when the whole word is the stem), the node after the separator that follows
    /// the word, or, when <see cref="Last"/>, the node where the name's key ends.
    /// </summary>
    /// <remarks>Numbers only, with no padding, so an array of these is stored as it is in memory.</remarks>
    public readonly record struct WordEnd(int RemainderStart, int RemainderLength, int Target, int LastWord)
    {
        /// <summary>Whether the word is the name's last: the jump accepts the name rather than walking on.</summary>
        public bool Last => LastWord != 0;
    }

    /// <summary>What a node where something ends holds: ranges of the names, the text and the word-end jumps.</summary>
    internal readonly record struct NodeInfo(
        int EntriesStart, int EntriesCount, int StemEntriesStart, int StemEntriesCount, int FinalsStart, int FinalsLength, int WordEndsStart, int WordEndsCount);

    /// <summary>The arrays of a trie, built or read (<see cref="Read"/>), before they are tied to a catalog's entities.</summary>
    internal sealed record TrieArrays(
        int[] EdgeStart, char[] EdgeUnits, int[] EdgeTargets, byte[] Flags, int[] InfoOf, NodeInfo[] Infos, int[] Names, char[] Text, WordEnd[] WordEnds);

    /// <summary>
    /// The names of the nodes as <see cref="IndexedName"/> lists, made on first use: a scan reaches a few hundred
    /// nodes, the tree has tens of thousands. Thread-safe; each range always gives the same array.
    /// </summary>
    /// <remarks>
    /// The lists made so far are kept by where their range starts, in an array as long as the pairs: the scanner asks
    /// for a node's names at every key it reaches, and an array load costs a fraction of a dictionary look-up.
    /// </remarks>
    private sealed class NameLists(ImmutableArray<CatalogEntity> entities, int[] names)
    {
        private readonly IndexedName[]?[] _made = new IndexedName[]?[(names.Length / 2) + 1];

        public ImmutableArray<IndexedName> Get(int start, int count)
        {
            // The first list stored for a range is the one every caller gets, whichever thread made it.
            var list = Volatile.Read(ref _made[start]) ?? Interlocked.CompareExchange(ref _made[start], Make(start, count), null) ?? _made[start]!;
            return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(list);
        }

        private IndexedName[] Make(int start, int count)
        {
            var list = new IndexedName[count];
            for (var i = 0; i < count; i++)
            {
                var entity = entities[names[2 * (start + i)]];
                list[i] = new IndexedName(entity, entity.Names[names[(2 * (start + i)) + 1]]);
            }

            return list;
        }
    }
}
