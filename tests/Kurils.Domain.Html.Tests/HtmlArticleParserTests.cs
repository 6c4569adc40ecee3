using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Html.Tests;

public sealed class HtmlArticleParserTests
{
    private static readonly HtmlArticleParser Parser = HtmlArticleParser.Default;

    private const string JsonLd = """
        <script type="application/ld+json">
        {"@context":"https://schema.org","@type":"NewsArticle","headline":"Japan protests Russian drills on the islands",
         "datePublished":"2024-06-07T10:30:00+09:00","dateModified":"2024-06-08T08:00:00+09:00",
         "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Taro Yamada"}],
         "publisher":{"@type":"Organization","name":"Kyodo News"}}
        </script>
        """;

    [Fact]
    public void Parse_JsonLdPage_MetadataFromJsonLd()
    {
        var page = Parser.Parse(Pages.Page(JsonLd), new Uri("https://example.com/news/1"));

        page.Metadata.Headline.Should().Be(new MetadataValue<string>(Pages.Headline, MetadataSource.JsonLd));
        page.Metadata.Published.Should().Be(new MetadataValue<LocalDate>(new LocalDate(2024, 6, 7), MetadataSource.JsonLd));
        page.Metadata.Modified!.Value.Should().Be(new LocalDate(2024, 6, 8));
        page.Metadata.Authors.Select(a => a.Value).Should().Equal("Jane Doe", "Taro Yamada");
        page.Metadata.Publisher.Should().Be(new MetadataValue<string>("Kyodo News", MetadataSource.JsonLd));
        page.Metadata.OutletId.Should().Be("kyodo");
        page.Metadata.Language.Should().Be(new MetadataValue<string>("en", MetadataSource.HtmlLang));
        page.Article.OutletId.Should().Be("kyodo");
        page.Article.Language.Should().Be("en");
        page.Article.ReferenceDate.Should().Be(new LocalDate(2024, 6, 7));
        page.Article.ReferenceDateSource.Should().Be(ReferenceDateSource.Given);
        page.Article.Headline!.Value.Of(page.Text).Should().Be(Pages.Headline);
    }

    [Fact]
    public void Parse_JsonLdGraphWithReferences_FollowsTheIds()
    {
        const string graph = """
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","@id":"https://example.com/#site","name":"Example"},
              {"@type":"NewsMediaOrganization","@id":"https://example.com/#org","name":"TASS"},
              {"@type":"Person","@id":"https://example.com/#ivanov","name":"Ivan Ivanov"},
              {"@type":["WebPage"],"@id":"https://example.com/n/1","name":"Page title"},
              {"@type":"Article","headline":"Lavrov on the peace treaty","datePublished":"2022-12-13",
               "author":{"@id":"https://example.com/#ivanov"},"publisher":{"@id":"https://example.com/#org"}}]}
            </script>
            """;

        var page = Parser.Parse(Pages.Page(graph));

        page.Metadata.Headline!.Value.Should().Be("Lavrov on the peace treaty");
        page.Metadata.Published!.Value.Should().Be(new LocalDate(2022, 12, 13));
        page.Metadata.Authors.Select(a => a.Value).Should().Equal("Ivan Ivanov");
        page.Metadata.OutletId.Should().Be("tass");
    }

    [Fact]
    public void Parse_BrokenJsonLd_IsSkippedAndOtherSourcesCount()
    {
        const string head = """
            <script type="application/ld+json">{"@type":"NewsArticle","headline": "unterminated</script>
            <meta property="og:title" content="OpenGraph title">
            """;

        var page = Parser.Parse(Pages.Page(head));

        page.Metadata.Headline.Should().Be(new MetadataValue<string>("OpenGraph title", MetadataSource.OpenGraph));
    }

