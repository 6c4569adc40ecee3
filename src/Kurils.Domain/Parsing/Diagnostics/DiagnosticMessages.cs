using System.Globalization;

namespace Kurils.Domain.Parsing.Diagnostics;

/// <summary>Every diagnostic message text the parser produces, in one place.</summary>
internal static class DiagnosticMessages
{
    public static string UnresolvedIslandName(string name) => $"'{name}' looks like an island name but is not in the catalog";

    public static string Administration(string claimed, string actual, string territory) =>
        $"the text says {claimed} controls {territory}; the catalog records {actual} as administering it on the article's date";

    public static string CommentCount(int header, int found) =>
        string.Create(CultureInfo.InvariantCulture, $"the comments header says {header} but {found} comments follow");

    public const string InvalidEncoding = "the input is not valid UTF-8; invalid bytes were replaced with U+FFFD";
}
