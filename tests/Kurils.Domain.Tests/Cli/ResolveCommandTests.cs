using System.Text.Json;
using FluentAssertions;
using Kurils.Cli;
using Xunit;
using static Kurils.Domain.Tests.Cli.KurilsRun;

namespace Kurils.Domain.Tests.Cli;

public sealed class ResolveCommandTests
{
    [Fact]
    public void Resolve_Json_IsOneObjectPerName()
    {
        var (code, output, _) = Run("resolve", "Etorofu", "Southern Kurils", "--json");
        code.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        using var first = JsonDocument.Parse(lines[0]);
        first.RootElement.GetProperty("query").GetString().Should().Be("Etorofu");
        var match = first.RootElement.GetProperty("matches")[0];
        match.GetProperty("kind").GetString().Should().Be("territory");
        match.GetProperty("id").GetString().Should().Be("iturup");
        match.GetProperty("language").GetString().Should().Be("ja-Latn");
        using var second = JsonDocument.Parse(lines[1]);
        second.RootElement.GetProperty("matches")[0].GetProperty("id").GetString().Should().Be("disputed-islands");
    }

    [Fact]
    public void Resolve_Fuzzy_FiveLetterTypo_IsFoundAndSaysItWasFuzzy()
    {
        var (code, output, _) = Run("resolve", "Itrup", "--fuzzy");

        code.Should().Be(0);
        output.Should().StartWith("Itrup\tterritory iturup (Iturup; matched 'Iturup' [en]").And.Contain(", a fuzzy match (1 edit)");
    }

    [Fact]
    public void Resolve_UnknownName_ExitsOneAndSaysSo()
    {
        var (code, output, _) = Run("resolve", "Etorofu", "Atlantis");
        code.Should().Be(1);
        output.Should().Contain("Atlantis\t(unresolved)");
    }

    [Fact]
    public void Resolve_FuzzyMatch_SaysSoInTheText()
    {
        var (code, output, _) = Run("resolve", "Kunashri", "Kunashir", "--fuzzy");

        code.Should().Be(0);
        var lines = output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        lines[0].Should().StartWith("Kunashri\tterritory kunashir").And.Contain(", a fuzzy match");
        lines[1].Should().NotContain("fuzzy");
    }

    [Fact]
    public void Resolve_NoName_IsAUsageError()
    {
        var (code, _, error) = Run("resolve");
        code.Should().Be(64);
        error.Trim().Split('\n').Should().ContainSingle();
    }

    [Fact]
    public void Validate_ShippedCatalog_IsValid() => Run("validate").Code.Should().Be(0);

    [Fact]
    public void Validate_BadFile_PrintsPositionsAndExitsOne()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kurils-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "countries:\n  - id: japan\n    nmae: x\n    source: s\n");
        try
        {
            var (code, output, _) = Run("validate", path);
            code.Should().Be(1);
            output.Trim().Should().Be($"{path}(3,5): unknown key 'nmae' (did you mean 'names'?)");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("resolve")]
    [InlineData("parse")]
    [InlineData("validate")]
    public void Help_EveryCommand_HasExamples(string command)
    {
        var (code, output, _) = Run(command, "--help");
        code.Should().Be(0);
        output.Should().Contain("Examples:");
    }
}
