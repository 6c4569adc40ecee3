using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using FluentAssertions;
using Kurils.Domain.Tests.Catalog;
using Xunit;

namespace Kurils.Domain.Tests.Packaging;

/// <summary>
/// End to end, as a user meets the packages: pack both projects once, then build a brand-new console
/// project outside the repository against the packed library, and install the packed tool. Slow (a
/// minute or two): everything shares the one pack in <see cref="PackageFixture"/>.
/// </summary>
public sealed class PackageTests(PackageFixture fixture) : IClassFixture<PackageFixture>
{
    [Fact]
    public void Pack_Library_HasMetadataReadmeSymbolsAndSchema()
    {
        fixture.EnsurePacked();
        var package = Path.Combine(fixture.PackDirectory, $"Kurils.Domain.{fixture.Version}.nupkg");
        File.Exists(Path.ChangeExtension(package, ".snupkg")).Should().BeTrue("the symbols package is published beside the package");

        using var zip = ZipFile.OpenRead(package);
        zip.Entries.Select(e => e.FullName).Should().Contain(
            ["lib/net10.0/Kurils.Domain.dll", "lib/net10.0/Kurils.Domain.xml", "README.md", "schemas/catalog.schema.json"]);
        var metadata = Nuspec(zip);
        metadata.Should().ContainKey("description").WhoseValue.Should().NotBeNullOrWhiteSpace();
        metadata.Should().ContainKey("tags").WhoseValue.Should().Contain("northern-territories");
        metadata.Should().ContainKey("license").WhoseValue.Should().Be("MIT");
        metadata.Should().ContainKey("readme").WhoseValue.Should().Be("README.md");
        metadata.Should().ContainKey("projectUrl").WhoseValue.Should().StartWith("https://");
        metadata.Should().ContainKey("releaseNotes").WhoseValue.Should().NotBeNullOrWhiteSpace();
        metadata.Should().ContainKey("repository.commit").WhoseValue.Should().MatchRegex("^[0-9a-f]{40}$");
    }

