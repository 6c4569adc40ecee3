using FluentAssertions;
using Kurils.Domain.Parsing;
using Kurils.Domain.Parsing.Dates;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Dates;

public sealed class DateResolverTests
{
    private static readonly TextSpan AnySpan = new(0, 1);

    // 2024-01-01 is a Monday: the reference for weekday w is 2024-01-01 + (w - 1).
    private static LocalDate ReferenceOn(int weekday) => new LocalDate(2024, 1, 1).PlusDays(weekday - 1);

    public static TheoryData<int, int> AllWeekdayPairs()
    {
        var data = new TheoryData<int, int>();
        for (int named = 1; named <= 7; named++)
        {
            for (int reference = 1; reference <= 7; reference++)
            {
                data.Add(named, reference);
            }
        }

        return data;
    }

    /// <summary>An independent computation: scan two weeks either side and pick by predicate.</summary>
    private static LocalDate BruteForce(LocalDate reference, IsoDayOfWeek weekday, bool forward, bool strict)
    {
        IEnumerable<int> offsets = forward ? Enumerable.Range(0, 15) : Enumerable.Range(0, 15).Select(k => -k);
        return offsets
            .Where(k => !strict || k != 0)
            .Select(reference.PlusDays)
            .First(d => d.DayOfWeek == weekday);
    }

    private static DateMention ResolveWeekday(int named, int reference, DateTense tense) =>
        DateResolver.Resolve(
            new DateExpression(AnySpan, DateExpressionKind.Weekday, Tense: tense, Weekday: (IsoDayOfWeek)named),
            ReferenceOn(reference),
            null);

    [Theory]
    [MemberData(nameof(AllWeekdayPairs))]
    public void Resolve_BareWeekday_LatestOnOrBeforeReference(int named, int reference)
    {
        DateMention m = ResolveWeekday(named, reference, DateTense.None);
        LocalDate expected = BruteForce(ReferenceOn(reference), (IsoDayOfWeek)named, forward: false, strict: false);
        m.Date.Should().Be(expected);
        m.Rule.Should().Be(DateRule.WeekdayLatest);
        m.Precision.Should().Be(DatePrecision.Day);
        m.Alternatives.Should().Equal(expected.PlusDays(-7), expected.PlusDays(7));
    }

    [Theory]
    [MemberData(nameof(AllWeekdayPairs))]
    public void Resolve_PastWeekday_LatestOnOrBeforeReference(int named, int reference)
    {
        DateMention m = ResolveWeekday(named, reference, DateTense.Past);
        m.Date.Should().Be(BruteForce(ReferenceOn(reference), (IsoDayOfWeek)named, forward: false, strict: false));
        m.Rule.Should().Be(DateRule.WeekdayLatest);
    }

    [Theory]
    [MemberData(nameof(AllWeekdayPairs))]
    public void Resolve_FutureWeekday_EarliestOnOrAfterReference(int named, int reference)
    {
        DateMention m = ResolveWeekday(named, reference, DateTense.Future);
        m.Date.Should().Be(BruteForce(ReferenceOn(reference), (IsoDayOfWeek)named, forward: true, strict: false));
        m.Rule.Should().Be(DateRule.WeekdayFuture);
    }

    [Theory]
    [MemberData(nameof(AllWeekdayPairs))]
    public void Resolve_NextWeekday_FirstStrictlyAfterReference(int named, int reference)
    {
        DateMention m = ResolveWeekday(named, reference, DateTense.Next);
        m.Date.Should().Be(BruteForce(ReferenceOn(reference), (IsoDayOfWeek)named, forward: true, strict: true));
        m.Rule.Should().Be(DateRule.WeekdayNext);
    }

    [Theory]
    [MemberData(nameof(AllWeekdayPairs))]
    public void Resolve_LastWeekday_LatestStrictlyBeforeReference(int named, int reference)
    {
        DateMention m = ResolveWeekday(named, reference, DateTense.Last);
        m.Date.Should().Be(BruteForce(ReferenceOn(reference), (IsoDayOfWeek)named, forward: false, strict: true));
        m.Rule.Should().Be(DateRule.WeekdayLast);
    }

    [Fact]
    public void Resolve_WeekdayWithoutReference_DateIsNull()
    {
        DateMention m = DateResolver.Resolve(new DateExpression(AnySpan, DateExpressionKind.Weekday, Weekday: IsoDayOfWeek.Friday), null, 2022);
        m.Date.Should().BeNull();
        m.Alternatives.Should().BeEmpty();
    }

