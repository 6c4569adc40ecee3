using FluentAssertions;
using Xunit;

namespace Kurils.Domain.Tests.Catalog;

public sealed class CatalogValidationTests
{
    private static CatalogError SingleError(string yaml)
    {
        var errors = KurilsCatalog.Validate([CatalogSource.FromString("t.yaml", yaml)]);
        errors.Should().ContainSingle();
        return errors[0];
    }

    private const string Japan = "countries:\n  - id: japan\n    names: [{ text: Japan, lang: en, kind: official }]\n    source: s\n";

    [Fact]
    public void Validate_UnknownKey_ReportsPositionAndSuggestion()
    {
        var error = SingleError(Japan + "  - id: russia\n    nmae: x\n    source: s\n");
        error.Code.Should().Be(CatalogErrorCode.UnknownKey);
        error.ToString().Should().Be("t.yaml(6,5): unknown key 'nmae' (did you mean 'names'?)");
    }

    [Fact]
    public void Validate_UnknownSection_ReportsPositionAndSuggestion()
    {
        var error = SingleError(Japan + "teritories: []\n");
        error.Code.Should().Be(CatalogErrorCode.UnknownKey);
        error.ToString().Should().Be("t.yaml(5,1): unknown section 'teritories' (did you mean 'territories'?)");
    }

    [Fact]
    public void Validate_MissingRequiredKey_ReportsTheEntryPosition()
    {
        var error = SingleError("countries:\n  - id: freedonia\n    names: []\n");
        error.Code.Should().Be(CatalogErrorCode.MissingKey);
        error.ToString().Should().Be("t.yaml(2,5): a country is missing required key 'source'");
    }

    [Fact]
    public void Validate_WrongType_ReportsTheValuePosition()
    {
        var error = SingleError("countries:\n  - id: japan\n    names: Japan\n    source: s\n");
        error.Code.Should().Be(CatalogErrorCode.WrongType);
        error.ToString().Should().Be("t.yaml(3,12): expected a list for 'names', found a scalar");
    }

    [Theory]
    [InlineData("1945-02-30", "'1945-02-30' is not a day: February 1945 has 28 days, not 30")]
    [InlineData("1944-02-30", "'1944-02-30' is not a day: February 1944 has 29 days, not 30")]
    [InlineData("1956-04-31", "'1956-04-31' is not a day: April 1956 has 30 days, not 31")]
    [InlineData("1956-10-00", "'1956-10-00' is not a day: October 1956 has 31 days, not 0")]
    [InlineData("19 Oct 1956", "'19 Oct 1956' is not a valid date (expected YYYY-MM-DD)")]
    public void Validate_DayOutOfRange_SaysWhichMonthHasHowManyDays(string date, string message) =>
        SingleError($"countries:\n  - id: ussr\n    source: s\n    from: '{date}'\n").ToString().Should().Be("t.yaml(4,11): " + message);

    [Theory]
    [InlineData("countries:\n\t- id: japan\n    source: s\n", 2, 1)]
    [InlineData("countries:\n  - id: japan\n    source: s\n  - id: russia\n\t  source: s\n", 5, 1)]
    [InlineData("countries:\n  - id: japan\n  \tsource: s\n", 3, 3)]
    public void Validate_TabIndentation_IsReportedAtTheTab(string yaml, int line, int column)
    {
        var error = KurilsCatalog.Validate([CatalogSource.FromString("t.yaml", yaml)]).Should().ContainSingle().Subject;

        error.Code.Should().Be(CatalogErrorCode.Syntax);
        (error.Line, error.Column).Should().Be((line, column), error.ToString());
        error.Message.Should().Contain("tab");
    }

