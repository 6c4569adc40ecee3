using System.Collections.Immutable;
using FluentAssertions;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing;
using Kurils.Domain.Parsing.Events;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Events;

/// <summary>
/// Which particles written onto the next word let a form match inside a word of a script with spaces: unless one of the
/// article's packs has such a particle, the events search skips the inside of words (French and Italian elisions do not
/// let one match there, Arabic proclitics do).
/// </summary>
public sealed class WordMatcherParticleTests
{
    // Folded text: ASCII letters and a digit, an apostrophe, Arabic و, ا, ل, Cyrillic н, а, т, о, kana の, a space and a full stop.
    private const string Alphabet = "alnto1' .\u0648\u0627\u0644\u043D\u0430\u0442\u043E\u306E";

    private static readonly WordForm[] Forms =
        [.. new[] { "nato", "to", "lnato", "o*", "ato", "1a", "\u0627\u0644", "\u043D\u0430\u0442\u043E", "\u0442\u043E", "\u306E" }.Select(f => new WordForm(f))];

    private static readonly string[][] Particles =
    [
        ["l'", "d'", "qu'", "dell'"],
        ["\u0648", "\u0627\u0644", "\u0648\u0627\u0644"],
        [],
        ["al"],
        ["l'", "x2"],
    ];

    public static TheoryData<int> Seeds() => [1, 2, 3, 4];

    [Theory]
    [InlineData(new[] { "l'", "d'", "qu'", "jusqu'" }, false)]
    [InlineData(new[] { "l'", "dell'", "un'" }, false)]
    [InlineData(new[] { "\u0648", "\u0627\u0644", "\u0648\u0627\u0644" }, true)]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "l'", "al" }, true)]
    [InlineData(new[] { "x2" }, true)]
    public void MatchesInsideWords_OnlyWithAParticleEndingInALetterOrDigit(string[] particles, bool expected)
    {
        WordMatcher.MatchesInsideWords([.. particles]).Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void AFormMatchesInsideAWord_OnlyWithParticlesThatSaySo(int seed)
    {
        // Every place after a letter or digit, at one itself of a script with spaces, not the range's start, where a form matches.
        var random = new Random(seed);
        var inside = new int[Particles.Length];
        for (var n = 0; n < 400; n++)
        {
            // First a text where "al" is written onto "nato" and و onto "ال", then random ones.
            var text = n == 0 ? "1 alnato \u0648\u0627\u0644." : new string([.. Enumerable.Range(0, random.Next(1, 40)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            var range = TextSpan.FromBounds(n == 0 ? 0 : random.Next(0, text.Length / 2), text.Length);
            for (var p = 0; p < Particles.Length; p++)
            {
                ImmutableArray<string> particles = [.. Particles[p]];
                for (var at = range.Start + 1; at < range.End; at++)
                {
                    if (!char.IsLetterOrDigit(text[at - 1]) || !char.IsLetterOrDigit(text[at]) || WordMatcher.Unspaced(text[at]))
                    {
                        continue;
                    }

                    foreach (var form in Forms)
                    {
                        if (text.AsSpan(at).StartsWith(form.Parts[0]) && WordMatcher.MatchAt(text, range, at, form, particles) > 0)
                        {
                            WordMatcher.MatchesInsideWords(particles).Should().BeTrue("{0} matches inside a word at {1} of '{2}'", form.Text, at, text);
                            inside[p]++;
                        }
                    }
                }
            }
        }

        // The particles ending in a letter do let forms match inside words ("al" + "nato", و + ال): the check above is not empty.
        inside[3].Should().BePositive();
        inside[1].Should().BePositive();
    }
}
