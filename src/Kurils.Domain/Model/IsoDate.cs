using NodaTime;
using NodaTime.Text;

namespace Kurils.Domain;

/// <summary>ISO-8601 calendar dates (<c>YYYY-MM-DD</c>), the only date format the library reads or writes.</summary>
internal static class IsoDate
{
    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date.WithCalendar(CalendarSystem.Iso));

    public static bool TryParse(string text, out LocalDate date)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        date = result.Success ? result.Value : default;
        return result.Success;
    }
}
