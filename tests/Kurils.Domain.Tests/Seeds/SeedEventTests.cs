using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Seeds;

/// <summary>The events issue 16 names in the seed articles, with their actors.</summary>
public sealed class SeedEventTests
{
    private static ParsedArticle Seed(string name) =>
        ArticleParser.Default.Parse(File.ReadAllText(Path.Combine(Catalog.ShippedCatalogTests.RepoRoot(), "seeds", name)));

    [Fact]
    public void Seed000_JapansSanctionsAndRussiasSuspensionOfTheTalks()
    {
        var article = Seed("000_6b511d131d16d753.txt");

        Assert.Contains(article.Events, e => e.Type == EventType.Sanction && e.Mode is null && e.SourceIds.Contains("japan") && e.TargetIds.Contains("russia"));
        Assert.Contains(article.Events, e => e is { Type: EventType.Sanction, Mode: "discontinue", Stance: Stances.AgainstTalks } && e.SourceIds.Contains("russia") && e.TargetIds.Contains("japan") && e.ConcernedIds.Contains("peace-treaty"));
    }

    [Fact]
    public void Seed001_HayashiCallsRussiasResponseUnacceptable()
    {
        var article = Seed("001_560f2771e4cc42f3.txt");

        var e = Assert.Single(article.Events, e => e.Type == EventType.Disapprove && e.SourceIds.Contains("hayashi-yoshimasa") && e.TargetIds.Contains("russia"));
        Assert.Equal(Stances.Protest, e.Stance);
        Assert.Equal(EventType.Disapprove, article.Statements[e.StatementIndex!.Value].Event);
    }

    [Fact]
    public void Seed004_PutinAndSugaAgreeToSpeedUpTheTalks()
    {
        var article = Seed("004_7233ea53a46c9c63.txt");

        var e = Assert.Single(article.Events, e => e.Type == EventType.Agree);
        Assert.Equal(["putin-vladimir", "suga-yoshihide"], e.SourceIds);
        Assert.Contains("peace-treaty", e.ConcernedIds);
    }
}
