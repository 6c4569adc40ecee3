namespace Kurils.Domain;

/// <summary>What kind of body an institution is.</summary>
public enum InstitutionKind
{
    /// <summary>A head of state's or government's own office: the Kremlin, the Prime Minister's Office of Japan.</summary>
    ExecutiveOffice,

    /// <summary>A government as a body: the Cabinet of Japan, the Government of the Russian Federation.</summary>
    Government,

    /// <summary>A ministry: the foreign and defence ministries.</summary>
    Ministry,

    /// <summary>A parliament or one of its chambers: the National Diet, the State Duma, the Federation Council.</summary>
    Parliament,

    /// <summary>A service or agency: the FSB Border Service.</summary>
    Agency,

    /// <summary>The government of a region: Sakhalin Oblast, Hokkaido.</summary>
    RegionalGovernment,

    /// <summary>A city or town's government: Nemuro.</summary>
    Municipality,

    /// <summary>An embassy.</summary>
    Embassy,

    /// <summary>An association of citizens: the League of Residents of Chishima and Habomai Islands.</summary>
    Association,
}

/// <summary>
/// A body that speaks or acts as one in the dispute: a ministry, a parliament, the Kremlin, a regional government,
/// an embassy, the former islanders' league. "Japan's Foreign Ministry said", "В МИД России заявили", "外務省は".
/// </summary>
/// <param name="Id">The id, for example <c>foreign-ministry-japan</c>.</param>
/// <param name="Kind">What kind of body it is.</param>
/// <param name="CountryId">The country it belongs to.</param>
/// <param name="Names">Its names, in the forms the press uses, in every language curated.</param>
/// <param name="Source">Where the facts come from.</param>
public sealed record Institution(string Id, InstitutionKind Kind, string CountryId, EquatableArray<Name> Names, string Source)
    : CatalogEntity(Id, Names, Source)
{
    /// <inheritdoc/>
    public override EntityKind EntityKind => EntityKind.Institution;
}
