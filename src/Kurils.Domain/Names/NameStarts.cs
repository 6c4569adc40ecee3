using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Kurils.Domain.Names;

/// <summary>
/// Where a name can start, judged before the trie is walked: a unit the trie's root has, not inside a word of a
/// spaced script (unless after a prefix the text's languages attach); for ASCII, four first units some name
/// can start with, and for other units, two. Plain ASCII text is checked 16 units at a time; other text goes unit
/// by unit, with one load from a 64 KB table per unit and one from the pair table per candidate: the root's 256 KB
/// table of nodes, which a scan between other stages finds evicted, is read only where the trie is walked. Built
/// once per trie, immutable.
/// </summary>
/// <remarks>A struct, like <see cref="NameTrie"/>, so that the scanner holds its tables in its own object.</remarks>
internal readonly struct NameStarts
{
    // Units checked per vector step.
    private const int Block = 16;

    // The symbols of the prefix filter: 26 letters, an ASCII separator, and anything else.
    private const int PrefixUnits = 4;
    private const int PrefixSymbols = 28;
    private const int SeparatorSymbol = 26;
    private const int OtherSymbol = 27;

    private static readonly byte[] AsciiSymbol = BuildAsciiSymbols();

    // The bits of _units above UnitClasses' own: a unit the root has; one whose root child a name ends at or a word
    // of a name declines from, or with more second units than MaxPairsPerUnit, so its second unit is not checked; a
    // unit that folds to Drop, which the walk steps over.
    private const byte StartUnit = 4;
    private const byte UncheckedSecondUnit = 8;
    private const byte DropUnit = 16;

    // A first unit that leads to more raw second units than this (a Latin letter with a diacritic: every form of
    // every letter after it) is left to the trie, so that the pair table stays sparse.
    private const int MaxPairsPerUnit = 512;

    // Per raw unit: UnitClasses' bits, and the three above.
    private readonly byte[] _units;

    // One bit per hashed pair of raw units (first, second) that can begin a name's walk: the second folds to an edge
    // of the root child of the first. A pair not in it leaves the trie at its second unit, where no name can end
    // (ReplacedEndingLength is 2). Collisions only let a pair through to the trie.
    private readonly ulong[] _pairs;
    private readonly int _pairShift;

    // Root children indexed by the raw (unfolded) unit: one array load rejects most positions.
    private readonly int[] _rootByRawUnit;

    // One bit per sequence of four symbols: whether a name can start with it. Most English words ("the", "to ",
    // "and ") start with four units no name starts with.
    private readonly ulong[] _prefixCanStart;

    // The same for a text whose languages decline no Latin name (English, French, Japanese…): a key that ends in
    // the first four units is then a name only before a word's end, so the units after it must still follow the
    // trie; the table above lets anything follow a key or a stem ("tha" of "Thái Lan" let every "that" through).
    private readonly ulong[] _prefixCanStartAsWritten;

    /// <summary>Builds the tables for the names of <paramref name="trie"/>.</summary>
    public NameStarts(in NameTrie trie)
    {
        _prefixCanStart = new ulong[(Power(PrefixSymbols, PrefixUnits) + 63) / 64];
        _prefixCanStartAsWritten = new ulong[_prefixCanStart.Length];
        _rootByRawUnit = BuildRootByRawUnit(trie);
        (_units, _pairs, _pairShift) = BuildUnits(trie, _rootByRawUnit);
        AllowPrefixes(trie, _prefixCanStart, asWritten: false, prefix: 0, length: 0, node: NameTrie.Root, afterSeparator: false);
        AllowPrefixes(trie, _prefixCanStartAsWritten, asWritten: true, prefix: 0, length: 0, node: NameTrie.Root, afterSeparator: false);
    }

    /// <summary>The root's child along the raw unit <paramref name="c"/> folded, if a name can start with it; <see cref="NameTrie.None"/> otherwise.</summary>
    public int RootChild(char c) => _rootByRawUnit[c];

    /// <summary>
    /// The first position at or after <paramref name="from"/> where a name can start: a unit the trie's root
    /// has, not inside a word of a spaced script, and (for ASCII) four first units some name can start with.
    /// </summary>
    public int Next(ReadOnlySpan<char> text, int from, NameMorphology morphology)
    {
        var vectors = Vector128.IsHardwareAccelerated && !morphology.HasAsciiPrefixes;
        var prefixes = morphology.ReadsAsciiAsWritten ? _prefixCanStartAsWritten : _prefixCanStart;
        var previousIsWord = UnitClasses.PreviousIsWordUnit(text, from);
        var i = from;
        var scalarUntil = from;
        while (i < text.Length)
        {
            // After a word of another script, a prefix may end right before the block ("ولل" + a Latin name): that unit goes alone.
            var afterOtherWord = previousIsWord && i > 0 && text[i - 1] >= 128 && morphology.HasPrefixes;
            if (i >= scalarUntil && vectors && !afterOtherWord && text.Length - i >= Block)
            {
                var found = NextStartInAsciiBlock(text, i, prefixes, ref previousIsWord);
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
            var unit = _units[c];
            if ((unit & UnitClasses.TransparentUnit) != 0)
            {
                i++;
                continue;
            }

            var isWord = (unit & UnitClasses.SpacedWordUnit) != 0;
            var contraction = c >= 128 && morphology.HasContractions && morphology.StartsContraction(c);
            if (((unit & StartUnit) != 0 || contraction)
                && (!(isWord && previousIsWord) || (morphology.HasPrefixes && UnitClasses.AfterAttachedPrefix(text, i, morphology)))
                && (c < 128 ? PrefixCanStart(text, i, prefixes) : contraction || PairCanStart(text, i, unit)))
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
    private int NextStartInAsciiBlock(ReadOnlySpan<char> text, int at, ulong[] prefixes, ref bool previousIsWord)
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
            if (PrefixCanStart(text, start, prefixes))
            {
                return start;
            }

            starts &= starts - 1;
        }

        previousIsWord = (words & (1u << (Block - 1))) != 0;
        return -1;
    }

    /// <summary>Whether a name can start at <paramref name="start"/>, an ASCII letter or digit, judged by its first four units in <paramref name="prefixes"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool PrefixCanStart(ReadOnlySpan<char> text, int start, ulong[] prefixes)
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

        return (prefixes[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    /// <summary>
    /// Whether a name can start at <paramref name="i"/>, a unit of at least 128 whose bits are <paramref name="unit"/>,
    /// judged by its first two units: the root has the first, and the walk from there reads the second.
    /// </summary>
    private bool PairCanStart(ReadOnlySpan<char> text, int i, byte unit)
    {
        if ((unit & StartUnit) == 0)
        {
            return false;
        }

        if ((unit & UncheckedSecondUnit) != 0 || i + 1 >= text.Length)
        {
            return true;
        }

        var second = text[i + 1];
        return (_units[second] & DropUnit) != 0 || HasPair(text[i], second);
    }

    private bool HasPair(char first, char second)
    {
        var bit = PairBit(first, second, _pairShift);
        return (_pairs[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }

    // Fibonacci hashing of the two units: the high bits of the product, spread over the table.
    private static uint PairBit(char first, char second, int shift) => (((uint)first << 16) | second) * 0x9E3779B9u >> shift;

    // Inlined: it runs for every unit the prefix check reads; left a call, it took a tenth of the scan's samples.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SymbolAt(ReadOnlySpan<char> text, int i) => (uint)i < (uint)text.Length && text[i] < 128 ? AsciiSymbol[text[i]] : OtherSymbol;

    /// <summary>
    /// Sets the bits of <paramref name="table"/> for every continuation of <paramref name="prefix"/> (its first
    /// <paramref name="length"/> symbols, which lead to trie node <paramref name="node"/>) that the walk in
    /// the scanner's trie walk could follow. Conservative: "anything else" and a name ending early allow everything;
    /// <paramref name="asWritten"/> (no Latin endings, no ASCII conjunctions) lets a name ending early allow only what ends a word.
    /// </summary>
    private static void AllowPrefixes(in NameTrie trie, ulong[] table, bool asWritten, int prefix, int length, int node, bool afterSeparator)
    {
        if (length == PrefixUnits)
        {
            AllowEvery(table, prefix, length);
            return;
        }

        if (length > 0 && !afterSeparator && (trie.IsTerminal(node) || trie.HasWordEnds(node)))
        {
            // A word stem with word-end jumps may go on with any ending ("Wysp Kurylskich" for "Wyspy Kurylskie").
            if (!asWritten)
            {
                AllowEvery(table, prefix, length);
                return;
            }

            // Without endings a key that ends here is a name only at a word's end: before a separator, or anything
            // else (a digit is "anything else", and glued on, as the walk finds).
            AllowEvery(table, (prefix * PrefixSymbols) + SeparatorSymbol, length + 1);
        }

        if (length > 0)
        {
            AllowEvery(table, (prefix * PrefixSymbols) + OtherSymbol, length + 1);

            // A run of separators folds to one, as in the walk.
            var next = afterSeparator ? node : trie.Child(node, NameFolding.Separator);
            if (next != 0)
            {
                AllowPrefixes(trie, table, asWritten, (prefix * PrefixSymbols) + SeparatorSymbol, length + 1, next, afterSeparator: true);
            }
        }

        var units = trie.EdgeUnitsOf(node);
        var targets = trie.EdgeTargetsOf(node);
        for (var k = 0; k < units.Length; k++)
        {
            if (units[k] is >= 'a' and <= 'z')
            {
                AllowPrefixes(trie, table, asWritten, (prefix * PrefixSymbols) + units[k] - 'a', length + 1, targets[k], afterSeparator: false);
            }
        }
    }

    private static void AllowEvery(ulong[] table, int prefix, int length)
    {
        var width = Power(PrefixSymbols, PrefixUnits - length);
        for (var bit = prefix * width; bit < (prefix + 1) * width; bit++)
        {
            table[bit >> 6] |= 1UL << (bit & 63);
        }
    }

    private static int Power(int value, int exponent) => exponent == 0 ? 1 : value * Power(value, exponent - 1);

    // The table covers all 65,536 units and is built before the first scan: optimized at once, not tiered.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] BuildRootByRawUnit(in NameTrie trie)
    {
        // The root's children by folded unit first, from its edges: one array load per raw unit below, rather than a
        // search of the root's thousands of edges (a tenth of the scanner's start-up).
        var byFolded = new int[char.MaxValue + 1];
        var units = trie.EdgeUnitsOf(NameTrie.Root);
        var targets = trie.EdgeTargetsOf(NameTrie.Root);
        for (var k = 0; k < units.Length; k++)
        {
            byFolded[units[k]] = targets[k];
        }

        var rootByRaw = new int[char.MaxValue + 1];
        for (var raw = 0; raw <= char.MaxValue; raw++)
        {
            var folded = NameFolding.Fold((char)raw);

            // ASCII punctuation never starts a name, even where it folds to itself.
            var canStart = folded is not (NameFolding.Drop or NameFolding.Separator) && (raw >= 128 || char.IsAsciiLetterOrDigit((char)raw));
            rootByRaw[raw] = canStart ? byFolded[folded] : NameTrie.None;
        }

        return rootByRaw;
    }

    /// <summary>
    /// The bits of every raw unit (<see cref="StartUnit"/>, <see cref="UncheckedSecondUnit"/>, <see cref="DropUnit"/>
    /// beside <see cref="UnitClasses"/>' own) and the table of pairs <see cref="HasPair"/> reads, with its shift.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (byte[] Units, ulong[] Pairs, int Shift) BuildUnits(in NameTrie trie, int[] rootByRaw)
    {
        // The raw units of each folded unit, as lists threaded through an array: rawOf[folded] is the first,
        // nextRaw[raw] the next.
        var rawOf = new int[char.MaxValue + 1];
        var nextRaw = new int[char.MaxValue + 1];
        Array.Fill(rawOf, -1);
        for (int raw = char.MaxValue; raw >= 0; raw--)
        {
            var folded = NameFolding.Fold((char)raw);
            (nextRaw[raw], rawOf[folded]) = (rawOf[folded], raw);
        }

        var units = new byte[char.MaxValue + 1];
        var pairs = new List<uint>();
        var ofUnit = new List<uint>();
        for (var raw = 0; raw <= char.MaxValue; raw++)
        {
            var c = (char)raw;
            var node = rootByRaw[raw];
            var bits = UnitClasses.Of(c) | (NameFolding.Fold(c) == NameFolding.Drop ? DropUnit : 0);
            if (node != NameTrie.None)
            {
                bits |= StartUnit;
                ofUnit.Clear();
                foreach (var edge in trie.EdgeUnitsOf(node))
                {
                    for (var second = rawOf[edge]; second >= 0 && ofUnit.Count <= MaxPairsPerUnit; second = nextRaw[second])
                    {
                        ofUnit.Add(((uint)raw << 16) | (uint)second);
                    }
                }

                if (trie.IsTerminal(node) || trie.HasWordEnds(node) || ofUnit.Count > MaxPairsPerUnit)
                {
                    bits |= UncheckedSecondUnit;
                }
                else
                {
                    pairs.AddRange(ofUnit);
                }
            }

            units[raw] = (byte)bits;
        }

        // At least eight bits per pair, so that about one pair in eight that no name begins with gets through.
        var log = Math.Max(12, BitOperations.Log2((uint)Math.Max(1, pairs.Count) * 8) + 1);
        var shift = 32 - log;
        var table = new ulong[(1 << log) / 64];
        foreach (var pair in pairs)
        {
            var bit = PairBit((char)(pair >> 16), (char)pair, shift);
            table[bit >> 6] |= 1UL << (int)(bit & 63);
        }

        return (units, table, shift);
    }

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
}
