using FluentAssertions;
using Kurils.Domain.Tests.Packaging;
using Xunit;

namespace Kurils.Domain.Tests.Cli;

/// <summary>
/// The kurils command in a process with invariant globalization (no ICU), as in many container images: names
/// fold and articles parse exactly as with ICU.
/// </summary>
public sealed class InvariantGlobalizationTests
{
    private static readonly Dictionary<string, string> Invariant = new() { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" };
    private static readonly Dictionary<string, string> WithIcu = new() { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0" };

    [Fact]
    public async Task Resolve_FoldsDiacriticsAndWidths_WithoutIcu()
    {
        var run = await Kurils(["resolve", "ÉTOROFU-TŌ", "ｴﾄﾛﾌ", "Шикотан", "--json"], Invariant);
        run.ExitCode.Should().Be(0, run.Describe());
        run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(3)
            .And.AllSatisfy(line => line.Should().Contain("\"id\":\"", run.Describe()));
        run.StandardOutput.Should().Contain("iturup").And.Contain("shikotan");
    }

    [Fact]
    public async Task Parse_OfTheSeeds_IsTheSameWithAndWithoutIcu()
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        var withoutIcu = await Kurils(["parse", seeds, "--json"], Invariant);
        var withIcu = await Kurils(["parse", seeds, "--json"], WithIcu);
        withoutIcu.ExitCode.Should().Be(0, withoutIcu.Describe());
        withoutIcu.StandardOutput.Should().NotBeEmpty().And.Be(withIcu.StandardOutput);
    }

    private static Task<ProcessResult> Kurils(string[] arguments, IReadOnlyDictionary<string, string> environment) =>
        ProcessRunner.RunAsync(ProcessRunner.Dotnet, [Path.Combine(AppContext.BaseDirectory, "kurils.dll"), .. arguments], AppContext.BaseDirectory, environment);
}
