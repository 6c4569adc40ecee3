using FluentAssertions;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Catalog;

public sealed class TimelineTests
{
    private static KurilsCatalog Catalog => TestCatalog.Catalog;

    [Theory]
    [InlineData(2021, 2, 15, "kato-katsunobu")]
    [InlineData(2024, 6, 6, "hayashi-yoshimasa")]
    [InlineData(2023, 12, 14, "hayashi-yoshimasa")]
    [InlineData(2025, 10, 20, "hayashi-yoshimasa")]
    public void HoldersOf_OfficeOnADate_IsThePersonInOffice(int y, int m, int d, string expected) =>
        Catalog.HoldersOf("chief-cabinet-secretary", new LocalDate(y, m, d)).Should().ContainSingle().Which.Id.Should().Be(expected);

    [Fact]
    public void HoldersOf_DayAfterTheTermEnds_IsNobodyInTheTestCatalog() =>
        Catalog.HoldersOf("chief-cabinet-secretary", new LocalDate(2025, 10, 21)).Should().BeEmpty();

    [Theory]
    [InlineData(1900, 1, 1, "japan")]
    [InlineData(1945, 8, 27, "japan")]
    [InlineData(1945, 8, 28, "ussr")]
    [InlineData(1991, 12, 25, "ussr")]
    [InlineData(1991, 12, 26, "russia")]
    [InlineData(2026, 1, 1, "russia")]
    public void AdministrationOn_Date_IsTheAdministeringCountry(int y, int m, int d, string expected) =>
        Catalog.AdministrationOn("iturup", new LocalDate(y, m, d))!.CountryId.Should().Be(expected);

    [Fact]
    public void InstrumentsInForce_Date_FollowsEntryIntoForce()
    {
        Catalog.InstrumentsInForce(new LocalDate(1956, 12, 11)).Select(i => i.Id).Should().NotContain("joint-declaration-1956");
        Catalog.InstrumentsInForce(new LocalDate(1956, 12, 12)).Select(i => i.Id).Should().Contain("joint-declaration-1956");
    }

    [Fact]
    public void InstrumentsInForce_ShippedCatalogIn1960_IsSanFranciscoAndTheJointDeclaration() =>
        KurilsCatalog.Default.InstrumentsInForce(new LocalDate(1960, 1, 1)).Select(i => i.Id).Should().Equal("san-francisco-1951", "joint-declaration-1956");

    [Fact]
    public void InstrumentsInForce_ShippedCatalogIn1900_IsTheSaintPetersburgTreaty() =>
        KurilsCatalog.Default.InstrumentsInForce(new LocalDate(1900, 1, 1)).Select(i => i.Id).Should().Equal("saint-petersburg-1875");

    [Theory]
    [InlineData("superseded", 1895, 9, 9, true)]
    [InlineData("superseded", 1895, 9, 10, false)]
    [InlineData("denounced", 1895, 9, 10, false)]
    [InlineData("not-binding", 1880, 1, 1, false)]
    public void InstrumentsInForce_End_EndsOnTheEndedDayAndNotBindingNeverStarts(string end, int y, int m, int d, bool inForce)
    {
        var ended = end == "not-binding" ? string.Empty : "    ended: 1895-09-10\n";
        var yaml = "instruments:\n  - id: t\n    kind: treaty\n    signed: 1855-02-07\n" + ended + "    end: " + end + "\n    source: s\n";
        var catalog = KurilsCatalog.Load([CatalogSource.FromString("t.yaml", yaml)]);
        catalog.InstrumentsInForce(new LocalDate(y, m, d)).Any(i => i.Id == "t").Should().Be(inForce);
    }

    [Fact]
    public void Instrument_End_IsReadFromTheData()
    {
        var catalog = KurilsCatalog.Load([CatalogSource.FromString("t.yaml", "instruments:\n  - id: t\n    kind: declaration\n    end: not-binding\n    source: s\n  - id: u\n    kind: treaty\n    source: s\n")]);
        catalog.Find<Instrument>("t")!.End.Should().Be(InstrumentEnd.NotBinding);
        catalog.Find<Instrument>("u")!.End.Should().BeNull();
    }

    [Fact]
    public void Instrument_UnknownEnd_IsAnErrorNamingTheChoices() =>
        KurilsCatalog.Validate([CatalogSource.FromString("t.yaml", "instruments:\n  - id: t\n    kind: treaty\n    end: lapsed\n    source: s\n")])
            .Should().ContainSingle().Which.Message.Should().Contain("not-binding");

    [Fact]
    public void Instrument_JulianDate_KeepsItsCalendar()
    {
        var shimoda = Catalog.Find<Instrument>("shimoda-1855")!;
        shimoda.SignedJulian!.Value.Calendar.Should().Be(CalendarSystem.Julian);
        shimoda.SignedJulian!.Value.WithCalendar(CalendarSystem.Iso).Should().Be(shimoda.Signed!.Value);
    }

    [Fact]
    public void Territory_AreaFigures_KeepEachSource()
    {
        var iturup = Catalog.Find<Territory>("iturup")!;
        iturup.Areas.Select(a => (a.SquareKilometres, a.Source)).Should().Equal((3168m, "Government of Japan"), (3139m, "Other"));
    }

    [Fact]
    public void DateRange_ToDateInterval_IsInclusive()
    {
        var range = new DateRange(new LocalDate(2020, 9, 16), new LocalDate(2021, 10, 4));
        range.ToDateInterval(new LocalDate(2030, 1, 1)).End.Should().Be(new LocalDate(2021, 10, 3));
        range.Contains(new LocalDate(2021, 10, 4)).Should().BeFalse();
    }
}
