namespace Kurils.Domain;

/// <summary>What kind of name a <see cref="Name"/> is.</summary>
public enum NameKind
{
    /// <summary>The official name used by the side that uses it.</summary>
    Official,

    /// <summary>A romanization of a name in another script (Hepburn, Kunrei, a Russian transliteration).</summary>
    Romanization,

    /// <summary>A name used in a language other than the place's own (for example English "Kuril Islands").</summary>
    Exonym,

    /// <summary>A name no longer in use.</summary>
    Historical,

    /// <summary>A name that carries a side's position ("Northern Territories", "Southern Kurils").</summary>
    PoliticalFraming,

    /// <summary>Another spelling or form in use.</summary>
    Variant,

    /// <summary>An abbreviation or acronym.</summary>
    Abbreviation,

    /// <summary>A person's full name, generated from the curated name parts.</summary>
    FullName,

    /// <summary>A person's bare family name, generated from the curated name parts; often shared by several people.</summary>
    FamilyName,
}

/// <summary>One name of a catalog entity, in one language and script.</summary>
/// <param name="Text">The name as written.</param>
/// <param name="Language">A BCP 47 tag with script where it matters: <c>en</c>, <c>ja-Jpan</c>, <c>ja-Latn</c>, <c>ru-Cyrl</c>.</param>
/// <param name="Kind">What kind of name it is.</param>
/// <param name="UsedBy">Ids of the countries whose side uses the name; empty when neutral.</param>
/// <param name="Ambiguous">Whether the name is deliberately shared with another entity.</param>
/// <param name="FrameOnly">Whether the name is an ordinary word that counts only inside an island frame ("остров Юрий").</param>
/// <param name="CaseSensitive">Whether text must match the name's exact case (short acronyms such as "AP").</param>
public sealed record Name(
    string Text,
    string Language,
    NameKind Kind,
    EquatableArray<string> UsedBy,
    bool Ambiguous = false,
    bool FrameOnly = false,
    bool CaseSensitive = false)
{
    /// <summary>
    /// Whether the name is a common noun phrase that names the entity only where the text is about its parties
    /// ("peace treaty" is the Japan–Russia one only beside Japan, Russia or the islands; "the four islands" are the
    /// disputed ones only in an article that names one of them or their chain; catalog note <c>generic</c>).
    /// </summary>
    public bool Generic { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Text} ({Language})";
}

/// <summary>The parts of a person's name in one language, from which full-name variants are generated.</summary>
/// <param name="Language">A BCP 47 tag, for example <c>en</c>, <c>ja-Jpan</c>, <c>ru-Cyrl</c>.</param>
/// <param name="Family">The family name and its spelling variants, preferred first.</param>
/// <param name="Given">The given name and its spelling variants, preferred first.</param>
/// <param name="Patronymic">The patronymic and its variants, empty when none.</param>
public sealed record PersonName(
    string Language,
    EquatableArray<string> Family,
    EquatableArray<string> Given,
    EquatableArray<string> Patronymic);
