using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Kurils.Domain.Languages;

/// <summary>The languages an article is written in: the main one, and one for each other script it uses at length.</summary>
/// <param name="Primary">The pack of the main language, or null when no pack fits (the code is then <c>und</c>).</param>
/// <param name="Active">The packs whose rules apply to the article: the main language's first, then one per other script.</param>
internal sealed record LanguageGuess(LanguagePack? Primary, ImmutableArray<LanguagePack> Active)
{
    public static LanguageGuess None { get; } = new(null, []);

    /// <summary>The BCP 47 code of the main language, or <c>und</c>.</summary>
    public string Code => Primary?.Code ?? "und";
}

/// <summary>
/// Tells which packs' languages a text is written in, from the packs' own evidence: the scripts of its letters
/// decide the candidates, then each candidate scores its frequent words, its distinctive letters and its marker
/// scripts, less the letters it never writes. Knows no language itself.
/// </summary>
internal sealed class LanguageIdentifier
{
    // Enough text to tell a language; identification does not need the whole of a long article.
    private const int SampleLength = 4000;

    // A script counts as a second language of the text from this share of its (weighted) letters.
    private const double SecondScriptShare = 0.2;

    // The least share of a spaced text's words that its language's score must reach.
    private const double MinWordShare = 0.1;

    // Letters of scripts without spaces carry about as much text as three Latin letters.
    private const int UnspacedWeight = 3;

    private readonly ImmutableArray<LanguagePack> _packs;

    // Per script: the places in _packs of the packs Best weighs for it (for Han, those written in Han, then those in kana).
    private readonly int[][] _candidates = new int[Scripts.Count][];

    // Frequent words of the packs of spaced scripts: which packs list each word (frozen: one look-up per word of every
    // article's sample).
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;

    // The longest of those words, at most 32 units: a longer word of the text is none of them and is not looked up.
    private readonly int _longestWord;

    // Bit (length, first unit, last unit) set for every one of those words: most words of a text are none of them, and
    // are told so by one bit rather than a lower-casing and a dictionary look-up.
    private const int ShapeBits = 1 << 14;
    private readonly ulong[] _wordShapes = new ulong[ShapeBits / 64];

    // Per pack: its frequent words of scripts without spaces, of two units or more, with their script, which are
    // counted where they occur.
    private readonly (string Word, Script Script)[][] _unspacedWords;

    // For every UTF-16 unit, its slot in _letterOwners (0: no pack lists it): what each occurrence of the unit adds to
    // the scores of the packs that list it, as a distinctive letter (0.5), a letter never written (-5) or a frequent
    // word of one unit of a script without spaces (1, "の", "的").
    private readonly ushort[] _letterSlot = new ushort[char.MaxValue + 1];
    private readonly (int Pack, double Weight)[][] _letterOwners;

    public LanguageIdentifier(ImmutableArray<LanguagePack> packs)
    {
        _packs = packs;

        // Per script: the packs written in it.
        var byScript = new ImmutableArray<LanguagePack>[Scripts.Count];
        for (var s = 0; s < Scripts.Count; s++)
        {
            var script = Scripts.CodeTexts.ElementAtOrDefault(s - 1);
            byScript[s] = [.. packs.Where(p => script is not null && p.Scripts.Contains(script))];
        }

        for (var s = 0; s < Scripts.Count; s++)
        {
            var candidates = s == (int)Script.Han ? byScript[s].AddRange(byScript[(int)Script.Kana]) : byScript[s];
            _candidates[s] = new int[candidates.Length];
            for (var k = 0; k < candidates.Length; k++)
            {
                _candidates[s][k] = packs.IndexOf(candidates[k]);
            }
        }

        _unspacedWords = new (string, Script)[packs.Length][];
        var slots = new List<List<(int Pack, double Weight)>> { new() };
        void AddToSlot(char unit, int pack, double weight)
        {
            if (_letterSlot[unit] == 0)
            {
                _letterSlot[unit] = (ushort)slots.Count;
                slots.Add([]);
            }

            slots[_letterSlot[unit]].Add((pack, weight));
        }

        var wordOwners = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var p = 0; p < packs.Length; p++)
        {
            var unspaced = new List<(string, Script)>();
            foreach (var word in packs[p].Identify.Words)
            {
                if (!wordOwners.TryGetValue(word, out var owners))
                {
                    wordOwners[word] = owners = [];
                }

                owners.Add(p);
                if (word.Length == 1 && !Scripts.SeparatesWords(Scripts.Of(word[0])))
                {
                    // Its occurrences are its unit's: counted in the pass that reads the letters.
                    AddToSlot(word[0], p, 1);
                }
                else if (word.Length > 0 && !Scripts.SeparatesWords(Scripts.Of(word[0])))
                {
                    unspaced.Add((word, Scripts.Of(word[0])));
                }
            }

            _unspacedWords[p] = [.. unspaced];
        }

