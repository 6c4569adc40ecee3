using Kurils.Domain.Parsing;
using Kurils.Domain.Timelines;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Timelines;

public sealed class TimelineTests
{
    private static (string, ParsedArticle) Article(string source, string body, LocalDate published) =>
        (source, ArticleParser.Default.Parse("Japan and Russia\n\n" + body + "\n", published));

    [Fact]
    public void Build_Seeds_OneEntryForPutinsJune2024RemarkWithThreeReportsAndOneForHayashisReplyWithTwo()
    {
        var folder = Path.Combine(Catalog.ShippedCatalogTests.RepoRoot(), "seeds");
        var articles = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), ArticleParser.Default.Parse(File.ReadAllText(f)))).ToList();

        var timeline = Timeline.Build(articles);

        var putin = Assert.Single(timeline, e => e.SpeakerId == "putin-vladimir" && e.CatalogStatementId == "putin-2024-06-05-no-conditions");
        Assert.Equal(["000_6b511d131d16d753.txt", "001_560f2771e4cc42f3.txt", "002_c7ab4f23b34de907.txt"], putin.Reports.Select(r => r.Source));
        var hayashi = Assert.Single(timeline, e => e.SpeakerId == "hayashi-yoshimasa");
        Assert.Equal(["001_560f2771e4cc42f3.txt", "002_c7ab4f23b34de907.txt"], hayashi.Reports.Select(r => r.Source));
        Assert.Equal(Stances.Protest, hayashi.Stance);
        var putin2021 = Assert.Single(timeline, e => e.SpeakerId == "putin-vladimir" && e != putin);
        Assert.Equal(["004_7233ea53a46c9c63.txt"], putin2021.Reports.Select(r => r.Source));
    }

    [Fact]
    public void Build_SameWordsReportedTwiceADayApart_OneEntryWithTwoReports()
    {
        var a = Article("a", "Foreign Minister Sergey Lavrov said on Monday that the talks on a peace treaty cannot continue under the present sanctions regime.", new LocalDate(2023, 5, 2));
        var b = Article("b", "Sergey Lavrov said on Monday the talks on a peace treaty cannot continue under the present sanctions regime imposed by Tokyo.", new LocalDate(2023, 5, 3));

        var timeline = Timeline.Build([a, b]);

        var entry = Assert.Single(timeline);
        Assert.Equal("lavrov-sergey", entry.SpeakerId);
        Assert.Equal(2, entry.Reports.Count);
    }

    [Fact]
    public void Build_SameWordsAMonthApart_TwoEntries()
    {
        var a = Article("a", "Foreign Minister Sergey Lavrov said on Monday that the talks on a peace treaty cannot continue under the present sanctions regime.", new LocalDate(2023, 5, 2));
        var b = Article("b", "Foreign Minister Sergey Lavrov said on Monday that the talks on a peace treaty cannot continue under the present sanctions regime.", new LocalDate(2023, 6, 6));

        var timeline = Timeline.Build([a, b]);

        Assert.Equal(2, timeline.Count);
        Assert.True(timeline[0].Date < timeline[1].Date);
    }

    [Fact]
    public void Build_SameDayDifferentWords_TwoEntries()
    {
        var a = Article("a", "Foreign Minister Sergey Lavrov said on Monday that the talks on a peace treaty cannot continue under the present sanctions regime.", new LocalDate(2023, 5, 2));
        var b = Article("b", "Foreign Minister Sergey Lavrov said on Monday that fishing quotas near Hokkaido will be set by the autumn commission.", new LocalDate(2023, 5, 2));

        Assert.Equal(2, Timeline.Build([a, b]).Count);
    }

    [Fact]
    public void Build_SameWordsDifferentSpeakers_TwoEntries()
    {
        var a = Article("a", "Foreign Minister Sergey Lavrov said on Monday that the talks on a peace treaty cannot continue under the present sanctions regime.", new LocalDate(2023, 5, 2));
        var b = Article("b", "Kremlin spokesman Dmitry Peskov said on Monday that the talks on a peace treaty cannot continue under the present sanctions regime.", new LocalDate(2023, 5, 2));

        Assert.Equal(2, Timeline.Build([a, b]).Count);
    }
}
