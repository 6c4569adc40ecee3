using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Kurils.Domain.Languages;

namespace Kurils.Domain.Names;

/// <summary>A name found in text: where it is and which catalog names it matched.</summary>
/// <param name="Start">Offset of the first character in the original text.</param>
/// <param name="Length">Length in the original text.</param>
/// <param name="Entries">The catalog names (with their entities) the text there stands for: for a stem with a
/// case ending ("Японии"), the names the stem declines from ("Япония").</param>
internal readonly record struct ScanMatch(int Start, int Length, ImmutableArray<IndexedName> Entries)
{
    public int End => Start + Length;
}

/// <summary>
/// Finds every catalog name in a text in one left-to-right pass: a trie over the folded keys, walked while
/// folding the text one unit at a time, so offsets stay those of the original input. Latin and Cyrillic names
/// need word boundaries on both sides; CJK names need none. At each position the longest name wins and
/// matches never overlap ("Kunashiri" over "Kunashir", "択捉島" over "択捉"). Names also match with the case
/// endings and attached prefixes of the text's languages (<see cref="NameMorphology"/>: "Путина", "Итурупе",
/// "Японии", "Kunaszyrze", "وإيتوروب").
/// </summary>
/// <remarks>
/// The trie is walked only where a name can start. Plain ASCII text is checked 16 units at a time for word
/// starts, and a word start goes on only when some name can begin with its first four units; other text goes
/// unit by unit. <c>ScanEveryPosition</c> is the same scan without these shortcuts: their specification.
/// </remarks>
internal sealed class NameScanner
{
    // Bits of _unitClass. A spaced-word unit is a letter, digit or mark of a script that separates words with
    // spaces; a transparent unit (apostrophe, combining mark, zero-width) is invisible when looking for the
    // unit before a word, so "O'Brien" is one word and "'Kunashir'" starts one.
    private const byte SpacedWordUnit = 1;
    private const byte TransparentUnit = 2;

    // Units checked per vector step.
    private const int Block = 16;

    // The symbols of the prefix filter: 26 letters, an ASCII separator, and anything else.
    private const int PrefixUnits = 4;
    private const int PrefixSymbols = 28;
    private const int SeparatorSymbol = 26;
    private const int OtherSymbol = 27;

    private static readonly byte[] AsciiSymbol = BuildAsciiSymbols();

    // The class bits of every unit; the same for every catalog.
    private static readonly byte[] UnitClasses = BuildUnitClasses();

    // Root children indexed by the raw (unfolded) unit: one array load rejects most positions.
    private readonly int[] _rootByRawUnit;

    // One bit per sequence of four symbols: whether a name can start with it. Most English words ("the", "to ",
    // "and ") start with four units no name starts with.
    private readonly ulong[] _prefixCanStart = new ulong[(Power(PrefixSymbols, PrefixUnits) + 63) / 64];

    // The trie, flattened: a node's edges are contiguous and sorted by unit, and what the walk reads of a node
    // sits together, so each step costs a cache line or two.
    private readonly TrieNode[] _nodes;
    private readonly TrieEdge[] _edges;
    private readonly ImmutableArray<IndexedName>[] _entries;
    private readonly bool[] _needsEndBoundary;

    // Every key of a spaced script also ends at its stem (without its last letter): in a language whose
    // morphology lets that letter give way to an ending, the stem with an ending is the name ("Япония" → "Японии").
    private readonly ImmutableArray<IndexedName>[] _stemEntries;

    // The last letters the keys ending at a stem had ("Курилы": "ы"), which the morphology judges at scan time.
    private readonly string?[] _stemFinals;

