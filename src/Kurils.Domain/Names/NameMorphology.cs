using System.Collections.Frozen;
using Kurils.Domain.Languages;

namespace Kurils.Domain.Names;

/// <summary>
/// How the languages of a text attach endings and prefixes to names, merged from their packs' morphology, as
/// both the text scanner and <see cref="KurilsCatalog.Resolve"/> apply it: "Итурупе" is "Итуруп" with the
/// ending "е", "Японии" the stem of "Япония" with "и", "Kunaszyrze" "Kunaszyr" with "ze", "وإيتوروب" "إيتوروب"
/// after the particle "و". Every form is folded as names are (<see cref="NameFolding.Fold"/>).
/// </summary>
internal sealed class NameMorphology
{
    /// <summary>The length of the endings a whole-word name's own ending may give way to, besides its final letter ("Зеленск|ий" → "Зеленск|ого").</summary>
    public const int ReplacedEndingLength = 2;

    // Per script: the endings its languages attach, and the finals that give way to them.
    private readonly FrozenSet<string>?[] _endings = new FrozenSet<string>?[Scripts.Count];
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[] _endingLookup = new FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[Scripts.Count];
    private readonly int[] _maxEnding = new int[Scripts.Count];
    private readonly string[] _stemFinals = new string[Scripts.Count];
    private readonly string[] _bareStemFinals = new string[Scripts.Count];
    private readonly int[] _minStem = new int[Scripts.Count];
    // Attached prefixes as written in lower case (an elision keeps its apostrophe: "l'" must not match "l"), and
    // those without an apostrophe folded as keys are, for Resolve.
    private readonly FrozenSet<string> _prefixes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    private readonly FrozenSet<string> _keyPrefixes;

    // Conjunctions that join a second modifier to a name's first word, folded.
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _conjunctionLookup;

    // Prefixes written in place of a name's first letters (Arabic لل for ل + ال), both folded.
    private readonly Contraction[] _contractions;

    // Ordinary words written like short names, in lower case with their diacritics.
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _commonWordLookup;
    private readonly int _maxCommonWord;

    private NameMorphology(IEnumerable<LanguagePack> packs)
    {
        var endings = new List<string>?[Scripts.Count];
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var keyPrefixes = new HashSet<string>(StringComparer.Ordinal);
        var conjunctions = new HashSet<string>(StringComparer.Ordinal);
        var contractions = new List<Contraction>();
        var commonWords = new HashSet<string>(StringComparer.Ordinal);
        Array.Fill(_stemFinals, "");
        Array.Fill(_bareStemFinals, "");
        Array.Fill(_minStem, int.MaxValue);
        foreach (var pack in packs)
        {
            var morphology = pack.Morphology;
            conjunctions.UnionWith(morphology.Conjunctions.Select(FoldForm));
            commonWords.UnionWith(morphology.CommonWords);
            foreach (var contraction in morphology.Contractions)
            {
                var folded = new Contraction(FoldForm(contraction.Written), FoldForm(contraction.NameStart));
                if (folded.Written.Length > 0 && folded.NameStart.Length > 0 && !contractions.Contains(folded))
                {
                    contractions.Add(folded);
                }
            }
            foreach (var prefix in morphology.AttachedPrefixes)
            {
                prefixes.Add(prefix);
                if (!prefix.Contains('\'', StringComparison.Ordinal))
                {
                    keyPrefixes.Add(NameFolding.Key(prefix));
                }

                MaxPrefixLength = Math.Max(MaxPrefixLength, prefix.Length);
            }

            foreach (var code in pack.Scripts)
            {
                var s = (int)Scripts.FromCode(code);
                if (morphology.Endings.IsEmpty)
                {
                    continue;
                }

                (endings[s] ??= []).AddRange(morphology.Endings.Select(e => FoldForm(e)));
                _stemFinals[s] += FoldForm(morphology.StemFinals);
                _bareStemFinals[s] += FoldForm(morphology.BareStemFinals);
                _minStem[s] = Math.Min(_minStem[s], morphology.MinStemLength);
            }
        }

        for (var s = 0; s < Scripts.Count; s++)
        {
            if (endings[s] is { } list)
            {
                _endings[s] = list.Where(e => e.Length > 0).ToFrozenSet(StringComparer.Ordinal);
                _endingLookup[s] = _endings[s]!.GetAlternateLookup<ReadOnlySpan<char>>();
                _maxEnding[s] = list.Max(e => e.Length);
            }
        }

        _prefixes = prefixes.ToFrozenSet(StringComparer.Ordinal);
        _prefixLookup = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _keyPrefixes = keyPrefixes.ToFrozenSet(StringComparer.Ordinal);
        HasPrefixes = _prefixes.Count > 0;
        _conjunctionLookup = conjunctions.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        HasConjunctions = conjunctions.Count > 0;
        HasAsciiPrefixes = _prefixes.Any(p => System.Text.Ascii.IsValid(p) && !p.Contains('\'', StringComparison.Ordinal));
        ReadsAsciiAsWritten = _endings[(int)Script.Latin] is null && !conjunctions.Any(c => c.Length > 0 && char.IsAscii(c[0]));
        _contractions = [.. contractions];
        _commonWordLookup = commonWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _maxCommonWord = commonWords.Count == 0 ? 0 : commonWords.Max(w => w.Length);
    }