    [Theory]
    [InlineData(2023, 1, 5, 12, 13, false, 2022, 12, 13)]
    [InlineData(2022, 12, 13, 12, 13, false, 2022, 12, 13)]
    [InlineData(2022, 12, 12, 12, 13, false, 2021, 12, 13)]
    [InlineData(2022, 12, 20, 1, 5, true, 2023, 1, 5)]
    [InlineData(2022, 12, 20, 12, 20, true, 2022, 12, 20)]
    [InlineData(2023, 3, 1, 2, 29, false, 2020, 2, 29)]
    [InlineData(2023, 3, 1, 2, 29, true, 2024, 2, 29)]
    public void Resolve_MonthDay_CrossesYearBoundaries(int ry, int rm, int rd, int month, int day, bool future, int ey, int em, int ed)
    {
        var e = new DateExpression(AnySpan, DateExpressionKind.MonthDay, Tense: future ? DateTense.Future : DateTense.None, Month: month, Day: day);
        DateMention m = DateResolver.Resolve(e, new LocalDate(ry, rm, rd), null);
        m.Date.Should().Be(new LocalDate(ey, em, ed));
        m.Rule.Should().Be(future ? DateRule.MonthDayNext : DateRule.MonthDayLatest);
    }

    [Fact]
    public void Resolve_MonthDay_AlternativesAreNeighbouringYears()
    {
        var e = new DateExpression(AnySpan, DateExpressionKind.MonthDay, Month: 12, Day: 13);
        DateMention m = DateResolver.Resolve(e, new LocalDate(2023, 1, 5), null);
        m.Alternatives.Should().Equal(new LocalDate(2021, 12, 13), new LocalDate(2023, 12, 13));
    }

    [Fact]
    public void Resolve_MonthDayLeapDay_AlternativesAreLeapYears()
    {
        var e = new DateExpression(AnySpan, DateExpressionKind.MonthDay, Month: 2, Day: 29);
        DateMention m = DateResolver.Resolve(e, new LocalDate(2023, 3, 1), null);
        m.Alternatives.Should().Equal(new LocalDate(2016, 2, 29), new LocalDate(2024, 2, 29));
    }

    [Theory]
    [InlineData(2022, 12, 14, 13, false, 2022, 12, 13)]
    [InlineData(2022, 12, 2, 30, false, 2022, 11, 30)]
    [InlineData(2023, 3, 2, 31, false, 2023, 1, 31)]
    [InlineData(2022, 12, 13, 13, false, 2022, 12, 13)]
    [InlineData(2022, 12, 20, 5, true, 2023, 1, 5)]
    [InlineData(2022, 12, 20, 25, true, 2022, 12, 25)]
    public void Resolve_DayOfMonth_NearestMonthWithThatDay(int ry, int rm, int rd, int day, bool future, int ey, int em, int ed)
    {
        var e = new DateExpression(AnySpan, DateExpressionKind.DayOfMonth, Tense: future ? DateTense.Future : DateTense.None, Day: day);
        DateMention m = DateResolver.Resolve(e, new LocalDate(ry, rm, rd), null);
        m.Date.Should().Be(new LocalDate(ey, em, ed));
        m.Rule.Should().Be(DateRule.DayOfMonth);
    }

    [Theory]
    [InlineData(7, "None", 2020, 7)]
    [InlineData(12, "None", 2019, 12)]
    [InlineData(9, "None", 2020, 9)]
    [InlineData(9, "Future", 2020, 9)]
    [InlineData(3, "Future", 2021, 3)]
    [InlineData(9, "Next", 2021, 9)]
    [InlineData(9, "Last", 2019, 9)]
    [InlineData(8, "Last", 2020, 8)]
    public void Resolve_Month_PicksYearByTense(int month, string tense, int ey, int em)
    {
        var e = new DateExpression(AnySpan, DateExpressionKind.Month, Tense: Enum.Parse<DateTense>(tense), Month: month);
        DateMention m = DateResolver.Resolve(e, new LocalDate(2020, 9, 15), null);
        m.Date.Should().Be(new LocalDate(ey, em, 1));
        m.Precision.Should().Be(DatePrecision.Month);
        m.Rule.Should().Be(DateRule.Month);
        m.Alternatives.Should().Equal(new LocalDate(ey - 1, em, 1), new LocalDate(ey + 1, em, 1));
    }

    [Fact]
    public void Resolve_MonthYearFromContext_UsesContextYear()
    {
        var e = new DateExpression(AnySpan, DateExpressionKind.MonthYear, Month: 3, YearFromContext: true);
        DateMention m = DateResolver.Resolve(e, null, 2022);
        m.Date.Should().Be(new LocalDate(2022, 3, 1));
        m.Rule.Should().Be(DateRule.MonthYear);
        DateResolver.Resolve(e, new LocalDate(2024, 6, 5), null).Date.Should().BeNull();
    }

