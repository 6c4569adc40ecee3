using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing;

/// <summary>The parse contexts are lent one parse at a time, come back empty, and a huge one is not kept.</summary>
public sealed class ParseContextPoolTests
{
    [Fact]
    public void Rent_AfterReturn_ReusesTheContextCleared()
    {
        var pool = new ParseContextPool(TestCatalog.Catalog);
        var first = pool.Rent("Kunashir", new LocalDate(2024, 6, 5));
        first.DateExpressions.Capacity = 8;
        first.NamedInFull.Add("someone");
        first.NameMentions.Add(new Mention(EntityKind.Territory, "kunashir", new TextSpan(0, 8), 0, false, MentionMethod.Name));
        pool.Return(first);

        var second = pool.Rent("another text", null);

        second.Should().BeSameAs(first);
        second.Text.Should().Be("another text");
        second.Published.Should().BeNull();
        second.NamedInFull.Should().BeEmpty();
        second.NameMentions.Should().BeEmpty();
        second.DateExpressions.Capacity.Should().Be(8, "the working lists are kept with their capacity");
    }

    [Fact]
    public void Rent_WhileRented_GivesAnotherContext()
    {
        var pool = new ParseContextPool(TestCatalog.Catalog);

        var first = pool.Rent("one", null);
        var second = pool.Rent("two", null);

        second.Should().NotBeSameAs(first);
        (first.Text, second.Text).Should().Be(("one", "two"));
    }

    [Fact]
    public void Return_AHugeWorkingList_IsNotKept()
    {
        var pool = new ParseContextPool(TestCatalog.Catalog);
        var huge = pool.Rent("text", null);
        huge.Names.Capacity = 1 << 20;
        pool.Return(huge);

        pool.Rent("text", null).Should().NotBeSameAs(huge);
    }

    [Fact]
    public void Return_ResultOfAParse_KeepsNothingOfTheContext()
    {
        var parser = new ArticleParser(TestCatalog.Catalog);
        const string text = "Kunashir and Iturup.\n\nIturup and Kunashir.";
        var article = parser.Parse(text, new LocalDate(2024, 6, 5));
        var mentions = article.Mentions.ToArray();

        // A second parse reuses the same context: the first result must not change.
        parser.Parse("Nothing here at all.", new LocalDate(2024, 6, 5));

        article.Mentions.Should().Equal(mentions);
        article.Mentions.Select(m => (m.Span.Of(text), m.Id)).Should().Equal(("Kunashir", "kunashir"), ("Iturup", "iturup"), ("Iturup", "iturup"), ("Kunashir", "kunashir"));
    }
}
