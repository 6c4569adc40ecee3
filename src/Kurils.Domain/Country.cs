namespace Kurils.Domain;

/// <summary>A sovereign state, past or present.</summary>
/// <param name="Id">The id, for example <c>russia</c>.</param>
/// <param name="Names">Its names.</param>
/// <param name="Existence">When it existed.</param>
/// <param name="Source">Where the facts come from.</param>
public sealed record Country(string Id, EquatableArray<Name> Names, DateRange? Existence, string Source)
    : CatalogEntity(Id, Names, Source)
{
    /// <inheritdoc/>
    public override EntityKind EntityKind => EntityKind.Country;
}