    [Fact]
    public void Pack_Tool_IsADotnetToolWithTheParseSchema()
    {
        fixture.EnsurePacked();
        using var zip = ZipFile.OpenRead(Path.Combine(fixture.PackDirectory, $"kurils.{fixture.Version}.nupkg"));
        zip.Entries.Select(e => e.FullName).Should().Contain(
            ["tools/net10.0/any/kurils.dll", "tools/net10.0/any/DotnetToolSettings.xml", "tools/net10.0/any/schemas/parsed-article.schema.json", "tools/net10.0/any/schemas/article-record.schema.json", "tools/net10.0/any/schemas/timeline-entry.schema.json", "tools/net10.0/any/schemas/catalog.schema.json", "README.md"]);
        var metadata = Nuspec(zip);
        metadata.Should().ContainKey("packageType").WhoseValue.Should().Be("DotnetTool");
        metadata.Should().ContainKey("license").WhoseValue.Should().Be("MIT");
        metadata.Should().ContainKey("projectUrl").WhoseValue.Should().StartWith("https://");
        metadata.Should().ContainKey("releaseNotes").WhoseValue.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task QuickStart_NewConsoleProjectAgainstThePackage_PrintsTheLinesTheReadmeShows()
    {
        fixture.EnsurePacked();
        var (code, expected) = ReadmeQuickStart(File.ReadAllText(Path.Combine(ShippedCatalogTests.RepoRoot(), "README.md")));

        var project = WriteConsumer("consumer", code, string.Empty);

        var run = await ProcessRunner.RunAsync(
            ProcessRunner.Dotnet, ["run", "--configfile", fixture.NuGetConfig], project, fixture.IsolatedEnvironment);

        run.ExitCode.Should().Be(0, run.Describe());
        Lines(run.StandardOutput).Should().Equal(Lines(expected), run.Describe());
    }

    [Fact]
    public async Task NativeAot_QuickStartConsumer_PublishesWithoutTrimOrAotWarningsAndRuns()
    {
        // NativeAOT links with clang. CI (.ci/run) installs it and sets KURILS_REQUIRE_AOT, so there the test can
        // never be skipped; on a developer machine without clang it is reported as skipped, with the reason.
        var required = Environment.GetEnvironmentVariable("KURILS_REQUIRE_AOT") == "1";
        Assert.SkipUnless(required || OnPath("clang"), "NativeAOT needs clang (apt-get install clang lld zlib1g-dev); .ci/run installs it");
        fixture.EnsurePacked();
        var (code, expected) = ReadmeQuickStart(File.ReadAllText(Path.Combine(ShippedCatalogTests.RepoRoot(), "README.md")));
        var project = WriteConsumer("aot-consumer", code, "<PublishAot>true</PublishAot>");
        var output = Path.Combine(project, "native");

        var publish = await ProcessRunner.RunAsync(
            ProcessRunner.Dotnet,
            ["publish", "-c", "Release", "-r", "linux-x64", "-o", output, "--configfile", fixture.NuGetConfig],
            project,
            fixture.IsolatedEnvironment);

        publish.ExitCode.Should().Be(0, publish.Describe());
        (publish.StandardOutput + publish.StandardError).Should().NotContainAny(["warning IL", "warning IL2", "warning IL3"], publish.Describe());
        var run = await ProcessRunner.RunAsync(Path.Combine(output, "Consumer"), [], project);
        run.ExitCode.Should().Be(0, run.Describe());
        Lines(run.StandardOutput).Should().Equal(Lines(expected), run.Describe());
    }

    [Fact]
    public async Task ToolInstall_ResolveEtorofuJson_ReturnsIturup()
    {
        fixture.EnsurePacked();
        var tools = Path.Combine(fixture.Root, "tools");
        var install = await ProcessRunner.RunAsync(
            ProcessRunner.Dotnet,
            ["tool", "install", "kurils", "--tool-path", tools, "--version", fixture.Version, "--configfile", fixture.NuGetConfig],
            fixture.Root,
            fixture.IsolatedEnvironment);
        install.ExitCode.Should().Be(0, install.Describe());

        var resolve = await ProcessRunner.RunAsync(Path.Combine(tools, "kurils"), ["resolve", "Etorofu", "--json"], fixture.Root);

        resolve.ExitCode.Should().Be(0, resolve.Describe());
        using var json = JsonDocument.Parse(resolve.StandardOutput);
        json.RootElement.GetProperty("query").GetString().Should().Be("Etorofu", resolve.Describe());
        json.RootElement.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("id").GetString())
            .Should().Equal(["iturup"], resolve.Describe());
        Directory.EnumerateFiles(tools, "parsed-article.schema.json", SearchOption.AllDirectories)
            .Should().NotBeEmpty("the parse schema is installed beside the tool");

        // The installed tool says where its schemas are.
        var schemas = await ProcessRunner.RunAsync(Path.Combine(tools, "kurils"), ["schema", "--path"], fixture.Root);
        schemas.ExitCode.Should().Be(0, schemas.Describe());
        File.Exists(Path.Combine(schemas.StandardOutput.Trim(), "parsed-article.schema.json")).Should().BeTrue(schemas.Describe());
        File.Exists(Path.Combine(schemas.StandardOutput.Trim(), "article-record.schema.json")).Should().BeTrue(schemas.Describe());
        File.Exists(Path.Combine(schemas.StandardOutput.Trim(), "catalog.schema.json")).Should().BeTrue(schemas.Describe());
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Any(directory => directory.Length > 0 && File.Exists(Path.Combine(directory, program)));

    /// <summary>A brand-new console project outside the repository that references the packed Kurils.Domain only.</summary>
    private string WriteConsumer(string name, string code, string extraProperties)
    {
        var project = Directory.CreateDirectory(Path.Combine(fixture.Root, name)).FullName;
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
                <PackageReference Include="Kurils.Domain" Version="{fixture.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), code);
        return project;
    }

    /// <summary>The README's first csharp block and the text block that follows it.</summary>
    internal static (string Code, string Output) ReadmeQuickStart(string readme)
    {
        readme = readme.ReplaceLineEndings("\n");
        var code = Block(readme, "```csharp\n", 0, out var end);
        var output = Block(readme, "```text\n", end, out _);
        return (code, output);
    }

    private static string Block(string readme, string fence, int from, out int end)
    {
        var start = readme.IndexOf(fence, from, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"README.md has a {fence.Trim()} block");
        start += fence.Length;
        end = readme.IndexOf("\n```", start - 1, StringComparison.Ordinal);
        end.Should().BeGreaterThan(start, $"the {fence.Trim()} block in README.md is closed");
        return readme[start..(end + 1)];
    }

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    /// <summary>The nuspec's metadata elements by local name, plus repository.* attributes and packageType.</summary>
    private static Dictionary<string, string> Nuspec(ZipArchive zip)
    {
        var entry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = entry.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in metadata.Elements())
        {
            result[element.Name.LocalName] = element.Value;
        }

        foreach (var attribute in metadata.Elements().Where(e => e.Name.LocalName == "repository").SelectMany(e => e.Attributes()))
        {
            result["repository." + attribute.Name.LocalName] = attribute.Value;
        }

        if (metadata.Descendants().FirstOrDefault(e => e.Name.LocalName == "packageType") is { } type)
        {
            result["packageType"] = type.Attribute("name")?.Value ?? string.Empty;
        }

        return result;
    }
}