    /// <summary>Whether any language here writes a prefix in place of a name's first letters (<see cref="Contractions"/>).</summary>
    public bool HasContractions => _contractions.Length > 0;

    /// <summary>No endings and no prefixes: names match only as written.</summary>
    public static NameMorphology None { get; } = new([]);

    /// <summary>Whether any language here attaches prefixes (most do not: the scanner then skips the check).</summary>
    public bool HasPrefixes { get; }

    /// <summary>Whether an attached prefix is plain ASCII without an apostrophe, which the scanner's ASCII shortcut cannot see.</summary>
    public bool HasAsciiPrefixes { get; }

    /// <summary>
    /// Whether names of ASCII letters are read only as written: no language here declines a Latin name or joins its
    /// modifiers with a conjunction that starts in ASCII, so the scanner's start filter can follow the trie past a key's end.
    /// </summary>
    public bool ReadsAsciiAsWritten { get; }

    /// <summary>Whether any language here joins modifiers of a name with a conjunction the scanner reads across.</summary>
    public bool HasConjunctions { get; }

    /// <summary>The longest attached prefix, in UTF-16 units.</summary>
    public int MaxPrefixLength { get; }

    /// <summary>The morphology of <paramref name="packs"/> together.</summary>
    public static NameMorphology Of(IEnumerable<LanguagePack> packs) => new(packs);

    /// <summary>
    /// The length of the case ending that starts at <paramref name="index"/>, right after a name (or a stem) of
    /// the script of <c>text[index - 1]</c>: letters of that script up to a word boundary that form an ending;
    /// 0 when they do not.
    /// </summary>
    public int EndingAt(ReadOnlySpan<char> text, int index)
    {
        if (index <= 0 || index >= text.Length)
        {
            return 0;
        }

        var script = (int)Scripts.Of(text[index - 1]);
        var endings = _endings[script];
        if (endings is null)
        {
            return 0;
        }

        var max = _maxEnding[script];
        var length = 0;
        while (index + length < text.Length && (int)Scripts.Of(text[index + length]) == script)
        {
            if (++length > max)
            {
                return 0;
            }
        }

        if (length == 0 || (index + length < text.Length && NameFolding.IsSpacedWordChar(text[index + length])))
        {
            return 0;
        }

        Span<char> folded = stackalloc char[length];
        for (var k = 0; k < length; k++)
        {
            folded[k] = NameFolding.Fold(text[index + k]);
        }

        return _endingLookup[script].Contains(folded) ? length : 0;
    }

    /// <summary>
    /// Whether a whole name of <paramref name="length"/> units ending in <paramref name="last"/> takes an ending of
    /// <paramref name="ending"/> units: it is as long as the shortest stem that declines in its script, or the ending
    /// has more than one letter. A single letter on a shorter name too often spells an ordinary word ("Kan" + n is the
    /// German "Kann"); the Serbian "Абеом" (Абе + ом) is still the name.
    /// </summary>
    public bool TakesEndings(int length, char last, int ending = int.MaxValue) =>
        _endings[(int)Scripts.Of(last)] is not null && (length >= _minStem[(int)Scripts.Of(last)] || ending > 1);

