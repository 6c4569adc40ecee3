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
        var metadata = Nuspec(zip);
        metadata.Should().ContainKey("packageType").WhoseValue.Should().Be("DotnetTool");
        metadata.Should().ContainKey("license").WhoseValue.Should().Be("MIT");
        metadata.Should().ContainKey("projectUrl").WhoseValue.Should().StartWith("https://");
        metadata.Should().ContainKey("releaseNotes").WhoseValue.Should().NotBeNullOrWhiteSpace();
        zip.Entries.Select(e => e.FullName).Should().Contain("README.md");

        // With the native packages, the tool package points at one package per RID and the framework-dependent one
        // for every other platform is kurils.any; without them, it is the framework-dependent tool itself.
        var frameworkDependent = $"kurils.{fixture.Version}.nupkg";
        if (fixture.NativeToolPackages)
        {
            var settings = XDocument.Parse(Entry(zip, "tools/any/any/DotnetToolSettings.xml"));
            settings.Descendants("RuntimeIdentifierPackage").Select(e => (e.Attribute("RuntimeIdentifier")?.Value, e.Attribute("Id")?.Value))
                .Should().BeEquivalentTo([("linux-x64", "kurils.linux-x64"), (PackageFixture.ReadyToRunToolRid, $"kurils.{PackageFixture.ReadyToRunToolRid}"), ("any", "kurils.any")]);
            frameworkDependent = $"kurils.any.{fixture.Version}.nupkg";
        }

        using var tool = ZipFile.OpenRead(Path.Combine(fixture.PackDirectory, frameworkDependent));
        var files = tool.Entries.Select(e => e.FullName).ToList();
        files.Should().Contain(
            ["tools/net10.0/any/kurils.dll", "tools/net10.0/any/Kurils.Domain.Html.dll", "tools/net10.0/any/AngleSharp.dll", "tools/net10.0/any/DotnetToolSettings.xml", "tools/net10.0/any/schemas/parsed-article.schema.json", "tools/net10.0/any/schemas/article-record.schema.json", "tools/net10.0/any/schemas/timeline-entry.schema.json", "tools/net10.0/any/schemas/catalog.schema.json", "README.md"]);
        files.Should().NotContain(f => f.Contains("DataCompiler", StringComparison.Ordinal), "the catalog compiler runs at build time only");
    }

    [Fact]
    public void Pack_Tool_LinuxX64PackageIsTheNativeBinary()
    {
        Assert.SkipUnless(fixture.NativeToolPackages, "the native tool package needs NativeAOT (clang); .ci/run installs it");
        fixture.EnsurePacked();
        using var zip = ZipFile.OpenRead(Path.Combine(fixture.PackDirectory, $"kurils.linux-x64.{fixture.Version}.nupkg"));
        var files = zip.Entries.Select(e => e.FullName).ToList();
        files.Should().Contain(
            ["tools/any/linux-x64/kurils", "tools/any/linux-x64/DotnetToolSettings.xml", "tools/any/linux-x64/schemas/parsed-article.schema.json", "tools/any/linux-x64/schemas/article-record.schema.json", "tools/any/linux-x64/schemas/timeline-entry.schema.json", "tools/any/linux-x64/schemas/catalog.schema.json"]);
        files.Should().NotContain(f => f.EndsWith(".dll", StringComparison.Ordinal) || f.EndsWith(".dbg", StringComparison.Ordinal) || f.Contains("DataCompiler", StringComparison.Ordinal), "the package holds the native binary, not assemblies or 17 MB of debug symbols");
        Nuspec(zip).Should().ContainKey("packageType").WhoseValue.Should().Be("DotnetToolRidPackage");
        XDocument.Parse(Entry(zip, "tools/any/linux-x64/DotnetToolSettings.xml")).Descendants("Command").Single().Attribute("Runner")?.Value
            .Should().Be("executable");
    }

    [Fact]
    public async Task Pack_Tool_ReadyToRunPackageHoldsNativeCodeForItsRidAndRuns()
    {
        Assert.SkipUnless(fixture.NativeToolPackages, "the ReadyToRun tool packages come with the native ones (NativeToolPackages); .ci/run packs them");
        fixture.EnsurePacked();
        var rid = PackageFixture.ReadyToRunToolRid;
        var folder = $"tools/net10.0/{rid}/";
        var extracted = Path.Combine(fixture.Root, "ready-to-run");
        using (var zip = ZipFile.OpenRead(Path.Combine(fixture.PackDirectory, $"kurils.{rid}.{fixture.Version}.nupkg")))
        {
            Nuspec(zip).Should().ContainKey("packageType").WhoseValue.Should().Be("DotnetToolRidPackage");
            var command = XDocument.Parse(Entry(zip, folder + "DotnetToolSettings.xml")).Descendants("Command").Single();
            (command.Attribute("Runner")?.Value, command.Attribute("EntryPoint")?.Value).Should().Be(("dotnet", "kurils.dll"), "it runs on the installed .NET runtime, as kurils.any does");
            var files = zip.Entries.Select(e => e.FullName).ToList();
            files.Should().Contain([.. new[] { "kurils.dll", "kurils.runtimeconfig.json", "Kurils.Domain.dll", "Kurils.Domain.Html.dll", "NodaTime.dll", "YamlDotNet.dll", "schemas/parsed-article.schema.json", "schemas/catalog.schema.json" }.Select(f => folder + f)]);
            files.Should().NotContain(f => f.Contains("DataCompiler", StringComparison.Ordinal) || f == folder + "kurils", "no catalog compiler and no apphost");
            zip.ExtractToDirectory(extracted);
        }

        // Every assembly carries native code for the package's RID (the ReadyToRun header, and the machine with the
        // ReadyToRun code's OS folded in: x64 code for Linux), not IL alone as in kurils.any.
        foreach (var assembly in Directory.GetFiles(Path.Combine(extracted, folder), "*.dll"))
        {
            using var stream = File.OpenRead(assembly);
            using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
            pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size.Should().BeGreaterThan(0, $"{Path.GetFileName(assembly)} is compiled ReadyToRun");
            ((int)pe.PEHeaders.CoffHeader.Machine).Should().Be(0x8664 ^ 0x7B79, $"{Path.GetFileName(assembly)} holds x64 code for Linux");
        }

        // Linux x64 ReadyToRun code is the same for musl and glibc, so this machine's .NET runs the package as a musl one would.
        var resolve = await ProcessRunner.RunAsync(ProcessRunner.Dotnet, [Path.Combine(extracted, folder, "kurils.dll"), "resolve", "Etorofu", "--json"], fixture.Root);
        resolve.ExitCode.Should().Be(0, resolve.Describe());
        using var json = JsonDocument.Parse(resolve.StandardOutput);
        json.RootElement.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("id").GetString())
            .Should().Equal(["iturup"], resolve.Describe());
    }

    private static string Entry(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    [Fact]
    public async Task QuickStart_NewConsoleProjectAgainstThePackage_PrintsTheLinesTheReadmeShows()
    {
        fixture.EnsurePacked();
        var (code, expected) = ReadmeQuickStart(File.ReadAllText(Path.Combine(ShippedCatalogTests.RepoRoot(), "README.md")));

        var project = fixture.WriteConsumer("consumer", code, string.Empty);

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
        var project = fixture.WriteConsumer("aot-consumer", code, "<PublishAot>true</PublishAot>");
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

        // On linux-x64 the tool a user installs is the NativeAOT binary (kurils.linux-x64), not an assembly for the JIT.
        if (fixture.NativeToolPackages)
        {
            var command = new FileInfo(Path.Combine(tools, "kurils"));
            var binary = command.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? command.FullName;
            binary.Should().Contain("kurils.linux-x64", install.Describe());
            File.ReadAllBytes(binary).Take(4).Should().Equal([0x7F, (byte)'E', (byte)'L', (byte)'F'], "the installed command is a native executable");
            Directory.EnumerateFiles(tools, "kurils.dll", SearchOption.AllDirectories).Should().BeEmpty();
        }

        var resolve = await ProcessRunner.RunAsync(Path.Combine(tools, "kurils"), ["resolve", "Etorofu", "--json"], fixture.Root);

        resolve.ExitCode.Should().Be(0, resolve.Describe());
        using var json = JsonDocument.Parse(resolve.StandardOutput);
        json.RootElement.GetProperty("query").GetString().Should().Be("Etorofu", resolve.Describe());
        json.RootElement.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("id").GetString())
            .Should().Equal(["iturup"], resolve.Describe());
        Directory.EnumerateFiles(tools, "parsed-article.schema.json", SearchOption.AllDirectories)
            .Should().NotBeEmpty("the parse schema is installed beside the tool");

        // The installed tool reads web pages (it ships with Kurils.Domain.Html).
        var page = Path.Combine(fixture.Root, "page.html");
        File.WriteAllText(page, "<html lang=\"en\"><body><article><h1>Lavrov on Etorofu</h1><p>Russia held drills on Etorofu, the ministry said.</p></article></body></html>");
        var parse = await ProcessRunner.RunAsync(Path.Combine(tools, "kurils"), ["parse", page, "--json"], fixture.Root);
        parse.ExitCode.Should().Be(0, parse.Describe());
        using (var parsed = JsonDocument.Parse(parse.StandardOutput))
        {
            parsed.RootElement.GetProperty("text").GetString().Should().StartWith("Lavrov on Etorofu\n\n", parse.Describe());
            parsed.RootElement.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("id").GetString()).Should().Contain("iturup", parse.Describe());
        }

        // The diagnostics' texts are a resource of the library: the installed tool (native on linux-x64) reads them.
        var invalid = Path.Combine(fixture.Root, "invalid.txt");
        File.WriteAllBytes(invalid, [.. "Russia held drills on Etorofu. "u8, 0xFF]);
        var diagnosed = await ProcessRunner.RunAsync(Path.Combine(tools, "kurils"), ["parse", invalid, "--json"], fixture.Root);
        diagnosed.ExitCode.Should().Be(0, diagnosed.Describe());
        using (var parsed = JsonDocument.Parse(diagnosed.StandardOutput))
        {
            parsed.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("message").GetString())
                .Should().Contain("the input is not valid UTF-8; invalid bytes were replaced with U+FFFD", diagnosed.Describe());
        }

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

