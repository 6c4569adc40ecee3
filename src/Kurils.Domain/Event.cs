using NodaTime;

namespace Kurils.Domain;

/// <summary>A forum, press conference, interview or other dated event.</summary>
/// <param name="Id">The id.</param>
/// <param name="Kind">A kebab-case kind, for example <c>press-conference</c>.</param>
/// <param name="Names">Its names.</param>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day (inclusive), when it lasted more than one.</param>
/// <param name="Place">Where.</param>
/// <param name="Source">Where the facts come from.</param>
public sealed record Event(string Id, string Kind, EquatableArray<Name> Names, LocalDate Start, LocalDate? End, string? Place, string Source)
    : CatalogEntity(Id, Names, Source)
{
    /// <inheritdoc/>
    public override EntityKind EntityKind => EntityKind.Event;
}