    [Fact]
    public void Validate_FileOnItsOwn_ReferringToTheShippedCatalog_SaysItMayBeAnOverlay()
    {
        var error = SingleError("outlets:\n  - id: my-outlet\n    country: russia\n    source: s\n");

        error.ToString().Should().Be("t.yaml(3,14): unknown country 'russia'; the shipped catalog has it: is this file an overlay? (check it with kurils validate --overlay, load it with KurilsCatalog.Default.Extend)");
        KurilsCatalog.Validate([CatalogSource.FromString("t.yaml", "outlets:\n  - id: my-outlet\n    country: russia\n    source: s\n")], KurilsCatalog.Default).Should().BeEmpty();
    }

    [Fact]
    public void Validate_OverlayOfAShippedEntity_CheckedOnItsOwn_SaysItMayBeAnOverlay() =>
        SingleError("territories:\n  - id: iturup\n    names:\n      - { text: Itouroup, lang: fr, kind: exonym }\n").ToString().Should().Be(
            "t.yaml(2,5): no territory 'iturup' in these files to extend; the shipped catalog has it: is this file an overlay? (check it with kurils validate --overlay, load it with KurilsCatalog.Default.Extend); a new territory also needs 'kind', 'source'");

    [Fact]
    public void Validate_BadDate_ReportsTheValuePosition()
    {
        var error = SingleError("countries:\n  - id: ussr\n    names: []\n    from: 1922-13-30\n    source: s\n");
        error.Code.Should().Be(CatalogErrorCode.BadDate);
        error.ToString().Should().Be("t.yaml(4,11): '1922-13-30' is not a date: there is no month 13 (months are 01 to 12)");
    }

    [Fact]
    public void Validate_RangeEndingBeforeItStarts_IsABadDate()
    {
        var error = SingleError("countries:\n  - id: ussr\n    names: []\n    from: 1991-12-26\n    to: 1922-12-30\n    source: s\n");
        error.Code.Should().Be(CatalogErrorCode.BadDate);
        error.Line.Should().Be(5);
        error.Column.Should().Be(9);
    }

    [Fact]
    public void Validate_DuplicateId_ReportsBothPositions()
    {
        var error = SingleError(Japan + "  - id: japan\n    names: []\n    source: s\n");
        error.Code.Should().Be(CatalogErrorCode.DuplicateId);
        error.ToString().Should().Be("t.yaml(5,5): duplicate country id 'japan' (first defined at t.yaml(2,5))");
    }

    [Fact]
    public void Validate_DuplicateKey_ReportsTheSecondKey()
    {
        var error = SingleError("countries:\n  - id: japan\n    names: []\n    source: s\n    source: t\n");
        error.Code.Should().Be(CatalogErrorCode.DuplicateKey);
        error.ToString().Should().Be("t.yaml(5,5): duplicate key 'source'");
    }

    [Fact]
    public void Validate_DanglingReference_ReportsTheReferencePosition()
    {
        var error = SingleError(Japan + "offices:\n  - id: pm\n    country: japn\n    names: []\n    source: s\n");
        error.Code.Should().Be(CatalogErrorCode.DanglingReference);
        error.ToString().Should().Be("t.yaml(7,14): unknown country 'japn' (did you mean 'japan'?)");
    }

    [Fact]
    public void Validate_NameOfTwoEntities_IsACollisionUnlessBothAreAmbiguous()
    {
        const string twoOffices = "offices:\n  - id: a\n    country: japan\n    names: [{ text: Prime Minister, lang: en, kind: official@ }]\n    source: s\n"
            + "  - id: b\n    country: japan\n    names: [{ text: PRIME-minister, lang: en, kind: official@ }]\n    source: s\n";
        var error = SingleError(Japan + twoOffices.Replace("@", string.Empty, StringComparison.Ordinal));
        error.Code.Should().Be(CatalogErrorCode.NameCollision);
        error.ToString().Should().Be("t.yaml(12,13): name 'PRIME-minister' also names office 'a'; mark both 'ambiguous: true' if that is intended");

        KurilsCatalog.Validate([CatalogSource.FromString("t.yaml", Japan + twoOffices.Replace("@", ", ambiguous: true", StringComparison.Ordinal))])
            .Should().BeEmpty();
    }

