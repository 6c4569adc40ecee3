using System.Collections.Immutable;
using System.Globalization;

namespace Kurils.Domain.Catalog;

/// <summary>Every message text the catalog loader produces, in one place.</summary>
internal static class CatalogMessages
{
    public const string MultipleDocuments = "a catalog file holds one YAML document";
    public const string AliasesNotAllowed = "anchors and aliases are not allowed in catalog files";
    public const string ComplexKey = "keys must be plain text";

    public static string Summary(ImmutableArray<CatalogError> errors)
    {
        var shown = string.Join(Environment.NewLine, errors.Take(20));
        var more = errors.Length > 20 ? Environment.NewLine + $"... and {Num(errors.Length - 20)} more" : string.Empty;
        return $"The catalog has {Num(errors.Length)} error(s):{Environment.NewLine}{shown}{more}";
    }

    public static string Syntax(string detail) => "invalid YAML: " + detail;

    public static string TooManyNodes(int max) => $"too many YAML nodes (the limit is {Num(max)})";

    public static string TooDeep(int max) => $"nesting deeper than {Num(max)} levels";

    public static string TooLarge(long size, long max) => $"file is {Num(size)} bytes; the limit is {Num(max)}";

    public static string TagNotAllowed(string tag) => $"tag '{tag}' is not allowed; catalog values are plain data";

    public static string DuplicateKey(string key) => $"duplicate key '{key}'";

    public static string UnknownKey(string key, string? suggestion) =>
        suggestion is null ? $"unknown key '{key}'" : $"unknown key '{key}' (did you mean '{suggestion}'?)";

    public static string UnknownSection(string key, string? suggestion) =>
        suggestion is null ? $"unknown section '{key}'" : $"unknown section '{key}' (did you mean '{suggestion}'?)";

    public static string MissingKey(string key, string what) => $"{what} is missing required key '{key}'";

    public static string Expected(string expected, string actual) => $"expected {expected}, found {actual}";

    public static string BadValue(string key, string value, IEnumerable<string> allowed) =>
        $"'{value}' is not a valid {key}; expected one of: {string.Join(", ", allowed)}";

    public static string BadDate(string value) => $"'{value}' is not a valid date (expected YYYY-MM-DD)";

    public static string EndBeforeStart(string start, string end) => $"range ends ({end}) before it starts ({start})";

    public static string BadNumber(string value) => $"'{value}' is not a valid number";

    public static string BadId(string value) => $"'{value}' is not a valid id (lower-case letters, digits and single hyphens)";

    public static string DuplicateId(string kind, string id, string firstAt) => $"duplicate {kind} id '{id}' (first defined at {firstAt})";

    public static string Dangling(string kind, string id, string? suggestion, bool inShippedCatalog) =>
        suggestion is not null ? $"unknown {kind} '{id}' (did you mean '{suggestion}'?)"
        : inShippedCatalog ? $"unknown {kind} '{id}'; the shipped catalog has it: is this file an overlay? (check it with kurils validate --overlay, load it with KurilsCatalog.Default.Extend)"
        : $"unknown {kind} '{id}'";

    public static string BadDay(string value, int day, int month, int year, int days) =>
        $"'{value}' is not a day: {MonthName(month)} {Num(year)} has {Num(days)} days, not {Num(day)}";

    public static string BadMonth(string value, int month) => $"'{value}' is not a date: there is no month {Num(month)} (months are 01 to 12)";

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    public static string NameCollision(string name, string otherKind, string otherId) =>
        $"name '{name}' also names {otherKind} '{otherId}'; mark both 'ambiguous: true' if that is intended";

    public static string PatchWithoutReplace(string kind, string id, string key) =>
        $"{kind} '{id}' already has a '{key}'; to change it, list the key under 'replace' (replace: [{key}])";

    public static string ReplaceWithoutValue(string key) => $"'replace' lists '{key}' but the entry gives no '{key}'";

    public static string NoEntityToExtend(string kind, string id, string? suggestion, IReadOnlyList<string> missing, bool extending, bool inShippedCatalog)
    {

        var didYouMean = suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)";
        var where = extending ? "in the catalog" : "in these files";
        var shipped = inShippedCatalog ? "; the shipped catalog has it: is this file an overlay? (check it with kurils validate --overlay, load it with KurilsCatalog.Default.Extend)" : string.Empty;
        var needs = missing.Count == 0 ? string.Empty : $"; a new {kind} also needs {string.Join(", ", missing.Select(k => $"'{k}'"))}";
        return $"no {kind} '{id}' {where} to extend{didYouMean}{shipped}{needs}";
    }

    public static string UnknownId(string kind, string id, string? suggestion) =>
        suggestion is null ? $"unknown {kind} id '{id}'" : $"unknown {kind} id '{id}' (did you mean '{suggestion}'?)";

    public static string Unreadable(string detail) => "cannot read: " + detail;

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);
}
