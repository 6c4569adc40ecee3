using CsCheck;
using FluentAssertions;
using Kurils.Domain.Html.Dom;
using Kurils.Domain.Html.Text;
using Xunit;

namespace Kurils.Domain.Html.Tests.Text;

/// <summary>The word-by-word copy of plain runs must give exactly what reading every character gives: the same text, blocks and source map.</summary>
public sealed class VisibleTextTests
{
    [Theory]
    [InlineData("<p>Tom &amp; Jerry&nbsp;met   in\n  Nemuro</p><p>two\r\nlines</p>")]
    [InlineData("<div>  lead  <a href=x>link  text</a>tail<br>next<br><br>para</div>")]
    [InlineData("<pre>keep   this\n  and\tthat</pre><p>a\u200Bb\u00A0c</p>")]
    [InlineData("<ul><li>one<li>two</ul><table><tr><td>cell<td>other</table>")]
    public void Read_CopiedRuns_EqualsCharacterByCharacter(string html) => AssertSame(html);

    [Fact]
    public void Read_RandomPages_CopiedRunsEqualCharacterByCharacter()
    {
        var pieces = Gen.OneOf("<p>", "</p>", "<div>", "</div>", "<li>", "<pre>", "</pre>", "<a href=x>", "</a>", "<br>", "&amp;", "&#x1F600;", "&", " ", "  ",
            "\n", "\r\n", "\t", "\u00A0", "\u200B", "\0", "word", "Итуруп", "択捉島", "<b>", "</b>", "<h1>", "</h1>", "<span hidden>", "</span>");
        Gen.Select(pieces.Array[0, 50], parts => string.Concat(parts)).Sample(AssertSame, iter: 1000);
    }

    private static void AssertSame(string html)
    {
        var copied = VisibleText.Read(html, TreeBuilder.Build(html));
        var reference = VisibleText.Read(html, TreeBuilder.Build(html), copyRuns: false);

        copied.Text.Should().Be(reference.Text);
        copied.Blocks.Select(b => (b.Start, b.End, b.LinkLength, b.Owner.SourceStart)).Should().Equal(reference.Blocks.Select(b => (b.Start, b.End, b.LinkLength, b.Owner.SourceStart)));
        copied.Elements.Select(e => (e.TextLength, e.LinkLength, e.TextStart, e.TextEnd)).Should().Equal(reference.Elements.Select(e => (e.TextLength, e.LinkLength, e.TextStart, e.TextEnd)));
        for (var i = 0; i <= copied.Text.Length; i++)
        {
            copied.Map.ToSource(i).Should().Be(reference.Map.ToSource(i), "offset {0} of {1}", i, copied.Text);
        }
    }
}
