using FluentAssertions;
using Xunit;

namespace Kurils.Domain.Tests.Catalog;

/// <summary>A person's <c>gender</c> (female or male) is read, optional, checked against its values, and kept by an overlay that extends the person.</summary>
public sealed class PersonGenderTests
{
    private const string Japan = "countries:\n  - id: japan\n    names: [{ text: Japan, lang: en, kind: official }]\n    source: s\n";

    private static string Person(string gender) =>
        Japan + "people:\n  - id: kamikawa-yoko\n    country: japan\n" + gender + "    names:\n      - { lang: en, family: Kamikawa, given: Yoko }\n    source: s\n";

    [Theory]
    [InlineData("    gender: female\n", PersonGender.Female)]
    [InlineData("    gender: male\n", PersonGender.Male)]
    [InlineData("", null)]
    public void Gender_IsReadWhenGiven(string line, PersonGender? gender) =>
        KurilsCatalog.Load([CatalogSource.FromString("t.yaml", Person(line))]).Find<Person>("kamikawa-yoko")!.Gender.Should().Be(gender);

    [Fact]
    public void Gender_OutsideItsValues_IsReportedWithItsPosition()
    {
        var errors = KurilsCatalog.Validate([CatalogSource.FromString("t.yaml", Person("    gender: woman\n"))]);
        errors.Should().ContainSingle().Which.ToString().Should().StartWith("t.yaml(8,13): 'woman' is not a valid gender; expected one of: female, male");
    }

    [Fact]
    public void Overlay_AddsAGenderToAPersonWithoutOne()
    {
        var overlay = "people:\n  - id: kamikawa-yoko\n    gender: female\n";
        var catalog = KurilsCatalog.Load([CatalogSource.FromString("t.yaml", Person(""))]).Extend([CatalogSource.FromString("o.yaml", overlay)]);
        catalog.Find<Person>("kamikawa-yoko")!.Gender.Should().Be(PersonGender.Female);
    }

    [Fact]
    public void ShippedCatalog_RecordsTheGenderOfItsSpeakers()
    {
        KurilsCatalog.Default.Find<Person>("zakharova-maria")!.Gender.Should().Be(PersonGender.Female);
        KurilsCatalog.Default.Find<Person>("putin-vladimir")!.Gender.Should().Be(PersonGender.Male);
    }
}
