using System.CommandLine;
using System.CommandLine.Parsing;
using NodaTime;

namespace Kurils.Cli;

/// <summary>
/// Option values read with a message that says what was wrong and what is valid: the offending token, the
/// valid values, the field of a date that is out of range.
/// </summary>
internal static class OptionValues
{
    /// <summary>An option that takes one of <paramref name="values"/> (the first is the default).</summary>
    public static Option<string> Choice(string name, string what, string[] values, string description) => new(name)
    {
        Description = description,
        HelpName = string.Join('|', values),
        DefaultValueFactory = _ => values[0],
        CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                result.AddError($"{name} needs a value: {Alternatives(values)}");
                return values[0];
            }

            var token = result.Tokens[0].Value;
            if (values.Contains(token, StringComparer.Ordinal))
            {
                return token;
            }

            result.AddError($"'{token}' is not {what}; use {Alternatives(values)}");
            return values[0];
        },
    };

    /// <summary>An option that takes a date as <c>YYYY-MM-DD</c>.</summary>
    public static Option<LocalDate?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (Dates.TryParse(token, out var date, out var problem))
            {
                return date;
            }

            result.AddError($"{name}: {problem}");
            return null;
        },
    };

    /// <summary>An option that takes a whole number of at least <paramref name="minimum"/>.</summary>
    public static Option<int> Count(string name, int minimum, Func<int> fallback, string description) => new(name)
    {
        Description = description,
        HelpName = "N",
        DefaultValueFactory = _ => fallback(),
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= minimum)
            {
                return value;
            }

            result.AddError(FormattableString.Invariant($"{name}: '{token}' is not a whole number of at least {minimum}"));
            return fallback();
        },
    };

    /// <summary>
    /// The tokens as written, what System.CommandLine's own conversion gives a list of texts: as a parser of its own,
    /// so that a start does not compile that conversion's table of converters for every type under the JIT.
    /// </summary>
    public static string[] Texts(ArgumentResult result)
    {
        var texts = new string[result.Tokens.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = result.Tokens[i].Value;
        }

        return texts;
    }

    /// <summary>Whether the user wrote <paramref name="option"/> (not merely its default).</summary>
    public static bool Given(this SymbolResult result, Option option) => result.GetResult(option) is { Implicit: false };

    /// <summary>"a, b or c".</summary>
    public static string Alternatives(IReadOnlyList<string> values) =>
        values.Count == 1 ? values[0] : string.Join(", ", values.Take(values.Count - 1)) + " or " + values[^1];
}

/// <summary>Dates as the command line and the records input take them: <c>YYYY-MM-DD</c>, with a precise complaint.</summary>
internal static class Dates
{
    public static bool TryParse(string text, out LocalDate date, out string? problem)
    {
        problem = null;
        if (Kurils.Domain.IsoDate.TryParse(text, out date))
        {
            return true;
        }

        problem = Problem(text);
        return false;
    }

    /// <summary>Which part of a date is wrong: the shape, the month or the day.</summary>
    private static string Problem(string text)
    {
        var parts = text.Split('-');
        if (parts.Length != 3 || parts[0].Length != 4 || parts[1].Length != 2 || parts[2].Length != 2 || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            return $"'{text}' is not a date; use YYYY-MM-DD (for example 2024-06-05)";
        }

        var year = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
        if (year < 1)
        {
            return $"'{text}' is not a date: the year {parts[0]} is out of range (0001 to 9999)";
        }

        if (month is < 1 or > 12)
        {
            return FormattableString.Invariant($"'{text}' is not a date: the month {parts[1]} is out of range (01 to 12)");
        }

        var days = DateTime.DaysInMonth(year, month);
        return FormattableString.Invariant($"'{text}' is not a date: the day {parts[2]} is out of range ({parts[0]}-{parts[1]} has {days} days)");
    }
}