    [Fact]
    public void Parse_OpenGraphRussianPage_MetadataFromOpenGraphAndMetaTags()
    {
        const string head = """
            <meta property="og:title" content="Захарова: вопрос о Курилах закрыт">
            <meta property="og:site_name" content="ТАСС">
            <meta property="article:published_time" content="2023-03-21T12:00:00+03:00">
            <meta name="author" content="Иван Петров">
            <link rel="canonical" href="/politics/123">
            """;
        var html = $"""
            <html lang="ru-RU"><head>{head}</head><body>
            <nav><a href="/">Главная</a> <a href="/politics">Политика</a></nav>
            <article><h1>Захарова: вопрос о Курилах закрыт</h1>
            <p>Официальный представитель МИД России Мария Захарова заявила, что суверенитет России над Южными Курилами не подлежит обсуждению.</p>
            <p>По её словам, Япония должна признать итоги Второй мировой войны, прежде чем стороны смогут вернуться к переговорам о мирном договоре.</p>
            </article></body></html>
            """;

        var page = Parser.Parse(html, new Uri("https://tass.ru/news/1"));

        page.Metadata.Headline.Should().Be(new MetadataValue<string>("Захарова: вопрос о Курилах закрыт", MetadataSource.OpenGraph));
        page.Metadata.Published.Should().Be(new MetadataValue<LocalDate>(new LocalDate(2023, 3, 21), MetadataSource.OpenGraph));
        page.Metadata.Authors.Should().Equal(new MetadataValue<string>("Иван Петров", MetadataSource.MetaTag));
        page.Metadata.Publisher.Should().Be(new MetadataValue<string>("ТАСС", MetadataSource.OpenGraph));
        page.Metadata.CanonicalUrl.Should().Be(new MetadataValue<string>("https://tass.ru/politics/123", MetadataSource.CanonicalLink));
        page.Article.OutletId.Should().Be("tass");
        page.Article.Language.Should().Be("ru");
        page.Article.Segments.Where(s => s.Kind == SegmentKind.Body).Should().HaveCount(2);
        page.Article.Mentions.Should().Contain(m => m.Id == "zakharova-maria");
    }

    [Fact]
    public void Parse_TimeElementJapanesePage_DateFromTimeAndLanguageFromLang()
    {
        var html = """
            <html lang="ja"><head><title>北方領土 | ニュース</title></head><body>
            <article><h1>北方領土で合同訓練</h1><time datetime="2022-12-13T09:00:00+09:00">2022年12月13日</time>
            <p>松野博一官房長官は13日の記者会見で、ロシア軍が択捉島と国後島で軍事演習を行ったことについて「受け入れられない」と述べた。</p>
            <p>政府は外交ルートを通じてロシア側に抗議した。北方四島の帰属の問題を解決して平和条約を締結するという方針に変わりはないという。</p>
            </article></body></html>
            """;

        var page = Parser.Parse(html);

        page.Metadata.Published.Should().Be(new MetadataValue<LocalDate>(new LocalDate(2022, 12, 13), MetadataSource.TimeElement));
        page.Metadata.Headline.Should().Be(new MetadataValue<string>("北方領土 | ニュース", MetadataSource.Title));
        page.Article.Headline!.Value.Of(page.Text).Should().Be("北方領土で合同訓練");
        page.Article.Language.Should().Be("ja");
        page.Article.Mentions.Select(m => m.Id).Should().Contain(["iturup", "kunashir", "matsuno-hirokazu"]);
        page.Article.Statements.Should().Contain(s => s.SpeakerId == "matsuno-hirokazu");
    }

    [Fact]
    public void Parse_PageWithoutMetadata_HeadlineFromH1AndLanguageDetected()
    {
        var html = $"<div><h1>{Pages.Headline}</h1><p>{Pages.Paragraph1}</p><p>{Pages.Paragraph2}</p><p>{Pages.Paragraph3}</p></div>";

        var page = Parser.Parse(html);

        page.Metadata.Headline.Should().BeNull();
        page.Metadata.Published.Should().BeNull();
        page.Metadata.OutletId.Should().BeNull();
        page.Metadata.Language.Should().BeNull();
        page.Article.Headline!.Value.Of(page.Text).Should().Be(Pages.Headline);
        page.Article.Language.Should().Be("en");
        page.Article.OutletId.Should().BeNull();
        page.Article.Statements.Should().Contain(s => s.SpeakerId == "hayashi-yoshimasa");
    }

