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
        // Longest first: "joint declaration" before "declaration".
        InstrumentWords = [.. packs.SelectMany(p => p.Dispute.Instruments).SelectMany(i => i.Words.Select(w => (Word: w, i.Kind)))
            .DistinctBy(w => w.Word, StringComparer.OrdinalIgnoreCase).OrderByDescending(w => w.Word.Length).ThenBy(w => w.Word, StringComparer.Ordinal)];
        AnyInstrumentWord = new IgnoreCaseWords(InstrumentWords.Select(w => w.Word));
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
