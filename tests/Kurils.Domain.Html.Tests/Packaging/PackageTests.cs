using System.IO.Compression;
using FluentAssertions;
using Kurils.Domain.Tests.Packaging;
using Xunit;

namespace Kurils.Domain.Html.Tests.Packaging;

/// <summary>
/// As a user meets the package: pack Kurils.Domain and Kurils.Domain.Html once, then build a brand-new console
/// project outside the repository from the package README's quick start and check it prints what the README
/// shows, as a normal build and as a NativeAOT publish with no trim or AOT warning.
/// </summary>
public sealed class PackageTests(HtmlPackageFixture fixture) : IClassFixture<HtmlPackageFixture>
{
    [Fact]
    public void Pack_Html_HasReadmeDocsAndDependsOnCoreAndAngleSharp()
    {
        fixture.EnsurePacked();
        using var zip = ZipFile.OpenRead(Path.Combine(fixture.PackDirectory, $"Kurils.Domain.Html.{fixture.Version}.nupkg"));
        zip.Entries.Select(e => e.FullName).Should().Contain(["lib/net10.0/Kurils.Domain.Html.dll", "lib/net10.0/Kurils.Domain.Html.xml", "README.md"]);
        var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var reader = new StreamReader(nuspec.Open());
        var text = reader.ReadToEnd();
        text.Should().Contain("id=\"Kurils.Domain\"").And.Contain("id=\"AngleSharp\"").And.Contain("<readme>README.md</readme>");
    }

    [Fact]
    public async Task QuickStart_NewConsoleProjectAgainstThePackage_PrintsTheLinesTheReadmeShows()
    {
        fixture.EnsurePacked();
        var (code, expected) = ReadmeQuickStart();
        var project = fixture.WriteConsumer("consumer", code, string.Empty);

        var run = await ProcessRunner.RunAsync(ProcessRunner.Dotnet, ["run", "--configfile", fixture.NuGetConfig], project, fixture.IsolatedEnvironment);

        run.ExitCode.Should().Be(0, run.Describe());
        Lines(run.StandardOutput).Should().Equal(Lines(expected), run.Describe());
    }

    [Fact]
    public async Task NativeAot_QuickStartConsumer_PublishesWithoutTrimOrAotWarningsAndRuns()
    {
        var required = Environment.GetEnvironmentVariable("KURILS_REQUIRE_AOT") == "1";
        Assert.SkipUnless(required || OnPath("clang"), "NativeAOT needs clang (apt-get install clang lld zlib1g-dev); .ci/run installs it");
        fixture.EnsurePacked();
        var (code, expected) = ReadmeQuickStart();
        var project = fixture.WriteConsumer("aot-consumer", code, "<PublishAot>true</PublishAot>");
        var output = Path.Combine(project, "native");

        var publish = await ProcessRunner.RunAsync(
            ProcessRunner.Dotnet, ["publish", "-c", "Release", "-r", "linux-x64", "-o", output, "--configfile", fixture.NuGetConfig], project, fixture.IsolatedEnvironment);

        publish.ExitCode.Should().Be(0, publish.Describe());
        (publish.StandardOutput + publish.StandardError).Should().NotContainAny(["warning IL", "warning IL2", "warning IL3"], publish.Describe());
        var run = await ProcessRunner.RunAsync(Path.Combine(output, "Consumer"), [], project);
        run.ExitCode.Should().Be(0, run.Describe());
        Lines(run.StandardOutput).Should().Equal(Lines(expected), run.Describe());
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Any(directory => directory.Length > 0 && File.Exists(Path.Combine(directory, program)));

    /// <summary>The package README's first csharp block and the text block after it.</summary>
    private static (string Code, string Output) ReadmeQuickStart()
    {
        var readme = File.ReadAllText(Path.Combine(HtmlPackageFixture.RepoRoot(), "src", "Kurils.Domain.Html", "README.md")).ReplaceLineEndings("\n");
        var code = Block(readme, "```csharp\n", 0, out var end);
        return (code, Block(readme, "```text\n", end, out _));
    }

    private static string Block(string readme, string fence, int from, out int end)
    {
        var start = readme.IndexOf(fence, from, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"the README has a {fence.Trim()} block");
        start += fence.Length;
        end = readme.IndexOf("\n```", start - 1, StringComparison.Ordinal);
        end.Should().BeGreaterThan(start);
        return readme[start..(end + 1)];
    }

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}

/// <summary>Packs the two libraries once (see <see cref="PackFixture"/>).</summary>
public sealed class HtmlPackageFixture()
    : PackFixture("kurils-html-packaging-", ["src/Kurils.Domain/Kurils.Domain.csproj", "src/Kurils.Domain.Html/Kurils.Domain.Html.csproj"], ["Kurils.Domain", "Kurils.Domain.Html"], "Kurils.Domain.Html");