    public NameScanner(NameIndex index)
    {
        // What ends at each key: its names, and the names its stem stands for when it is the stem of a longer key.
        var ends = new Dictionary<string, KeyEnd>(StringComparer.Ordinal);
        foreach (var (key, entries) in index.Entries)
        {
            ends[key] = ends.GetValueOrDefault(key) with { Entries = entries, NeedsEndBoundary = NameFolding.IsSpacedWordChar(key[^1]) };
            if (key.Length > MinStemLength && IsDeclinableFinal(key[^1]) && Scripts.Of(key[^2]) == Scripts.Of(key[^1]))
            {
                var stem = key[..^1];
                var end = ends.GetValueOrDefault(stem);
                ends[stem] = end with
                {
                    StemEntries = end.StemEntries.IsDefault ? entries : end.StemEntries.AddRange(entries),
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

        _nodes = new TrieNode[nodeCount];
        _edges = new TrieEdge[nodeCount - 1];
        _entries = new ImmutableArray<IndexedName>[nodeCount];
        _stemEntries = new ImmutableArray<IndexedName>[nodeCount];
        _stemFinals = new string?[nodeCount];
        _needsEndBoundary = new bool[nodeCount];
        int nodesUsed = 0, edgesUsed = 0;
        int Build(int low, int high, int depth)
        {
            var node = nodesUsed++;
            if (low < high && keys[low].Length == depth)
            {
                (_entries[node], _needsEndBoundary[node], _stemEntries[node], _stemFinals[node]) = ends[keys[low++]];
            }

            var firstEdge = edgesUsed;
            for (var k = low; k < high; k = RunEnd(k, high, depth))
            {
                edgesUsed++;
            }

            _nodes[node] = new TrieNode(firstEdge, edgesUsed - firstEdge, !_entries[node].IsDefault || !_stemEntries[node].IsDefault);
            for (int k = low, edge = firstEdge; k < high; edge++)
            {
                var runEnd = RunEnd(k, high, depth);
                var unit = keys[k][depth];
                _edges[edge] = new TrieEdge(unit, Build(k, runEnd, depth + 1));
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
        _rootByRawUnit = BuildRootByRawUnit();

        AllowPrefixes(prefix: 0, length: 0, node: 0, afterSeparator: false);
    }

    /// <summary>
    /// Sets the filter's bits for every continuation of <paramref name="prefix"/> (its first
    /// <paramref name="length"/> symbols, which lead to trie node <paramref name="node"/>) that the walk in
    /// <see cref="TryMatchAt"/> could follow. Conservative: "anything else" and a name ending early allow everything.
    /// </summary>
    private void AllowPrefixes(int prefix, int length, int node, bool afterSeparator)
    {
        if (length == PrefixUnits || (length > 0 && !afterSeparator && IsTerminal(node)))
        {
            AllowEvery(prefix, length);
            return;
        }

        if (length > 0)
        {
            AllowEvery((prefix * PrefixSymbols) + OtherSymbol, length + 1);

            // A run of separators folds to one, as in the walk.
            var next = afterSeparator ? node : Child(node, NameFolding.Separator);
            if (next != 0)
            {
                AllowPrefixes((prefix * PrefixSymbols) + SeparatorSymbol, length + 1, next, afterSeparator: true);
            }
        }

        foreach (var edge in EdgesOf(node))
        {
            if (edge.Unit is >= 'a' and <= 'z')
            {
                AllowPrefixes((prefix * PrefixSymbols) + edge.Unit - 'a', length + 1, edge.Target, afterSeparator: false);
            }
        }
    }

    private void AllowEvery(int prefix, int length)
    {
        var width = Power(PrefixSymbols, PrefixUnits - length);
        for (var bit = prefix * width; bit < (prefix + 1) * width; bit++)
        {
            _prefixCanStart[bit >> 6] |= 1UL << (bit & 63);
        }
    }

    private static int Power(int value, int exponent) => exponent == 0 ? 1 : value * Power(value, exponent - 1);

    // Both tables below cover all 65,536 units and are built before the first scan: optimized at once, not tiered.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static byte[] BuildUnitClasses()
    {
        var classes = new byte[char.MaxValue + 1];
        for (var raw = 0; raw <= char.MaxValue; raw++)
        {
            var unit = (char)raw;
            classes[raw] = (byte)((NameFolding.IsSpacedWordChar(unit) ? SpacedWordUnit : 0)
                | (NameFolding.Fold(unit) == NameFolding.Drop && !char.IsLetterOrDigit(unit) ? TransparentUnit : 0));
        }

        return classes;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int[] BuildRootByRawUnit()
    {
        var rootByRaw = new int[char.MaxValue + 1];
        for (var raw = 0; raw <= char.MaxValue; raw++)
        {
            var folded = NameFolding.Fold((char)raw);

            // ASCII punctuation never starts a name, even where it folds to itself.
            var canStart = folded is not (NameFolding.Drop or NameFolding.Separator) && (raw >= 128 || char.IsAsciiLetterOrDigit((char)raw));
            rootByRaw[raw] = canStart ? Child(0, folded) : 0;
        }

        return rootByRaw;
    }

    private static int SharedPrefixLength(string a, string b) => a.AsSpan().CommonPrefixLength(b);

    private static byte[] BuildAsciiSymbols()
    {
        var symbols = new byte[128];
        for (var c = 0; c < 128; c++)
        {
            symbols[c] = (byte)(c switch
            {
                >= 'a' and <= 'z' => c - 'a',
                >= 'A' and <= 'Z' => c - 'A',
                _ when NameFolding.Fold((char)c) == NameFolding.Separator => SeparatorSymbol,
                _ => OtherSymbol,
            });
        }

        return symbols;
    }

    /// <summary>Appends every name found in <paramref name="text"/> to <paramref name="matches"/>, with the morphology of every shipped language.</summary>
    public void Scan(ReadOnlySpan<char> text, List<ScanMatch> matches) => Scan(text, matches, LanguagePacks.Default.Morphology);

    /// <summary>
    /// Appends every name found in <paramref name="text"/> to <paramref name="matches"/>, in order, with the endings
    /// and attached prefixes of <paramref name="morphology"/> (the text's languages).
    /// </summary>
    public void Scan(ReadOnlySpan<char> text, List<ScanMatch> matches, NameMorphology morphology)
    {
        var i = 0;
        while ((i = NextPossibleStart(text, i, morphology)) < text.Length)
        {
            if (TryMatchAt(text, i, morphology, out var match))
            {
                matches.Add(match);
                i = match.End;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>
    /// <c>Scan</c> without its shortcuts: a match is tried at every unit the trie's root has that is not
    /// inside a word of a spaced script. The specification the shortcuts are tested against.
    /// </summary>
    internal void ScanEveryPosition(ReadOnlySpan<char> text, List<ScanMatch> matches) => ScanEveryPosition(text, matches, LanguagePacks.Default.Morphology);

    /// <summary>The specification of <see cref="Scan(ReadOnlySpan{char}, List{ScanMatch}, NameMorphology)"/>, with <paramref name="morphology"/>.</summary>
    internal void ScanEveryPosition(ReadOnlySpan<char> text, List<ScanMatch> matches, NameMorphology morphology)
    {
        var i = 0;
        while (i < text.Length)
        {
            var insideWord = (UnitClasses[text[i]] & SpacedWordUnit) != 0 && PreviousIsWordUnit(text, i) && !AfterAttachedPrefix(text, i, morphology);
            if (_rootByRawUnit[text[i]] != 0 && !insideWord && TryMatchAt(text, i, morphology, out var match))
            {
                matches.Add(match);
                i = match.End;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>
    /// The first position at or after <paramref name="from"/> where a name can start: a unit the trie's root
    /// has, not inside a word of a spaced script, and (for ASCII) four first units some name can start with.
    /// </summary>
    private int NextPossibleStart(ReadOnlySpan<char> text, int from, NameMorphology morphology)
    {
        var vectors = Vector128.IsHardwareAccelerated && !morphology.HasAsciiPrefixes;
        var previousIsWord = PreviousIsWordUnit(text, from);
        var i = from;
        var scalarUntil = from;
        while (i < text.Length)
        {
            if (i >= scalarUntil && vectors && text.Length - i >= Block)
            {
                var found = NextStartInAsciiBlock(text, i, ref previousIsWord);
                if (found >= 0)
                {
                    return found;
                }

                if (found == -1)
                {
                    i += Block;
                    continue;
                }

                // Not plain ASCII: this block goes unit by unit.
                scalarUntil = i + Block;
            }

            var c = text[i];
            var unitClass = UnitClasses[c];
            if ((unitClass & TransparentUnit) != 0)
            {
                i++;
                continue;
            }

            var isWord = (unitClass & SpacedWordUnit) != 0;
            if (_rootByRawUnit[c] != 0 && (c >= 128 || PrefixCanStart(text, i))
                && (!(isWord && previousIsWord) || (morphology.HasPrefixes && AfterAttachedPrefix(text, i, morphology))))
            {
                return i;
            }

            previousIsWord = isWord;
            i++;
        }

        return text.Length;
    }

    /// <summary>
    /// Checks the <see cref="Block"/> units at <paramref name="at"/> at once when they are plain ASCII: the
    /// position of the first word start whose first units can start a name; -1 when there is none (and
    /// <paramref name="previousIsWord"/> is carried to the next block); -2 when the block needs the unit-by-unit path.
    /// </summary>
    private int NextStartInAsciiBlock(ReadOnlySpan<char> text, int at, ref bool previousIsWord)
    {
        ref var origin = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var low = Vector128.LoadUnsafe(ref origin, (nuint)at);
        var high = Vector128.LoadUnsafe(ref origin, (nuint)(at + 8));
        if (((low | high) & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
        {
            return -2;
        }

        var units = Vector128.Narrow(low, high);
        var lowered = units | Vector128.Create((byte)0x20);
        var letters = Vector128.LessThan(lowered - Vector128.Create((byte)'a'), Vector128.Create((byte)26));
        var digits = Vector128.LessThan(units - Vector128.Create((byte)'0'), Vector128.Create((byte)10));

        // The apostrophe and NUL are transparent, which the word-start arithmetic below does not model.
        var transparent = Vector128.Equals(units, Vector128.Create((byte)'\'')) | Vector128.Equals(units, Vector128<byte>.Zero);
        if (transparent != Vector128<byte>.Zero)
        {
            return -2;
        }

        var words = (letters | digits).ExtractMostSignificantBits();
        var starts = words & ~((words << 1) | (previousIsWord ? 1u : 0u));
        while (starts != 0)
        {
            var start = at + BitOperations.TrailingZeroCount(starts);
            if (PrefixCanStart(text, start))
            {
                return start;
            }

            starts &= starts - 1;
        }

        previousIsWord = (words & (1u << (Block - 1))) != 0;
        return -1;
    }

    /// <summary>Whether a name can start at <paramref name="start"/>, an ASCII letter or digit, judged by its first four units.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool PrefixCanStart(ReadOnlySpan<char> text, int start)
    {
        var bit = SymbolAt(text, start);
        if (bit == OtherSymbol)
        {
            // A digit: names starting with one ("1956 Joint Declaration") are few, so the root alone decides.
            return _rootByRawUnit[text[start]] != 0;
        }

        for (var k = 1; k < PrefixUnits; k++)
        {
            bit = (bit * PrefixSymbols) + SymbolAt(text, start + k);
        }

        return (_prefixCanStart[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    private static int SymbolAt(ReadOnlySpan<char> text, int i) => (uint)i < (uint)text.Length && text[i] < 128 ? AsciiSymbol[text[i]] : OtherSymbol;

    /// <summary>The longest name starting at <paramref name="i"/>, with its boundaries and case checked.</summary>
    private bool TryMatchAt(ReadOnlySpan<char> text, int i, NameMorphology morphology, out ScanMatch match)
    {
        // Every key ending on the walk is checked as it is reached; the last one accepted is the longest.
        match = default;
        var found = false;
        var node = _rootByRawUnit[text[i]];
        var j = i + 1;
        var afterSeparator = false;
        if (IsTerminal(node) && TryAccept(text, i, j, node, morphology, out var accepted))
        {
            (match, found) = (accepted, true);
        }

        while (j < text.Length)
        {
            var folded = NameFolding.Fold(text[j]);
            if (folded == NameFolding.Drop)
            {
                j++;
                continue;
            }

            if (folded == NameFolding.Separator && afterSeparator)
            {
                j++;
                continue;
            }

            var next = Child(node, folded);
            if (next == 0)
            {
                break;
            }

            node = next;
            j++;
            afterSeparator = folded == NameFolding.Separator;
            if (!afterSeparator && IsTerminal(node) && TryAccept(text, i, j, node, morphology, out accepted))
            {
                (match, found) = (accepted, true);
            }
        }

        return found;
    }

    /// <summary>Whether the key at trie node <paramref name="node"/>, read from <paramref name="start"/> to <paramref name="end"/>, is a name there.</summary>
    private bool TryAccept(ReadOnlySpan<char> text, int start, int end, int node, NameMorphology morphology, out ScanMatch match)
    {
        // Combining marks belong to the letter before them ("Etorofu-to\u0304").
        while (end < text.Length && text[end] is >= '\u0300' and <= '\u036F')
        {
            end++;
        }

        var glued = end < text.Length && (UnitClasses[text[end]] & SpacedWordUnit) != 0;
        if (!_entries[node].IsDefault)
        {
            var accepted = -1;
            if (!(_needsEndBoundary[node] && glued))
            {
                accepted = end;
            }
            else if (morphology.EndingAt(text, end) is > 0 and var ending)
            {
                accepted = end + ending; // "Путина", "Итурупе"
            }

            if (accepted >= 0 && CaseMatches(text[start..accepted], _entries[node]))
            {
                match = new ScanMatch(start, accepted - start, _entries[node]);
                return true;
            }
        }

        if (_stemFinals[node] is { } finals && morphology.DeclinesAtStem(end - start, finals))
        {
            if (morphology.EndingAt(text, end) is > 0 and var stemEnding)
            {
                match = new ScanMatch(start, end + stemEnding - start, _stemEntries[node]); // "Японии": the stem of "Япония" and its ending
                return true;
            }

            if (!glued && morphology.BareStemStandsAlone(finals))
            {
                match = new ScanMatch(start, end - start, _stemEntries[node]);
                return true;
            }
        }

        match = default;
        return false;
    }

    private bool IsTerminal(int node) => _nodes[node].Terminal;

    // Keys shorter than this plus their final are matched only as written: short stems would turn common words into names.
    private const int MinStemLength = 3;

    /// <summary>A final letter a stem may lose to an ending: a letter of a script that separates words.</summary>
    private static bool IsDeclinableFinal(char c) => Scripts.Of(c) is not Script.None && Scripts.SeparatesWords(Scripts.Of(c));

    /// <summary>
    /// Whether <paramref name="i"/>, inside a word, comes right after a prefix the morphology attaches to the next
    /// word ("و" in "وإيتوروب", "d'" in "d'Itouroup"): a name may start there.
    /// </summary>
    private static bool AfterAttachedPrefix(ReadOnlySpan<char> text, int i, NameMorphology morphology)
    {
        if (!morphology.HasPrefixes)
        {
            return false;
        }

        var start = i;
        while (start > 0 && i - start < morphology.MaxPrefixLength && (UnitClasses[text[start - 1]] & (SpacedWordUnit | TransparentUnit)) != 0)
        {
            start--;
        }

        var atWordStart = start == 0 || (UnitClasses[text[start - 1]] & (SpacedWordUnit | TransparentUnit)) == 0;
        return atWordStart && start < i && morphology.IsAttachedPrefix(text[start..i]);
    }

    private bool PreviousIsWordUnit(ReadOnlySpan<char> text, int i)
    {
        for (var p = i - 1; p >= 0; p--)
        {
            var unitClass = UnitClasses[text[p]];
            if ((unitClass & TransparentUnit) == 0)
            {
                return (unitClass & SpacedWordUnit) != 0;
            }
        }

        return false;
    }

    /// <summary>Case-sensitive names (short acronyms) match only when the text has their exact case.</summary>
    private static bool CaseMatches(ReadOnlySpan<char> found, ImmutableArray<IndexedName> entries)
    {
        foreach (var entry in entries)
        {
            if (!entry.Name.CaseSensitive || found.SequenceEqual(entry.Name.Text))
            {
                return true;
            }
        }

        return false;
    }

    private int Child(int node, char c)
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

        return 0;
    }

    private ReadOnlySpan<TrieEdge> EdgesOf(int node) => _edges.AsSpan(_nodes[node].FirstEdge, _nodes[node].EdgeCount);

    private readonly record struct KeyEnd(ImmutableArray<IndexedName> Entries, bool NeedsEndBoundary, ImmutableArray<IndexedName> StemEntries, string? StemFinals);

    private readonly record struct TrieNode(int FirstEdge, int EdgeCount, bool Terminal);

    private readonly record struct TrieEdge(char Unit, int Target);
}
