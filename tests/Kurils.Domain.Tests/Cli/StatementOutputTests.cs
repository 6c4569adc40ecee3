using System.Text;
using System.Text.Json;
using FluentAssertions;
using Kurils.Cli;
using Xunit;

namespace Kurils.Domain.Tests.Cli;

/// <summary>
/// What <c>kurils parse</c> writes for a statement: the speaker's name beside the id (issue 13, point 7) and a
/// quotation with the marks the article put around it (point 11).
/// </summary>
public sealed class StatementOutputTests
{
    [Theory]
    [InlineData("林芳正官房長官は6日、「全く受け入れられない」と述べた。", "「全く受け入れられない」")]
    [InlineData("Путин заявил: «Курилы — наша земля».", "«Курилы — наша земля»")]
    [InlineData("Лавров сказал: „Итуруп наш“.", "„Итуруп наш“")]
    [InlineData("Putin said: \"The islands are ours.\"", "\"The islands are ours.\"")]
    [InlineData("Putin said: “The islands are ours.”", "“The islands are ours.”")]
    public void Text_DirectQuotation_KeepsItsOwnMarks(string article, string shown)
    {
        var (_, output, _) = Run(article, "--format", "text");

        output.Should().Contain(shown);
        if (!shown.StartsWith('“'))
        {
            output.Should().NotContain("“" + shown[1..^1] + "”");
        }
    }

    [Fact]
    public void Text_Statement_ShowsTheSpeakersNameBesideTheId()
    {
        var (_, output, _) = Run("Путин заявил: «Курилы — наша земля».", "--format", "text");

        output.Should().Contain("Vladimir Putin [putin-vladimir]");
    }

    [Fact]
    public void Json_Statement_HasTheSpeakersDisplayName()
    {
        var (_, output, _) = Run("Путин заявил: «Курилы — наша земля».", "--json");

        using var json = JsonDocument.Parse(output);
        var statement = json.RootElement.GetProperty("statements")[0];
        statement.GetProperty("speaker").GetString().Should().Be("putin-vladimir");
        statement.GetProperty("speakerDisplayName").GetString().Should().Be("Vladimir Putin");
    }

    [Fact]
    public void Json_StatementWithoutSpeaker_HasNullDisplayName()
    {
        var (_, output, _) = Run("A spokesman said: “The islands are ours.”", "--json");

        using var json = JsonDocument.Parse(output);
        foreach (var statement in json.RootElement.GetProperty("statements").EnumerateArray())
        {
            statement.GetProperty("speaker").ValueKind.Should().Be(JsonValueKind.Null);
            statement.GetProperty("speakerDisplayName").ValueKind.Should().Be(JsonValueKind.Null);
        }
    }

    [Fact]
    public void Csv_Statements_CarryTheSpeakersNameThenEventAndStance()
    {
        var (_, output, _) = Run("Путин заявил: «Курилы — наша земля».", "--format", "csv");

        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().EndWith(",catalog_statement,speaker_name,event,stance,unattributed_reason");
        lines[1].Should().StartWith("-,putin-vladimir,direct,").And.Contain(",Vladimir Putin,").And.EndWith(",");
    }

    [Fact]
    public void Json_StatementWithoutSpeaker_SaysWhy()
    {
        var (_, output, _) = Run("The islands are disputed.\n\n“The islands are ours,” a spokesman said.\n\nPutin said: “The islands are ours.”", "--json");

        using var json = JsonDocument.Parse(output);
        var statements = json.RootElement.GetProperty("statements");
        statements[0].GetProperty("unattributedReason").GetString().Should().Be("unresolved-reference");
        statements[1].GetProperty("speaker").GetString().Should().Be("putin-vladimir");
        statements[1].GetProperty("unattributedReason").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Csv_StatementWithoutSpeaker_SaysWhyInTheLastColumn()
    {
        var (_, output, _) = Run("“The islands are ours and will remain so,” the statement read.", "--format", "csv");

        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[1].Should().StartWith("-,,direct,").And.EndWith(",no-speaker-named");
    }

    [Fact]
    public void Csv_Articles_EndWithTheUncataloguedOutletsName()
    {
        var (_, output, _) = Run("Putin said the islands are Russian.", "--format", "csv", "--table", "articles");

        output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[0].Should().EndWith(",diagnostics,outlet_name");
    }

    private static (int Code, string Stdout, string Stderr) Run(string article, params string[] options)
    {
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(article));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(["parse", "-", .. options], stdin, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
