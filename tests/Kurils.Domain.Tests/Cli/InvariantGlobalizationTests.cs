using FluentAssertions;
using Kurils.Cli;
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
        // The child runs without ICU; this test process, which does not turn invariant globalization on, with it.
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        var withoutIcu = await Kurils(["parse", seeds, "--json"], Invariant);
        (AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant).Should().BeFalse();
        using var withIcu = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        CommandLine.Run(["parse", seeds, "--json"], Stream.Null, withIcu, TextWriter.Null).Should().Be(0);
        withoutIcu.ExitCode.Should().Be(0, withoutIcu.Describe());
        withoutIcu.StandardOutput.Should().NotBeEmpty().And.Be(withIcu.ToString());
    }

    private static Task<ProcessResult> Kurils(string[] arguments, IReadOnlyDictionary<string, string> environment) =>
        ProcessRunner.RunAsync(ProcessRunner.Dotnet, [Path.Combine(AppContext.BaseDirectory, "kurils.dll"), .. arguments], AppContext.BaseDirectory, environment);
}
