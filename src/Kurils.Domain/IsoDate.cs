using NodaTime;
using NodaTime.Text;

namespace Kurils.Domain;

/// <summary>ISO-8601 calendar dates (<c>YYYY-MM-DD</c>), the only date format the library reads or writes.</summary>
/// <remarks>
/// The common shape (a four-digit year from 0001, a valid month and day) is read and written by hand: NodaTime's
/// <see cref="LocalDatePattern"/> builds its parsers, format infos and caches on first use, which costs hundreds
/// of JIT-compiled methods in every fresh process that loads the catalog. Everything else (year 0000, out-of-range
/// fields, any other text) still goes through <see cref="LocalDatePattern.Iso"/>, so results and failures are
/// exactly NodaTime's.
/// </remarks>
internal static class IsoDate
{
    public static string Format(LocalDate date)
    {
        var iso = date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);
        if (iso.Year is < 1 or > 9999)
        {
            return LocalDatePattern.Iso.Format(iso);
        }

        return string.Create(10, iso, static (span, d) =>
        {
            Digits(span[..4], d.Year);
            span[4] = '-';
            Digits(span.Slice(5, 2), d.Month);
            span[7] = '-';
            Digits(span.Slice(8, 2), d.Day);
        });
    }

    public static bool TryParse(string text, out LocalDate date)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && TryDigits(text.AsSpan(0, 4), out var year) && TryDigits(text.AsSpan(5, 2), out var month) && TryDigits(text.AsSpan(8, 2), out var day)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            date = new LocalDate(year, month, day);
            return true;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static void Digits(Span<char> span, int value)
    {
        for (var i = span.Length - 1; i >= 0; i--)
        {
            span[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
