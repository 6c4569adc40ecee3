using System.Text;
using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Html.Tests;

public sealed class EncodingTests
{
    private static readonly HtmlArticleParser Parser = HtmlArticleParser.Default;

    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Page(string charsetMeta, string body) => $"<html><head>{charsetMeta}</head><body><p>{body}</p></body></html>";

    [Fact]
    public void Parse_Windows1251DeclaredInMeta_DecodesCyrillic()
    {
        var bytes = Encoding.GetEncoding("windows-1251").GetBytes(Page("<meta charset=\"windows-1251\">", "Остров Итуруп"));

        var page = Parser.Parse(bytes);

        page.Encoding.Should().Be("windows-1251");
        page.Text.Should().Be("Остров Итуруп");
        page.Article.Mentions.Should().Contain(m => m.Id == "iturup");
    }

    [Fact]
    public void Parse_ShiftJisDeclaredByHttpEquiv_DecodesJapanese()
    {
        var bytes = Encoding.GetEncoding("shift_jis").GetBytes(Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">", "択捉島と国後島"));

        var page = Parser.Parse(bytes);

        page.Encoding.Should().Be("shift_jis");
        page.Text.Should().Be("択捉島と国後島");
    }

    [Fact]
    public void Parse_Latin1DeclaredOnUtf8Bytes_ReadsUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Page("<meta charset=\"iso-8859-1\">", "Etorofu-tō — Итуруп"));

        var page = Parser.Parse(bytes);

        page.Encoding.Should().Be("utf-8");
        page.Text.Should().Be("Etorofu-tō — Итуруп");
    }

    [Fact]
    public void Parse_TransportCharset_WinsOverTheMetaTag()
    {
        var bytes = Encoding.GetEncoding("koi8-r").GetBytes(Page("<meta charset=\"windows-1251\">", "Шикотан"));

        var page = Parser.Parse(bytes, charset: "koi8-r");

        page.Encoding.Should().Be("koi8-r");
        page.Text.Should().Be("Шикотан");
    }

    [Fact]
    public void Parse_NoDeclarationInvalidUtf8_ReadsWindows1252()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(Page(string.Empty, "Café Nemuro"));

        var page = Parser.Parse(bytes);

        page.Encoding.Should().Be("windows-1252");
        page.Text.Should().Be("Café Nemuro");
    }

    [Fact]
    public void Parse_DeclaredUtf8WithInvalidBytes_ReplacesAndReports()
    {
        var bytes = Encoding.UTF8.GetBytes(Page("<meta charset=\"utf-8\">", "Kunashiri X")).ToArray();
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xFF;

        var page = Parser.Parse(bytes);

        page.Text.Should().Be("Kunashiri \uFFFD");
        page.Article.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.InvalidEncoding);
    }

    [Fact]
    public void Parse_Utf16Bom_WinsOverAWrongMeta()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Page("<meta charset=\"windows-1252\">", "Хабомаи"))).ToArray();

        var page = Parser.Parse(bytes);

        page.Encoding.Should().Be("utf-16le");
        page.Text.Should().Be("Хабомаи");
    }

    [Fact]
    public void Parse_Utf8Bom_WinsOverAWrongMetaAndIsNotText()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Page("<meta charset=\"windows-1251\">", "Шикотан"))).ToArray();

        var page = Parser.Parse(bytes);

        page.Encoding.Should().Be("utf-8");
        page.Text.Should().Be("Шикотан");
        page.Html.Should().NotStartWith("\uFEFF");
    }

    [Fact]
    public void Parse_UnknownCharsetLabel_FallsBackToSniffing()
    {
        var bytes = Encoding.UTF8.GetBytes(Page("<meta charset=\"x-no-such-charset\">", "Итуруп"));

        var page = Parser.Parse(bytes);

        page.Encoding.Should().Be("utf-8");
        page.Text.Should().Be("Итуруп");
    }

    [Fact]
    public void Parse_Stream_ReadsLikeBytes()
    {
        var bytes = Encoding.GetEncoding("windows-1251").GetBytes(Page("<meta charset=windows-1251>", "Кунашир"));
        using var stream = new MemoryStream(bytes);

        var page = Parser.Parse(stream);

        page.Text.Should().Be("Кунашир");
    }
}