    /// <summary>The same article on four pages: its facts declared in JSON-LD, in OpenGraph tags, only by a <c>&lt;time&gt;</c> element, and nowhere but in the visible text.</summary>
    public static TheoryData<string> MetadataShapes => new() { "json-ld", "opengraph", "time", "none" };

    private static string PageShaped(string shape) => shape switch
    {
        "json-ld" => Pages.Page("""
            <script type="application/ld+json">
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Japan protests Russian drills on the islands",
             "datePublished":"2024-06-07T10:30:00+09:00","author":{"@type":"Person","name":"Jane Doe"},
             "publisher":{"@type":"Organization","name":"Kyodo News"}}
            </script>
            """),
        "opengraph" => Pages.Page(
            """
            <meta property="og:title" content="Japan protests Russian drills on the islands">
            <meta property="og:site_name" content="Kyodo News">
            <meta property="og:locale" content="en_US">
            <meta property="article:published_time" content="2024-06-07T10:30:00+09:00">
            <meta property="article:author" content="Jane Doe">
            """,
            htmlAttributes: string.Empty),
        "time" => Pages.Page(string.Empty, date: "<time datetime=\"2024-06-07T10:30:00+09:00\">June 7, 2024</time>", publisher: "Kyodo News"),
        _ => Pages.Page(string.Empty, htmlAttributes: string.Empty, date: "<p class=\"dateline\">June 7, 2024</p>", publisher: "Kyodo News"),
    };

    [Theory]
    [MemberData(nameof(MetadataShapes))]
    public void Parse_EachMetadataShape_OutletDateHeadlineAuthorAndLanguageRight(string shape)
    {
        var page = Parser.Parse(PageShaped(shape), new Uri("https://example.com/news/1"));

        page.Article.OutletId.Should().Be("kyodo");
        page.Article.ReferenceDate.Should().Be(new LocalDate(2024, 6, 7));
        page.Article.Headline!.Value.Of(page.Text).Should().Be(Pages.Headline);
        page.Metadata.Authors.Select(a => a.Value).Should().Equal("Jane Doe");
        page.Article.Language.Should().Be("en");
    }

    [Theory]
    [MemberData(nameof(MetadataShapes))]
    public void Parse_EachMetadataShape_ArticleMentionsAndStatementsMatchThePlainText(string shape)
    {
        var page = Parser.Parse(PageShaped(shape));
        var text = ArticleParser.Default.Parse(Pages.PlainText, new LocalDate(2024, 6, 7));
        var article = page.Article.Segments.Where(s => s.Kind is SegmentKind.Body or SegmentKind.Headline).Select(s => s.Span).ToList();

        page.Article.Statements.Should().NotBeEmpty();
        Mentions(page.Article, page.Text, m => article.Any(a => a.Contains(m.Span))).Should().Equal(Mentions(text, Pages.PlainText));
        Statements(page.Article, page.Text).Should().Equal(Statements(text, Pages.PlainText));
    }

    [Fact]
    public void Parse_AuthorLinksOnly_AuthorsFromTheLinksInOrderOnce()
    {
        var html = $"""
            <html><body><article><h1>{Pages.Headline}</h1>
            <p class="byline">By <a rel="author" href="/a/jane">Jane  Doe</a> and <a href="/a/taro" rel="nofollow AUTHOR">Taro Yamada</a></p>
            <p>{Pages.Paragraph1}</p><p class="author-box"><a rel="author" href="/a/jane">Jane Doe</a></p></article></body></html>
            """;

        var page = Parser.Parse(html);

        page.Metadata.Authors.Should().Equal(new MetadataValue<string>("Jane Doe", MetadataSource.AuthorLink), new MetadataValue<string>("Taro Yamada", MetadataSource.AuthorLink));
    }

