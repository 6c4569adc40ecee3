using NodaTime;

namespace Kurils.Domain;

/// <summary>
/// A span of calendar days: <see cref="Start"/> inclusive, <see cref="End"/> exclusive, open-ended when
/// <see cref="End"/> is null. Exclusive ends let consecutive tenures chain without gaps or overlaps: the
/// predecessor's end is the successor's first day.
/// </summary>
/// <param name="Start">The first day.</param>
/// <param name="End">The first day no longer covered, or null when still ongoing.</param>
public readonly record struct DateRange(LocalDate Start, LocalDate? End)
{
    /// <summary>Whether the range is still ongoing.</summary>
    public bool IsOpen => End is null;

    /// <summary>Whether <paramref name="date"/> falls within the range.</summary>
    /// <param name="date">The day to test.</param>
    public bool Contains(LocalDate date) => date >= Start && (End is not { } end || date < end);

    /// <summary>
    /// The range as a NodaTime <see cref="DateInterval"/> (both ends inclusive); an open range is closed at
    /// <paramref name="openEnd"/>.
    /// </summary>
    /// <param name="openEnd">The last day to use for an open range, for example today.</param>
    public DateInterval ToDateInterval(LocalDate openEnd)
    {
        var last = End is { } end ? end.PlusDays(-1) : openEnd;
        return new DateInterval(Start, last < Start ? Start : last);
    }

    /// <inheritdoc/>
    public override string ToString() => IsoDate.Format(Start) + ".." + (End is { } end ? IsoDate.Format(end) : string.Empty);
}