        _wordLookup = wordOwners.ToFrozenDictionary(w => w.Key, w => w.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in wordOwners.Keys)
        {
            _longestWord = Math.Min(32, Math.Max(_longestWord, word.Length));
            if (word.Length > 0)
            {
                var bit = ShapeBit(word.Length, word[0], word[^1]);
                _wordShapes[bit >> 6] |= 1UL << bit;
            }
        }

        // Distinctive and missing letters, found with one table look-up per letter of the sample.
        for (var p = 0; p < packs.Length; p++)
        {
            foreach (var (letters, never) in new[] { (packs[p].Identify.Letters, false), (packs[p].Identify.Never, true) })
            {
                foreach (var c in letters)
                {
                    foreach (var form in new[] { c, char.ToUpperInvariant(c) })
                    {
                        AddToSlot(form, p, never ? -5 : 0.5);
                    }
                }
            }
        }

        _letterOwners = [.. slots.Select(s => s.ToArray())];
    }

    /// <summary>The languages of <paramref name="text"/>.</summary>
    public LanguageGuess Identify(ReadOnlySpan<char> text)
    {
        if (_packs.IsEmpty)
        {
            return LanguageGuess.None;
        }

        var sample = text[..Math.Min(text.Length, SampleLength)];
        Span<int> letters = stackalloc int[Scripts.Count];

        // The script of every unit, read once here for the letter counts and again by the word pass.
        Span<Script> scripts = stackalloc Script[sample.Length];
        var scores = new double[_packs.Length];
        for (var i = 0; i < sample.Length; i++)
        {
            var c = sample[i];
            var script = Scripts.Of(c);
            scripts[i] = script;
            letters[(int)script]++;

            // A letter the language never writes is strong evidence against it; its own letters are weaker evidence
            // for it than its words, since neighbours borrow names written with them; a word of one unit counts as
            // the longer words do. (Read in this pass: every score is a sum of halves, so the order it is added in
            // does not change it.)
            var slot = _letterSlot[c];
            if (slot != 0)
            {
                foreach (var (pack, weight) in _letterOwners[slot])
                {
                    scores[pack] += weight;
                }
            }
        }

        // Han and kana are one group: Japanese writes both, Chinese the first.
        Span<int> weighted = stackalloc int[Scripts.Count];
        for (var s = 1; s < Scripts.Count; s++)
        {
            weighted[s] = letters[s] * (Scripts.SeparatesWords((Script)s) ? 1 : UnspacedWeight);
        }

        weighted[(int)Script.Han] += weighted[(int)Script.Kana];
        weighted[(int)Script.Kana] = 0;
        var total = 0;
        foreach (var w in weighted)
        {
            total += w;
        }

        if (total == 0)
        {
            return LanguageGuess.None;
        }

        Span<int> words = stackalloc int[Scripts.Count];
        Span<int> wordHits = stackalloc int[_packs.Length];
        Score(sample, scripts, letters, scores, words, wordHits);

        LanguagePack? primary = null;
        var active = ImmutableArray.CreateBuilder<LanguagePack>();
        var dominant = 1;
        for (var s = 2; s < Scripts.Count; s++)
        {
            if (weighted[s] > weighted[dominant])
            {
                dominant = s;
            }
        }

        if (Best((Script)dominant, scores, words, wordHits) is { } main)
        {
            primary = main;
            active.Add(main);
            foreach (var code in main.Identify.ReadWith)
            {
                if (_packs.FirstOrDefault(p => p.Code == code) is { } borrowed && !active.Contains(borrowed))
                {
                    active.Add(borrowed);
                }
            }
        }

        for (var s = 1; s < Scripts.Count; s++)
        {
            if (s != dominant && weighted[s] > 0 && weighted[s] >= total * SecondScriptShare
                && Best((Script)s, scores, words, wordHits) is { } other && !active.Contains(other))
            {
                active.Add(other);
            }
        }

        return new LanguageGuess(primary, active.ToImmutable());
    }

    /// <summary>
    /// The best-scoring pack written in <paramref name="script"/> (for Han: also the packs written in kana), or null
    /// when none has evidence or two have the same: a text whose evidence fits two neighbours equally well (Croatian
    /// and Bosnian on their shared words alone) tells neither.
    /// </summary>
    private LanguagePack? Best(Script script, double[] scores, ReadOnlySpan<int> words, ReadOnlySpan<int> wordHits)
    {
        // In a spaced script, a language's frequent words make up a good part of any text in it: a few stray
        // hits among many words (a Swahili "ya" read as Turkish) are no evidence.
        var least = Scripts.SeparatesWords(script) ? Math.Max(1, words[(int)script] * MinWordShare) : 0;
        LanguagePack? best = null;
        var bestScore = 0.0;
        var tied = false;
        foreach (var index in _candidates[(int)script])
        {
            var pack = _packs[index];
            var score = scores[index];
            score += score > 0 ? pack.Identify.Prior : 0;
            if (score > bestScore && score >= least)
            {
                (best, bestScore, tied) = (pack, score, false);
            }
            else if (best is not null && score == bestScore && pack != best)
            {
                tied = true;
            }
        }

        return tied ? null : best ?? MostWords(script, words, wordHits);
    }

    /// <summary>
    /// When letters rule out every candidate of a spaced script, the text mixes neighbours (a Russian story above a
    /// ticker of Ukrainian headlines, each writing letters the other never does): the one whose frequent words make up
    /// a good part of it, and more than any other's, is the main language; else none.
    /// </summary>
    private LanguagePack? MostWords(Script script, ReadOnlySpan<int> words, ReadOnlySpan<int> wordHits)
    {
        if (!Scripts.SeparatesWords(script))
        {
            return null;
        }

        var least = Math.Max(1, words[(int)script] * MinWordShare);
        LanguagePack? best = null;
        var most = 0;
        foreach (var index in _candidates[(int)script])
        {
            if (wordHits[index] > most)
            {
                (best, most) = (_packs[index], wordHits[index]);
            }
            else if (wordHits[index] == most)
            {
                best = null;
            }
        }

        return most >= least ? best : null;
    }

    private void Score(ReadOnlySpan<char> sample, ReadOnlySpan<Script> scripts, ReadOnlySpan<int> letters, double[] scores, Span<int> words, Span<int> wordHits)
    {
        // Frequent words of spaced scripts, one dictionary look-up per word of the sample.
        Span<char> lower = stackalloc char[32];
        var i = 0;
        while (i < sample.Length)
        {
            var script = scripts[i];
            if (script == Script.None || !Scripts.SeparatesWords(script))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < sample.Length && (scripts[i] == script || IsInsideWord(sample, scripts, i)))
            {
                i++;
            }

            var word = sample[start..i];
            words[(int)script]++;
            if (word.Length <= _longestWord && MayBeWord(word))
            {
                var folded = lower[..word.Length];
                InvariantCase.LowerWord(word, folded);
                if (_wordLookup.TryGetValue(folded, out var owners))
                {
                    foreach (var owner in owners)
                    {
                        scores[owner] += 1;
                        wordHits[owner]++;
                    }
                }
            }
        }

        for (var p = 0; p < _packs.Length; p++)
        {
            var identify = _packs[p].Identify;

            // Words of scripts without spaces are counted where they occur.
            foreach (var (word, script) in _unspacedWords[p])
            {
                if (letters[(int)script] > 0)
                {
                    scores[p] += Occurrences(sample, word);
                }
            }

            foreach (var marker in identify.MarkerScripts)
            {
                scores[p] += letters[(int)marker];
            }
        }
    }

    // False only when no frequent word has the length and the first and last units of word once lower-cased.
    private bool MayBeWord(ReadOnlySpan<char> word)
    {
        var bit = ShapeBit(word.Length, InvariantCase.LowerWordUnit(word[0]), InvariantCase.LowerWordUnit(word[^1]));
        return (_wordShapes[bit >> 6] & (1UL << bit)) != 0;
    }

    private static int ShapeBit(int length, char first, char last) =>
        (int)((((uint)length * 0x9E3779B1u) ^ (first * 0x85EBCA77u) ^ (last * 0xC2B2AE3Du)) >> 16) & (ShapeBits - 1);

    /// <summary>An apostrophe or a hyphen between two letters belongs to the word (l'île, по-русски).</summary>
    private static bool IsInsideWord(ReadOnlySpan<char> text, ReadOnlySpan<Script> scripts, int i) =>
        text[i] is '\'' or '\u2019' or '-' && i > 0 && i + 1 < text.Length && scripts[i - 1] != Script.None && scripts[i + 1] != Script.None;

    private static int Occurrences(ReadOnlySpan<char> text, string word)
    {
        var count = 0;
        var at = 0;
        while (at < text.Length)
        {
            var found = text[at..].IndexOf(word, StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }

            count++;
            at += found + word.Length;
        }

        return count;
    }
}
