using FluentAssertions;
using Kurils.Domain.Parsing.Events;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Events;

/// <summary>The fold of a whole text is the fold of each of its characters alone, whatever the script.</summary>
public sealed class WordMatcherTests
{
    // Latin, Cyrillic, Greek, Turkish İ, full-width letters and digits, apostrophes, kana, Han, Hangul, a supplementary
    // capital (Deseret 𐐀, which the one-character fold leaves as it is) and a lone surrogate of each half.
    private const string Alphabet = "AbZzÉéПрИΣσİıＡＺｚ０９’ʼ'カな北한 .,\uD801\uDC00\uD801\uDC28\uD800\uDC01";

    private static string FoldedAlone(string text) => new([.. text.Select(c => char.ToLowerInvariant(c switch
    {
        '\u2019' or '\u02BC' => '\'',
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        _ => c,
    }))]);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Fold_IsEachCharacterFoldedAlone(int seed)
    {
        var random = new Random(seed);
        for (var n = 0; n < 300; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 120)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            WordMatcher.Fold(text).Should().Be(FoldedAlone(text), "text {0}", text);
        }
    }

    [Fact]
    public void Fold_IsEachCharacterFoldedAlone_ForEveryUnit()
    {
        // Every UTF-16 unit, after ASCII and alone between spaces: the fold's own table (ASCII runs, Latin-1, Cyrillic,
        // kana and Han) against the one-character call into ICU.
        var every = new string([.. Enumerable.Range(0, 0x10000).Select(c => (char)c)]);
        WordMatcher.Fold(every).Should().Be(FoldedAlone(every));
        for (var c = 0x80; c < 0x10000; c++)
        {
            var text = $"Ab{(char)c} ";
            WordMatcher.Fold(text).Should().Be(FoldedAlone(text), "unit U+{0:X4}", c);
        }
    }

    [Fact]
    public void Fold_KeepsASupplementaryCapital_AndRewritesFullWidthAndApostrophes()
    {
        WordMatcher.Fold("\uD801\uDC00 ＲＵＳＳＩＡ’S Россия").Should().Be("\uD801\uDC00 russia's россия");
    }
}
