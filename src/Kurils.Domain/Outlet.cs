namespace Kurils.Domain;

/// <summary>How an outlet shows itself in pasted text.</summary>
public enum OutletCueKind
{
    /// <summary>An agency tag in a dateline, for example <c>/TASS/</c>.</summary>
    Dateline,

    /// <summary>A photo or text credit, for example <c>© Name/TASS</c>.</summary>
    Credit,

    /// <summary>A closing credit, for example <c>© KYODO</c>.</summary>
    Signature,

    /// <summary>Page furniture unique to the outlet's site.</summary>
    Page,
}

/// <summary>A literal text by which an outlet shows itself.</summary>
/// <param name="Kind">Where the cue appears.</param>
/// <param name="Text">The literal text, matched ignoring case.</param>
public sealed record OutletCue(OutletCueKind Kind, string Text);

/// <summary>A news outlet or agency.</summary>
/// <param name="Id">The id, for example <c>tass</c>.</param>
/// <param name="CountryId">Where it is based.</param>
/// <param name="Names">Its names.</param>
/// <param name="Cues">How it shows itself in pasted text.</param>
/// <param name="Source">Where the facts come from.</param>
public sealed record Outlet(string Id, string? CountryId, EquatableArray<Name> Names, EquatableArray<OutletCue> Cues, string Source)
    : CatalogEntity(Id, Names, Source)
{
    /// <inheritdoc/>
    public override EntityKind EntityKind => EntityKind.Outlet;
}
