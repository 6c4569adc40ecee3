using NodaTime;

namespace Kurils.Domain;

/// <summary>Whether a statement is quoted or paraphrased.</summary>
public enum StatementKind
{
    /// <summary>A direct quotation.</summary>
    Direct,

    /// <summary>Reported (indirect) speech.</summary>
    Reported,
}

/// <summary>A curated statement by a person on the dispute.</summary>
/// <param name="Id">The id.</param>
/// <param name="SpeakerId">The person who said it.</param>
/// <param name="Said">When it was said.</param>
/// <param name="Published">When it was first published, if later.</param>
/// <param name="EventId">The event at which it was said.</param>
/// <param name="Kind">Direct or reported.</param>
/// <param name="Gist">What was said, in one sentence.</param>
/// <param name="Tags">Stance and topic tags.</param>
/// <param name="Source">Where the facts come from.</param>
public sealed record Statement(
    string Id,
    string SpeakerId,
    LocalDate Said,
    LocalDate? Published,
    string? EventId,
    StatementKind Kind,
    string Gist,
    EquatableArray<string> Tags,
    string Source);
