using System.Text;
using System.Text.Json;
using FluentAssertions;
using Kurils.Cli;
using Xunit;
using static Kurils.Domain.Tests.Cli.KurilsRun;

namespace Kurils.Domain.Tests.Cli;

/// <summary>
/// <c>kurils parse</c> when inputs or the output fail: one line on stderr per bad input, every good input still
/// written, and the documented exit codes (2 unreadable input, 3 output failed, 64 usage).
/// </summary>
public sealed class ParseCommandFaultTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kurils-cli-").FullName;

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows())
        {
            foreach (var file in Directory.EnumerateFiles(_dir, "*", SearchOption.AllDirectories))
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Run_MissingPath_OneStderrLineGoodInputStillWrittenExit2()
    {
        var good = GoodFile("good.txt");
        var missing = Path.Combine(_dir, "missing.txt");

        var (code, stdout, stderr) = Run("parse", missing, good, "--json");

        code.Should().Be(ExitCodes.Unreadable);
        Lines(stderr).Should().Equal($"kurils: {missing}: no such file or directory");
        JsonLines(stdout).Select(j => j.GetProperty("source").GetString()).Should().Equal(good);
    }

    [Fact]
    public void Run_DirectoryWithABinaryFileAmongGoodOnes_ReportsItAndParsesTheRest()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "articles")).FullName;
        var first = GoodFile(Path.Combine("articles", "a.txt"));
        var binary = Path.Combine(folder, "b.txt");
        File.WriteAllBytes(binary, [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0xFF, 0xFE, 0x00]);
        var last = GoodFile(Path.Combine("articles", "c.txt"));

        var (code, stdout, stderr) = Run("parse", folder, "--json");

        code.Should().Be(ExitCodes.Unreadable);
        Lines(stderr).Should().ContainSingle().Which.Should().StartWith($"kurils: {binary}: ");
        JsonLines(stdout).Select(j => j.GetProperty("source").GetString()).Should().Equal(first, last);
    }

    [Fact]
    public void Run_FileWithoutReadPermission_ReportsPermissionDeniedUnlessTheUserCanStillReadIt()
    {
        var locked = GoodFile("locked.txt");
        var good = GoodFile("good.txt");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(locked, UnixFileMode.None);
        }

        var (code, stdout, stderr) = Run("parse", locked, good, "--json");

        if (CanRead(locked))
        {
            // Root (or a capability, or Windows, where there is no mode 000) reads it: the file is simply parsed.
            code.Should().Be(ExitCodes.Success);
            stderr.Should().BeEmpty();
            JsonLines(stdout).Select(j => j.GetProperty("source").GetString()).Should().Equal(locked, good);
        }
        else
        {
            code.Should().Be(ExitCodes.Unreadable);
            Lines(stderr).Should().Equal($"kurils: {locked}: permission denied");
            JsonLines(stdout).Select(j => j.GetProperty("source").GetString()).Should().Equal(good);
        }
    }

    [Fact]
    public void Run_SeveralBadInputs_OneStderrLineEach()
    {
        var missing = Path.Combine(_dir, "nope.txt");
        var binary = Path.Combine(_dir, "binary.txt");
        File.WriteAllBytes(binary, [0x00, 0x01, 0x02]);
        var good = GoodFile("good.txt");

        var (code, stdout, stderr) = Run("parse", missing, binary, good, missing);

        code.Should().Be(ExitCodes.Unreadable);
        Lines(stderr).Should().HaveCount(3).And.OnlyContain(line => line.StartsWith("kurils: " + missing + ": ", StringComparison.Ordinal) || line.StartsWith("kurils: " + binary + ": ", StringComparison.Ordinal));
        stdout.Should().Contain("== " + good);
    }

    [Theory]
    [InlineData("Broken pipe", 32)]
    [InlineData("No space left on device", 28)]
    [InlineData("Input/output error", 5)]
    public void Run_OutputFails_Exit3(string message, int errno)
    {
        var good = GoodFile("good.txt");

        foreach (var format in new[] { "text", "json", "csv" })
        {
            var stderr = new StringWriter();
            var code = CommandLine.Run(["parse", good, "--format", format], Stream.Null, new FailingWriter(message, errno), stderr);

            code.Should().Be(ExitCodes.OutputFailed, because: $"writing {format} failed with '{message}'");
            Lines(stderr.ToString()).Should().HaveCountLessThanOrEqualTo(1);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("parse")]
    [InlineData("parse --format xml x.txt")]
    [InlineData("parse --format")]
    [InlineData("parse --published 2024-13-45 x.txt")]
    [InlineData("parse --table nope x.txt")]
    [InlineData("parse --bogus x.txt")]
    [InlineData("frobnicate")]
    public void Run_UsageError_Exit64WithAMessage(string commandLine)
    {
        var (code, stdout, stderr) = Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        code.Should().Be(ExitCodes.Usage);
        stderr.Should().StartWith("kurils: ");
        stdout.Should().BeEmpty();
    }

    [Fact]
    public void Run_StdinDash_ParsesStandardInput()
    {
        var seed = TestCatalog.Seed(Parsing.ParserHostileInputTests.SeedFiles()[0]);
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(seed));

        var (code, stdout, stderr) = Run(stdin, "parse", "-", "--json");

        code.Should().Be(ExitCodes.Success);
        stderr.Should().BeEmpty();
        var article = JsonLines(stdout).Should().ContainSingle().Subject;
        article.GetProperty("source").GetString().Should().Be("-");
        article.GetProperty("language").GetString().Should().Be("en");
    }

    [Fact]
    public void Run_Json_OneValidJsonObjectPerLine()
    {
        foreach (var seed in Parsing.ParserHostileInputTests.SeedFiles())
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "seeds", seed), Path.Combine(_dir, seed));
        }

        // Hostile text is escaped, never breaks a line or the JSON.
        File.WriteAllText(Path.Combine(_dir, "zz-hostile.txt"), "Putin said \"a\u2028b\u0085c\r\nd\u001B\uD800\" \u00AB\u202EIturup\u00BB\n\n" + "\u201C\u201D", new UTF8Encoding(false));

        var (code, stdout, stderr) = Run("parse", _dir, "--json");

        code.Should().Be(ExitCodes.Success);
        stderr.Should().BeEmpty();
        var lines = JsonLines(stdout);
        lines.Should().HaveCount(Parsing.ParserHostileInputTests.SeedFiles().Length + 1);
        lines.Should().OnlyContain(j => j.ValueKind == JsonValueKind.Object);
    }

    private static bool CanRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private string GoodFile(string name)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, TestCatalog.Seed(Parsing.ParserHostileInputTests.SeedFiles()[1]));
        return path;
    }

    /// <summary>Standard output whose reader went away: every write throws.</summary>
    private sealed class FailingWriter(string message, int errno) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw Failure();

        public override void Write(string? value) => throw Failure();

        public override void Write(char[] buffer, int index, int count) => throw Failure();

        public override void WriteLine(string? value) => throw Failure();

        public override void Flush() => throw Failure();

        private IOException Failure() => new(message, errno);
    }
}
