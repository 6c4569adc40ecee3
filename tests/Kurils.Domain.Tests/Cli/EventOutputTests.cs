using System.Text;
using System.Text.Json;
using FluentAssertions;
using Kurils.Cli;
using Xunit;

namespace Kurils.Domain.Tests.Cli;

/// <summary>Events in the JSON and CSV output of <c>kurils parse</c>.</summary>
public sealed class EventOutputTests
{
    private const string Article = "Japan and Russia\n\nRussia suspended peace treaty talks with Japan over its sanctions.\n";

    [Fact]
    public void Json_Events_CarryTypeModeActorsAndTrigger()
    {
        var (code, output) = Run("--json");

        code.Should().Be(0);
        using var document = JsonDocument.Parse(output);
        var events = document.RootElement.GetProperty("events").EnumerateArray().ToList();
        var suspension = events.Single(e => e.GetProperty("mode").GetString() == "discontinue");
        suspension.GetProperty("type").GetString().Should().Be("SANCTION");
        suspension.GetProperty("sources").EnumerateArray().Select(x => x.GetString()).Should().Equal("russia");
        suspension.GetProperty("targets").EnumerateArray().Select(x => x.GetString()).Should().Equal("japan");
        suspension.GetProperty("trigger").GetString().Should().Be("suspended");
        suspension.GetProperty("stance").GetString().Should().Be("against-talks");
    }

    [Fact]
    public void Csv_EventsTable_OneRowPerEvent()
    {
        var (code, output) = Run("--format", "csv", "--table", "events");

        code.Should().Be(0);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("source,type,mode,sources,targets,date,trigger,trigger_start,trigger_length,sentence_start,sentence_length,concerns,stance,statement");
        lines.Should().Contain(l => l.StartsWith("-,SANCTION,discontinue,russia,japan,", StringComparison.Ordinal));
    }

    private static (int Code, string Stdout) Run(params string[] options)
    {
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(Article));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(["parse", "-", .. options], stdin, stdout, stderr);
        return (code, stdout.ToString());
    }
}