    [Fact]
    public void Parse_MetaAuthorAndAuthorLink_TheDeclaredAuthorWins()
    {
        var page = Parser.Parse(Pages.Page("<meta name=\"author\" content=\"Иван Петров\">"));

        page.Metadata.Authors.Should().Equal(new MetadataValue<string>("Иван Петров", MetadataSource.MetaTag));
    }

    [Fact]
    public void Parse_ArticleOnlyPage_MentionsAndStatementsMatchThePlainText()
    {
        var published = new LocalDate(2024, 6, 7);
        var html = $"<html lang=\"en\"><body><article><h1>{Pages.Headline}</h1><p>{Pages.Paragraph1}</p><p>{Pages.Paragraph2}</p><p>{Pages.Paragraph3}</p></article></body></html>";

        var page = Parser.Parse(html, published: published);
        var text = ArticleParser.Default.Parse(Pages.PlainText, published);

        page.Article.Mentions.Should().NotBeEmpty();
        page.Article.Statements.Should().NotBeEmpty();
        Mentions(page.Article, page.Text).Should().Equal(Mentions(text, Pages.PlainText));
        Statements(page.Article, page.Text).Should().Equal(Statements(text, Pages.PlainText));
    }

    [Fact]
    public void Parse_FullPage_ArticleMentionsAndStatementsMatchThePlainTextAndBoilerplateAddsNone()
    {
        var published = new LocalDate(2024, 6, 7);
        var page = Parser.Parse(Pages.Page(JsonLd), published: published);
        var text = ArticleParser.Default.Parse(Pages.PlainText, published);
        var article = page.Article.Segments.Where(s => s.Kind is SegmentKind.Body or SegmentKind.Headline).Select(s => s.Span).ToList();

        Mentions(page.Article, page.Text, m => article.Any(a => a.Contains(m.Span))).Should().Equal(Mentions(text, Pages.PlainText));
        Statements(page.Article, page.Text).Should().Equal(Statements(text, Pages.PlainText));
        page.Article.Mentions.Where(m => m.InComment).Select(m => m.Id).Should().Contain(["putin-vladimir", "habomai"]);
    }

