using System.Globalization;
using System.Resources;

namespace Kurils.Domain.Parsing.Diagnostics;

/// <summary>
/// Every diagnostic message text the parser produces, read from <c>DiagnosticMessages.resx</c>: user-facing texts of
/// the library, not words the parser reads, so they live in a resource a satellite assembly can localize (looked up
/// in the current UI culture; the package ships the invariant one). The values are formatted with the invariant
/// culture, so a number reads the same whatever the culture.
/// </summary>
internal static class DiagnosticMessages
{
    /// <summary>The resource's name: the .resx's path under the project, as its namespace (see Kurils.Domain.csproj).</summary>
    internal const string ResourceName = "Kurils.Domain.Parsing.Diagnostics.DiagnosticMessages";

    private static readonly ResourceManager Texts = new(ResourceName, typeof(DiagnosticMessages).Assembly);

    public static string UnresolvedIslandName(string name) => Format(nameof(UnresolvedIslandName), name);

    public static string Administration(string claimed, string actual, string territory) =>
        Format(nameof(Administration), claimed, actual, territory);

    public static string CommentCount(int header, int found) => Format(nameof(CommentCount), header, found);

    public static string InvalidEncoding => Text(nameof(InvalidEncoding));

    /// <summary>The text named <paramref name="name"/>, in the current UI culture or the nearest it falls back to.</summary>
    internal static string Text(string name) =>
        Texts.GetString(name, CultureInfo.CurrentUICulture)
        ?? throw new MissingManifestResourceException($"{ResourceName}.resources has no text '{name}' (a packaging bug)");

    private static string Format(string name, params ReadOnlySpan<object?> values) =>
        string.Format(CultureInfo.InvariantCulture, Text(name), values);
}
