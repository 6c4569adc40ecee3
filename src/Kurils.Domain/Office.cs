namespace Kurils.Domain;

/// <summary>A public office, for example Japan's Chief Cabinet Secretary.</summary>
/// <param name="Id">The id, for example <c>chief-cabinet-secretary</c>.</param>
/// <param name="CountryId">The country of the office.</param>
/// <param name="Names">Names in English, Russian and Japanese.</param>
/// <param name="Source">Where the facts come from.</param>
public sealed record Office(string Id, string CountryId, EquatableArray<Name> Names, string Source)
    : CatalogEntity(Id, Names, Source)
{
    /// <inheritdoc/>
    public override EntityKind EntityKind => EntityKind.Office;
}