    [Fact]
    public void Parse_FullPage_SegmentsFollowThePageStructure()
    {
        var page = Parser.Parse(Pages.Page(JsonLd));
        var kinds = page.Article.Segments.Select(s => (s.Kind, Text: s.Content.Of(page.Text))).ToList();

        kinds.Should().Contain([
            (SegmentKind.Navigation, "Home"),
            (SegmentKind.Headline, Pages.Headline),
            (SegmentKind.Byline, "By Jane Doe"),
            (SegmentKind.Residue, "Share Tweet Email"),
            (SegmentKind.Body, Pages.Paragraph1),
            (SegmentKind.Caption, "Russian troops during exercises on Iturup in 2023."),
            (SegmentKind.Body, Pages.Paragraph2),
            (SegmentKind.Advertisement, "Advertisement"),
            (SegmentKind.Body, Pages.Paragraph3),
            (SegmentKind.Navigation, "Kishida visits Nemuro"),
            (SegmentKind.CommentsHeader, "2 Comments"),
            (SegmentKind.Credit, "© 2024 Example News. All rights reserved."),
        ]);
        kinds.Where(k => k.Kind == SegmentKind.Body).Should().HaveCount(3);
        var comments = page.Article.Comments.ToList();
        comments.Should().HaveCount(2);
        comments.Select(c => c.Author!.Value.Of(page.Text)).Should().Equal("ivan_k", "sakura77");
        page.Article.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.CommentCountMismatch);
        page.ArticleBody.Should().Be(string.Join("\n\n", Pages.Paragraph1, Pages.Paragraph2, Pages.Paragraph3));
    }

    [Fact]
    public void Parse_FullPage_InvisibleContentIsLeftOut()
    {
        var page = Parser.Parse(Pages.Page(JsonLd));

        page.Text.Should().NotContainAny("not text", "template text", "iframe fallback", "color: red", "@context");
    }

    [Fact]
    public void Parse_FullPage_SegmentsAreLosslessOverTheText()
    {
        var page = Parser.Parse(Pages.Page(JsonLd));

        string.Concat(page.Article.Segments.Select(s => s.Span.Of(page.Text))).Should().Be(page.Text);
        page.Article.Segments.Should().OnlyContain(s => s.Span.Contains(s.Content));
    }

    [Fact]
    public void SourceSpanOf_EachBodySegment_PointsAtItsParagraphInTheHtml()
    {
        var html = Pages.Page(JsonLd);
        var page = Parser.Parse(html);

        foreach (var segment in page.Article.Segments.Where(s => s.Kind == SegmentKind.Body))
        {
            var source = page.SourceSpanOf(segment.Content);
            source.Of(page.Html).Should().Be(segment.Content.Of(page.Text));
            page.Html.Should().BeSameAs(html);
        }
    }

    [Fact]
    public void SourceMap_EntitiesAndCollapsedSpace_MapToTheirWholeSource()
    {
        const string html = "<p>Tom &amp; Jerry&nbsp;met   in\n  Nemuro &#x2014; &#128512; ok</p>";
        var page = Parser.Parse(html);

        page.Text.Should().Be("Tom & Jerry met in Nemuro — 😀 ok");
        var amp = page.Text.IndexOf('&', StringComparison.Ordinal);
        page.SourceSpanOf(new TextSpan(amp, 1)).Of(html).Should().Be("&amp;");
        page.SourceSpanOf(new TextSpan(page.Text.IndexOf('—', StringComparison.Ordinal), 1)).Of(html).Should().Be("&#x2014;");
        page.SourceSpanOf(new TextSpan(page.Text.IndexOf("😀", StringComparison.Ordinal), 2)).Of(html).Should().Be("&#128512;");
        var nemuro = page.Text.IndexOf("Nemuro", StringComparison.Ordinal);
        page.SourceSpanOf(new TextSpan(nemuro, 6)).Of(html).Should().Be("Nemuro");
        page.SourceSpanOf(new TextSpan(page.Text.IndexOf(" in ", StringComparison.Ordinal), 4)).Of(html).Should().Be("   in\n  ");
        page.SourceMap.ToSource(page.Text.Length).Should().BeLessThanOrEqualTo(html.Length);
    }

    [Fact]
    public void Parse_Mentions_MapBackToTheirNamesInTheSource()
    {
        var page = Parser.Parse(Pages.Page(JsonLd));

        foreach (var mention in page.Article.Mentions.Where(m => m.Method == MentionMethod.Name))
        {
            page.SourceSpanOf(mention.Span).Of(page.Html).Should().Be(mention.Span.Of(page.Text));
        }
    }

    [Fact]
    public void Parse_CallerDate_WinsOverThePageDate()
    {
        var page = Parser.Parse(Pages.Page(JsonLd), published: new LocalDate(2020, 1, 1));

        page.Article.ReferenceDate.Should().Be(new LocalDate(2020, 1, 1));
        page.Metadata.Published!.Value.Should().Be(new LocalDate(2024, 6, 7));
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        var parse = () => Parser.Parse((string)null!);
        parse.Should().Throw<ArgumentNullException>();
        var stream = () => Parser.Parse((Stream)null!);
        stream.Should().Throw<ArgumentNullException>();
    }

    private static List<(EntityKind, string, string, bool)> Mentions(ParsedArticle article, string text, Func<Mention, bool>? where = null) =>
        article.Mentions.Where(m => where?.Invoke(m) ?? true).Select(m => (m.Kind, m.Id, m.Span.Of(text), m.InComment)).ToList();

    private static List<(StatementKind, string?, string, LocalDate?, string?)> Statements(ParsedArticle article, string text) =>
        article.Statements.Select(s => (s.Kind, s.SpeakerId, s.Span.Of(text), s.Date, s.CatalogStatementId)).ToList();
}
