using FluentAssertions;
using Kurils.Domain.Parsing;
using Kurils.Domain.Tests.Catalog;
using Xunit;

namespace Kurils.Domain.Tests.Seeds;

/// <summary>
/// The seeds end to end: each parse must equal the reviewed expected-parse file beside the seed
/// (<c>seeds/NAME.expected</c>). After a deliberate change, regenerate with
/// <c>KURILS_UPDATE_EXPECTED=1 dotnet test</c> and review the diff line by line against the article.
/// </summary>
public sealed class SeedTests
{
    public static TheoryData<string> Seeds => new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt")
        .Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Parse_Seed_EqualsTheExpectedParse(string seed)
    {
        var text = TestCatalog.Seed(seed);
        var actual = GoldenFormat.Render(text, ArticleParser.Default.Parse(text));
        var expectedPath = Path.Combine(ShippedCatalogTests.RepoRoot(), "seeds", Path.ChangeExtension(seed, ".expected"));
        if (Environment.GetEnvironmentVariable("KURILS_UPDATE_EXPECTED") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        File.Exists(expectedPath).Should().BeTrue($"{expectedPath} holds the reviewed parse");
        actual.Should().Be(File.ReadAllText(expectedPath));
    }

    [Fact]
    public void Seed000_CommentsIdentitiesAndPutinQuote()
    {
        var text = TestCatalog.Seed("000_6b511d131d16d753.txt");
        var article = ArticleParser.Default.Parse(text);
        var authors = article.Comments.Select(c => c.Author!.Value.Of(text)).ToList();
        authors.Should().HaveCount(13).And.Contain(["TaiwanIsNotChina", "リッチ", "JJE", "fallaffel"]);
        authors.Count(a => a == "Strangerland").Should().Be(2);
        Ids(article, text, EntityKind.Territory, inComments: false).Should().Contain([("Etorofu", "iturup"), ("Kunashiri", "kunashir"), ("Habomai islet group", "habomai"), ("Northern Territories", "disputed-islands"), ("Southern Kurils", "disputed-islands")]);
        article.Statements.Should().Contain(s => s.SpeakerId == "putin-vladimir" && s.Span.Of(text).StartsWith("Everything that has been done has been done by Japan", StringComparison.Ordinal));
        article.Mentions.Where(m => m.InComment).Should().OnlyContain(m => article.Segments[m.SegmentIndex].Kind == SegmentKind.Comment);
        article.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.CommentCountMismatch);
        article.OutletId.Should().Be("japan-today");
        article.WireId.Should().Be("kyodo");
    }

    [Fact]
    public void Seed001And002_HayashiInEitherNameOrder_IsOnePerson()
    {
        var first = TestCatalog.Seed("001_560f2771e4cc42f3.txt");
        var second = TestCatalog.Seed("002_c7ab4f23b34de907.txt");
        var a = ArticleParser.Default.Parse(first).Mentions.Single(m => m.Span.Of(first) == "Hayashi Yoshimasa");
        var b = ArticleParser.Default.Parse(second).Mentions.Single(m => m.Span.Of(second) == "Yoshimasa Hayashi");
        a.Id.Should().Be("hayashi-yoshimasa").And.Be(b.Id);
    }

    [Fact]
    public void Seed002_WrongClaimAboutControl_IsFlagged()
    {
        var text = TestCatalog.Seed("002_c7ab4f23b34de907.txt");
        var article = ArticleParser.Default.Parse(text);
        article.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.ContradictsCatalog)
            .Which.Span.Of(text).Should().StartWith("Japan controls these islands");
        article.OutletId.Should().BeNull("the article only cites TASS");
    }

    [Fact]
    public void Seed003_DatelineCaptionsAndQuotes()
    {
        var text = TestCatalog.Seed("003_d6e31eca7042b292.txt");
        var article = ArticleParser.Default.Parse(text);
        article.Dateline!.Place.Should().Be("ST. PETERSBURG");
        article.Dateline.Date.Should().Be(new NodaTime.LocalDate(2022, 12, 13));
        article.ReferenceDateSource.Should().Be(ReferenceDateSource.Inferred);
        article.OutletId.Should().Be("tass");
        foreach (var line in new[] { "Russian Foreign Ministry Sergei Bobylev/TASS", "Russian Foreign Ministry", "© Sergei Bobylev/TASS" })
        {
            article.Segments.Single(s => s.Content.Of(text) == line).Kind.Should().NotBe(SegmentKind.Body);
        }

        var direct = article.Statements.Where(s => s.Kind == StatementKind.Direct).ToList();
        direct.Should().OnlyContain(s => s.SpeakerId == "rudenko-andrey");
        direct.Select(s => s.Span.Of(text)).Should().SatisfyRespectively(
            q => q.Should().StartWith("The policy of Japan’s current government makes it impossible"),
            q => q.Should().Be("profoundly regrettable."),
            q => q.Should().StartWith("Regrettably, he many things we tried to build"),
            q => q.Should().StartWith("The Japanese government has actually sided with the US policy"),
            q => q.Should().Be("It looks like Japan is putting the cart before the horse."));
    }

    [Fact]
    public void Seed004_ResidueInstrumentsAndKatoQuote()
    {
        var text = TestCatalog.Seed("004_7233ea53a46c9c63.txt");
        var article = ArticleParser.Default.Parse(text);
        article.Segments.Single(s => s.Content.Of(text) == "print PRINT").Kind.Should().Be(SegmentKind.Residue);
        article.Segments.Single(s => s.Content.Of(text) == "INTERNATIONAL > East Asia & Pacific").Kind.Should().Be(SegmentKind.Navigation);
        article.Segments.Where(s => s.Content.Of(text).StartsWith('•')).Should().HaveCount(4).And.OnlyContain(s => s.Kind == SegmentKind.Tags);
        Ids(article, text, EntityKind.Instrument, inComments: false).Should().Contain([("1956 joint declaration", "joint-declaration-1956"), ("constitutional amendments", "constitution-amendment-2020")]);
        article.Statements.Should().Contain(s => s.SpeakerId == "kato-katsunobu" && s.Kind == StatementKind.Direct && s.Span.Of(text).StartsWith("We would like", StringComparison.Ordinal));
    }

    private static List<(string Text, string Id)> Ids(ParsedArticle article, string text, EntityKind kind, bool inComments) =>
        [.. article.Mentions.Where(m => m.Kind == kind && m.InComment == inComments).Select(m => (m.Span.Of(text), m.Id))];
}
