namespace Kurils.Domain;

/// <summary>The kinds of things the catalog holds.</summary>
public enum EntityKind
{
    /// <summary>A <see cref="Domain.Territory"/>.</summary>
    Territory,

    /// <summary>An <see cref="Domain.Instrument"/>.</summary>
    Instrument,

    /// <summary>A <see cref="Domain.Person"/>.</summary>
    Person,

    /// <summary>An <see cref="Domain.Office"/>.</summary>
    Office,

    /// <summary>An <see cref="Domain.Outlet"/>.</summary>
    Outlet,

    /// <summary>A <see cref="Domain.Country"/>.</summary>
    Country,

    /// <summary>An <see cref="Domain.Event"/>.</summary>
    Event,

    /// <summary>An <see cref="Domain.Institution"/>.</summary>
    Institution,
}

/// <summary>Anything in the catalog that has an id and names.</summary>
/// <param name="Id">The canonical id, lower-case kebab-case (a contract: see the README).</param>
/// <param name="Names">Every curated name.</param>
/// <param name="Source">Where the facts come from.</param>
public abstract record CatalogEntity(string Id, EquatableArray<Name> Names, string Source)
{
    /// <summary>What kind of entity this is.</summary>
    public abstract EntityKind EntityKind { get; }

    /// <summary>
    /// A curated English label that takes no side, for an entity whose every English name is one side's (the four
    /// disputed islands are "Northern Territories" in Japan and "Southern Kurils" in Russia); null when none is curated.
    /// It is a label for tables and reports, never matched in text.
    /// </summary>
    public string? NeutralName { get; init; }

    /// <summary>The <see cref="NeutralName"/>, else the first curated English name, or the first name, or the id.</summary>
    public string DisplayName
    {
        get
        {
            if (NeutralName is not null)
            {
                return NeutralName;
            }

            foreach (var name in Names)
            {
                if (name.Language.StartsWith("en", StringComparison.Ordinal))
                {
                    return name.Text;
                }
            }

            return Names.Count > 0 ? Names[0].Text : Id;
        }
    }

    /// <summary>
    /// The name one side uses: the first name in <paramref name="language"/> used by <paramref name="countryId"/>
    /// ("Northern Territories" for <c>japan</c>, "Southern Kurils" for <c>russia</c>), else <see cref="DisplayName"/>.
    /// </summary>
    /// <param name="countryId">The side, for example <c>japan</c>.</param>
    /// <param name="language">The language's first subtag, English by default.</param>
    public string DisplayNameFor(string countryId, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(countryId);
        ArgumentNullException.ThrowIfNull(language);
        foreach (var name in Names)
        {
            var inLanguage = name.Language.StartsWith(language, StringComparison.Ordinal)
                && (name.Language.Length == language.Length || name.Language[language.Length] == '-');
            if (inLanguage && name.UsedBy.Contains(countryId))
            {
                return name.Text;
            }
        }

        return DisplayName;
    }
}