/// <summary>Packs Kurils.Domain and the kurils tool once (see <see cref="PackFixture"/>); the tool's RID packages too.</summary>
public sealed class PackageFixture()
    : PackFixture("kurils-packaging-", ["src/Kurils.Domain/Kurils.Domain.csproj", "src/Kurils.Cli/Kurils.Cli.csproj"], ["Kurils.Domain", "kurils", "kurils.*"], "Kurils.Domain")
{
    /// <summary>
    /// Whether the tool is packed with its NativeAOT package for linux-x64 (the only RID the pack lists): on a linux-x64
    /// machine with clang, and always in CI (KURILS_REQUIRE_AOT); elsewhere as the framework-dependent tool alone.
    /// </summary>
    public bool NativeToolPackages { get; } =
        OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.X64
        && (Environment.GetEnvironmentVariable("KURILS_REQUIRE_AOT") == "1" || ClangOnPath());

    /// <summary>
    /// The framework-dependent ReadyToRun tool package a plain pack makes beside the native one (a release packs more with
    /// -p:AllToolPackages=true; src/Kurils.Cli/Kurils.Cli.csproj): Linux x64 code, so this machine can run it.
    /// </summary>
    public const string ReadyToRunToolRid = "linux-musl-x64";

    /// <inheritdoc/>
    protected override IEnumerable<string> PackArguments => [$"-p:NativeToolPackages={(NativeToolPackages ? "true" : "false")}"];

    private static bool ClangOnPath() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Any(directory => directory.Length > 0 && File.Exists(Path.Combine(directory, "clang")));
}