    [Fact]
    public void Validate_BadEnumValue_ListsTheAllowedValues()
    {
        var error = SingleError("territories:\n  - id: x\n    kind: iceberg\n    names: []\n    source: s\n");
        error.Code.Should().Be(CatalogErrorCode.BadValue);
        error.ToString().Should().StartWith("t.yaml(3,11): 'iceberg' is not a valid kind; expected one of: island, islet");
    }

    [Fact]
    public void Validate_Syntax_ReportsThePosition()
    {
        var error = SingleError("countries:\n  - id: japan\n    names: [unclosed\n");
        error.Code.Should().Be(CatalogErrorCode.Syntax);
        (error.Line, error.Column).Should().Be((4, 1), "the flow sequence is still open where the input ends");
    }

    [Fact]
    public void Validate_TruncatedFile_ReportsWhereItBroke()
    {
        var full = File.ReadAllText(TestCatalog.Path);
        var truncated = full[..(full.IndexOf("{ text: Chief", StringComparison.Ordinal) + 8)];
        var errors = KurilsCatalog.Validate([CatalogSource.FromString("cut.yaml", truncated)]);
        var end = truncated.Count(c => c == '\n') + 2; // the line after the last, where the input ends inside a flow mapping
        errors.Select(e => (e.File, e.Line, e.Column, e.Code)).Should().Equal(("cut.yaml", end, 1, CatalogErrorCode.Syntax));
    }

    [Theory]
    [InlineData("countries:\n  - id: a\n    source:\n")]
    [InlineData("countries:\n  - id: a\n    source: ~\n")]
    [InlineData("countries:\n  - id: a\n    names:\n      - { text: , lang: en, kind: official }\n    source: s\n")]
    public void Validate_RequiredTextLeftEmpty_IsMissing(string yaml) =>
        SingleError(yaml).Code.Should().Be(CatalogErrorCode.MissingKey);

    [Fact]
    public void Validate_QuotedEmptySource_IsAText() =>
        KurilsCatalog.Validate([CatalogSource.FromString("t.yaml", "countries:\n  - id: a\n    source: \"x\"\n")]).Should().BeEmpty();

    [Fact]
    public void Validate_ManyProblems_ReportsEveryOne()
    {
        var errors = KurilsCatalog.Validate([CatalogSource.FromString("t.yaml", "countries:\n  - id: a\n    nmae: x\n  - id: b\n    names: []\n    from: nope\n    source: s\n")]);
        errors.Select(e => e.Code).Should().Equal(CatalogErrorCode.MissingKey, CatalogErrorCode.UnknownKey, CatalogErrorCode.BadDate);
    }

    [Fact]
    public void Validate_BadId_IsRejected()
    {
        var error = SingleError("countries:\n  - id: Japan_1\n    names: []\n    source: s\n");
        error.Code.Should().Be(CatalogErrorCode.BadValue);
        error.ToString().Should().Be("t.yaml(2,9): 'Japan_1' is not a valid id (lower-case letters, digits and single hyphens)");
    }

    [Fact]
    public void Load_InvalidData_ThrowsOneExceptionWithEveryError()
    {
        var act = () => KurilsCatalog.Load([CatalogSource.FromString("t.yaml", "countries:\n  - id: a\n  - id: b\n")]);
        act.Should().Throw<CatalogException>().Which.Errors.Select(e => e.ToString()).Should().Equal(
            "t.yaml(2,5): a country is missing required key 'source'", "t.yaml(3,5): a country is missing required key 'source'");
    }

    [Fact]
    public void Load_MissingFile_IsAnUnreadableError()
    {
        var act = () => KurilsCatalog.Load("/no/such/file.yaml");
        act.Should().Throw<CatalogException>().Which.Errors.Should().ContainSingle(e => e.Code == CatalogErrorCode.Unreadable && e.File == "/no/such/file.yaml");
    }
}
