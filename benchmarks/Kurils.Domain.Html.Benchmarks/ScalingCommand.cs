using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Kurils.Domain.Html.Benchmarks;

/// <summary>
/// The <c>scaling</c> command: the full HTML parse (extraction and the text parser) on generated pages of growing
/// size and on hostile shapes, with wall time and allocated bytes, to show both grow linearly with the page.
/// </summary>
internal static class ScalingCommand
{
    public static int Run()
    {
        var parser = HtmlArticleParser.Default;
        parser.Parse(Article(100_000)); // warm-up
        Console.WriteLine($"{"page",-34} {"chars",12} {"seconds",8} {"M chars/s",10} {"allocated MB",13}");
        foreach (var size in new[] { 5_000_000, 50_000_000 })
        {
            Time(parser, $"article, {size / 1_000_000} MB", Article(size));
        }

        Time(parser, "100,000-deep nesting", string.Concat(Enumerable.Repeat("<div><span>", 50_000)) + "Kunashiri.");
        Time(parser, "20 MB data URI attribute", $"<img src=\"data:image/png;base64,{new string('A', 20_000_000)}\"><p>Shikotan.</p>");
        Time(parser, "10 MB inline script and style", $"<script>{new string('x', 5_000_000)}</script><style>{new string('y', 5_000_000)}</style><p>Habomai.</p>");
        Time(parser, "1,000,000 unclosed <b>", string.Concat(Enumerable.Repeat("<b>x ", 1_000_000)));
        Time(parser, "1,000,000 stray end tags", string.Concat(Enumerable.Repeat("</div>y ", 1_000_000)));
        return 0;
    }

    private static void Time(HtmlArticleParser parser, string name, string html)
    {
        GC.Collect();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var page = parser.Parse(html);
        var seconds = watch.Elapsed.TotalSeconds;
        var megabytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6;
        GC.KeepAlive(page);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-34} {html.Length,12:N0} {seconds,8:F2} {html.Length / seconds / 1e6,10:F1} {megabytes,13:N0}"));
    }

    /// <summary>A page of repeated article paragraphs with markup around them, <paramref name="size"/> characters long.</summary>
    private static string Article(int size)
    {
        const string paragraph = "<div class=\"row\"><p>Chief Cabinet Secretary Yoshimasa Hayashi said that Russia's position on the <a href=\"/nt\">Northern Territories</a> is <b>unacceptable</b>, and Tokyo protested drills on Etorofu.</p></div>\n";
        var html = new StringBuilder(size + 1000);
        html.Append("<html lang=\"en\"><head><title>t</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Headline</h1>");
        while (html.Length < size)
        {
            html.Append(paragraph);
        }

        return html.Append("</article></body></html>").ToString();
    }
}
