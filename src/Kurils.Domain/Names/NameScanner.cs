using System.Collections.Immutable;

namespace Kurils.Domain.Names;

/// <summary>A name found in text: where it is and which catalog names it matched.</summary>
/// <param name="Start">Offset of the first character in the original text.</param>
/// <param name="Length">Length in the original text.</param>
/// <param name="Node">The trie node of the matched key; see <see cref="NameScanner.EntriesOf"/>.</param>
/// <param name="Stem">Whether the match is a Russian stem with a case ending ("Японии" for "Япония").</param>
internal readonly record struct ScanMatch(int Start, int Length, int Node, bool Stem = false)
{
    public int End => Start + Length;
}

/// <summary>
/// Finds every catalog name in a text in one left-to-right pass: a trie over the folded keys, walked while
/// folding the text one unit at a time, so offsets stay those of the original input. Latin and Cyrillic names
/// need word boundaries on both sides; CJK names need none. At each position the longest name wins and
/// matches never overlap ("Kunashiri" over "Kunashir", "択捉島" over "択捉"). Russian names also match with a
/// case ending ("Путина", "Итурупе", "Японии"), since Russian text declines them.
/// </summary>
internal sealed class NameScanner
{
    private const int MaxCandidates = 64;

    // Root children indexed by the raw (unfolded) unit: one array load rejects most positions.
    private readonly int[] _rootByRawChar = new int[char.MaxValue + 1];
    private readonly int[] _edgeStart;
    private readonly int[] _edgeCount;
    private readonly char[] _edgeChar;
    private readonly int[] _edgeTarget;
    private readonly ImmutableArray<IndexedName>[] _entries;
    private readonly bool[] _needsEndBoundary;

    // Russian keys ending in a vowel also end at their stem, which must then take a case ending.
    private readonly ImmutableArray<IndexedName>[] _stemEntries;

    // Plurals in -ы have a bare stem in the genitive ("Курилы" → "южных Курил").
    private readonly bool[] _stemStandsAlone;

    public NameScanner(NameIndex index)
    {
        // Build a pointer trie first, then flatten it into arrays for the hot loop.
        var children = new List<Dictionary<char, int>> { new() };
        var terminal = new List<ImmutableArray<IndexedName>> { default };
        var stems = new Dictionary<int, ImmutableArray<IndexedName>>();
        var bareStems = new HashSet<int>();
        int Insert(string key)
        {
            var node = 0;
            foreach (var c in key)
            {
                if (!children[node].TryGetValue(c, out var next))
                {
                    next = children.Count;
                    children[node][c] = next;
                    children.Add([]);
                    terminal.Add(default);
                }

                node = next;
            }

            return node;
        }

        foreach (var (key, entries) in index.Entries)
        {
            terminal[Insert(key)] = entries;
            if (key.Length >= 5 && RussianEndings.IsStemVowel(key[^1]) && RussianEndings.IsCyrillic(key[^2]))
            {
                var stem = Insert(key[..^1]);
                stems[stem] = stems.TryGetValue(stem, out var existing) ? existing.AddRange(entries) : entries;
                if (key[^1] == 'ы')
                {
                    bareStems.Add(stem);
                }
            }
        }

        var count = children.Count;
        _edgeStart = new int[count];
        _edgeCount = new int[count];
        _entries = new ImmutableArray<IndexedName>[count];
        _stemEntries = new ImmutableArray<IndexedName>[count];
        _stemStandsAlone = new bool[count];
        _needsEndBoundary = new bool[count];
        var edgeChars = new List<char>();
        var edgeTargets = new List<int>();
        for (var n = 0; n < count; n++)
        {
            _edgeStart[n] = edgeChars.Count;
            _edgeCount[n] = children[n].Count;
            foreach (var (c, target) in children[n].OrderBy(p => p.Key))
            {
                edgeChars.Add(c);
                edgeTargets.Add(target);
            }

            _entries[n] = terminal[n];
            _stemEntries[n] = stems.TryGetValue(n, out var stemEntries) ? stemEntries : default;
            _stemStandsAlone[n] = bareStems.Contains(n);
        }

        _edgeChar = [.. edgeChars];
        _edgeTarget = [.. edgeTargets];
        foreach (var (key, _) in index.Entries)
        {
            var node = Walk(key);
            _needsEndBoundary[node] = NameFolding.IsSpacedWordChar(key[^1]);
        }

        for (var raw = 0; raw <= char.MaxValue; raw++)
        {
            var folded = NameFolding.Fold((char)raw);
            if (folded is not (NameFolding.Drop or NameFolding.Separator))
            {
                _rootByRawChar[raw] = Child(0, folded);
            }
        }
    }

