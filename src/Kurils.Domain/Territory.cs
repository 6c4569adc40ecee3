using NodaTime;

namespace Kurils.Domain;

/// <summary>What kind of place a territory is.</summary>
public enum TerritoryKind
{
    /// <summary>A single island.</summary>
    Island,

    /// <summary>A small island or rock.</summary>
    Islet,

    /// <summary>A named group of islands (Habomai, the four disputed islands).</summary>
    IslandGroup,

    /// <summary>A whole chain of islands (the Kurils).</summary>
    Archipelago,

    /// <summary>Any other place: a region, peninsula or town.</summary>
    Region,
}

/// <summary>One published area figure, kept with its source because sources disagree.</summary>
/// <param name="SquareKilometres">The area in km².</param>
/// <param name="Source">Who gives the figure.</param>
/// <param name="AsOf">When the figure was current.</param>
public sealed record AreaFigure(decimal SquareKilometres, string Source, LocalDate? AsOf);

/// <summary>A point on the globe in decimal degrees (WGS 84).</summary>
/// <param name="Latitude">Degrees north.</param>
/// <param name="Longitude">Degrees east.</param>
public readonly record struct GeoPoint(double Latitude, double Longitude);

/// <summary>A country's administration or claim of a territory over a period.</summary>
/// <param name="CountryId">The administering or claiming country.</param>
/// <param name="Period">When.</param>
/// <param name="Unit">The administrative unit, when known.</param>
/// <param name="Source">Where the facts come from.</param>
public sealed record SovereigntyPeriod(string CountryId, DateRange Period, string? Unit, string Source);

/// <summary>An island, islet, island group or region.</summary>
/// <param name="Id">The id, for example <c>iturup</c>.</param>
/// <param name="Kind">What kind of place it is.</param>
/// <param name="Names">Every curated name in every script.</param>
/// <param name="ParentId">The territory it geographically belongs to, if any.</param>
/// <param name="MemberIds">For groups, the member territories.</param>
/// <param name="Areas">Published area figures.</param>
/// <param name="Coordinates">A representative point.</param>
/// <param name="Administration">Who administered it, when.</param>
/// <param name="Claims">Who claims it, when.</param>
/// <param name="Source">Where the facts come from.</param>
public sealed record Territory(
    string Id,
    TerritoryKind Kind,
    EquatableArray<Name> Names,
    string? ParentId,
    EquatableArray<string> MemberIds,
    EquatableArray<AreaFigure> Areas,
    GeoPoint? Coordinates,
    EquatableArray<SovereigntyPeriod> Administration,
    EquatableArray<SovereigntyPeriod> Claims,
    string Source)
    : CatalogEntity(Id, Names, Source)
{
    /// <inheritdoc/>
    public override EntityKind EntityKind => EntityKind.Territory;

    /// <summary>Whether this territory is a set of other territories.</summary>
    public bool IsGroup => !MemberIds.IsEmpty;
}
