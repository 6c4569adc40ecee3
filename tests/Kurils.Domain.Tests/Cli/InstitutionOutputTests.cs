using System.Text;
using System.Text.Json;
using FluentAssertions;
using Kurils.Cli;
using Xunit;

namespace Kurils.Domain.Tests.Cli;

/// <summary>The outputs name the institution kind as the schemas document it.</summary>
public sealed class InstitutionOutputTests
{
    private static (int Code, string Out) Run(string input, params string[] args)
    {
        var stdout = new StringWriter();
        var code = CommandLine.Run(args, new MemoryStream(Encoding.UTF8.GetBytes(input)), stdout, new StringWriter());
        return (code, stdout.ToString());
    }

    [Fact]
    public void Parse_Json_InstitutionMention_HasKindInstitution()
    {
        var (code, output) = Run("В МИД России заявили протест.", "parse", "-", "--json");

        code.Should().Be(0);
        using var document = JsonDocument.Parse(output);
        var mention = document.RootElement.GetProperty("mentions").EnumerateArray().Single();
        mention.GetProperty("kind").GetString().Should().Be("institution");
        mention.GetProperty("id").GetString().Should().Be("foreign-ministry-russia");
    }

    [Fact]
    public void Parse_CsvMentions_InstitutionMention_HasKindInstitution()
    {
        var (code, output) = Run("外務省は抗議した。", "parse", "-", "--format", "csv", "--table", "mentions");

        code.Should().Be(0);
        output.Split('\n')[1].Should().StartWith("-,institution,foreign-ministry-japan,外務省,0,3,");
    }

    [Fact]
    public void Resolve_Json_Institution_HasKindInstitution()
    {
        var (code, output) = Run(string.Empty, "resolve", "Кремль", "--json");

        code.Should().Be(0);
        using var document = JsonDocument.Parse(output);
        document.RootElement.GetProperty("matches")[0].GetProperty("kind").GetString().Should().Be("institution");
    }
}
