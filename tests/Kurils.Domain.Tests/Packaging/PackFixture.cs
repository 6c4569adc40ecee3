using FluentAssertions;
using Xunit;

namespace Kurils.Domain.Tests.Packaging;

/// <summary>
/// Packs projects of the repository once into a temporary folder outside it, and prepares a NuGet configuration
/// whose sources are that folder (for our own packages, whatever a remote source holds) plus the machine's remote
/// sources, with its own global packages folder so that a stale cached copy of the same version is never used.
/// The package tests of the library and of the HTML package each derive their fixture from it (the HTML tests
/// link this file).
/// </summary>
public abstract class PackFixture : IAsyncLifetime
{
    private readonly List<ProcessResult> _steps = [];
    private readonly string[] _projects;
    private readonly string[] _ownPackages;
    private readonly string _versionedPackage;
    private bool _packed;

    /// <param name="folderPrefix">The temporary folder's name before its random part.</param>
    /// <param name="projects">The projects to pack, relative to the repository.</param>
    /// <param name="ownPackages">The ids of our packages, taken from the pack only.</param>
    /// <param name="versionedPackage">The package whose file gives <see cref="Version"/>.</param>
    protected PackFixture(string folderPrefix, string[] projects, string[] ownPackages, string versionedPackage)
    {
        _projects = projects;
        _ownPackages = ownPackages;
        _versionedPackage = versionedPackage;
        Root = Path.Combine(Path.GetTempPath(), folderPrefix + Guid.NewGuid().ToString("N")[..12]);
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

    /// <summary>MSBuild properties every pack of this fixture is given (for example which tool packages to make).</summary>
    protected virtual IEnumerable<string> PackArguments => [];

    /// <summary>Environment for restores that must see only the fresh packages folder.</summary>
    public IReadOnlyDictionary<string, string> IsolatedEnvironment { get; }

    /// <summary>The repository's root folder (where <c>Kurils.Domain.sln</c> is), above the test's folder.</summary>
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

        // The consumer must not inherit anything from a folder above it.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />\n");

        // Separate artifacts: the pack neither reuses nor disturbs the repository's own bin and obj.
        var artifacts = Path.Combine(Root, "artifacts");
        foreach (var project in _projects)
        {
            var pack = await ProcessRunner.RunAsync(
                ProcessRunner.Dotnet,
                ["pack", Path.Combine(repo, project), "-c", "Release", "-o", PackDirectory, "--artifacts-path", artifacts, .. PackArguments],
                repo);
            _steps.Add(pack);
            if (pack.ExitCode != 0)
            {
                return;
            }
        }

        // "Kurils.Domain.0.1.0.nupkg", not "Kurils.Domain.Html.0.1.0.nupkg" nor a symbols package.
        var prefix = _versionedPackage + ".";
        var file = Directory.GetFiles(PackDirectory, prefix + "*.nupkg").Select(Path.GetFileName)
            .SingleOrDefault(n => char.IsAsciiDigit(n![prefix.Length]));
        if (file is null)
        {
            return;
        }

        Version = file[prefix.Length..^".nupkg".Length];
        var sources = await ProcessRunner.RunAsync(ProcessRunner.Dotnet, ["nuget", "list", "source", "--format", "short"], Root);
        _steps.Add(sources);
        var remotes = sources.StandardOutput.ReplaceLineEndings("\n").Split('\n')
            .Where(line => line.StartsWith("E ", StringComparison.Ordinal))
            .Select(line => line[2..].Trim())
            .Where(source => source.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            .ToList();
        File.WriteAllText(NuGetConfig, NuGetConfigText(remotes));
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

    /// <summary>
    /// A brand-new console project outside the repository (in <see cref="Root"/>, which shields it from the repository's
    /// build files) that references the fixture's versioned package only, with <paramref name="code"/> as its program.
    /// </summary>
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
                <PackageReference Include="{_versionedPackage}" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), code);
        return project;
    }

    /// <summary>Fails the calling test with every step's output when the pack did not work.</summary>
    public void EnsurePacked() =>
        _packed.Should().BeTrue(
            "packing and finding a remote package source must work; steps:{0}{1}",
            Environment.NewLine,
            string.Join(Environment.NewLine, _steps.Select(s => s.Describe())));

    private string NuGetConfigText(IReadOnlyList<string> remotes)
    {
        var sources = string.Concat(remotes.Select((url, i) => $"""    <add key="remote{i}" value="{url}" />{"\n"}"""));
        var mappings = string.Concat(remotes.Select((_, i) => $"""    <packageSource key="remote{i}"><package pattern="*" /></packageSource>{"\n"}"""));
        var own = string.Concat(_ownPackages.Select(id => $"""<package pattern="{id}" />"""));
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(Root, "packages")}" />
              </config>
              <packageSources>
                <clear />
                <add key="local" value="{PackDirectory}" />
            {sources}  </packageSources>
              <packageSourceMapping>
                <clear />
                <!-- Our own packages only ever come from the fresh pack, whatever a remote source holds. -->
                <packageSource key="local">{own}</packageSource>
            {mappings}  </packageSourceMapping>
            </configuration>
            """;
    }
}