    [Fact]
    public void Resolve_ExplicitYearsWithoutReference_Resolve()
    {
        DateResolver.Resolve(new DateExpression(AnySpan, DateExpressionKind.FullDate, Year: 1945, Month: 8, Day: 15), null, null)
            .Should().Match<DateMention>(m => m.Date == new LocalDate(1945, 8, 15) && m.Rule == DateRule.Absolute && m.Precision == DatePrecision.Day);
        DateResolver.Resolve(new DateExpression(AnySpan, DateExpressionKind.Year, Year: 1956), null, null)
            .Should().Match<DateMention>(m => m.Date == new LocalDate(1956, 1, 1) && m.Rule == DateRule.Year && m.Precision == DatePrecision.Year);
        DateResolver.Resolve(new DateExpression(AnySpan, DateExpressionKind.MonthYear, Year: 2022, Month: 2), null, null)
            .Should().Match<DateMention>(m => m.Date == new LocalDate(2022, 2, 1) && m.Precision == DatePrecision.Month);
    }

    [Theory]
    [InlineData(-1, 2023, 1, 4)]
    [InlineData(0, 2023, 1, 5)]
    [InlineData(1, 2023, 1, 6)]
    public void Resolve_RelativeDay_OffsetFromReference(int days, int ey, int em, int ed)
    {
        DateMention m = DateResolver.Resolve(new DateExpression(AnySpan, DateExpressionKind.RelativeDay, RelativeDays: days), new LocalDate(2023, 1, 5), null);
        m.Date.Should().Be(new LocalDate(ey, em, ed));
        m.Rule.Should().Be(DateRule.RelativeDay);
    }

    [Theory]
    [InlineData(-1, 2020)]
    [InlineData(0, 2021)]
    [InlineData(1, 2022)]
    public void Resolve_RelativeYear_FirstDayOfThatYear(int years, int expected)
    {
        DateMention m = DateResolver.Resolve(new DateExpression(AnySpan, DateExpressionKind.RelativeYear, RelativeYears: years), new LocalDate(2021, 2, 8), null);
        m.Date.Should().Be(new LocalDate(expected, 1, 1));
        m.Precision.Should().Be(DatePrecision.Year);
        m.Rule.Should().Be(DateRule.RelativeYear);
    }

    [Fact]
    public void ResolveAll_ThatYear_TakesTheLatestExplicitYear()
    {
        const string text = "the invasion, which began in February 2022. In March of that year, Moscow announced";
        var found = new List<DateExpression>();
        DateFinder.Find(text, new TextSpan(0, text.Length), DateFinderTests.EnglishRussianJapanese, found);
        var mentions = new List<DateMention>();
        DateResolver.ResolveAll(found, new LocalDate(2024, 6, 5), mentions);
        mentions.Select(m => m.Date).Should().Equal(new LocalDate(2022, 2, 1), new LocalDate(2022, 3, 1));
    }

    [Fact]
    public void ResolveAll_ThatYearAfterLastYear_UsesResolvedRelativeYear()
    {
        const string text = "It was revised last year. In March of that year, talks stopped.";
        var found = new List<DateExpression>();
        DateFinder.Find(text, new TextSpan(0, text.Length), DateFinderTests.EnglishRussianJapanese, found);
        var mentions = new List<DateMention>();
        DateResolver.ResolveAll(found, new LocalDate(2021, 2, 8), mentions);
        mentions.Select(m => m.Date).Should().Equal(new LocalDate(2020, 1, 1), new LocalDate(2020, 3, 1));
    }

    [Fact]
    public void Resolve_ExtremeReference_DoesNotThrow()
    {
        foreach (DateExpressionKind kind in Enum.GetValues<DateExpressionKind>())
        {
            var e = new DateExpression(AnySpan, kind, Tense: DateTense.Next, Year: 9999, Month: 12, Day: 31, Weekday: IsoDayOfWeek.Sunday, RelativeDays: int.MaxValue, RelativeYears: int.MinValue);
            FluentActions.Invoking(() => DateResolver.Resolve(e, new LocalDate(9999, 12, 31), 9999)).Should().NotThrow();
            FluentActions.Invoking(() => DateResolver.Resolve(e, new LocalDate(9998, 12, 31), 9999)).Should().NotThrow();
            FluentActions.Invoking(() => DateResolver.Resolve(e with { Tense = DateTense.Last, Year = 1 }, new LocalDate(2, 1, 1), 1)).Should().NotThrow();
        }
    }
}
