using System.Text;
using System.Text.Json;
using FluentAssertions;
using Kurils.Cli;
using Xunit;
using static Kurils.Domain.Tests.Cli.KurilsRun;

namespace Kurils.Domain.Tests.Cli;

/// <summary>
/// <c>kurils parse</c> of JSON Lines records (issue 13 point 2, issue 14 point 6): <c>.jsonl</c> files and
/// <c>- --records</c>, each record with its own date, id, url, outlet and language; a bad line is one stderr line
/// with its line number and the other lines are parsed.
/// </summary>
public sealed class RecordsInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kurils-records-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Parse_JsonlFile_SourceIsTheIdElseFileAndLine_BadLinesReportedWithTheirNumber()
    {
        var file = Write("articles.jsonl",
            Record(new { id = "a-1", text = "Hayashi said Etorofu is Japanese.", url = "https://example.org/a" }),
            "{not json",
            string.Empty,
            Record(new { text = "Putin said Iturup is Russian." }),
            Record(new { text = "x", published = "2024-13-01" }),
            "[1, 2]",
            Record(new { id = "no-text", body = "x" }),
            Record(new { text = 42 }),
            Record(new { html = "<p>Etorofu</p>" }),
            Record(new { text = "x", outlet = "kyodo-news" }),
            Record(new { text = "x", language = "english language" }));

        var (code, stdout, stderr) = Run(Stream.Null, "parse", file, "--json");

        code.Should().Be(ExitCodes.Unreadable);
        var articles = JsonLines(stdout);
        articles.Select(a => a.GetProperty("source").GetString()).Should().Equal("a-1", $"{file}:4", $"{file}:9");
        articles.Select(a => a.GetProperty("url").GetString()).Should().Equal("https://example.org/a", null, null);
        Lines(stderr).Should().Equal(
            $"kurils: {file}:2: not valid JSON: 'n' is an invalid start of a property name. Expected a '\"' (at byte 1)",
            $"kurils: {file}:5: \"published\": '2024-13-01' is not a date: the month 13 is out of range (01 to 12)",
            $"kurils: {file}:6: a record is a JSON object with \"text\", not an array",
            $"kurils: {file}:7: the record has no \"text\"",
            $"kurils: {file}:8: \"text\" must be a string, not a number",
            $"kurils: {file}:10: \"outlet\": 'kyodo-news' is not an outlet id of the catalog (kurils resolve NAME --json finds ids)",
            $"kurils: {file}:11: \"language\": 'english language' is not a BCP 47 language tag (for example en, ru, ja, zh-Hant)");
    }

    [Fact]
    public void Parse_StdinRecords_EachRecordWithItsOwnDateOutletAndLanguage()
    {
        var lines = string.Join('\n',
            Record(new { id = "r1", text = "Putin said on Thursday that Iturup is Russian.", published = "2024-06-07", outlet = "kyodo", language = "en-GB" }),
            Record(new { id = "r2", text = "Putin said on Thursday that Iturup is Russian.", published = "2021-02-19" }),
            Record(new { id = "r3", text = "Putin said on Thursday that Iturup is Russian." }));
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(lines + "\n"));

        var (code, stdout, stderr) = Run(stdin, "parse", "-", "--records", "--json", "--published", "2020-01-01");

        stderr.Should().BeEmpty();
        code.Should().Be(ExitCodes.Success);
        var articles = JsonLines(stdout);
        articles.Select(a => a.GetProperty("source").GetString()).Should().Equal("r1", "r2", "r3");
        articles.Select(a => a.GetProperty("published").GetString()).Should().Equal(["2024-06-07", "2021-02-19", "2020-01-01"], "a record's date wins over --published, which is the fallback");
        articles.Select(a => a.GetProperty("publishedSource").GetString()).Should().OnlyContain(s => s == "given");
        articles[0].GetProperty("outlet").GetProperty("id").GetString().Should().Be("kyodo");
        articles[0].GetProperty("language").GetString().Should().Be("en-GB");
        articles[1].GetProperty("language").GetString().Should().Be("en");
        articles.Select(a => a.GetProperty("statements")[0].GetProperty("date").GetString()).Should().Equal("2024-06-06", "2021-02-18", "2019-12-26");
    }

    [Fact]
    public void Parse_StdinRecordsWithoutId_SourceIsDashAndLine()
    {
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes("\n" + Record(new { text = "Etorofu." }) + "\r\n"));

        var (code, stdout, _) = Run(stdin, "parse", "-", "--records", "--format", "csv", "--table", "articles");

        code.Should().Be(ExitCodes.Success);
        Lines(stdout)[1].Should().StartWith("-:2,");
    }

    [Fact]
    public void Parse_DirectoryWithTextAndRecordFiles_ReadsBothInNameOrder()
    {
        Write("b.txt", "Etorofu is an island.");
        Write("a.jsonl", Record(new { id = "from-a", text = "Kunashiri." }));
        Write("c.jsonl", Record(new { id = "from-c-1", text = "Shikotan." }), Record(new { id = "from-c-2", text = "Habomai." }));
        Write("ignored.md", "Iturup");

        var (code, stdout, stderr) = Run(Stream.Null, "parse", _dir, "--json");

        stderr.Should().BeEmpty();
        code.Should().Be(ExitCodes.Success);
        JsonLines(stdout).Select(a => a.GetProperty("source").GetString()).Should().Equal("from-a", Path.Combine(_dir, "b.txt"), "from-c-1", "from-c-2");
    }

    [Fact]
    public void Parse_TextFile_UrlIsNull()
    {
        var file = Write("a.txt", "Etorofu is an island.");

        var (_, stdout, _) = Run(Stream.Null, "parse", file, "--json");

        JsonLines(stdout).Single().GetProperty("url").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Parse_RecordsWithoutDash_IsRefused()
    {
        var file = Write("a.txt", "Etorofu.");

        var (code, stdout, stderr) = Run(Stream.Null, "parse", file, "--records");

        code.Should().Be(ExitCodes.Usage);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("kurils: --records reads standard input as JSON Lines: give - as a PATH");
    }

    [Fact]
    public void Readme_RecordExample_IsARecordKurilsReads()
    {
        var readme = File.ReadAllText(Path.Combine(Catalog.ShippedCatalogTests.RepoRoot(), "README.md")).ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf("### Records", StringComparison.Ordinal)..];
        var start = section.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        var example = section[start..section.IndexOf("\n```", start, StringComparison.Ordinal)];

        ArticleRecords.TryRead(example, KurilsCatalog.Default, out var input, out _, out var error).Should().BeTrue(error);
        input.Published.Should().NotBeNull();
        input.OutletId.Should().NotBeNull();
    }

    internal static string Record(object value) => JsonSerializer.Serialize(value, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }
}
