using NodaTime;

namespace Kurils.Domain.Parsing.Statements;

// The link from a statement found in the text to the catalog's record of it (same speaker, said or published within a day).
internal sealed partial class StatementExtractor
{
    /// <summary>The id of the catalog statement of <paramref name="speaker"/> said or published within a day of <paramref name="date"/>, if any.</summary>
    private string? Link(string? speaker, LocalDate? date)
    {
        if (speaker is null || date is not { } d)
        {
            return null;
        }

        foreach (var statement in _catalog.Statements)
        {
            if (string.Equals(statement.SpeakerId, speaker, StringComparison.Ordinal) &&
                (Near(statement.Said, d) || (statement.Published is { } p && Near(p, d))))
            {
                return statement.Id;
            }
        }

        return null;

        static bool Near(LocalDate a, LocalDate b) => Math.Abs(Period.Between(a, b, PeriodUnits.Days).Days) <= 1;
    }
}
