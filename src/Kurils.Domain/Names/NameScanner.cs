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
    // A word cut off by the text's end names an entity only from this many letters on, and when the names it begins
    // are found among this many trie nodes (a short prefix begins too many).
    private const int MinCutOffLength = 5;
    private const int MaxCutOffNodes = 512;

    private readonly NameTrie _trie;
    private readonly NameStarts _starts;

    /// <summary>The scanner of <paramref name="trie"/>'s names (a compiled catalog's, or one built from a catalog's names).</summary>
    public NameScanner(NameTrie trie)
    {
        _trie = trie;
        _starts = new NameStarts(_trie);
    }

    /// <summary>The trie the scanner walks.</summary>
    public NameTrie Trie => _trie;

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
    /// A text cut off inside a word (a page's excerpt that stops at "… between Sakhal"): when that last word has at
    /// least <see cref="MinCutOffLength"/> letters of a spaced script and a capital, was not read as a name, and begins
    /// names of one word of one entity only ("Kunash", "Сахал"), appends it as a match of that entity's name. Nothing when
    /// the text ends otherwise.
    /// </summary>
    public void ScanCutOffEnd(ReadOnlySpan<char> text, List<ScanMatch> matches)
    {
        var end = text.Length;
        var start = end;
        while (start > 0 && UnitClasses.IsSpacedWordUnit(text[start - 1]) && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        if (end - start < MinCutOffLength || (start > 0 && UnitClasses.IsSpacedWordUnit(text[start - 1]))
            || (matches.Count > 0 && matches[^1].End > start) || !char.IsUpper(text[start]))
        {
            return;
        }

        // The root is node 0, as None is: the walk reads at least one unit before None can mean "no child".
        var node = NameTrie.Root;
        for (var i = start; i < end; i++)
        {
            if ((node = _trie.Child(node, NameFolding.Fold(text[i]))) == NameTrie.None)
            {
                return;
            }
        }

        // The names of one word that go on from here, as long as they stay one entity's and the search stays small.
        CatalogEntity? entity = null;
        var entries = ImmutableArray.CreateBuilder<IndexedName>();
        var pending = new Stack<int>();
        pending.Push(node);
        var visited = 0;
        while (pending.Count > 0)
        {
            var at = pending.Pop();
            if (++visited > MaxCutOffNodes)
            {
                return;
            }

            if (_trie.EntriesAt(at) is { IsDefault: false } found)
            {
                foreach (var entry in found)
                {
                    if (entity is not null && !ReferenceEquals(entity, entry.Entity))
                    {
                        return;
                    }

                    entity = entry.Entity;
                    if (entries.Count == 0)
                    {
                        entries.Add(entry);
                    }
                }
            }

            var units = _trie.EdgeUnitsOf(at);
            var targets = _trie.EdgeTargetsOf(at);
            for (var k = 0; k < units.Length; k++)
            {
                if (units[k] != NameFolding.Separator)
                {
                    pending.Push(targets[k]);
                }
            }
        }

        if (entries.Count == 1 && !entries[0].Name.CaseSensitive)
        {
            matches.Add(new ScanMatch(start, end - start, entries.ToImmutable()));
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
            var canStart = _starts.RootChild(text[i]) != NameTrie.None || (morphology.HasContractions && morphology.StartsContraction(text[i]));
            if (canStart && !insideWord && TryMatchAt(text, i, morphology, out var match))
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
        var best = default(Best);
        var node = _starts.RootChild(text[i]);
        if (_trie.IsTerminal(node) && TryAccept(text, i, i + 1, node, morphology, out var accepted))
        {
            best.Offer(accepted, declined: false);
        }

        Walk(text, i, node, i + 1, afterSeparator: false, declined: false, morphology, ref best);
        if (morphology.HasContractions)
        {
            TakeContractions(text, i, morphology, ref best);
        }

        match = best.Match;
        return best.Found;
    }

    /// <summary>
    /// A prefix written in place of a name's first letters at <paramref name="i"/> ("لليابان": ل and the article ال of
    /// "اليابان"): the walk goes on from the node of those letters, and the match covers the contraction.
    /// </summary>
    private void TakeContractions(ReadOnlySpan<char> text, int i, NameMorphology morphology, ref Best best)
    {
        foreach (var contraction in morphology.Contractions)
        {
            if (!NameMorphology.IsWrittenAt(text, i, contraction))
            {
                continue;
            }

            var node = NameTrie.Root;
            foreach (var unit in contraction.NameStart)
            {
                if ((node = _trie.Child(node, unit)) == NameTrie.None)
                {
                    break;
                }
            }

            if (node != NameTrie.None)
            {
                Walk(text, i, node, i + contraction.Written.Length, afterSeparator: false, declined: true, morphology, ref best);
            }
        }
    }

    /// <summary>
    /// Walks the trie from <paramref name="node"/>, reached by reading the text up to <paramref name="j"/>, keeping in
    /// <paramref name="best"/> the longest name accepted from <paramref name="start"/>; where a word of a name of
    /// several words may have declined, also walks on from the end of the word the text wrote. <paramref name="declined"/>:
    /// whether the walk got here through such a word.
    /// </summary>
    private void Walk(ReadOnlySpan<char> text, int start, int node, int j, bool afterSeparator, bool declined, NameMorphology morphology, ref Best best)
    {
        // Every key ending on the walk is checked as it is reached; the last one accepted is the longest.
        while (true)
        {
            if (_trie.HasWordEnds(node))
            {
                TakeWordEnds(text, start, node, j, morphology, ref best);
            }

            if (j >= text.Length)
            {
                return;
            }

            var folded = NameFolding.Fold(text[j]);
            if (folded == NameFolding.Drop)
            {
                j++;
                continue;
            }

            if (folded == NameFolding.Separator && EndsClause(text, j))
            {
                return;
            }

            if (folded == NameFolding.Separator && afterSeparator)
            {
                j++;
                continue;
            }

            var next = _trie.Child(node, folded);
            if (next == NameTrie.None)
            {
                if (!afterSeparator && j - start >= NameMorphology.ReplacedEndingLength)
                {
                    TakeReplacedEnding(text, start, node, j, morphology, ref best);
                }

                return;
            }

            node = next;
            j++;
            afterSeparator = folded == NameFolding.Separator;
            if (afterSeparator && morphology.HasConjunctions && j >= 2)
            {
                TakeConjunction(text, start, node, j, text[j - 2], morphology, ref best);
            }

            if (!afterSeparator && _trie.IsTerminal(node) && TryAccept(text, start, j, node, morphology, out var accepted))
            {
                best.Offer(accepted, declined);
            }
        }
    }

    /// <summary>
    /// At the stem of a word in a name of several words (<paramref name="node"/>, read up to <paramref name="j"/>): when
    /// the text ends the word there with an ending of its language in place of the name's ("Южных" for "Южные"),
    /// the walk goes on after the word, or, at the name's last word, the name is accepted.
    /// </summary>
    private void TakeWordEnds(ReadOnlySpan<char> text, int start, int node, int j, NameMorphology morphology, ref Best best)
    {
        var wordEnd = j;
        while (wordEnd < text.Length && UnitClasses.IsSpacedWordUnit(text[wordEnd]))
        {
            wordEnd++;
        }

        var written = text[j..wordEnd];
        var beforeSeparator = IsNameSeparator(text, wordEnd);
        foreach (ref readonly var end in _trie.WordEndsAt(node))
        {
            if ((!end.Last && !beforeSeparator) || !morphology.Replaces(text[j - 1], _trie.RemainderOf(end), written))
            {
                continue;
            }

            if (!end.Last)
            {
                Walk(text, start, end.Target, wordEnd + 1, afterSeparator: true, declined: true, morphology, ref best);
                if (morphology.HasConjunctions)
                {
                    TakeConjunction(text, start, end.Target, wordEnd + 1, text[wordEnd - 1], morphology, ref best);
                }
            }
            else if (_trie.HasCaseFreeNames(end.Target, stem: false) || CaseMatches(text[start..wordEnd], _trie.EntriesAt(end.Target)))
            {
                best.Offer(new ScanMatch(start, wordEnd - start, _trie.EntriesAt(end.Target)), declined: true);
            }
        }
    }

    /// <summary>
    /// Where the text leaves the trie inside a word (<paramref name="node"/>, read up to <paramref name="j"/>): a name
    /// whose key goes on with an ending of <see cref="NameMorphology.ReplacedEndingLength"/> letters, written in the text
    /// as another ending of its language, is accepted there ("Зеленского", "Зеленського" for "Зеленский", "Зеленський").
    /// A final letter that gives way is the stem's (<see cref="TryAccept"/>); the words of a name of several words have
    /// their own jumps (<see cref="TakeWordEnds"/>).
    /// </summary>
    private void TakeReplacedEnding(ReadOnlySpan<char> text, int start, int node, int j, NameMorphology morphology, ref Best best)
    {
        var stemLast = text[j - 1];
        if (!UnitClasses.IsSpacedWordUnit(text[j]) || Scripts.Of(text[j]) != Scripts.Of(stemLast) || j - start < morphology.MinStemLength(stemLast))
        {
            return;
        }

        var wordEnd = WordEnd(text, j);
        if (wordEnd < text.Length && UnitClasses.IsSpacedWordUnit(text[wordEnd]))
        {
            return;
        }

        Span<char> remainder = stackalloc char[NameMorphology.ReplacedEndingLength];
        var firstUnits = _trie.EdgeUnitsOf(node);
        var firstTargets = _trie.EdgeTargetsOf(node);
        for (var a = 0; a < firstUnits.Length; a++)
        {
            var secondUnits = _trie.EdgeUnitsOf(firstTargets[a]);
            var secondTargets = _trie.EdgeTargetsOf(firstTargets[a]);
            for (var b = 0; b < secondUnits.Length; b++)
            {
                var target = secondTargets[b];
                if (!_trie.IsTerminal(target) || _trie.EntriesAt(target) is not { IsDefault: false } entries)
                {
                    continue;
                }

                remainder[0] = firstUnits[a];
                remainder[1] = secondUnits[b];
                if (morphology.Replaces(stemLast, remainder, text[j..wordEnd]) && (_trie.HasCaseFreeNames(target, stem: false) || CaseMatches(text[start..wordEnd], entries)))
                {
                    best.Offer(new ScanMatch(start, wordEnd - start, entries), declined: true);
                }
            }
        }
    }

    /// <summary>
    /// After a word of a name and its separator (<paramref name="node"/>, text read up to <paramref name="j"/>): when
    /// the text goes on with a conjunction of its language and a second modifier that ends as that word ended
    /// (<paramref name="lastLetter"/>: both agree in case), the walk goes on after them, so "Южных и Средних Курил"
    /// is read as "Южных Курил".
    /// </summary>
    private void TakeConjunction(ReadOnlySpan<char> text, int start, int node, int j, char lastLetter, NameMorphology morphology, ref Best best)
    {
        var p = SkipSeparators(text, j);
        var conjunction = p;
        p = WordEnd(text, p);
        if (p == conjunction || !IsNameSeparator(text, p) || !morphology.IsConjunction(text[conjunction..p]))
        {
            return;
        }

        var modifier = SkipSeparators(text, p);
        p = WordEnd(text, modifier);
        const int MinModifierLength = 3;
        if (p - modifier < MinModifierLength || !IsNameSeparator(text, p)
            || NameFolding.Fold(text[p - 1]) != NameFolding.Fold(lastLetter) || Scripts.Of(text[modifier]) != Scripts.Of(lastLetter))
        {
            return;
        }

        Walk(text, start, node, p + 1, afterSeparator: true, declined: true, morphology, ref best);
    }

    /// <summary>Whether the unit at <paramref name="i"/> separates two words of one name: a separator that does not end a clause.</summary>
    private static bool IsNameSeparator(ReadOnlySpan<char> text, int i) =>
        i < text.Length && NameFolding.Fold(text[i]) == NameFolding.Separator && !EndsClause(text, i);

    /// <summary>
    /// Whether the separator at <paramref name="i"/> is a mark that ends a clause or a sentence, which the words of a
    /// name are not read across ("Bộ Ngoại giao, Nga", "the ministry. Russia", "the ministry – Russia"): a comma, a
    /// dash between spaces (a hyphen that a space follows on one side only joins: "Chishima- und Habomai-Inseln"), a
    /// full stop before a space after a word of more than three letters (the stop of an initial or an abbreviation,
    /// "S. Lavrov", "St. Petersburg", is read across).
    /// </summary>
    private static bool EndsClause(ReadOnlySpan<char> text, int i)
    {
        const int MaxAbbreviation = 3;
        var c = text[i];
        if (c == ',')
        {
            return true;
        }

        if (c == '.')
        {
            if (i + 1 >= text.Length || !char.IsWhiteSpace(text[i + 1]))
            {
                return false;
            }

            var letters = 0;
            for (var p = i - 1; p >= 0 && char.IsLetter(text[p]) && letters <= MaxAbbreviation; p--)
            {
                letters++;
            }

            return letters > MaxAbbreviation;
        }

        return System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.DashPunctuation
            && i > 0 && char.IsWhiteSpace(text[i - 1]) && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]);
    }

    private static int SkipSeparators(ReadOnlySpan<char> text, int i)
    {
        while (IsNameSeparator(text, i))
        {
            i++;
        }

        return i;
    }

    private static int WordEnd(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && UnitClasses.IsSpacedWordUnit(text[i]))
        {
            i++;
        }

        return i;
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
            else if (morphology.EndingAt(text, end) is > 0 and var ending && morphology.TakesEndings(end - start, text[end - 1], ending))
            {
                accepted = end + ending; // "Путина", "Итурупе"
            }

            if (accepted >= 0 && (_trie.HasCaseFreeNames(node, stem: false) || CaseMatches(text[start..accepted], entries)))
            {
                match = new ScanMatch(start, accepted - start, entries);
                return true;
            }
        }

        var finals = _trie.StemFinalsAt(node);
        if (!finals.IsEmpty && morphology.DeclinesAtStem(end - start, finals))
        {
            var stemEntries = _trie.StemEntriesAt(node);
            if (morphology.EndingAt(text, end) is > 0 and var stemEnding && (_trie.HasCaseFreeNames(node, stem: true) || CaseMatches(text[start..(end + stemEnding)], stemEntries)))
            {
                match = new ScanMatch(start, end + stemEnding - start, stemEntries); // "Японии": the stem of "Япония" and its ending
                return true;
            }

            if (!glued && morphology.BareStemStandsAlone(finals) && (_trie.HasCaseFreeNames(node, stem: true) || CaseMatches(text[start..end], stemEntries)))
            {
                match = new ScanMatch(start, end - start, stemEntries);
                return true;
            }
        }

        match = default;
        return false;
    }

    /// <summary>
    /// Case-sensitive names (short acronyms, "Northern Territories" in languages where the lower-case words are an
    /// ordinary phrase) match only when the text has their case (asked only where the trie's flags say that every name
    /// at the node is case-sensitive, <see cref="NameTrie.HasCaseFreeNames"/>): letter by letter, word by word, as far as each
    /// written word and the name's agree, so a declined form keeps the name's capitals ("Північних територій").
    /// </summary>
    private static bool CaseMatches(ReadOnlySpan<char> found, ImmutableArray<IndexedName> entries)
    {
        foreach (var entry in entries)
        {
            if (!entry.Name.CaseSensitive || found.SequenceEqual(entry.Name.Text) || SameCaseByWord(found, entry.Name.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The best reading of the text at one position so far.</summary>
    private struct Best
    {
        public ScanMatch Match;
        public bool Found;

        // Whether Match came through a declined word of a name of several words.
        private bool _declined;

        /// <summary>
        /// The longest reading wins. Of two as long, the one that reads the text as a name is written wins over a
        /// declined one; two declined readings of the same text (Russian "Южные Курилы" and Bulgarian "Южни Курили"
        /// in "Южными Курилами") stand for the names of both.
        /// </summary>
        public void Offer(ScanMatch candidate, bool declined)
        {
            if (!Found || candidate.Length > Match.Length || (candidate.Length == Match.Length && !declined))
            {
                (Match, Found, _declined) = (candidate, true, declined);
            }
            else if (candidate.Length == Match.Length && _declined)
            {
                var entries = Match.Entries.ToBuilder();
                foreach (var entry in candidate.Entries)
                {
                    if (!entries.Contains(entry))
                    {
                        entries.Add(entry);
                    }
                }

                Match = Match with { Entries = entries.ToImmutable() };
            }
        }
    }

    private static bool SameCaseByWord(ReadOnlySpan<char> found, ReadOnlySpan<char> name)
    {
        int f = 0, n = 0;
        while (true)
        {
            while (f < found.Length && !char.IsLetter(found[f]))
            {
                f++;
            }

            while (n < name.Length && !char.IsLetter(name[n]))
            {
                n++;
            }

            if (f == found.Length || n == name.Length)
            {
                return f == found.Length && n == name.Length;
            }

            // One word of each, compared as far as both go.
            while (f < found.Length && n < name.Length && char.IsLetter(found[f]) && char.IsLetter(name[n]))
            {
                if (char.IsUpper(found[f]) != char.IsUpper(name[n]))
                {
                    return false;
                }

                f++;
                n++;
            }

            while (f < found.Length && char.IsLetter(found[f]))
            {
                f++;
            }

            while (n < name.Length && char.IsLetter(name[n]))
            {
                n++;
            }
        }
    }
}
