using System.Text;
using System.Text.Json;
using FluentAssertions;
using Kurils.Cli;
using Xunit;
using static Kurils.Domain.Tests.Cli.KurilsRun;

namespace Kurils.Domain.Tests.Cli;

/// <summary>
/// <c>--catalog FILE</c> (repeatable) on resolve, parse and validate: overlays on the shipped catalog, loaded in
/// order (issue 13, point 1: the command line had no way to use an overlay at all).
/// </summary>
public sealed class CatalogOptionTests : IDisposable
{
    private const string Country = "countries:\n  - id: atlantis\n    names:\n      - { text: Atlantis, lang: en, kind: official }\n    source: test\n";
    private const string Outlet = "outlets:\n  - id: atlantis-herald\n    country: atlantis\n    names:\n      - { text: Atlantis Herald, lang: en, kind: official }\n    source: test\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("kurils-overlay-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Resolve_TwoOverlays_NamesFromBothResolve_AndWithoutThemNot()
    {
        var country = Write("country.yaml", Country);
        var outlet = Write("outlet.yaml", Outlet);

        Run(Stream.Null, "resolve", "Atlantis Herald").Code.Should().Be(ExitCodes.Incomplete);
        var (code, stdout, stderr) = Run(Stream.Null, "resolve", "Atlantis", "Atlantis Herald", "Etorofu", "--catalog", country, "--catalog", outlet);

        stderr.Should().BeEmpty();
        code.Should().Be(ExitCodes.Success);
        stdout.Should().Contain("country atlantis").And.Contain("outlet atlantis-herald").And.Contain("territory iturup");
    }

    [Fact]
    public void Catalog_TakesOneFileEachTime_TheNextWordIsANameOrPath()
    {
        var country = Write("country.yaml", Country);

        var (code, stdout, _) = Run(Stream.Null, "resolve", "--catalog", country, "Atlantis");

        code.Should().Be(ExitCodes.Success);
        stdout.Should().StartWith("Atlantis\tcountry atlantis");
    }

    [Fact]
    public void Parse_Overlay_MentionsAndRecordOutletsUseIt()
    {
        var country = Write("country.yaml", Country);
        var outlet = Write("outlet.yaml", Outlet);
        var record = RecordsInputTests.Record(new { id = "a", text = "The Atlantis Herald reports on Etorofu.", outlet = "atlantis-herald" });

        using var refused = new MemoryStream(Encoding.UTF8.GetBytes(record));
        Run(refused, "parse", "-", "--records", "--json").Code.Should().Be(ExitCodes.Unreadable, "the outlet is not in the shipped catalog");

        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(record));
        var (code, stdout, stderr) = Run(stdin, "parse", "-", "--records", "--json", "--catalog", country, "--catalog", outlet);

        stderr.Should().BeEmpty();
        code.Should().Be(ExitCodes.Success);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("outlet").GetProperty("id").GetString().Should().Be("atlantis-herald");
        json.RootElement.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("id").GetString()).Should().Contain(["atlantis-herald", "iturup"]);
    }

    [Fact]
    public void BadOverlay_EveryErrorWithItsPosition_NothingDone_Exit2()
    {
        var bad = Write("bad.yaml", "outlets:\n  - id: x\n    country: narnia\n    nmae: x\n    source: s\n");
        var article = Write("a.txt", "Etorofu.");

        foreach (var args in new[] { new[] { "resolve", "Etorofu" }, ["parse", article] })
        {
            var (code, stdout, stderr) = Run(Stream.Null, [.. args, "--catalog", bad]);

            code.Should().Be(ExitCodes.Unreadable, string.Join(' ', args));
            stdout.Should().BeEmpty();
            var lines = stderr.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
            lines.Should().Contain(l => l.StartsWith($"kurils: {bad}(4,5): unknown key 'nmae'", StringComparison.Ordinal));
            lines[^1].Should().StartWith("kurils: --catalog: ");
        }
    }

    [Fact]
    public void Validate_PathsOnTopOfOverlays_MayReferToTheirIds()
    {
        var country = Write("country.yaml", Country);
        var outlet = Write("outlet.yaml", Outlet);

        Run(Stream.Null, "validate", outlet, "--overlay").Code.Should().Be(ExitCodes.Incomplete, "atlantis is unknown without the country overlay");
        var (code, _, stderr) = Run(Stream.Null, "validate", outlet, "--overlay", "--catalog", country);

        code.Should().Be(ExitCodes.Success, stderr);
    }

    [Fact]
    public void Validate_CatalogAlone_ChecksTheOverlays()
    {
        var good = Write("country.yaml", Country);
        var bad = Write("outlet.yaml", Outlet);

        Run(Stream.Null, "validate", "--catalog", good).Code.Should().Be(ExitCodes.Success);
        var (code, stdout, _) = Run(Stream.Null, "validate", "--catalog", bad);
        code.Should().Be(ExitCodes.Incomplete);
        stdout.Should().Contain(bad + "(");
    }

    [Fact]
    public void Validate_OverlayCheckedAlone_HintsAtOverlay()
    {
        var file = Write("paper.yaml", "outlets:\n  - id: x-paper\n    country: russia\n    names:\n      - { text: X Paper, lang: en, kind: official }\n    source: me\n");
        var unknown = Write("narnia.yaml", "outlets:\n  - id: y-paper\n    country: narnia\n    names:\n      - { text: Y Paper, lang: en, kind: official }\n    source: me\n");

        var (code, stdout, stderr) = Run(Stream.Null, "validate", file);
        var (_, _, noHint) = Run(Stream.Null, "validate", unknown);

        code.Should().Be(ExitCodes.Incomplete);
        stdout.Trim().Should().Be($"{file}(3,14): unknown country 'russia'; the shipped catalog has it: is this file an overlay? (check it with kurils validate --overlay, load it with KurilsCatalog.Default.Extend)");
        stderr.Should().Contain("kurils: hint: 1 of the unknown ids are in the shipped catalog; to check the files as an overlay on it, add --overlay");
        noHint.Should().NotContain("hint");
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
