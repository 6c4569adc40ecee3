using FluentAssertions;
using Kurils.Cli;
using Xunit;
using static Kurils.Domain.Tests.Cli.KurilsRun;

namespace Kurils.Domain.Tests.Cli;

/// <summary>
/// A folder with nothing to read is an error, not "valid" or silence (issue 13, point 3): <c>kurils validate</c>
/// of an empty folder, and <c>kurils parse</c> of a folder without articles.
/// </summary>
public sealed class EmptyInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kurils-empty-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Validate_EmptyFolder_SaysThereIsNothingToCheckAndExits1()
    {
        var (code, stdout, stderr) = Run("validate", _dir);

        code.Should().Be(ExitCodes.Incomplete);
        stdout.Should().BeEmpty();
        stderr.Trim().Should().Be($"kurils: {_dir}: no catalog files (*.yaml or *.yml) to check");
    }

    [Fact]
    public void Validate_FolderOfYmlFiles_ChecksThem()
    {
        File.WriteAllText(Path.Combine(_dir, "good.yml"), "countries:\n  - id: atlantis\n    names:\n      - { text: Atlantis, lang: en, kind: official }\n    source: test\n");
        File.WriteAllText(Path.Combine(_dir, "bad.yml"), "countries:\n  - id: japan\n    nmae: x\n    source: s\n");

        var (code, stdout, stderr) = Run("validate", _dir);

        code.Should().Be(ExitCodes.Incomplete);
        stdout.Should().Contain(Path.Combine(_dir, "bad.yml") + "(3,5): unknown key 'nmae'");
        stderr.Should().Contain("in 2 files");

        File.Delete(Path.Combine(_dir, "bad.yml"));
        var (goodCode, _, goodErr) = Run("validate", _dir);
        goodCode.Should().Be(ExitCodes.Success, goodErr);
        goodErr.Trim().Should().Be("catalog is valid (1 file)");
    }

    [Fact]
    public void Parse_FolderWithoutArticles_SaysSoAndExits2()
    {
        File.WriteAllText(Path.Combine(_dir, "notes.md"), "Etorofu");

        var (code, stdout, stderr) = Run("parse", _dir, "--json");

        code.Should().Be(ExitCodes.Unreadable);
        stdout.Should().BeEmpty();
        stderr.Trim().Should().Be($"kurils: {_dir}: no *.txt, *.jsonl, *.html or *.htm files to parse");
    }

    [Fact]
    public void Parse_EmptyFolderBesideAGoodFile_ParsesTheFileAndStillExits2()
    {
        var good = Path.Combine(Path.GetTempPath(), $"kurils-{Guid.NewGuid():N}.txt");
        File.WriteAllText(good, "Etorofu is an island.");
        try
        {
            var (code, stdout, _) = Run("parse", _dir, good, "--json");

            code.Should().Be(ExitCodes.Unreadable);
            stdout.Should().Contain("\"source\":\"" + good.Replace("\\", "\\\\", StringComparison.Ordinal) + "\"");
        }
        finally
        {
            File.Delete(good);
        }
    }
}
