using FluentAssertions;
using Kurils.Domain.Html.Dom;
using Kurils.Domain.Html.Text;
using Xunit;

namespace Kurils.Domain.Html.Tests.Dom;

/// <summary>Cutting script and style bodies before tokenizing must never change the tree: every page reads the same as uncut.</summary>
public sealed class RawTextBodiesTests
{
    private static readonly string Filler = new('x', 200);

    public static TheoryData<string> Pages => new()
    {
        $"<p>before</p><script>{Filler} if (a < b && c > d) {{ }}</script><p>after &amp; more</p>",
        $"<style>{Filler} p > a {{ color: red }}</style><p>after</p><style media=\"a>b\">{Filler}</style><p>last</p>",
        $"<script type=\"application/ld+json\">{{\"headline\": \"{Filler}\"}}</script><p>text</p>",
        $"<script>{Filler} <!-- document.write('<script>x</script>') --> {Filler}</script><p>escaped</p>",
        $"<!-- <script> {Filler} --> <p>after a comment</p> <script>{Filler}</script><p>end</p>",
        $"<a title=\"<script>\">link</a><p>{Filler}</p></script><p>after</p>",
        $"<textarea><script>{Filler}</script></textarea><p>after</p>",
        $"<title><style>{Filler}</style></title><p>after</p>",
        $"<script>{Filler}</scriptx>{Filler}</script><p>after</p>",
        $"<script>{Filler}",
        $"<SCRIPT LANGUAGE=JavaScript>{Filler}</SCRIPT ><p>upper</p>",
        $"<svg><style>{Filler}</style></svg><p>after svg</p>",
        $"<noscript><script>{Filler}</script></noscript><p>after</p>",
        $"<script>{Filler}</script><script>{Filler}</script><p>two</p>",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Build_CutAndUncut_GiveTheSameTextAndSourceMap(string html)
    {
        var cut = VisibleText.Read(html, TreeBuilder.Build(html));
        var uncut = VisibleText.Read(html, TreeBuilder.BuildUncut(html));

        cut.Text.Should().Be(uncut.Text);
        cut.Blocks.Select(b => (b.Start, b.End, b.Owner.Name, b.Owner.SourceStart, b.Owner.SourceEnd))
            .Should().Equal(uncut.Blocks.Select(b => (b.Start, b.End, b.Owner.Name, b.Owner.SourceStart, b.Owner.SourceEnd)));
        for (var i = 0; i <= cut.Text.Length; i++)
        {
            cut.Map.ToSource(i).Should().Be(uncut.Map.ToSource(i));
        }
    }

    [Fact]
    public void Find_ScriptInsideAnAttribute_IsCaughtAndTheTextKept()
    {
        var html = $"<a title=\"<script>\">link</a><p>{Filler}</p></script><p>after</p>";

        TreeBuilder.CutsHold(html).Should().BeFalse("the cut assumed a script element that the tokenizer never opens");
        VisibleText.Read(html, TreeBuilder.Build(html)).Text.Should().Contain(Filler).And.Contain("after");
    }

    [Fact]
    public void Find_JsonLdAndShortBodies_AreNotCut()
    {
        RawTextBodies.Find($"<script type=\"application/ld+json\">{{\"a\": \"{Filler}\"}}</script><script>short</script>").Should().BeNull();
    }
}