/// <summary>
/// Packs Kurils.Domain and the kurils tool once into a temporary folder outside the repository, and
/// prepares a NuGet configuration whose sources are that folder plus the machine's remote sources, with
/// its own global packages folder so that a stale cached copy of the same version is never used.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    private readonly List<ProcessResult> _steps = [];
    private bool _packed;

    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "kurils-packaging-" + Guid.NewGuid().ToString("N")[..12]);
        PackDirectory = Path.Combine(Root, "pack");
        NuGetConfig = Path.Combine(Root, "nuget.config");
        IsolatedEnvironment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["NUGET_PACKAGES"] = Path.Combine(Root, "packages"),
        };
    }

    public string Root { get; }

    public string PackDirectory { get; }

    public string NuGetConfig { get; }

    public string Version { get; private set; } = string.Empty;

    /// <summary>Environment for restores that must see only the fresh packages folder.</summary>
    public IReadOnlyDictionary<string, string> IsolatedEnvironment { get; }

    public async ValueTask InitializeAsync()
    {
        var repo = ShippedCatalogTests.RepoRoot();
        Directory.CreateDirectory(PackDirectory);

        // The consumer must not inherit anything from a folder above it.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />\n");

        // Separate artifacts: the pack neither reuses nor disturbs the repository's own bin and obj.
        var artifacts = Path.Combine(Root, "artifacts");
        foreach (var project in new[] { "src/Kurils.Domain/Kurils.Domain.csproj", "src/Kurils.Cli/Kurils.Cli.csproj" })
        {
            var pack = await ProcessRunner.RunAsync(
                ProcessRunner.Dotnet,
                ["pack", Path.Combine(repo, project), "-c", "Release", "-o", PackDirectory, "--artifacts-path", artifacts],
                repo);
            _steps.Add(pack);
            if (pack.ExitCode != 0)
            {
                return;
            }
        }

        var library = Directory.GetFiles(PackDirectory, "Kurils.Domain.*.nupkg").Select(Path.GetFileName).SingleOrDefault();
        if (library is null)
        {
            return;
        }

        Version = library["Kurils.Domain.".Length..^".nupkg".Length];
        var sources = await ProcessRunner.RunAsync(ProcessRunner.Dotnet, ["nuget", "list", "source", "--format", "short"], Root);
        _steps.Add(sources);
        var remotes = sources.StandardOutput.ReplaceLineEndings("\n").Split('\n')
            .Where(line => line.StartsWith("E ", StringComparison.Ordinal))
            .Select(line => line[2..].Trim())
            .Where(source => source.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            .ToList();
        File.WriteAllText(NuGetConfig, NuGetConfigText(PackDirectory, remotes, Path.Combine(Root, "packages")));
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

    /// <summary>Fails the calling test with every step's output when the pack did not work.</summary>
    public void EnsurePacked() =>
        _packed.Should().BeTrue(
            "packing and finding a remote package source must work; steps:{0}{1}",
            Environment.NewLine,
            string.Join(Environment.NewLine, _steps.Select(s => s.Describe())));

    private static string NuGetConfigText(string pack, IReadOnlyList<string> remotes, string packages)
    {
        var sources = string.Concat(remotes.Select((url, i) => $"""    <add key="remote{i}" value="{url}" />{"\n"}"""));
        var mappings = string.Concat(remotes.Select((_, i) => $"""    <packageSource key="remote{i}"><package pattern="*" /></packageSource>{"\n"}"""));
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{packages}" />
              </config>
              <packageSources>
                <clear />
                <add key="local" value="{pack}" />
            {sources}  </packageSources>
              <packageSourceMapping>
                <clear />
                <!-- Our own packages only ever come from the fresh pack, whatever a remote source holds. -->
                <packageSource key="local"><package pattern="Kurils.Domain" /><package pattern="kurils" /></packageSource>
            {mappings}  </packageSourceMapping>
            </configuration>
            """;
    }
}
