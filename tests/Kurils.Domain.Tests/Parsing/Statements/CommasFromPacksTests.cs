using FluentAssertions;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing.Statements;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Statements;

/// <summary>
/// The commas an attribution is set off by ("…, Hashimoto said, …", "وأضاف، …") are the plain comma and the ones
/// the article's packs list in <c>marks.commas</c>: the Arabic comma only where Arabic is read, the full-width one
/// where Chinese or Japanese is.
/// </summary>
public sealed class CommasFromPacksTests
{
    private static SpeechLexicon Of(params string[] codes) => new(codes.Select(c => LanguagePacks.Default.Find(c)!));

    [Theory]
    [InlineData("ar", '\u060C', true)]
    [InlineData("en", '\u060C', false)]
    [InlineData("zh", '\uFF0C', true)]
    [InlineData("ja", '\uFF0C', true)]
    [InlineData("ru", '\uFF0C', false)]
    [InlineData("ko", ',', true)]
    [InlineData("en", ';', false)]
    public void A_comma_is_the_plain_one_or_one_of_the_languages(string code, char c, bool expected) =>
        Of(code).IsComma(c).Should().Be(expected);

    [Fact]
    public void Languages_read_together_have_each_others_commas()
    {
        var lexicon = Of("en", "ar", "zh");

        "a,b\u060Cc\uFF0Cd".AsSpan().IndexOfAny(lexicon.Commas).Should().Be(1);
        "ab\u060Cc\uFF0Cd".AsSpan().IndexOfAny(lexicon.Commas).Should().Be(2);
        "abc\uFF0Cd".AsSpan().IndexOfAny(lexicon.Commas).Should().Be(3);
    }
}