    /// <summary>The shortest stem that declines in the script of <paramref name="last"/> (<see cref="int.MaxValue"/> where nothing declines).</summary>
    public int MinStemLength(char last) => _minStem[(int)Scripts.Of(last)];

    /// <summary>
    /// Whether a stem of <paramref name="stemLength"/> units, of a key that ended in one of <paramref name="finals"/>,
    /// takes endings: one of those finals gives way to an ending in its script, and the stem is long enough.
    /// </summary>
    public bool DeclinesAtStem(int stemLength, ReadOnlySpan<char> finals)
    {
        foreach (var final in finals)
        {
            var script = (int)Scripts.Of(final);
            if (stemLength >= _minStem[script] && _stemFinals[script].Contains(final, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a word of a name, written as a stem (ending in <paramref name="stemLast"/>) and
    /// <paramref name="remainder"/> (folded, perhaps empty), may stand in text as that stem and
    /// <paramref name="written"/> (the text's letters up to the word's end, perhaps none): the remainder is nothing,
    /// a final that gives way or an ending, and what is written instead is an ending, or nothing where the remainder
    /// is a final whose bare stem is a form ("южн|ые" → "южн|ых", "договор" → "договор|а", "Курил|ы" → "Курил").
    /// </summary>
    public bool Replaces(char stemLast, ReadOnlySpan<char> remainder, ReadOnlySpan<char> written)
    {
        var script = (int)Scripts.Of(stemLast);
        if (_endings[script] is null || written.Length > _maxEnding[script] || (written.Length == 0 && remainder.Length == 0))
        {
            return false;
        }

        Span<char> folded = stackalloc char[written.Length];
        for (var k = 0; k < written.Length; k++)
        {
            folded[k] = NameFolding.Fold(written[k]);
        }

        if (folded.SequenceEqual(remainder))
        {
            return false;
        }

        var givesWay = remainder.Length == 0
            || (remainder.Length == 1 && _stemFinals[script].Contains(remainder[0], StringComparison.Ordinal))
            || _endingLookup[script].Contains(remainder);
        if (!givesWay)
        {
            return false;
        }

        return written.Length == 0
            ? remainder.Length == 1 && _bareStemFinals[script].Contains(remainder[0], StringComparison.Ordinal)
            : _endingLookup[script].Contains(folded);
    }

    /// <summary>Whether a stem whose key ended in one of <paramref name="finals"/> stands alone as a form (Курилы → Курил).</summary>
    public bool BareStemStandsAlone(ReadOnlySpan<char> finals)
    {
        foreach (var final in finals)
        {
            if (_bareStemFinals[(int)Scripts.Of(final)].Contains(final, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/>, a whole word of the text, is a conjunction that may join two modifiers of one name ("и").</summary>
    public bool IsConjunction(ReadOnlySpan<char> word)
    {
        if (word.Length > 8)
        {
            return false;
        }

        Span<char> folded = stackalloc char[word.Length];
        for (var k = 0; k < word.Length; k++)
        {
            folded[k] = NameFolding.Fold(word[k]);
        }

        return _conjunctionLookup.Contains(folded);
    }

    /// <summary>
    /// The prefixes written in place of a name's first letters, folded: each stands for <see cref="Contraction.NameStart"/>,
    /// which the rest of the word goes on ("لل|يابان" for "ال|يابان").
    /// </summary>
    public ReadOnlySpan<Contraction> Contractions => _contractions;

    /// <summary>Whether <paramref name="contraction"/> is written at <paramref name="index"/> and followed by a letter.</summary>
    public static bool IsWrittenAt(ReadOnlySpan<char> text, int index, Contraction contraction)
    {
        var written = contraction.Written;
        return index + written.Length < text.Length && IsWrittenAt(text, index, written) && char.IsLetter(text[index + written.Length]);
    }

    /// <summary>Whether a contraction may start with the unit <paramref name="c"/>.</summary>
    public bool StartsContraction(char c)
    {
        var folded = NameFolding.Fold(c);
        foreach (var contraction in _contractions)
        {
            if (contraction.Written[0] == folded)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="word"/>, a whole word of the text, is an ordinary word of the text's languages that a
    /// short name is also written as: as written, in lower case, diacritics kept ("Ngã" is one, "Nga" is not).
    /// </summary>
    public bool IsCommonWord(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > _maxCommonWord)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        InvariantCase.LowerWord(word, lower);

        return _commonWordLookup.Contains(lower);
    }

    /// <summary>Whether <paramref name="written"/> (the text from a word's start) is a prefix written together with the next word.</summary>
    public bool IsAttachedPrefix(ReadOnlySpan<char> written)
    {
        if (written.Length > MaxPrefixLength)
        {
            return false;
        }

        // Lower case, with the typographic apostrophe as the plain one: as the packs' words are read.
        Span<char> lower = stackalloc char[written.Length];
        InvariantCase.LowerWord(written, lower);

        return _prefixLookup.Contains(lower);
    }

    /// <summary>
    /// <paramref name="name"/> without an elided prefix written onto it, for each such prefix it starts with ("l'" and
    /// "dell'" of "dell'Hokkaido"): what is left when it is a word.
    /// </summary>
    public IEnumerable<string> WithoutElision(string name)
    {
        var trimmed = name.TrimStart();
        for (var length = 2; length <= MaxPrefixLength && length < trimmed.Length; length++)
        {
            if ((trimmed[length - 1] is '\'' or '\u2019' or '\u02BC') && IsAttachedPrefix(trimmed.AsSpan(0, length)) && char.IsLetterOrDigit(trimmed[length]))
            {
                yield return trimmed[length..];
            }
        }
    }

    /// <summary>
    /// The base forms a folded key may be an inflected form of, for <see cref="KurilsCatalog.Resolve"/>: without an
    /// attached prefix, without an ending, and with an ending replaced by a final that gives way to it.
    /// </summary>
    public IEnumerable<string> BaseForms(string key)
    {
        foreach (var unprefixed in Unprefixed(key))
        {
            if (!ReferenceEquals(unprefixed, key))
            {
                yield return unprefixed;
            }

            if (unprefixed.Length < 2)
            {
                continue;
            }

            var script = (int)Scripts.Of(unprefixed[^1]);
            if (_endings[script] is not { } endings)
            {
                continue;
            }

            for (var length = 1; length <= _maxEnding[script] && length < unprefixed.Length; length++)
            {
                var stem = unprefixed[..^length];
                if (!endings.Contains(unprefixed[^length..]) || stem.Length < _minStem[script] || stem[^1] == NameFolding.Separator)
                {
                    continue;
                }

                yield return stem;
                foreach (var final in _stemFinals[script])
                {
                    yield return stem + final;
                }

                // A base form whose own ending gave way ("Зеленского": "Зеленск|ий"), as the scanner reads it (ReplacedEnding).
                foreach (var own in endings)
                {
                    if (own.Length == ReplacedEndingLength && stem.Length >= _minStem[script] && !own.AsSpan().SequenceEqual(unprefixed.AsSpan(unprefixed.Length - length)))
                    {
                        yield return stem + own;
                    }
                }
            }

            if (_bareStemFinals[script].Length > 0 && unprefixed.Length >= _minStem[script])
            {
                foreach (var final in _bareStemFinals[script])
                {
                    yield return unprefixed + final;
                }
            }
        }
    }

    private IEnumerable<string> Unprefixed(string key)
    {
        foreach (var unprefixed in WithoutPrefix(key))
        {
            yield return unprefixed;
            foreach (var contraction in _contractions)
            {
                if (unprefixed.Length > contraction.Written.Length + 1 && unprefixed.StartsWith(contraction.Written, StringComparison.Ordinal))
                {
                    yield return contraction.NameStart + unprefixed[contraction.Written.Length..];
                }
            }
        }
    }

    private IEnumerable<string> WithoutPrefix(string key)
    {
        yield return key;
        for (var length = 1; length <= MaxPrefixLength && length < key.Length - 1; length++)
        {
            if (_keyPrefixes.Contains(key[..length]))
            {
                yield return key[length..].TrimStart(NameFolding.Separator);
            }
        }
    }

    private static bool IsWrittenAt(ReadOnlySpan<char> text, int index, string folded)
    {
        for (var k = 0; k < folded.Length; k++)
        {
            if (NameFolding.Fold(text[index + k]) != folded[k])
            {
                return false;
            }
        }

        return true;
    }

    private static string FoldForm(string form) => string.Concat(form.Select(c => NameFolding.Fold(c)).Where(c => c != NameFolding.Drop));
}
