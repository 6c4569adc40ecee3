namespace Kurils.Domain.Html.Tests;

/// <summary>Small pages written for these tests: one article in several page shapes.</summary>
internal static class Pages
{
    public const string Headline = "Japan protests Russian drills on the islands";

    public const string Paragraph1 =
        "Chief Cabinet Secretary Yoshimasa Hayashi said Thursday that Russia's position on the Northern Territories is \"totally unacceptable.\"";

    public const string Paragraph2 =
        "Tokyo lodged a protest through diplomatic channels after Russian forces held exercises on Etorofu and Kunashiri, the two largest of the four islands.";

    public const string Paragraph3 =
        "The 1956 Joint Declaration, in which Moscow agreed to hand over Shikotan and the Habomai islets after a peace treaty, remains the basis of talks, officials said.";

    /// <summary>The article as a reader copies it from the page: headline, byline and paragraphs, a blank line between.</summary>
    public static string PlainText => string.Join("\n\n", Headline, Paragraph1, Paragraph2, Paragraph3) + "\n";

    /// <summary>The page around the article: navigation, share bar, a figure, related links, comments, footer.</summary>
    public static string Page(
        string head,
        string htmlAttributes = "lang=\"en\"",
        string byline = "<p class=\"byline\">By <a rel=\"author\" href=\"/a/jane\">Jane Doe</a></p>",
        string date = "",
        string publisher = "Example News") => $$"""
        <!DOCTYPE html>
        <html {{htmlAttributes}}>
        <head>
        <meta charset="utf-8">
        {{head}}
        <script>var x = "<p>not text</p>"; if (a < b) {}</script>
        <style>p { color: red } .a::before { content: "not text" }</style>
        </head>
        <body class="single-post has-sidebar">
        <header class="site-header">
          <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/asia">Asia</a></li></ul></nav>
        </header>
        <main>
        <article>
          <h1>{{Headline}}</h1>
          {{byline}}
          {{date}}
          <div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
          <div class="article-body">
            <p>{{Paragraph1}}</p>
            <figure><img src="a.jpg" alt=""><figcaption>Russian troops during exercises on Iturup in 2023.</figcaption></figure>
            <p>{{Paragraph2}}</p>
            <div class="ad-slot">Advertisement</div>
            <p>{{Paragraph3}}</p>
          </div>
          <aside class="related-stories"><h2>Related</h2><ul><li><a href="/1">Kishida visits Nemuro</a></li><li><a href="/2">Visa-free exchanges halted</a></li></ul></aside>
        </article>
        <section id="comments" class="comments">
          <h3>2 Comments</h3>
          <ol class="comment-list">
            <li class="comment"><span class="comment-author">ivan_k</span><p>Putin will never give them back.</p></li>
            <li class="comment"><span class="comment-author">sakura77</span><p>The Habomai islets are so close to Nemuro.</p></li>
          </ol>
        </section>
        </main>
        <footer class="site-footer"><p>© 2024 {{publisher}}. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
        <template><p>template text is not shown</p></template>
        <iframe src="x.html">iframe fallback</iframe>
        </body>
        </html>
        """;
}
