using System.Text.Json;
using FluentAssertions;
using Kurils.Cli;
using Xunit;

namespace Kurils.Domain.Tests.Cli;

/// <summary><c>kurils timeline</c> on the seeds.</summary>
public sealed class TimelineCommandTests
{
    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => KurilsRun.Run(["timeline", .. args]);

    private static string Seeds => Path.Combine(Catalog.ShippedCatalogTests.RepoRoot(), "seeds");

    [Fact]
    public void Json_Seeds_PutinsJune2024RemarkHasThreeReports()
    {
        var (code, output, _) = Run(Seeds, "--json");

        code.Should().Be(0);
        var entries = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var putin = entries.Single(e => e.GetProperty("catalogStatement").GetString() == "putin-2024-06-05-no-conditions");
        putin.GetProperty("reports").GetArrayLength().Should().Be(3);
        putin.GetProperty("speaker").GetString().Should().Be("putin-vladimir");
    }

    [Fact]
    public void Csv_Seeds_OneRowPerReport()
    {
        var (code, output, _) = Run(Seeds, "--csv");

        code.Should().Be(0);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("date,speaker,event,stance,catalog_statement,text,source,outlet,start,length");
        lines.Count(l => l.Contains(",hayashi-yoshimasa,", StringComparison.Ordinal)).Should().Be(2);
    }

    [Fact]
    public void MissingFile_OneLineOnStderrAndTheOthersStillGrouped()
    {
        var (code, output, error) = Run(Path.Combine(Seeds, "000_6b511d131d16d753.txt"), "/nonexistent/x.txt");

        code.Should().Be(ExitCodes.Unreadable);
        error.Trim().Split('\n').Should().ContainSingle().Which.Should().StartWith("kurils: ");
        output.Should().Contain("Vladimir Putin");
    }
}
