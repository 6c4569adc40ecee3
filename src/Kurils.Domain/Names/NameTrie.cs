using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Kurils.Domain.Languages;

namespace Kurils.Domain.Names;

/// <summary>
/// The catalog's folded name keys as a prefix tree, flattened: a node's edges are contiguous and sorted by unit,
/// and what a walk reads of a node sits together, so each step costs a cache line or two. Node 0 is the root,
/// and as a child 0 means none (the root is nobody's child). Every key of a spaced script also ends at its stem,
/// the key without its last letter: in a language whose morphology lets that letter give way to an ending, the
/// stem with an ending is the name ("Япония" → "Японии"). Immutable once built.
/// </summary>
/// <remarks>A struct, so that the scanner holds these arrays in its own object: each step of a walk reads them with no extra indirection.</remarks>
internal readonly struct NameTrie
{
    /// <summary>The root node.</summary>
    public const int Root = 0;

    /// <summary>No node: what <see cref="Child"/> gives when there is no edge.</summary>
    public const int None = 0;

    // Keys shorter than this plus their final are matched only as written: short stems would turn common words into names.
    private const int MinStemLength = 3;

    private readonly TrieNode[] _nodes;
    private readonly Edge[] _edges;
    private readonly ImmutableArray<IndexedName>[] _entries;
    private readonly bool[] _needsEndBoundary;
    private readonly ImmutableArray<IndexedName>[] _stemEntries;

    // The last letters the keys ending at a stem had ("Курилы": "ы"), which the morphology judges at scan time.
    private readonly string?[] _stemFinals;

    /// <summary>Builds the tree of every key of <paramref name="index"/> and of the stems of those that decline.</summary>
    public NameTrie(NameIndex index)
    {
        // What ends at each key: its names, and the names its stem stands for when it is the stem of a longer key.
        var ends = new Dictionary<string, KeyEnd>(StringComparer.Ordinal);
        foreach (var (key, names) in index.Entries)
        {
            ends[key] = ends.GetValueOrDefault(key) with { Entries = names, NeedsEndBoundary = NameFolding.IsSpacedWordChar(key[^1]) };
            if (key.Length > MinStemLength && IsDeclinableFinal(key[^1]) && Scripts.Of(key[^2]) == Scripts.Of(key[^1]))
            {
                var stem = key[..^1];
                var end = ends.GetValueOrDefault(stem);
                ends[stem] = end with
                {
                    StemEntries = end.StemEntries.IsDefault ? names : end.StemEntries.AddRange(names),
                    StemFinals = end.StemFinals is { } finals && finals.Contains(key[^1], StringComparison.Ordinal) ? finals : end.StemFinals + key[^1],
                };
            }
        }

        // Built straight into flat arrays from the sorted keys: a node's keys are a contiguous range, and its
        // children the runs of that range sharing the next unit.
        var keys = ends.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);

        // One node per distinct prefix, so every array is allocated once at its final size.
        var nodeCount = 1;
        for (var k = 0; k < keys.Length; k++)
        {
            nodeCount += keys[k].Length - (k == 0 ? 0 : SharedPrefixLength(keys[k - 1], keys[k]));
        }

        var nodes = new TrieNode[nodeCount];
        var edges = new Edge[nodeCount - 1];
        var entries = new ImmutableArray<IndexedName>[nodeCount];
        var stemEntries = new ImmutableArray<IndexedName>[nodeCount];
        var stemFinals = new string?[nodeCount];
        var needsEndBoundary = new bool[nodeCount];
        int nodesUsed = 0, edgesUsed = 0;
        int Build(int low, int high, int depth)
        {
            var node = nodesUsed++;
            if (low < high && keys[low].Length == depth)
            {
                (entries[node], needsEndBoundary[node], stemEntries[node], stemFinals[node]) = ends[keys[low++]];
            }

            var firstEdge = edgesUsed;
            for (var k = low; k < high; k = RunEnd(k, high, depth))
            {
                edgesUsed++;
            }

            nodes[node] = new TrieNode(firstEdge, edgesUsed - firstEdge, !entries[node].IsDefault || !stemEntries[node].IsDefault);
            for (int k = low, edge = firstEdge; k < high; edge++)
            {
                var runEnd = RunEnd(k, high, depth);
                var unit = keys[k][depth];
                edges[edge] = new Edge(unit, Build(k, runEnd, depth + 1));
                k = runEnd;
            }

            return node;
        }

        int RunEnd(int k, int high, int depth)
        {
            var unit = keys[k][depth];
            while (++k < high && keys[k][depth] == unit)
            {
            }

            return k;
        }

        Build(0, keys.Length, 0);
        System.Diagnostics.Debug.Assert(nodesUsed == nodeCount && edgesUsed == nodeCount - 1, "one node per distinct prefix");
        (_nodes, _edges, _entries, _needsEndBoundary, _stemEntries, _stemFinals) = (nodes, edges, entries, needsEndBoundary, stemEntries, stemFinals);
    }

    /// <summary>Whether some key, or some stem, ends at <paramref name="node"/>.</summary>
    public bool IsTerminal(int node) => _nodes[node].Terminal;

    /// <summary>The names whose key ends at <paramref name="node"/> (default when none does).</summary>
    public ImmutableArray<IndexedName> EntriesAt(int node) => _entries[node];

    /// <summary>Whether the key ending at <paramref name="node"/> ends in a letter of a spaced script, so it needs a word boundary after it.</summary>
    public bool NeedsEndBoundary(int node) => _needsEndBoundary[node];

    /// <summary>The names whose key, less its last letter, ends at <paramref name="node"/> (default when none).</summary>
    public ImmutableArray<IndexedName> StemEntriesAt(int node) => _stemEntries[node];

    /// <summary>The last letters those keys had (null when no stem ends here).</summary>
    public string? StemFinalsAt(int node) => _stemFinals[node];

    /// <summary>The child of <paramref name="node"/> along <paramref name="c"/>, a folded unit; <see cref="None"/> when there is none.</summary>
    // Inlined into the scanner's walk, which calls it once per unit.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char c)
    {
        // A binary search for the wide nodes near the root, a short scan elsewhere.
        var edges = EdgesOf(node);
        while (edges.Length > 4)
        {
            var middle = edges.Length >> 1;
            edges = edges[middle].Unit <= c ? edges[middle..] : edges[..middle];
        }

        foreach (ref readonly var edge in edges)
        {
            if (edge.Unit == c)
            {
                return edge.Target;
            }
        }

        return None;
    }

    /// <summary>The edges of <paramref name="node"/>, sorted by unit.</summary>
    public ReadOnlySpan<Edge> EdgesOf(int node) => _edges.AsSpan(_nodes[node].FirstEdge, _nodes[node].EdgeCount);

    /// <summary>A final letter a stem may lose to an ending: a letter of a script that separates words.</summary>
    private static bool IsDeclinableFinal(char c) => Scripts.Of(c) is not Script.None && Scripts.SeparatesWords(Scripts.Of(c));

    private static int SharedPrefixLength(string a, string b) => a.AsSpan().CommonPrefixLength(b);

    /// <summary>An edge: the folded unit it reads and the node it leads to.</summary>
    public readonly record struct Edge(char Unit, int Target);

    private readonly record struct KeyEnd(ImmutableArray<IndexedName> Entries, bool NeedsEndBoundary, ImmutableArray<IndexedName> StemEntries, string? StemFinals);

    private readonly record struct TrieNode(int FirstEdge, int EdgeCount, bool Terminal);
}
