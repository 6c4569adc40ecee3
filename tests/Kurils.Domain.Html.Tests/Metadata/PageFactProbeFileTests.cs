using FluentAssertions;
using Kurils.Domain.Tests.Parsing.Metadata;
using Xunit;

namespace Kurils.Domain.Html.Tests.Metadata;

/// <summary>
/// The HTML pages of the page-fact probe files (<c>TestData/pagefacts</c>, shared with the core tests): the publisher
/// and publication date from a realistic head (OpenGraph, JSON-LD NewsArticle, <c>&lt;time&gt;</c>) and the page text.
/// </summary>
public sealed class PageFactProbeFileTests
{
    public static TheoryData<string> Languages() => [.. PageFactProbeFile.Languages()];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryHtmlPage_GivesItsPublisherAndDate(string language)
    {
        var failures = new List<string>();
        var probes = PageFactProbeFile.Read(language).Where(p => p.Html && p.Gap is null).ToList();
        foreach (var probe in probes)
        {
            var article = HtmlArticleParser.Default.Parse(probe.Page).Article;
            if (probe.Mismatch(article.OutletId, article.OutletName, article.Published) is { } mismatch)
            {
                failures.Add(mismatch);
            }
        }

        probes.Should().NotBeEmpty();
        failures.Should().BeEmpty();
    }
}
