using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Kurils.Domain.Languages;

namespace Kurils.Domain.Names;

/// <summary>
/// The catalog's folded name keys as a prefix tree, flattened: a node's edges are contiguous and sorted by unit,
/// and what a walk reads of a node sits together, so each step costs a cache line or two. Node 0 is the root,
/// and as a child 0 means none (the root is nobody's child). Every key of a spaced script also ends at its stem,
/// the key without its last letter: in a language whose morphology lets that letter give way to an ending, the
/// stem with an ending is the name ("Япония" → "Японии"). In a name of several words each word declines:
/// every word of a spaced script has word-end jumps (<see cref="WordEnd"/>) from each of its short stems, which the
/// scanner takes when the text gives that stem an ending ("Южные Курилы" → "Южных Курилах"). Immutable once built.
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

    // A word inside a name of several words declines from stems this long or longer, losing at most
    // MaxWordRemainder letters of its written form ("южн|ые"): the words around it anchor the match.
    private const int MinWordStemLength = 3;
    private const int MaxWordRemainder = 3;

    private readonly TrieNode[] _nodes;
    private readonly Edge[] _edges;
    private readonly ImmutableArray<IndexedName>[] _entries;
    private readonly bool[] _needsEndBoundary;
    private readonly ImmutableArray<IndexedName>[] _stemEntries;

    // The last letters the keys ending at a stem had ("Курилы": "ы"), which the morphology judges at scan time.
    private readonly string?[] _stemFinals;

    // The word-end jumps from the nodes that have some (few: only stems of words in names of several words).
    private readonly Dictionary<int, WordEnd[]> _wordEnds;

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
        _wordEnds = [];
        _wordEnds = BuildWordEnds(index);
        foreach (var node in _wordEnds.Keys)
        {
            _nodes[node] = _nodes[node] with { HasWordEnds = true };
        }
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

    /// <summary>Whether some word of a name of several words has a stem ending at <paramref name="node"/>.</summary>
    public bool HasWordEnds(int node) => _nodes[node].HasWordEnds;

    /// <summary>The word-end jumps from <paramref name="node"/> (empty when it has none).</summary>
    public ReadOnlySpan<WordEnd> WordEndsAt(int node) => _wordEnds.TryGetValue(node, out var ends) ? ends : [];

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

    /// <summary>
    /// The word-end jumps of every name of several words: from the stem of each word that may decline (its
    /// written form less up to <see cref="MaxWordRemainder"/> letters) to the node after the separator that
    /// follows the word, or, for the last word, to the node where the name's key ends.
    /// </summary>
    private Dictionary<int, WordEnd[]> BuildWordEnds(NameIndex index)
    {
        var found = new Dictionary<int, List<WordEnd>>();
        var path = new List<int>();
        foreach (var (key, _) in index.Entries)
        {
            if (!key.Contains(NameFolding.Separator, StringComparison.Ordinal))
            {
                continue;
            }

            // The node each prefix of the key ends at (path[n]: the first n units), walked once rather than from the root
            // for every stem of every word: this was a fifth of a cold start's CPU time (benchmarks/README.md, "Cold start").
            path.Clear();
            path.Add(Root);
            foreach (var unit in key)
            {
                path.Add(Child(path[^1], unit));
            }

            var wordStart = 0;
            while (wordStart < key.Length)
            {
                var wordEnd = key.IndexOf(NameFolding.Separator, wordStart);
                var last = wordEnd < 0;
                wordEnd = last ? key.Length : wordEnd;
                if (IsDeclinableWord(key.AsSpan(wordStart, wordEnd - wordStart)))
                {
                    var target = path[last ? key.Length : wordEnd + 1];

                    // The last word's own stem with one letter less is the trie's stem (StemEntriesAt); longer remainders are jumps.
                    var shortest = last ? 2 : 0;
                    for (var remainder = shortest; remainder <= MaxWordRemainder && wordEnd - remainder - wordStart >= MinWordStemLength; remainder++)
                    {
                        var stemEnd = wordEnd - remainder;
                        var stem = path[stemEnd];
                        var list = found.TryGetValue(stem, out var existing) ? existing : found[stem] = [];
                        var end = new WordEnd(key[stemEnd..wordEnd], target, last);
                        if (!list.Contains(end))
                        {
                            list.Add(end);
                        }
                    }
                }

                wordStart = wordEnd + 1;
            }
        }

        return found.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>A word whose every unit is a letter of one script that separates words: the words that decline.</summary>
    private static bool IsDeclinableWord(ReadOnlySpan<char> word)
    {
        if (word.Length == 0)
        {
            return false;
        }

        var script = Scripts.Of(word[0]);
        foreach (var unit in word)
        {
            if (Scripts.Of(unit) != script || !IsDeclinableFinal(unit))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A final letter a stem may lose to an ending: a letter of a script that separates words.</summary>
    private static bool IsDeclinableFinal(char c) => Scripts.Of(c) is not Script.None && Scripts.SeparatesWords(Scripts.Of(c));

    private static int SharedPrefixLength(string a, string b) => a.AsSpan().CommonPrefixLength(b);

    /// <summary>An edge: the folded unit it reads and the node it leads to.</summary>
    public readonly record struct Edge(char Unit, int Target);

    private readonly record struct KeyEnd(ImmutableArray<IndexedName> Entries, bool NeedsEndBoundary, ImmutableArray<IndexedName> StemEntries, string? StemFinals);

    /// <summary>
    /// A jump from the stem of a word in a name of several words: <paramref name="Remainder"/> is what the written
    /// word has after the stem (empty when the whole word is the stem), <paramref name="Target"/> the node after the
    /// separator that follows the word, or, when <paramref name="Last"/>, the node where the name's key ends.
    /// </summary>
    public readonly record struct WordEnd(string Remainder, int Target, bool Last);

    private readonly record struct TrieNode(int FirstEdge, int EdgeCount, bool Terminal, bool HasWordEnds = false);
}
