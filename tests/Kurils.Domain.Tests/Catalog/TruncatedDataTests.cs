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
            if (EndsInAComment(truncated))
            {
                // Cut inside a comment: what is left is complete, valid data, and nothing can tell it was cut.
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

    private static bool EndsInAComment(string truncated)
    {
        var lastLine = truncated[(truncated.LastIndexOf('\n') + 1)..].TrimStart(' ');
        return lastLine.StartsWith('#');
    }
}
