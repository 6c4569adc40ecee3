using FluentAssertions;
using Kurils.Domain.Parsing;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Catalog;

/// <summary>Ids to entities, mentions to entities, and id-taking queries that refuse an id the catalog lacks.</summary>
public sealed class CatalogQueryTests
{
    private static KurilsCatalog Catalog => TestCatalog.Catalog;

    [Theory]
    [InlineData(EntityKind.Territory, "iturup", "Iturup")]
    [InlineData(EntityKind.Person, "kato-katsunobu", "Katsunobu Kato")]
    [InlineData(EntityKind.Institution, "kremlin", "Kremlin")]
    [InlineData(EntityKind.Office, "iturup", null)]
    [InlineData(EntityKind.Territory, "atlantis", null)]
    public void Find_KindAndId_GivesTheEntityOrNull(EntityKind kind, string id, string? displayName) =>
        Catalog.Find(kind, id)?.DisplayName.Should().Be(displayName);

    [Fact]
    public void Find_Mention_GivesTheEntityItRefersTo()
    {
        var text = "Chief Cabinet Secretary Katsunobu Kato said Iturup is Japan's.";
        var article = new ArticleParser(Catalog).Parse(text, published: new LocalDate(2021, 2, 15));

        article.Mentions.Select(m => Catalog.Find(m)).Should().Equal(
            Catalog.Find<Office>("chief-cabinet-secretary"), Catalog.Find<Person>("kato-katsunobu"), Catalog.Find<Territory>("iturup"), Catalog.Find<Country>("japan"));
        Catalog.Find(new Mention(EntityKind.Person, "someone-else", new TextSpan(0, 1), 0, false, MentionMethod.Name)).Should().BeNull();
    }

    [Fact]
    public void HoldersOf_AnOfficeNameInsteadOfItsId_ThrowsNamingTheIdWithTheIdItResolvesTo()
    {
        var act = () => Catalog.HoldersOf("Chief Cabinet Secretary", new LocalDate(2021, 2, 15));

        act.Should().Throw<ArgumentException>().Which.Message.Should()
            .Be("unknown office id 'Chief Cabinet Secretary' (did you mean 'chief-cabinet-secretary'?) (Parameter 'officeId')");
    }

    [Fact]
    public void HoldersOf_AMistypedId_ThrowsWithTheClosestId()
    {
        var act = () => Catalog.HoldersOf("chief-cabinet-secretery", new LocalDate(2021, 2, 15));

        act.Should().Throw<ArgumentException>().WithMessage("unknown office id 'chief-cabinet-secretery' (did you mean 'chief-cabinet-secretary'?)*");
    }

    [Fact]
    public void AdministrationOn_UnknownTerritory_Throws_WhileAKnownOneWithoutRecordIsNull()
    {
        var act = () => Catalog.AdministrationOn("iturupp", new LocalDate(1950, 1, 1));

        act.Should().Throw<ArgumentException>().WithMessage("unknown territory id 'iturupp' (did you mean 'iturup'?)*");
        Catalog.AdministrationOn("hokkaido", new LocalDate(1950, 1, 1)).Should().BeNull();
    }

    [Fact]
    public void DisplayName_ShippedDisputedGroup_IsNeutral_AndEachSideHasItsOwn()
    {
        var group = KurilsCatalog.Default.Find<Territory>("disputed-islands")!;

        group.DisplayName.Should().Be("the disputed islands (Northern Territories / Southern Kurils)");
        group.DisplayNameFor("japan").Should().Be("Northern Territories");
        group.DisplayNameFor("russia").Should().Be("Southern Kurils");
        group.DisplayNameFor("russia", "ru").Should().Be("Южные Курилы");
        group.DisplayNameFor("china").Should().Be(group.DisplayName);
    }

    [Fact]
    public void DisplayName_CuratedDisplay_IsUsedAndCanBeGivenByAnOverlay_WithoutBeingMatched()
    {
        var mine = Catalog.Extend([CatalogSource.FromString("mine.yaml", "territories:\n  - id: test-group\n    display: the test islands (both names)\n")]);

        Catalog.Find<Territory>("test-group")!.DisplayName.Should().Be("Northern Territories");
        mine.Find<Territory>("test-group")!.DisplayName.Should().Be("the test islands (both names)");
        mine.Resolve("the test islands (both names)").Should().BeEmpty();
    }
}
