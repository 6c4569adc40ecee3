using System.Collections.Immutable;
using Kurils.Domain.Languages;

namespace Kurils.Domain.Names;

// Building: the one way a trie is made from a catalog's names, run by the data compiler for the shipped catalog and at
// the first scan for any other (an overlay, a custom catalog), so both are the same trie.
internal readonly partial struct NameTrie
{
    // Keys shorter than this plus their final are matched only as written: short stems would turn common words into names.
    private const int MinStemLength = 3;

    // A word inside a name of several words declines from stems this long or longer, losing at most
    // MaxWordRemainder letters of its written form ("южн|ые"): the words around it anchor the match.
    private const int MinWordStemLength = 3;
    private const int MaxWordRemainder = 3;

    /// <summary>The tree of every key of <paramref name="index"/> and of the stems of those that decline; <paramref name="entities"/> are the entities <paramref name="index"/> was built from, in catalog order.</summary>
    public static NameTrie Build(NameIndex index, ImmutableArray<CatalogEntity> entities) => new(BuildArrays(index, entities), entities);

    private static TrieArrays BuildArrays(NameIndex index, ImmutableArray<CatalogEntity> entities)
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
        // children the runs of that range sharing the next unit. Nodes are numbered depth first, and each node's
        // edges are taken when it is made, so node n's edges end where node n + 1's begin.
        var keys = ends.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);

        // One node per distinct prefix, so every array is allocated once at its final size.
        var nodeCount = 1;
        for (var k = 0; k < keys.Length; k++)
        {
            nodeCount += keys[k].Length - (k == 0 ? 0 : keys[k - 1].AsSpan().CommonPrefixLength(keys[k]));
        }

        var edgeStart = new int[nodeCount + 1];
        var edgeUnits = new char[nodeCount - 1];
        var edgeTargets = new int[nodeCount - 1];
        var flags = new byte[nodeCount];
        var endAt = new Dictionary<int, KeyEnd>();
        int nodesUsed = 0, edgesUsed = 0;
        int Build(int low, int high, int depth)
        {
            var node = nodesUsed++;
            if (low < high && keys[low].Length == depth)
            {
                var end = ends[keys[low++]];
                endAt[node] = end;
                flags[node] = (byte)((!end.Entries.IsDefault || !end.StemEntries.IsDefault ? TerminalFlag : 0) | (end.NeedsEndBoundary ? EndBoundaryFlag : 0)
                    | (AnyCaseFree(end.Entries) ? CaseFreeFlag : 0) | (AnyCaseFree(end.StemEntries) ? CaseFreeStemFlag : 0));
            }

            var firstEdge = edgesUsed;
            edgeStart[node] = firstEdge;
            for (var k = low; k < high; k = RunEnd(k, high, depth))
            {
                edgesUsed++;
            }

            for (int k = low, edge = firstEdge; k < high; edge++)
            {
                var runEnd = RunEnd(k, high, depth);
                edgeUnits[edge] = keys[k][depth];
                edgeTargets[edge] = Build(k, runEnd, depth + 1);
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
        edgeStart[nodeCount] = edgesUsed;
        System.Diagnostics.Debug.Assert(nodesUsed == nodeCount && edgesUsed == nodeCount - 1, "one node per distinct prefix");

        var wordEnds = BuildWordEnds(index, edgeStart, edgeUnits, edgeTargets);
        return Flatten(nodeCount, endAt, wordEnds, entities, (edgeStart, edgeUnits, edgeTargets, flags));
    }

    /// <summary>
    /// The word-end jumps of every name of several words: from the stem of each word that may decline (its
    /// written form less up to <see cref="MaxWordRemainder"/> letters) to the node after the separator that
    /// follows the word, or, for the last word, to the node where the name's key ends.
    /// </summary>
    private static Dictionary<int, List<WordJump>> BuildWordEnds(NameIndex index, int[] edgeStart, char[] edgeUnits, int[] edgeTargets)
    {
        int Child(int node, char unit)
        {
            var first = edgeStart[node];
            var at = edgeUnits.AsSpan(first, edgeStart[node + 1] - first).BinarySearch(unit);
            return at >= 0 ? edgeTargets[first + at] : None;
        }

        var found = new Dictionary<int, List<WordJump>>();
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
                        var end = new WordJump(key[stemEnd..wordEnd], target, last);
                        if (!list.Contains(end))
                        {
                            list.Add(end);
                        }
                    }
                }

                wordStart = wordEnd + 1;
            }
        }

        return found;
    }

    /// <summary>The names, finals and jumps of the nodes that have some, into the trie's flat arrays, node by node in order.</summary>
    private static TrieArrays Flatten(
        int nodeCount,
        Dictionary<int, KeyEnd> endAt,
        Dictionary<int, List<WordJump>> jumps,
        ImmutableArray<CatalogEntity> entities,
        (int[] EdgeStart, char[] EdgeUnits, int[] EdgeTargets, byte[] Flags) edges)
    {
        var entityAt = new Dictionary<CatalogEntity, int>(entities.Length, ReferenceEqualityComparer.Instance);
        for (var e = 0; e < entities.Length; e++)
        {
            entityAt.TryAdd(entities[e], e);
        }

        var names = new List<int>();
        (int Start, int Count) AddNames(ImmutableArray<IndexedName> list)
        {
            if (list.IsDefault)
            {
                return (0, 0);
            }

            var start = names.Count / 2;
            foreach (var (entity, name) in list)
            {
                var e = entityAt.TryGetValue(entity, out var at) ? at : throw new ArgumentException("a name of an entity that is not in the list of entities", nameof(entities));
                var n = 0;
                while (!ReferenceEquals(entity.Names[n], name))
                {
                    n++;
                }

                names.Add(e);
                names.Add(n);
            }

            return (start, list.Length);
        }

        var text = new List<char>();
        var textAt = new Dictionary<string, int>(StringComparer.Ordinal);
        int AddText(string value)
        {
            if (!textAt.TryGetValue(value, out var at))
            {
                at = text.Count;
                textAt.Add(value, at);
                text.AddRange(value);
            }

            return at;
        }

        var infoOf = new int[nodeCount];
        var infos = new List<NodeInfo>();
        var wordEnds = new List<WordEnd>();
        for (var node = 0; node < nodeCount; node++)
        {
            var hasEnd = endAt.TryGetValue(node, out var end);
            var hasJumps = jumps.TryGetValue(node, out var list);
            if (!hasEnd && !hasJumps)
            {
                infoOf[node] = -1;
                continue;
            }

            var (entriesStart, entriesCount) = AddNames(end.Entries);
            var (stemStart, stemCount) = AddNames(end.StemEntries);
            var finals = end.StemFinals is { } f ? AddText(f) : 0;
            var wordEndsStart = wordEnds.Count;
            foreach (var jump in list ?? [])
            {
                wordEnds.Add(new WordEnd(AddText(jump.Remainder), jump.Remainder.Length, jump.Target, jump.Last ? 1 : 0));
            }

            if (hasJumps)
            {
                edges.Flags[node] |= WordEndsFlag;
            }

            infoOf[node] = infos.Count;
            infos.Add(new NodeInfo(entriesStart, entriesCount, stemStart, stemCount, finals, end.StemFinals?.Length ?? 0, wordEndsStart, wordEnds.Count - wordEndsStart));
        }

        return new TrieArrays(edges.EdgeStart, edges.EdgeUnits, edges.EdgeTargets, edges.Flags, infoOf, [.. infos], [.. names], [.. text], [.. wordEnds]);
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

    private static bool AnyCaseFree(ImmutableArray<IndexedName> names) => !names.IsDefault && names.Any(n => !n.Name.CaseSensitive);

    private readonly record struct KeyEnd(ImmutableArray<IndexedName> Entries, bool NeedsEndBoundary, ImmutableArray<IndexedName> StemEntries, string? StemFinals);

    // A word-end jump while the trie is built, its remainder not yet placed in the trie's text.
    private readonly record struct WordJump(string Remainder, int Target, bool Last);
}
