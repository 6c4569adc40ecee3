using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Metadata;

/// <summary>
/// The text pages of the page-fact probe files (<c>TestData/pagefacts</c>): in every language, each page's publisher
/// (never an outlet it merely cites) and publication date (never a story's or a related link's date, none from a
/// relative stamp) are what a careful reader finds. The HTML pages are read by the HTML tests.
/// </summary>
public sealed class PageFactProbeFileTests(ITestOutputHelper output)
{
    public static TheoryData<string> Languages() => [.. PageFactProbeFile.Languages()];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryTextPage_GivesItsPublisherAndDate(string language)
    {
        var failures = new List<string>();
        var probes = PageFactProbeFile.Read(language).Where(p => !p.Html).ToList();
        foreach (var probe in probes)
        {
            var article = ArticleParser.Default.Parse(probe.Page);
            var mismatch = probe.Mismatch(article.OutletId, article.OutletName, article.Published);
            if (probe.Gap is not null)
            {
                output.WriteLine($"known gap ({probe.Gap}): {mismatch ?? probe.Name + " now right"}");
            }
            else if (mismatch is not null)
            {
                failures.Add(mismatch);
            }
        }

        probes.Should().HaveCountGreaterThanOrEqualTo(8, "every language has its probes");
        failures.Should().BeEmpty();
    }
}