    /// <summary>The catalog names a match stands for.</summary>
    public ImmutableArray<IndexedName> EntriesOf(ScanMatch match) => match.Stem ? _stemEntries[match.Node] : _entries[match.Node];

    /// <summary>Appends every name found in <paramref name="text"/> to <paramref name="matches"/>, in order.</summary>
    public void Scan(ReadOnlySpan<char> text, List<ScanMatch> matches)
    {
        Span<int> candidateEnds = stackalloc int[MaxCandidates];
        Span<int> candidateNodes = stackalloc int[MaxCandidates];
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c < 128 && !char.IsAsciiLetterOrDigit(c))
            {
                // ASCII spaces and punctuation start no name: the cheapest test first.
                i++;
                continue;
            }

            var node = _rootByRawChar[c];
            if (node == 0)
            {
                i++;
                continue;
            }

            var spaced = NameFolding.IsSpacedWordChar(c);
            if (spaced && PreviousIsWordChar(text, i))
            {
                // Inside a word: skip to its end in one go.
                i++;
                while (i < text.Length && NameFolding.IsSpacedWordChar(text[i]))
                {
                    i++;
                }

                continue;
            }

            var candidates = 0;
            var j = i + 1;
            var afterSeparator = false;
            if (IsTerminal(node))
            {
                candidateEnds[candidates] = j;
                candidateNodes[candidates++] = node;
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
                if (!afterSeparator && IsTerminal(node) && candidates < MaxCandidates)
                {
                    candidateEnds[candidates] = j;
                    candidateNodes[candidates++] = node;
                }
            }

            var matched = false;
            for (var k = candidates - 1; k >= 0; k--)
            {
                var end = candidateEnds[k];
                var n = candidateNodes[k];

                // Combining marks belong to the letter before them ("Etorofu-to\u0304").
                while (end < text.Length && text[end] is >= '\u0300' and <= '\u036F')
                {
                    end++;
                }

                var glued = end < text.Length && NameFolding.IsSpacedWordChar(text[end]);
                var accepted = -1;
                var stem = false;
                if (!_entries[n].IsDefault)
                {
                    if (!(_needsEndBoundary[n] && glued))
                    {
                        accepted = end;
                    }
                    else if (RussianEndings.IsCyrillic(text[end - 1]) && RussianEndings.EndingAt(text, end) is > 0 and var ending)
                    {
                        accepted = end + ending; // "Путина", "Итурупе"
                    }

                    if (accepted >= 0 && !CaseMatches(text[i..accepted], _entries[n]))
                    {
                        accepted = -1;
                    }
                }

                if (accepted < 0 && !_stemEntries[n].IsDefault)
                {
                    if (RussianEndings.EndingAt(text, end) is > 0 and var stemEnding)
                    {
                        accepted = end + stemEnding; // "Японии": the stem of "Япония" and its ending
                        stem = true;
                    }
                    else if (!glued && _stemStandsAlone[n])
                    {
                        accepted = end;
                        stem = true;
                    }
                }

                if (accepted < 0)
                {
                    continue;
                }

                end = accepted;
                matches.Add(new ScanMatch(i, end - i, n, stem));
                i = end;
                matched = true;
                break;
            }

            if (!matched)
            {
                i++;
            }
        }
    }

    private bool IsTerminal(int node) => !_entries[node].IsDefault || !_stemEntries[node].IsDefault;

    private static bool PreviousIsWordChar(ReadOnlySpan<char> text, int i)
    {
        for (var p = i - 1; p >= 0; p--)
        {
            if (NameFolding.Fold(text[p]) != NameFolding.Drop || char.IsLetterOrDigit(text[p]))
            {
                return NameFolding.IsSpacedWordChar(text[p]);
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

    private int Walk(string key)
    {
        var node = 0;
        foreach (var c in key)
        {
            node = Child(node, c);
        }

        return node;
    }

    private int Child(int node, char c)
    {
        var start = _edgeStart[node];
        var end = start + _edgeCount[node];
        for (var e = start; e < end; e++)
        {
            if (_edgeChar[e] == c)
            {
                return _edgeTarget[e];
            }
        }

        return 0;
    }
}
