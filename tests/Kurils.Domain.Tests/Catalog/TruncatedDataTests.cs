using FluentAssertions;
using Xunit;

namespace Kurils.Domain.Tests.Catalog;

/// <summary>A shipped data file cut short (a partial download, a full disk) is reported with a position, never thrown as anything but <see cref="CatalogException"/>.</summary>
public sealed class TruncatedDataTests
{
    private const int Cuts = 12;

    public static TheoryData<string> ShippedFiles() => [.. KurilsCatalog.EmbeddedSources().Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Load_ShippedFileCutShort_ThrowsCatalogExceptionWithPositions(string name)
    {
        var text = File.ReadAllText(Path.Combine(ShippedCatalogTests.RepoRoot(), name));
        var others = KurilsCatalog.EmbeddedSources().Where(s => s.Name != name).ToList();
        var problems = new List<string>();

        for (var i = 1; i <= Cuts; i++)
        {
            var cut = text.Length * i / (Cuts + 1);
            var truncated = text[..cut];
            if (EndsInAComment(truncated) || EndsBetweenEntities(text, cut))
            {
                // Cut inside a comment or between two entities: what is left is complete, valid data, and
                // nothing can tell it was cut.
                continue;
            }

            var lines = truncated.Split('\n').Length;
            var where = FormattableString.Invariant($"{name} cut at {cut} of {text.Length}");
            try
            {
                KurilsCatalog.Load([.. others, CatalogSource.FromString(name, truncated)]);
                problems.Add(where + ": loaded without an error");
            }
            catch (CatalogException e)
            {
                if (e.Errors.IsEmpty)
                {
                    problems.Add(where + ": CatalogException without errors");
                }

                problems.AddRange(e.Errors
                    .Where(error => error.Line < 1 || error.Column < 1 || (error.File == name && error.Line > lines + 1))
                    .Select(error => where + ": error without a position in the text: " + error));
            }
#pragma warning disable CA1031 // The point of the test: anything but CatalogException is a failure to report.
            catch (Exception e)
#pragma warning restore CA1031
            {
                problems.Add(where + ": threw " + e);
            }
        }

        problems.Should().BeEmpty();
    }

    private static bool EndsBetweenEntities(string text, int cut)
    {
        // Only indentation of the line the cut falls in has been read: look at that line and the ones after it.
        var lineStart = text.LastIndexOf('\n', Math.Max(cut - 1, 0)) + 1;
        if (text[lineStart..cut].Trim().Length > 0)
        {
            return false;
        }

        foreach (var line in text[lineStart..].Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                return trimmed.StartsWith("- id:", StringComparison.Ordinal) || trimmed.StartsWith('#') || !line.StartsWith(' ');
            }
        }

        return true;
    }

    private static bool EndsInAComment(string truncated)
    {
        var lastLine = truncated[(truncated.LastIndexOf('\n') + 1)..].TrimStart(' ');
        return lastLine.StartsWith('#');
    }
}
