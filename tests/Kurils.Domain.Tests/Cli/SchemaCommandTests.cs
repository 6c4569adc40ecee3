using System.Text.Json;
using FluentAssertions;
using Kurils.Cli;
using Kurils.Domain.Tests.Catalog;
using Xunit;
using static Kurils.Domain.Tests.Cli.KurilsRun;

namespace Kurils.Domain.Tests.Cli;

/// <summary><c>kurils schema</c>: the installed schemas are found by asking the tool (issue 13, point 9).</summary>
public sealed class SchemaCommandTests
{
    [Fact]
    public void Schema_ListsEverySchemaWithAPathThatExists()
    {
        var (code, output, _) = Run("schema");

        code.Should().Be(ExitCodes.Success);
        var rows = output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(l => l.Split('\t')).ToList();
        rows.Select(r => r[0]).Should().Equal("parsed-article", "article-record", "catalog");
        rows.Should().OnlyContain(r => File.Exists(r[1]) && Path.IsPathFullyQualified(r[1]));
    }

    [Fact]
    public void SchemaPath_IsTheFolderBesideTheBinary()
    {
        var (code, output, _) = Run("schema", "--path");

        code.Should().Be(ExitCodes.Success);
        output.Trim().Should().Be(Path.Combine(AppContext.BaseDirectory, "schemas"));
        File.Exists(Path.Combine(output.Trim(), "parsed-article.schema.json")).Should().BeTrue();
    }

    [Theory]
    [InlineData("parsed-article", "src/Kurils.Cli/schemas/parsed-article.schema.json")]
    [InlineData("article-record", "src/Kurils.Cli/schemas/article-record.schema.json")]
    [InlineData("catalog", "data/schemas/catalog.schema.json")]
    public void SchemaName_PrintsTheRepositorysSchema(string name, string source)
    {
        var (code, output, _) = Run("schema", name);

        code.Should().Be(ExitCodes.Success);
        output.Should().Be(File.ReadAllText(Path.Combine(ShippedCatalogTests.RepoRoot(), source)));
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("$schema").GetString().Should().Contain("2020-12");
    }

    [Fact]
    public void SchemaNamePath_IsThatFile()
    {
        var (_, output, _) = Run("schema", "article-record", "--path");

        output.Trim().Should().Be(Path.Combine(AppContext.BaseDirectory, "schemas", "article-record.schema.json"));
    }

    [Fact]
    public void Schema_UnknownName_NamesTheValidOnes()
    {
        var (code, output, error) = Run("schema", "parsed");

        code.Should().Be(ExitCodes.Usage);
        output.Should().BeEmpty();
        error.Trim().Should().Be("kurils: 'parsed' is not a schema; use parsed-article, article-record or catalog (see kurils schema --help)");
    }
}
