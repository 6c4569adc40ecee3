using NodaTime;

namespace Kurils.Domain;

/// <summary>What kind of document an instrument is.</summary>
public enum InstrumentKind
{
    /// <summary>A treaty.</summary>
    Treaty,

    /// <summary>A declaration.</summary>
    Declaration,

    /// <summary>A joint statement.</summary>
    Statement,

    /// <summary>An amendment to a constitution.</summary>
    ConstitutionalAmendment,

    /// <summary>An agreement or pact.</summary>
    Agreement,
}

/// <summary>How an instrument ceased to bind, where sources say.</summary>
public enum InstrumentEnd
{
    /// <summary>Replaced by a later instrument on the same matter (the date is the later one's entry into force).</summary>
    Superseded,

    /// <summary>Declared void, or voided by war between the parties.</summary>
    Annulled,

    /// <summary>Ran out at the end of its term.</summary>
    Expired,

    /// <summary>Ended by a party's notice (denunciation, notice of non-renewal).</summary>
    Denounced,

    /// <summary>A statement of intent that was never a treaty in force (the Cairo communiqué, the Yalta agreement as the United States described it in 1956).</summary>
    NotBinding,
}

/// <summary>A territorial provision of an instrument, as data.</summary>
/// <param name="Article">The article, for example <c>9</c> or <c>2(c)</c>.</param>
/// <param name="Effect">A kebab-case tag, for example <c>transfer-after-peace-treaty</c>.</param>
/// <param name="TerritoryIds">The territories it concerns.</param>
/// <param name="FromCountryId">The country giving up the territories, if any.</param>
/// <param name="ToCountryId">The country receiving them, if any.</param>
/// <param name="Summary">What it says, in one sentence.</param>
public sealed record Provision(
    string Article,
    string Effect,
    EquatableArray<string> TerritoryIds,
    string? FromCountryId,
    string? ToCountryId,
    string Summary);

/// <summary>A treaty, declaration, statement or constitutional amendment.</summary>
/// <param name="Id">The id, for example <c>joint-declaration-1956</c>.</param>
/// <param name="Kind">What kind of document.</param>
/// <param name="Names">Names in English, Russian and Japanese.</param>
/// <param name="Signed">The signing date (Gregorian), if signed.</param>
/// <param name="SignedJulian">The signing date as given in the Julian calendar, where sources give it.</param>
/// <param name="Ratified">The ratification date.</param>
/// <param name="InForce">The date it entered into force.</param>
/// <param name="Ended">The date it ended (termination, denunciation), if it did.</param>
/// <param name="End">How it ended, where sources say; <see cref="InstrumentEnd.NotBinding"/> means it was never in force.</param>
/// <param name="Place">Where it was signed.</param>
/// <param name="PartyIds">The countries party to it.</param>
/// <param name="Provisions">Its territorial provisions.</param>
/// <param name="Source">Where the facts come from.</param>
public sealed record Instrument(
    string Id,
    InstrumentKind Kind,
    EquatableArray<Name> Names,
    LocalDate? Signed,
    LocalDate? SignedJulian,
    LocalDate? Ratified,
    LocalDate? InForce,
    LocalDate? Ended,
    InstrumentEnd? End,
    string? Place,
    EquatableArray<string> PartyIds,
    EquatableArray<Provision> Provisions,
    string Source)
    : CatalogEntity(Id, Names, Source)
{
    /// <inheritdoc/>
    public override EntityKind EntityKind => EntityKind.Instrument;

    /// <summary>Whether the instrument is in force on <paramref name="date"/>: from its entry into force (or signing) to its end; never for a statement of intent.</summary>
    /// <param name="date">The day.</param>
    public bool IsInForceOn(LocalDate date)
    {
        if (End == InstrumentEnd.NotBinding)
        {
            return false;
        }

        var start = InForce ?? Signed;
        return start is { } s && date >= s && (Ended is not { } e || date < e);
    }
}
