using System.Text;
using System.Text.Json;
using FluentAssertions;
using Kurils.Cli;
using Xunit;
using static Kurils.Domain.Tests.Cli.KurilsRun;

namespace Kurils.Domain.Tests.Cli;

/// <summary>
/// <c>kurils parse</c> of web pages (issue 15 point 4): <c>.html</c> and <c>.htm</c> files, HTML recognized by its
/// content, and records with <c>html</c>; the JSON of a page carries its visible <c>text</c> and each segment's span
/// in the HTML source.
/// </summary>
public sealed class HtmlInputTests : IDisposable
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Japan protests","datePublished":"2024-06-07","publisher":{"@type":"Organization","name":"Kyodo News"}}</script>
        </head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Japan protests</h1>
        <p>Chief Cabinet Secretary Yoshimasa Hayashi said Thursday that Russia's position on the Northern Territories is "totally unacceptable."</p>
        </article></body></html>
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("kurils-html-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Parse_HtmlFile_JsonCarriesTheTextAndEachSegmentsSourceSpan()
    {
        var file = Write("page.html", Page);

        var (code, stdout, stderr) = Run(Stream.Null, "parse", file, "--json");

        code.Should().Be(ExitCodes.Success, stderr);
        var article = JsonLines(stdout).Single();
        var text = article.GetProperty("text").GetString()!;
        article.GetProperty("outlet").GetProperty("id").GetString().Should().Be("kyodo");
        article.GetProperty("published").GetString().Should().Be("2024-06-07");
        article.GetProperty("publishedSource").GetString().Should().Be("given");
        article.GetProperty("headline").GetString().Should().Be("Japan protests");
        article.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("speaker").GetString()).Should().Contain("hayashi-yoshimasa");
        var segments = article.GetProperty("segments").EnumerateArray().ToList();
        string.Concat(segments.Select(s => text.Substring(s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32()))).Should().Be(text);
        var body = segments.Single(s => s.GetProperty("kind").GetString() == "body");
        var source = body.GetProperty("source");
        Page.Substring(source.GetProperty("start").GetInt32(), source.GetProperty("length").GetInt32())
            .Should().StartWith("Chief Cabinet Secretary").And.EndWith("\"totally unacceptable.\"");
        segments.Select(s => s.GetProperty("kind").GetString()).Should().StartWith(["navigation", "headline", "body"]);
    }

    [Fact]
    public void Parse_DirectoryWithTextAndPages_ReadsBothAndOnlyPagesCarryText()
    {
        Write("a.txt", "Putin said Iturup is Russian.");
        Write("b.htm", Page);
        Write("c.css", "p { color: red }");

        var (code, stdout, stderr) = Run(Stream.Null, "parse", _dir, "--json");

        code.Should().Be(ExitCodes.Success, stderr);
        var articles = JsonLines(stdout);
        articles.Select(a => Path.GetFileName(a.GetProperty("source").GetString())).Should().Equal("a.txt", "b.htm");
        articles[0].GetProperty("text").ValueKind.Should().Be(JsonValueKind.Null);
        articles[0].GetProperty("segments")[0].GetProperty("source").ValueKind.Should().Be(JsonValueKind.Null);
        articles[1].GetProperty("text").GetString().Should().Contain("Hayashi");
    }

    [Fact]
    public void Parse_HtmlByContentOnStandardInput_IsReadAsAPage()
    {
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes("\uFEFF \n" + Page));

        var (code, stdout, stderr) = Run(stdin, "parse", "-", "--json");

        code.Should().Be(ExitCodes.Success, stderr);
        var article = JsonLines(stdout).Single();
        article.GetProperty("text").GetString().Should().NotContain("<p>").And.Contain("totally unacceptable");
        article.GetProperty("outlet").GetProperty("id").GetString().Should().Be("kyodo");
    }

    [Fact]
    public void Parse_TextThatMentionsTags_StaysText()
    {
        var file = Write("note.txt", "<p> is the paragraph tag; Etorofu is an island.");

        var (_, stdout, _) = Run(Stream.Null, "parse", file, "--json");

        JsonLines(stdout).Single().GetProperty("text").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Parse_HtmlRecord_RecordFieldsWinOverThePage()
    {
        var record = JsonSerializer.Serialize(new { id = "r-1", html = Page, url = "https://example.org/news/1", outlet = "tass", published = "2020-01-02" });
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(record + "\n"));

        var (code, stdout, stderr) = Run(stdin, "parse", "-", "--records", "--json");

        code.Should().Be(ExitCodes.Success, stderr);
        var article = JsonLines(stdout).Single();
        article.GetProperty("source").GetString().Should().Be("r-1");
        article.GetProperty("url").GetString().Should().Be("https://example.org/news/1");
        article.GetProperty("outlet").GetProperty("id").GetString().Should().Be("tass");
        article.GetProperty("published").GetString().Should().Be("2020-01-02");
        article.GetProperty("text").GetString().Should().Contain("Hayashi");
    }

    [Fact]
    public void Parse_HtmlFileAsTextReport_Works()
    {
        var file = Write("page.html", Page);

        var (code, stdout, stderr) = Run(Stream.Null, "parse", file);

        code.Should().Be(ExitCodes.Success, stderr);
        stdout.Should().Contain("hayashi-yoshimasa").And.NotContain("<article>");
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }
}
