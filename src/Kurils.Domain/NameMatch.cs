namespace Kurils.Domain;

/// <summary>How a name matched.</summary>
public enum MatchMethod
{
    /// <summary>The text equals a curated name exactly.</summary>
    Exact,

    /// <summary>The text equals a curated name after folding case, diacritics, width, separators and character forms.</summary>
    Normalized,

    /// <summary>The text names a territory with an island word around it ("Iturup Island", "остров Итуруп").</summary>
    WithoutFrame,

    /// <summary>The text is within the allowed edit distance of a name (typo-tolerant mode only).</summary>
    Fuzzy,

    /// <summary>The text is an inflected form of a name in the name's own language ("Итурупе", "Kunaszyrze", "وإيتوروب").</summary>
    Inflected,
}

/// <summary>One entity a name resolved to, and how.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Name">The curated name that matched: its language and who uses it.</param>
/// <param name="Method">How it matched.</param>
/// <param name="Distance">The edit distance for fuzzy matches, otherwise 0.</param>
/// <param name="Members">For an island group, its member territories; otherwise empty.</param>
public sealed record NameMatch(CatalogEntity Entity, Name Name, MatchMethod Method, int Distance, EquatableArray<Territory> Members);

/// <summary>Options for <see cref="KurilsCatalog.Resolve"/>.</summary>
public sealed record ResolveOptions
{
    /// <summary>Exact and normalized matches only.</summary>
    public static ResolveOptions Default { get; } = new();

    /// <summary>
    /// Also accepts names within a few edits (Damerau–Levenshtein, after folding): none for names of fewer than four
    /// letters, one for four or five ("Itrup" → Iturup), two from six ("Etorfuu" → Etorofu). The shorter of the text
    /// and the name counts. Matches found so say <see cref="MatchMethod.Fuzzy"/> and their <see cref="NameMatch.Distance"/>.
    /// </summary>
    public static ResolveOptions TypoTolerant { get; } = new() { MaxEditDistance = 2, MinFuzzyLength = 4 };

    /// <summary>The largest edit distance accepted, for names of <see cref="FullToleranceLength"/> letters or more; 0 (the default) turns typo tolerance off.</summary>
    public int MaxEditDistance { get; init; }

    /// <summary>Names shorter than this (after folding) never match fuzzily; from this length to <see cref="FullToleranceLength"/> one edit is accepted.</summary>
    public int MinFuzzyLength { get; init; } = 4;

    /// <summary>Names of this many letters or more (after folding) accept up to <see cref="MaxEditDistance"/> edits.</summary>
    public int FullToleranceLength { get; init; } = 6;

    /// <summary>The edits accepted between a text and a name the shorter of which has <paramref name="length"/> letters.</summary>
    internal int EditsAllowed(int length) =>
        MaxEditDistance <= 0 || length < MinFuzzyLength ? 0
        : length < FullToleranceLength ? Math.Min(1, MaxEditDistance)
        : MaxEditDistance;
}
