using System.Collections.Frozen;
using System.Collections.Immutable;
using Kurils.Domain.Parsing;

namespace Kurils.Domain.Languages;

/// <summary>
/// The words every article is read with whatever its language: the instrument kind words (with the year an
/// instrument of the kind was signed beside them they are evidence enough, and a short text's language is often
/// mistaken), the verbs of holding a territory and the island words a review diagnostic looks for. Only the
/// <c>dispute</c> and <c>islands</c> sections of the packs go into it, so building it for every pack reads no
/// pack's page, date or speech words.
/// </summary>
internal sealed class DisputeLexicon
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _notNames;

    private DisputeLexicon(IReadOnlyList<LanguagePack> packs)
    {
        // Longest first: "joint declaration" before "declaration"; one entry per word, the first kind given. Loops
        // rather than LINQ over the (word, kind) pairs, which the JIT compiles for that pair alone at the first parse.
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var instrumentWords = new List<(string Word, InstrumentKind Kind)>();
        foreach (var pack in packs)
        {
            foreach (var instrument in pack.Dispute.Instruments)
            {
                foreach (var word in instrument.Words)
                {
                    if (seen.Add(word))
                    {
                        instrumentWords.Add((word, instrument.Kind));
                    }
                }
            }
        }

        InstrumentWords = WordOrder.LongestFirst(instrumentWords, w => w.Word);
        var words = new string[InstrumentWords.Length];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = InstrumentWords[i].Word;
        }

        AnyInstrumentWord = new IgnoreCaseWords(words);
        ControlVerbs = Distinct(packs.SelectMany(p => p.Dispute.Control));
        IslandAnaphora = Distinct(packs.SelectMany(p => p.Islands.Anaphora));
        IslandWordsForReview = [.. packs.SelectMany(p => p.Islands.UnknownAfter).Select(w => w.StartsWith('-') ? w : " " + w).Distinct(StringComparer.Ordinal)];
        _notNames = packs.SelectMany(p => p.Islands.NotNames).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>No words: no instrument is described, no island name is reviewed.</summary>
    public static DisputeLexicon Empty { get; } = new([]);

    /// <summary>Words for kinds of instrument, longest first, with the kind each names.</summary>
    public ImmutableArray<(string Word, InstrumentKind Kind)> InstrumentWords { get; }

    /// <summary><see cref="InstrumentWords"/> as one search: whether a text holds any of them.</summary>
    public IgnoreCaseWords AnyInstrumentWord { get; }

    /// <summary>Verbs that say a country holds a territory, as folded (lower case).</summary>
    public ImmutableArray<string> ControlVerbs { get; }

    /// <summary>Phrases that refer back to islands named before, as folded (lower case).</summary>
    public ImmutableArray<string> IslandAnaphora { get; }

    /// <summary>Island words, as written, after which an unknown capitalised word is reported, each with what joins it to the word before (" Island", "-jima").</summary>
    public ImmutableArray<string> IslandWordsForReview { get; }

    /// <summary>The lexicon of <paramref name="packs"/>.</summary>
    public static DisputeLexicon Of(IReadOnlyList<LanguagePack> packs) => packs.Count == 0 ? Empty : new DisputeLexicon(packs);

    /// <summary>Whether <paramref name="word"/> is a capitalised word that stands before an island word without naming one ("The", "Northern").</summary>
    public bool IsNotAnIslandName(ReadOnlySpan<char> word) => _notNames.Contains(word);

    private static ImmutableArray<string> Distinct(IEnumerable<string> words) => [.. words.Distinct(StringComparer.Ordinal)];
}
