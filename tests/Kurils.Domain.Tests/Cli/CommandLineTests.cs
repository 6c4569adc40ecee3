using System.Text.RegularExpressions;
using FluentAssertions;
using Kurils.Cli;
using Kurils.Domain.Tests.Catalog;
using Xunit;
using static Kurils.Domain.Tests.Cli.KurilsRun;

namespace Kurils.Domain.Tests.Cli;

/// <summary>
/// The command line's manners (issue 13, points 3 and 4): <c>--version</c>, errors that name the offending token
/// and the valid values, unknown options refused, options that would do nothing refused, help with examples and
/// the exit codes the README documents.
/// </summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Version_PrintsTheToolVersionAndExitsZero()
    {
        var (code, output, error) = Run("--version");

        code.Should().Be(ExitCodes.Success);
        error.Should().BeEmpty();
        output.Trim().Should().MatchRegex(@"^\d+\.\d+\.\d+([-+].*)?$");
    }

    [Theory]
    [InlineData("parse --format xml x.txt", "kurils: 'xml' is not a format; use text, json or csv (see kurils parse --help)")]
    [InlineData("parse --table nope --format csv x.txt", "kurils: 'nope' is not a CSV table; use statements, mentions, articles, dates, segments or events (see kurils parse --help)")]
    [InlineData("parse --published 2024-13-01 x.txt", "kurils: --published: '2024-13-01' is not a date: the month 13 is out of range (01 to 12) (see kurils parse --help)")]
    [InlineData("parse --published 2023-02-29 x.txt", "kurils: --published: '2023-02-29' is not a date: the day 29 is out of range (2023-02 has 28 days) (see kurils parse --help)")]
    [InlineData("parse --published 5/6/2024 x.txt", "kurils: --published: '5/6/2024' is not a date; use YYYY-MM-DD (for example 2024-06-05) (see kurils parse --help)")]
    [InlineData("parse x.txt --jobs 0", "kurils: --jobs: '0' is not a whole number of at least 1 (see kurils parse --help)")]
    [InlineData("parse x.txt --jobs many", "kurils: --jobs: 'many' is not a whole number of at least 1 (see kurils parse --help)")]
    [InlineData("resolve -x", "kurils: unknown option '-x' (see kurils resolve --help)")]
    [InlineData("resolve Etorofu --jsn", "kurils: unknown option '--jsn' (did you mean --json?) (see kurils resolve --help)")]
    [InlineData("parse x.txt --publised 2024-06-05", "kurils: unknown option '--publised' (did you mean --published?) (see kurils parse --help)")]
    [InlineData("parse x.txt --frobnicate", "kurils: unknown option '--frobnicate' (see kurils parse --help)")]
    [InlineData("parse x.txt --table mentions", "kurils: --table chooses the CSV table: add --format csv (see kurils parse --help)")]
    [InlineData("parse x.txt --json --format csv", "kurils: --json means --format json, which contradicts --format csv (see kurils parse --help)")]
    [InlineData("validate --overlay", "kurils: --overlay checks your files on top of the shipped catalog: give their PATHs (see kurils validate --help)")]
    [InlineData("frobnicate", "kurils: 'frobnicate' is not a command; use resolve, parse, timeline, validate or schema (see kurils --help)")]
    [InlineData("resolve", "kurils: give at least one NAME (see kurils resolve --help)")]
    public void BadCommandLine_OneLineNamingTheTokenAndWhatIsValid_Exit64(string commandLine, string expected)
    {
        var (code, output, error) = Run(commandLine.Split(' '));

        code.Should().Be(ExitCodes.Usage);
        output.Should().BeEmpty();
        error.ReplaceLineEndings("\n").TrimEnd('\n').Should().Be(expected);
    }

    [Fact]
    public void ClosedStandardOutput_IsAnOutputFailure_Exit3()
    {
        // What a write to a closed descriptor (`kurils resolve Etorofu >&-`) throws.
        var stderr = new StringWriter();

        var code = CommandLine.Run(["resolve", "Etorofu"], Stream.Null, new ClosedWriter(), stderr);

        code.Should().Be(ExitCodes.OutputFailed);
        stderr.ToString().Trim().Should().Be("kurils: cannot write the output: Bad file descriptor");
    }

    [Fact]
    public void Resolve_NameStartingWithADashAfterDoubleDash_IsAName()
    {
        var (code, output, error) = Run("resolve", "--", "-Atlantis");

        error.Should().BeEmpty();
        code.Should().Be(ExitCodes.Incomplete);
        output.Should().StartWith("-Atlantis\t(unresolved)");
    }

    [Theory]
    [InlineData("resolve")]
    [InlineData("parse")]
    [InlineData("validate")]
    [InlineData("schema")]
    public void Help_EveryCommand_ListsItsOptionsExamplesAndExitCodes(string command)
    {
        var (code, output, error) = Run(command, "--help");

        code.Should().Be(ExitCodes.Success);
        error.Should().BeEmpty();
        output.Should().Contain("Usage:").And.Contain("Options:").And.Contain("Examples:").And.Contain("Exit codes:");
        var examples = output[output.IndexOf("Examples:", StringComparison.Ordinal)..output.IndexOf("Exit codes:", StringComparison.Ordinal)];
        var lines = examples.ReplaceLineEndings("\n").Split('\n').Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        lines.Should().NotBeEmpty().And.OnlyContain(l => l.Contains("kurils " + command, StringComparison.Ordinal));
    }

    [Fact]
    public void Help_Examples_AreValidCommandLines()
    {
        foreach (var command in new[] { "resolve", "parse", "validate", "schema" })
        {
            var (_, output, _) = Run(command, "--help");
            foreach (var example in Examples(output))
            {
                CommandLine.Problems(example).Should().BeEmpty(string.Join(' ', example));
            }
        }
    }

    [Fact]
    public void Readme_ExitCodeTable_IsWhatTheCodeReturns()
    {
        var readme = File.ReadAllText(Path.Combine(ShippedCatalogTests.RepoRoot(), "README.md")).ReplaceLineEndings("\n");
        var table = Regex.Matches(readme, @"^\| (\d+) \| ", RegexOptions.Multiline).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        table.Should().Equal(ExitCodes.Success, ExitCodes.Incomplete, ExitCodes.Unreadable, ExitCodes.OutputFailed, ExitCodes.Usage);
    }

    [Fact]
    public void Readme_CommandLineSynopsisAndExamples_Parse()
    {
        var readme = File.ReadAllText(Path.Combine(ShippedCatalogTests.RepoRoot(), "README.md")).ReplaceLineEndings("\n");
        // Every kurils command in the README's sh blocks, up to a pipe, a redirection, a quote or a comment.
        var blocks = Regex.Matches(readme, "```sh\n(?<body>.*?)```", RegexOptions.Singleline).Select(m => m.Groups["body"].Value);
        var commands = blocks.SelectMany(b => Regex.Matches(b, @"\bkurils (?<args>(?:resolve|parse|validate|schema)\b[^\n#|>'\]]*)"))
            .Select(m => m.Groups["args"].Value.Trim())
            .Select(a => a.Count(c => c == '"') % 2 == 1 ? a[..a.LastIndexOf('"')].Trim() : a) // the end of a quoted command
            .ToList();

        commands.Should().NotBeEmpty();
        foreach (var command in commands)
        {
            CommandLine.Problems(Split(command)).Should().BeEmpty(command);
        }
    }

    [Fact]
    public void Readme_Synopsis_NamesOnlyOptionsTheCommandHas()
    {
        var readme = File.ReadAllText(Path.Combine(ShippedCatalogTests.RepoRoot(), "README.md")).ReplaceLineEndings("\n");
        var synopsis = Regex.Matches(readme, @"^kurils (?<command>resolve|parse|validate) (?<rest>.*\.\.\..*)$", RegexOptions.Multiline).ToList();

        synopsis.Select(m => m.Groups["command"].Value).Should().BeEquivalentTo(["resolve", "parse", "validate"]);
        foreach (var line in synopsis)
        {
            var (_, help, _) = Run(line.Groups["command"].Value, "--help");
            foreach (Match option in Regex.Matches(line.Groups["rest"].Value, @"--[a-z]+"))
            {
                help.Should().Contain(option.Value + " ", line.Value);
            }
        }
    }

    private sealed class ClosedWriter : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw Closed();

        public override void Write(string? value) => throw Closed();

        public override void WriteLine(string? value) => throw Closed();

        public override void Flush() => throw Closed();

        private static UnauthorizedAccessException Closed() => new("Access to the path is denied.", new IOException("Bad file descriptor", 9));
    }

    /// <summary>The example lines of a help text, as arguments (after <c>kurils</c>, before a pipe or redirection).</summary>
    private static IEnumerable<string[]> Examples(string help)
    {
        var start = help.IndexOf("Examples:", StringComparison.Ordinal);
        var end = help.IndexOf("Exit codes:", StringComparison.Ordinal);
        foreach (var line in help[start..end].ReplaceLineEndings("\n").Split('\n').Skip(1))
        {
            var at = line.IndexOf("kurils ", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var command = line[(at + "kurils ".Length)..];
            var cut = command.IndexOfAny(['|', '>']);
            yield return Split(cut < 0 ? command : command[..cut]);
        }
    }

    /// <summary>Splits a shell command line on spaces, keeping double-quoted words together.</summary>
    private static string[] Split(string commandLine) =>
        Regex.Matches(commandLine, "\"([^\"]*)\"|'([^']*)'|(\\S+)").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value).ToArray();
}
