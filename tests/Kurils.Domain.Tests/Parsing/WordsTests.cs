using FluentAssertions;
using Kurils.Domain.Parsing;
using Xunit;

namespace Kurils.Domain.Tests.Parsing;

/// <summary>The one word walker: letter runs (or letter-and-digit runs) in any script, with the input's offsets.</summary>
public sealed class WordsTests
{
    private static List<string> LetterRuns(string text, TextSpan range)
    {
        var words = new List<string>();
        foreach (var word in Words.In(text, range))
        {
            words.Add(word.Of(text));
        }

        return words;
    }

    [Theory]
    [InlineData("Putin said, “no.”", new[] { "Putin", "said", "no" })]
    [InlineData("Лавров заявил: «нет»", new[] { "Лавров", "заявил", "нет" })]
    [InlineData("O'Brien's 2 cats", new[] { "O", "Brien", "s", "cats" })]
    [InlineData("林官房長官は述べた。", new[] { "林官房長官は述べた" })]
    [InlineData("  ,.;  ", new string[0])]
    [InlineData("", new string[0])]
    public void In_WholeText_GivesTheLetterRuns(string text, string[] expected) =>
        LetterRuns(text, new TextSpan(0, text.Length)).Should().Equal(expected);

    [Fact]
    public void In_Range_GivesOffsetsOfTheInput()
    {
        const string text = "xx Kato told reporters";
        var spans = new List<TextSpan>();
        foreach (var word in Words.In(text, TextSpan.FromBounds(3, 13)))
        {
            spans.Add(word);
        }

        spans.Should().Equal(new TextSpan(3, 4), new TextSpan(8, 4));
    }

    [Theory]
    [InlineData(5, 2, new string[0])]
    [InlineData(-3, 4, new[] { "abc" })]
    [InlineData(2, 100, new[] { "c", "def" })]
    public void In_RangeOutsideOrInverted_IsClampedToTheText(int start, int end, string[] expected) =>
        LetterRuns("abc def", TextSpan.FromBounds(start, end)).Should().Equal(expected);

    [Fact]
    public void Count_CountsLetterRuns() =>
        Words.Count("said on Feb. 1 the revision", new TextSpan(0, 27)).Should().Be(5);

    [Fact]
    public void InLettersAndDigits_KeepsDigitsInTheWord()
    {
        var words = new List<TextSpan>();
        foreach (var word in Words.In<LettersAndDigits>("G7 summit, 2024!".AsSpan()))
        {
            words.Add(word);
        }

        words.Should().Equal(new TextSpan(0, 2), new TextSpan(3, 6), new TextSpan(11, 4));
    }

    [Theory]
    [InlineData("the Kremlin said", 4, 16, 11)]
    [InlineData("the Kremlin said", 3, 16, 3)]
    [InlineData("Итуруп—остров", 0, 13, 6)]
    [InlineData("Kunashir", 0, 4, 4)]
    public void EndOf_StopsAtTheFirstNonLetterOrTheLimit(string text, int start, int limit, int expected) =>
        Words.EndOf<Letters>(text, start, limit).Should().Be(expected);

    [Theory]
    [InlineData("the Kremlin said", 11, 0, 4)]
    [InlineData("the Kremlin said", 12, 0, 12)]
    [InlineData("Kunashir", 8, 3, 3)]
    [InlineData("«Хабомаи", 8, 0, 1)]
    public void StartOf_StopsAtTheFirstNonLetterOrTheLimit(string text, int end, int limit, int expected) =>
        Words.StartOf<Letters>(text, end, limit).Should().Be(expected);
}
