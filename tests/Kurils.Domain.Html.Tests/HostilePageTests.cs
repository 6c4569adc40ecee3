using System.Text;
using CsCheck;
using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Html.Tests;

/// <summary>Pages built to break parsers: each must parse without throwing, with bounded output and sane segments.</summary>
public sealed class HostilePageTests
{
    private static readonly HtmlArticleParser Parser = HtmlArticleParser.Default;

    [Theory]
    [InlineData("")]
    [InlineData("<")]
    [InlineData("</p></div></body></html>")]
    [InlineData("<p>unclosed <b>bold <i>italic <div>block in inline")]
    [InlineData("<b><i>misnested</b> tail</i> after")]
    [InlineData("<table><tr><td>cell<p>para<td>next</table>after")]
    [InlineData("<ul><li>one<li>two<ul><li>nested</ul><li>three</ul>")]
    [InlineData("<!-- unclosed comment <p>hidden")]
    [InlineData("<script>unclosed script <p>x")]
    [InlineData("<style>unclosed style")]
    [InlineData("<textarea><p>raw</p>")]
    [InlineData("<plaintext><p>everything after is text")]
    [InlineData("<svg><p>in svg</p><title>t</title></svg><math><mi>x</mi></math>")]
    [InlineData("<a href=x><a href=y>nested links</a></a>")]
    [InlineData("&amp &lt;&gt &#0; &#xD800; &#99999999; &unknown; &")]
    [InlineData("<p title=\"unterminated attribute>text")]
    [InlineData("<\0p>\0nul\0</p>")]
    [InlineData("<body><body><html lang=\"xx-YY-zz\"><head><title>late head</title></head>")]
    public void Parse_MalformedMarkup_DoesNotThrowAndStaysLossless(string html)
    {
        var page = Parser.Parse(html);

        string.Concat(page.Article.Segments.Select(s => s.Span.Of(page.Text))).Should().Be(page.Text);
        page.SourceMap.ToSource(page.Text.Length).Should().BeInRange(0, html.Length);
        foreach (var segment in page.Article.Segments)
        {
            page.SourceSpanOf(segment.Content).End.Should().BeLessThanOrEqualTo(html.Length);
        }
    }

    [Fact]
    public void Parse_TableInsideParagraph_ClosesTheParagraph()
    {
        var page = Parser.Parse("<p>first<div>second</div>third");

        page.Text.Should().Be("first\n\nsecond\n\nthird");
    }

    [Fact]
    public void Parse_HundredThousandDeepNesting_IsBoundedAndKeepsTheText()
    {
        var html = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            html.Append(i % 2 == 0 ? "<div>" : "<span>");
        }

        html.Append("Kunashiri is the deepest word.");
        var page = Parser.Parse(html.ToString());

        page.Text.Should().Contain("Kunashiri is the deepest word.");
        page.Article.Mentions.Should().Contain(m => m.Id == "kunashir");
    }

    [Fact]
    public void Parse_HundredThousandDeepClosedNesting_KeepsTextAfterIt()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "deep" + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "<p>after the nesting</p>";

        var page = Parser.Parse(html);

        page.Text.Should().Contain("deep").And.Contain("after the nesting");
    }

    [Fact]
    public void Parse_HugeAttributesAndDataUris_AreCutAndNotText()
    {
        var data = "data:image/png;base64," + new string('A', 20_000_000);
        var html = $"<img src=\"{data}\" alt=\"x\"><p class=\"{new string('c', 5_000_000)}\" data-blob=\"{data}\">Shikotan text</p>";

        var page = Parser.Parse(html);

        page.Text.Should().Be("Shikotan text");
    }

    [Fact]
    public void Parse_ScriptsStylesTemplatesFramesAndHidden_AreNotText()
    {
        const string html = """
            <p>visible</p>
            <script>document.write("<p>script</p>")</script><script type="module">import x from "y"</script>
            <style>p::after { content: "style" }</style><noscript><p>noscript</p></noscript>
            <template><p>template</p></template><iframe><p>iframe</p></iframe><object>object</object>
            <div hidden>hidden attr</div><div style="display: none">display none</div><div style="visibility:hidden">visibility</div>
            <div aria-hidden="true">aria hidden</div><select><option>option</option></select><button>button</button>
            """;

        var page = Parser.Parse(html);

        page.Text.Should().Be("visible");
    }

    [Fact]
    public void Parse_Entities_AreDecoded()
    {
        const string html = "<p>&quot;Etorofu&quot; &mdash; &laquo;Итуруп&raquo; &#25246;&#25417;&#23798; &copy; &xyzzy; &notin; &notit; AT&T</p>";
        var page = Parser.Parse(html);

        // HTML5 decodes the legacy "&not" without its semicolon, so "&notit;" is "¬it;"; an unknown name stays as written.
        page.Text.Should().Be("\"Etorofu\" — «Итуруп» 択捉島 © &xyzzy; ∉ ¬it; AT&T");
        page.SourceSpanOf(new TextSpan(page.Text.IndexOf('∉', StringComparison.Ordinal), 1)).Of(html).Should().Be("&notin;");
        page.SourceSpanOf(new TextSpan(page.Text.IndexOf("&xyzzy;", StringComparison.Ordinal), 7)).Of(html).Should().Be("&xyzzy;");
        page.Article.Mentions.Count(m => m.Id == "iturup").Should().Be(3);
    }

    [Fact]
    public void Parse_ManyJsonLdBlocksAndHugeOnes_AreBounded()
    {
        var block = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + new string('h', 2_000_000) + "\"}</script>";
        var nested = "<script type=\"application/ld+json\">" + new string('[', 100_000) + new string(']', 100_000) + "</script>";
        var page = Parser.Parse(block + nested + "<p>body</p>");

        page.Text.Should().Be("body");
    }

    [Fact]
    public void Parse_FiftyMegabytePage_Completes()
    {
        var paragraph = "<div class=\"row\"><p>Paragraph about the Habomai islets and a <a href=\"/x\">link</a>, with <b>bold</b> words.</p></div>\n";
        var html = new StringBuilder(52_000_000);
        html.Append("<html><body><article>");
        while (html.Length < 50_000_000)
        {
            html.Append(paragraph);
        }

        html.Append("</article></body></html>");
        var page = Parser.Parse(html.ToString());

        page.Article.Segments.Count.Should().BeGreaterThan(100_000);
        page.Text.Length.Should().BeLessThan(html.Length);
    }

    [Fact]
    public void Parse_RandomTagSoup_NeverThrows()
    {
        var pieces = Gen.OneOf("<p>", "</p>", "<div class=\"comment\">", "</div>", "<li>", "<ul>", "</ul>", "<table><tr><td>", "</td>", "<script>", "</script>",
            "<br>", "<h1>", "</h1>", "&amp;", "&#x1F600;", "&", "<", ">", "\"", "Iturup", " said ", "«", "»", "\r\n", "<a href=x>", "</a>", "<nav>", "<footer>",
            "<figcaption>", "<time datetime=\"2024-01-02\">", "<template>", "</template>", "<svg/>", "<!--", "-->", "<![CDATA[", "\0", "text ");
        Gen.Select(pieces.Array[0, 60], parts => string.Concat(parts)).Sample(html =>
        {
            var page = Parser.Parse(html);
            string.Concat(page.Article.Segments.Select(s => s.Span.Of(page.Text))).Should().Be(page.Text);
        }, iter: 2000);
    }
}
