using NodaTime;

namespace Kurils.Domain;

/// <summary>A period in which a person held an office.</summary>
/// <param name="OfficeId">The office.</param>
/// <param name="Period">When.</param>
/// <param name="Source">Where the dates come from.</param>
public sealed record Tenure(string OfficeId, DateRange Period, string Source);

/// <summary>A person, with the names by which the press knows them and the offices they held.</summary>
/// <param name="Id">The id, <c>family-given</c>, for example <c>hayashi-yoshimasa</c>.</param>
/// <param name="CountryId">The person's country.</param>
/// <param name="NameParts">Curated name parts per language.</param>
/// <param name="Names">Every name: the curated aliases and the forms generated from the parts.</param>
/// <param name="Tenures">Offices held, in date order.</param>
/// <param name="Source">Where the facts come from.</param>
public sealed record Person(
    string Id,
    string CountryId,
    EquatableArray<PersonName> NameParts,
    EquatableArray<Name> Names,
    EquatableArray<Tenure> Tenures,
    string Source)
    : CatalogEntity(Id, Names, Source)
{
    /// <inheritdoc/>
    public override EntityKind EntityKind => EntityKind.Person;

    /// <summary>
    /// The person's gender when the catalog records it (<c>gender</c>), else null: a pronoun that stands for a speaker
    /// agrees with it ("she said" is not Putin's).
    /// </summary>
    public PersonGender? Gender { get; init; }

    /// <summary>Whether the person held <paramref name="officeId"/> on <paramref name="date"/>.</summary>
    /// <param name="officeId">The office.</param>
    /// <param name="date">The day.</param>
    public bool HeldOn(string officeId, LocalDate date)
    {
        foreach (var tenure in Tenures)
        {
            if (string.Equals(tenure.OfficeId, officeId, StringComparison.Ordinal) && tenure.Period.Contains(date))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A person's gender, as the catalog records it.</summary>
public enum PersonGender
{
    /// <summary>Female: "she", "она", "elle".</summary>
    Female,

    /// <summary>Male: "he", "он", "il".</summary>
    Male,
}
