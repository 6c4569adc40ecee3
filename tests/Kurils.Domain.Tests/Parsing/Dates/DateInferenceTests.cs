using FluentAssertions;
using Kurils.Domain.Parsing;
using Kurils.Domain.Parsing.Dates;
using NodaTime;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Dates;

public sealed class DateInferenceTests
{
    [Fact]
    public void YearsWhere_December13Tuesday_LatestFirst()
    {
        DateInference.YearsWhere(12, 13, IsoDayOfWeek.Tuesday, 2000, 2024)
            .Should().Equal(2022, 2016, 2011, 2005);
    }

    [Fact]
    public void YearsWhere_EveryResult_FallsOnThatWeekday()
    {
        foreach (int year in DateInference.YearsWhere(8, 15, IsoDayOfWeek.Wednesday, 1900, 2100))
        {
            new LocalDate(year, 8, 15).DayOfWeek.Should().Be(IsoDayOfWeek.Wednesday);
        }

        // 15 August is a Wednesday 29 times in 1900–2100 (the 28-year cycle, broken where 1900 and 2100 are not leap years).
        var years = DateInference.YearsWhere(8, 15, IsoDayOfWeek.Wednesday, 1900, 2100).ToList();
        years.Should().HaveCount(29);
        years.Should().StartWith([2096, 2091, 2085]).And.EndWith([1917, 1906, 1900]).And.BeInDescendingOrder();
    }

    [Fact]
    public void YearsWhere_LeapDay_OnlyLeapYears()
    {
        DateInference.YearsWhere(2, 29, IsoDayOfWeek.Thursday, 1990, 2030).Should().Equal(2024, 1996);
    }

    [Fact]
    public void YearsWhere_EmptyOrOutOfRange_NoThrow()
    {
        DateInference.YearsWhere(1, 1, IsoDayOfWeek.Monday, 2030, 2000).Should().BeEmpty();

        // Clamped to the years NodaTime's ISO calendar has, 1 to 9999: 1 January is a Monday in 1,400 of them.
        var all = DateInference.YearsWhere(1, 1, IsoDayOfWeek.Monday, int.MinValue, int.MaxValue).ToList();
        all.Should().HaveCount(1400);
        (all[0], all[^1]).Should().Be((9996, 1));
    }

    [Theory]
    [InlineData(13, 12, 1, IsoDayOfWeek.Monday)]
    [InlineData(2, 30, 1, IsoDayOfWeek.Monday)]
    [InlineData(1, 1, 1, IsoDayOfWeek.None)]
    public void YearsWhere_InvalidArguments_Throws(int month, int day, int unused, IsoDayOfWeek weekday)
    {
        _ = unused;
        FluentActions.Invoking(() => DateInference.YearsWhere(month, day, weekday, 2000, 2020))
            .Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void CandidateYears_TassDatelineWithTuesday_LatestFirst()
    {
        const string text = "ST. PETERSBURG, December 13. /TASS/. The policy makes it impossible, Rudenko said on Tuesday.";
        var found = new List<DateExpression>();
        DateFinder.Find(text, new TextSpan(0, text.Length), DateFinderTests.EnglishRussianJapanese, found);
        var dateline = new AnnualDate(12, 13);
        IReadOnlyList<IsoDayOfWeek> weekdays = DateInference.SameDayWeekdays(found, dateline);
        weekdays.Should().Equal(IsoDayOfWeek.Tuesday);
        DateInference.CandidateYears(dateline, weekdays, 2000, 2026).Should().Equal(2022, 2016, 2011, 2005);
    }

    [Fact]
    public void CandidateYears_ConflictingWeekdays_None() =>
        DateInference.CandidateYears(new AnnualDate(12, 13), [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday], 2000, 2026).Should().BeEmpty();

    [Fact]
    public void SameDayWeekdays_DateWrittenWithWeekday_WinsOverBareWeekday()
    {
        const string text = "Putin spoke on Monday. On Tuesday, December 13, Rudenko said";
        var found = new List<DateExpression>();
        DateFinder.Find(text, new TextSpan(0, text.Length), DateFinderTests.EnglishRussianJapanese, found);
        DateInference.SameDayWeekdays(found, new AnnualDate(12, 13)).Should().Equal(IsoDayOfWeek.Tuesday);
    }

    [Fact]
    public void CandidateYears_NoWeekday_AllValidYears()
    {
        DateInference.CandidateYears(new AnnualDate(2, 29), [], 2019, 2025).Should().Equal(2024, 2020);
    }
}
