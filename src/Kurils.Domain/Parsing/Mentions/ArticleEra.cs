using Kurils.Domain.Names;
using NodaTime;

namespace Kurils.Domain.Parsing.Mentions;

/// <summary>
/// When an article gives no date, the time it speaks of is still plain from the people it names unambiguously:
/// Prime Minister Mishustin puts 加藤官房長官 in 2020 (Kato Katsunobu), not 1991 (Kato Koichi); Kishida and his
/// ministers put 安倍 with Abe Shinzo, not his father. Of namesakes, the one whose offices lie nearest in time to the
/// offices of those people is meant, when clearly nearer than every other one.
/// </summary>
internal sealed class ArticleEra
{
    // How much nearer in time the chosen namesake's offices must be than every other's: about a term of office.
    private const int MarginDays = 4 * 365;

    private readonly List<DateRange> _tenures;

    private ArticleEra(List<DateRange> tenures) => _tenures = tenures;

    /// <summary>No era: nobody named with a tenure.</summary>
    public static ArticleEra None { get; } = new([]);

    /// <summary>The tenures of the people the matches name unambiguously (one person, and not a family name of one ideograph).</summary>
    public static ArticleEra Of(string text, List<ScanMatch> matches)
    {
        var tenures = new List<DateRange>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in matches)
        {
            if (match.Entries.Length == 1 && match.Entries[0].Entity is Person person
                && !SingleCharacterFamilyNames.IsSingleIdeographFamilyName(text, match) && seen.Add(person.Id))
            {
                foreach (var tenure in person.Tenures)
                {
                    tenures.Add(tenure.Period);
                }
            }
        }

        return tenures.Count == 0 ? None : new ArticleEra(tenures);
    }

    /// <summary>The one of <paramref name="candidates"/> whose offices lie clearly nearest in time to the era's, or null.</summary>
    public Person? Nearest(IReadOnlyList<Person> candidates)
    {
        if (_tenures.Count == 0)
        {
            return null;
        }

        Person? best = null;
        long bestDistance = long.MaxValue, second = long.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(candidate);
            if (distance < bestDistance)
            {
                (second, bestDistance, best) = (bestDistance, distance, candidate);
            }
            else if (distance < second)
            {
                second = distance;
            }
        }

        return bestDistance != long.MaxValue && (second == long.MaxValue || second - bestDistance >= MarginDays) ? best : null;
    }

    /// <summary>Days between the person's nearest tenure and the era's nearest one (0 when they overlap); long.MaxValue without tenures.</summary>
    private long Distance(Person person)
    {
        var nearest = long.MaxValue;
        foreach (var tenure in person.Tenures)
        {
            foreach (var other in _tenures)
            {
                nearest = Math.Min(nearest, Gap(tenure.Period, other));
            }
        }

        return nearest;
    }

    private static long Gap(DateRange a, DateRange b)
    {
        if (a.End is { } aEnd && aEnd <= b.Start)
        {
            return Period.Between(aEnd, b.Start, PeriodUnits.Days).Days;
        }

        if (b.End is { } bEnd && bEnd <= a.Start)
        {
            return Period.Between(bEnd, a.Start, PeriodUnits.Days).Days;
        }

        return 0;
    }
}
