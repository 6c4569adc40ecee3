using System.Collections.Immutable;
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
/// The trie (<see cref="NameTrie"/>) is walked only where a name can start (<see cref="NameStarts"/>).
/// <c>ScanEveryPosition</c> is the same scan without that filter: its specification.
/// </remarks>
internal sealed class NameScanner
{
    private readonly NameTrie _trie;
    private readonly NameStarts _starts;

    public NameScanner(NameIndex index)
    {
        _trie = new NameTrie(index);
        _starts = new NameStarts(_trie);
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
        while ((i = _starts.Next(text, i, morphology)) < text.Length)
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
            var insideWord = UnitClasses.IsSpacedWordUnit(text[i]) && UnitClasses.PreviousIsWordUnit(text, i) && !UnitClasses.AfterAttachedPrefix(text, i, morphology);
            if (_starts.RootChild(text[i]) != NameTrie.None && !insideWord && TryMatchAt(text, i, morphology, out var match))
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

    /// <summary>The longest name starting at <paramref name="i"/>, with its boundaries and case checked.</summary>
    private bool TryMatchAt(ReadOnlySpan<char> text, int i, NameMorphology morphology, out ScanMatch match)
    {
        // Every key ending on the walk is checked as it is reached; the last one accepted is the longest.
        match = default;
        var found = false;
        var node = _starts.RootChild(text[i]);
        var j = i + 1;
        var afterSeparator = false;
        if (_trie.IsTerminal(node) && TryAccept(text, i, j, node, morphology, out var accepted))
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

            var next = _trie.Child(node, folded);
            if (next == NameTrie.None)
            {
                break;
            }

            node = next;
            j++;
            afterSeparator = folded == NameFolding.Separator;
            if (!afterSeparator && _trie.IsTerminal(node) && TryAccept(text, i, j, node, morphology, out accepted))
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

        var glued = end < text.Length && UnitClasses.IsSpacedWordUnit(text[end]);
        var entries = _trie.EntriesAt(node);
        if (!entries.IsDefault)
        {
            var accepted = -1;
            if (!(_trie.NeedsEndBoundary(node) && glued))
            {
                accepted = end;
            }
            else if (morphology.EndingAt(text, end) is > 0 and var ending)
            {
                accepted = end + ending; // "Путина", "Итурупе"
            }

            if (accepted >= 0 && CaseMatches(text[start..accepted], entries))
            {
                match = new ScanMatch(start, accepted - start, entries);
                return true;
            }
        }

        if (_trie.StemFinalsAt(node) is { } finals && morphology.DeclinesAtStem(end - start, finals))
        {
            if (morphology.EndingAt(text, end) is > 0 and var stemEnding)
            {
                match = new ScanMatch(start, end + stemEnding - start, _trie.StemEntriesAt(node)); // "Японии": the stem of "Япония" and its ending
                return true;
            }

            if (!glued && morphology.BareStemStandsAlone(finals))
            {
                match = new ScanMatch(start, end - start, _trie.StemEntriesAt(node));
                return true;
            }
        }

        match = default;
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
}
