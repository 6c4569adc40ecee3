using System.Text.Json;
using Kurils.Cli;

namespace Kurils.Domain.Tests.Cli;

/// <summary>
/// The command line run in process, as the CLI tests drive it (<c>using static</c>): arguments and standard input
/// in; the exit code and both outputs out, and the output read as lines or JSON Lines.
/// </summary>
internal static class KurilsRun
{
    public static (int Code, string Stdout, string Stderr) Run(params string[] args) => Run(Stream.Null, args);

    public static (int Code, string Stdout, string Stderr) Run(Stream stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdin, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The non-empty lines of an output.</summary>
    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    /// <summary>Each line parsed on its own: a line that is not one complete JSON value fails the test.</summary>
    public static List<JsonElement> JsonLines(string stdout) =>
        Lines(stdout).Select(line =>
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.Clone();
        }).ToList();
}
