using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Html.Tests.Extraction;

/// <summary>Each rule of the article finder and the page segmenter on a small page written for it.</summary>
public sealed class ContentFinderTests
{
    private static readonly HtmlArticleParser Parser = HtmlArticleParser.Default;

    private static string Paragraph(int n) =>
        $"<p>Paragraph {n} of the story, which runs on for a while, with commas, clauses and enough words to read as article text rather than as a caption or a menu.</p>";

    private static string Paragraphs(int from, int count) => string.Concat(Enumerable.Range(from, count).Select(Paragraph));

    private static string Teasers(int count) =>
        "<ul>" + string.Concat(Enumerable.Range(1, count).Select(i => $"<li><a href=\"/s/{i}\">Another story number {i} worth reading</a></li>")) + "</ul>";

    private static List<string> Body(HtmlArticle page) =>
        page.Article.Segments.Where(s => s.Kind == SegmentKind.Body).Select(s => s.Content.Of(page.Text)).ToList();

    [Fact]
    public void Find_ArticleSplitIntoChunksAroundAnAd_TakesEveryChunk()
    {
        var html = $"""
            <body><div class="articles">
            <div class="grid"><div class="story-chunk">{Paragraphs(1, 3)}</div><div class="rail"><div class="ad">Ad</div></div></div>
            <div class="grid"><div class="story-chunk">{Paragraphs(4, 4)}</div><div class="rail"><div class="ad">Ad</div></div></div>
            </div><div class="more">{Teasers(8)}</div></body>
            """;

        Body(Parser.Parse(html)).Should().HaveCount(7);
    }

    [Fact]
    public void Find_LongCommentsBelowAShortArticle_StillTakesTheArticle()
    {
        var comments = string.Concat(Enumerable.Range(1, 6).Select(i => $"<li class=\"comment\"><span class=\"comment-author\">user{i}</span>{Paragraphs(100 + (i * 10), 3)}</li>"));
        var html = $"<body><article>{Paragraphs(1, 2)}</article><section class=\"comments\"><h3>6 comments</h3><ol>{comments}</ol></section></body>";

        var page = Parser.Parse(html);

        Body(page).Should().HaveCount(2);
        page.Article.Comments.Should().HaveCount(6);
    }

    [Fact]
    public void Find_PageWideClassWordsOnBody_DoNotHideTheArticle()
    {
        var html = $"<body class=\"menu-type-dropdown sidebar-left comments-open\"><nav>{Teasers(5)}</nav><div class=\"main\">{Paragraphs(1, 4)}</div></body>";

        Body(Parser.Parse(html)).Should().HaveCount(4);
    }

    [Fact]
    public void Find_BoilerplateWordOnAWrapperOfMostOfThePage_IsNotBelieved()
    {
        var html = $"<body><div class=\"page-ad-margins\"><nav>{Teasers(4)}</nav><div class=\"paywall\">{Paragraphs(1, 8)}</div></div></body>";

        Body(Parser.Parse(html)).Should().HaveCount(8);
    }

    [Fact]
    public void Segments_LeadWordOnALongContainer_IsBodyAndOnAShortLineIsLead()
    {
        var html = $"<body><article><h1>Title</h1><p class=\"standfirst\">A short summary of the story.</p><div class=\"field-text-with-summary\">{Paragraphs(1, 6)}</div></article></body>";

        var page = Parser.Parse(html);

        Body(page).Should().HaveCount(6);
        page.Article.Segments.Should().ContainSingle(s => s.Kind == SegmentKind.Lead).Which.Content.Of(page.Text).Should().Be("A short summary of the story.");
    }

    [Fact]
    public void Segments_LinkListInsideTheArticle_IsNavigation()
    {
        var html = $"<body><article>{Paragraphs(1, 3)}<div class=\"box\">{Teasers(6)}</div>{Paragraphs(4, 2)}</article></body>";

        var page = Parser.Parse(html);

        Body(page).Should().HaveCount(5);
        page.Article.Segments.Count(s => s.Kind == SegmentKind.Navigation).Should().Be(6);
    }

    [Fact]
    public void Find_DeclaredArticleBody_IsTakenAsIs()
    {
        var html = $"<body><div class=\"content\">{Paragraphs(1, 5)}</div><div itemprop=\"articleBody\">{Paragraphs(10, 4)}</div></body>";

        Body(Parser.Parse(html)).Should().HaveCount(4).And.OnlyContain(p => p.StartsWith("Paragraph 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Segments_WordsWithoutASentenceEndInTheArticle_AreNotBody()
    {
        var html = $"<body><article>{Paragraphs(1, 3)}<p>Advert</p><h2>A subheading</h2>{Paragraphs(4, 2)}</article></body>";

        var page = Parser.Parse(html);

        Body(page).Should().HaveCount(6).And.Contain("A subheading").And.NotContain("Advert");
    }

    [Fact]
    public void Segments_NoParagraphAnywhere_TheBodyIsTheArticle()
    {
        var page = Parser.Parse("<p>Kunashiri.</p>");

        Body(page).Should().Equal("Kunashiri.");
    }
}
