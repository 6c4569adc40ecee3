using System.Diagnostics;
using System.Globalization;
using Kurils.Domain.Html.Dom;
using Kurils.Domain.Html.Extraction;
using Kurils.Domain.Html.Metadata;
using Kurils.Domain.Html.Text;

namespace Kurils.Domain.Html.Benchmarks;

/// <summary>The <c>phases</c> command: CPU time of each extraction phase over a folder of pages (best of five passes), to see what limits the speed.</summary>
internal static class PhasesCommand
{
    public static int Run(string pagesDir)
    {
        var pages = Directory.GetFiles(pagesDir, "*.html").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var chars = pages.Sum(p => (long)p.Length);
        var best = new double[6];
        Array.Fill(best, double.MaxValue);
        for (var pass = 0; pass < 6; pass++)
        {
            var times = new double[6];
            foreach (var html in pages)
            {
                var watch = Stopwatch.StartNew();
                var root = TreeBuilder.Build(html);
                times[0] += watch.Elapsed.TotalSeconds;
                watch.Restart();
                var visible = VisibleText.Read(html, root);
                times[1] += watch.Elapsed.TotalSeconds;
                watch.Restart();
                var metadata = MetadataReader.Read(root, KurilsCatalog.Default, null);
                times[2] += watch.Elapsed.TotalSeconds;
                watch.Restart();
                var cues = CueMap.Of(visible);
                times[3] += watch.Elapsed.TotalSeconds;
                watch.Restart();
                var roots = visible.Blocks.Count == 0 ? [] : ContentFinder.Find(visible, cues);
                times[4] += watch.Elapsed.TotalSeconds;
                watch.Restart();
                PageSegmenter.Split(visible, cues, roots, metadata.Headline?.Value);
                times[5] += watch.Elapsed.TotalSeconds;
            }

            if (pass > 0)
            {
                for (var i = 0; i < times.Length; i++)
                {
                    best[i] = Math.Min(best[i], times[i]);
                }
            }
        }

        Console.WriteLine($"pages whose script/style cuts did not hold (tokenized again uncut): {pages.Count(p => !TreeBuilder.CutsHold(p))} of {pages.Count}");
        string[] names = ["tokenize + tree", "visible text", "metadata", "cues", "content finder", "segments"];
        for (var i = 0; i < names.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{names[i],-16} {best[i],7:F3}s {chars / best[i] / 1e6,8:F1} M chars/s"));
        }

        return 0;
    }
}
