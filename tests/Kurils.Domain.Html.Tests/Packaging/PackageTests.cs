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

/// <summary>Packs the two libraries once into a temporary folder, with a NuGet configuration that takes our packages from there only.</summary>
public sealed class HtmlPackageFixture : IAsyncLifetime
{
    private readonly List<ProcessResult> _steps = [];
    private bool _packed;

    public HtmlPackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "kurils-html-packaging-" + Guid.NewGuid().ToString("N")[..12]);
        PackDirectory = Path.Combine(Root, "pack");
        NuGetConfig = Path.Combine(Root, "nuget.config");
        IsolatedEnvironment = new Dictionary<string, string>(StringComparer.Ordinal) { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") };
    }

    public string Root { get; }

    public string PackDirectory { get; }

    public string NuGetConfig { get; }

    public string Version { get; private set; } = string.Empty;

    public IReadOnlyDictionary<string, string> IsolatedEnvironment { get; }

    public static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Kurils.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("the repository root (Kurils.Domain.sln) is not above the test's folder");
    }

    public async ValueTask InitializeAsync()
    {
        var repo = RepoRoot();
        Directory.CreateDirectory(PackDirectory);
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />\n");
        var artifacts = Path.Combine(Root, "artifacts");
        foreach (var project in new[] { "src/Kurils.Domain/Kurils.Domain.csproj", "src/Kurils.Domain.Html/Kurils.Domain.Html.csproj" })
        {
            var pack = await ProcessRunner.RunAsync(ProcessRunner.Dotnet, ["pack", Path.Combine(repo, project), "-c", "Release", "-o", PackDirectory, "--artifacts-path", artifacts], repo);
            _steps.Add(pack);
            if (pack.ExitCode != 0)
            {
                return;
            }
        }

        var html = Directory.GetFiles(PackDirectory, "Kurils.Domain.Html.*.nupkg").Select(Path.GetFileName).SingleOrDefault(n => !n!.EndsWith(".snupkg", StringComparison.Ordinal));
        if (html is null)
        {
            return;
        }

        Version = html["Kurils.Domain.Html.".Length..^".nupkg".Length];
        var sources = await ProcessRunner.RunAsync(ProcessRunner.Dotnet, ["nuget", "list", "source", "--format", "short"], Root);
        _steps.Add(sources);
        var remotes = sources.StandardOutput.ReplaceLineEndings("\n").Split('\n')
            .Where(line => line.StartsWith("E ", StringComparison.Ordinal))
            .Select(line => line[2..].Trim())
            .Where(source => source.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var remoteSources = string.Concat(remotes.Select((url, i) => $"""    <add key="remote{i}" value="{url}" />{"\n"}"""));
        var mappings = string.Concat(remotes.Select((_, i) => $"""    <packageSource key="remote{i}"><package pattern="*" /></packageSource>{"\n"}"""));
        File.WriteAllText(NuGetConfig, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{Path.Combine(Root, "packages")}" /></config>
              <packageSources>
                <clear />
                <add key="local" value="{PackDirectory}" />
            {remoteSources}  </packageSources>
              <packageSourceMapping>
                <clear />
                <packageSource key="local"><package pattern="Kurils.Domain" /><package pattern="Kurils.Domain.Html" /></packageSource>
            {mappings}  </packageSourceMapping>
            </configuration>
            """);
        _packed = remotes.Count > 0;
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }

        return ValueTask.CompletedTask;
    }

    public void EnsurePacked() =>
        _packed.Should().BeTrue("packing and finding a remote package source must work; steps:{0}{1}", Environment.NewLine, string.Join(Environment.NewLine, _steps.Select(s => s.Describe())));

    /// <summary>A brand-new console project outside the repository that references the packed Kurils.Domain.Html only.</summary>
    public string WriteConsumer(string name, string code, string extraProperties)
    {
        var project = Directory.CreateDirectory(Path.Combine(Root, name)).FullName;
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <NuGetAudit>false</NuGetAudit>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Kurils.Domain.Html" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), code);
        return project;
    }
}
