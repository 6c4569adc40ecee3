using FluentAssertions;
using Kurils.Domain.Parsing;
using Kurils.Domain.Parsing.Segmentation;
using Xunit;

namespace Kurils.Domain.Tests.Parsing;

/// <summary>The vectorized helpers give the answers of the plain runtime calls they replace.</summary>
public sealed class FastSearchTests
{
    private const string Alphabet = "abcxyzABCXYZ@[`{ .,'’-\u00e9\u00c9\u0131\u017f\u212aРоссийский лидерГЛАВАгосударстваСПОР\u1c80\u1c81\u1c82ひらカナ漢字領土問題한국영토\uff70";

    private static readonly string[] Phrases =
    [
        "the Russian leader", "Japan’s leader", "the government’s top spokesman", "российский лидер", "глава государства", "Ab’", "’s", "ka",
        "Sakhalin island", "is", "the", "x.z", "Japan", "’",
        "d\u00e9claration", "s\u00e9", "k\u00e9", "i\u00e9", "領土問題", "ひら", "한국영토", "カナ漢",
    ];

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6, 7, 8];

    private static string RandomText(Random random, int length, string[] plant)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        var text = new string(chars);
        foreach (var phrase in plant)
        {
            if (random.Next(3) == 0)
            {
                var at = random.Next(text.Length);
                var cased = random.Next(2) == 0 ? phrase.ToUpperInvariant() : phrase;
                text = text[..at] + cased + text[at..];
            }
        }

        return text;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void IgnoreCaseSearch_AgreesWithIndexOf(int seed)
    {
        var random = new Random(seed);
        for (var n = 0; n < 200; n++)
        {
            var text = RandomText(random, random.Next(0, 300), Phrases);
            foreach (var phrase in Phrases)
            {
                IgnoreCaseSearch.IndexOf(text, phrase).Should().Be(text.AsSpan().IndexOf(phrase, StringComparison.OrdinalIgnoreCase), "phrase {0} in {1}", phrase, text);
            }
        }
    }

    [Fact]
    public void IgnoreCaseSearch_AgreesWithIndexOf_ForEveryCyrillicFirstLetter()
    {
        for (var c = '\u0400'; c <= '\u052F'; c++)
        {
            var phrase = c + "ab";
            foreach (var text in new[] { "x" + char.ToUpperInvariant(c) + "AB", "x" + char.ToLowerInvariant(c) + "ab", "xab" + c })
            {
                IgnoreCaseSearch.IndexOf(text, phrase).Should().Be(text.AsSpan().IndexOf(phrase, StringComparison.OrdinalIgnoreCase), "U+{0:X4}", (int)c);
            }
        }
    }

    [Fact]
    public void IgnoreCaseSearch_AgreesWithIndexOf_ForPhrasesOfOneAsciiLetterThenAnAccent()
    {
        // Anchored on the one ASCII letter: each of its cases, and the dotless i and the long s, which upper-case to ASCII.
        foreach (var phrase in new[] { "d\u00e9j\u00e0", "i\u00e9", "s\u00e9", "k\u00e9", "\u00e9t\u00e9" })
        {
            foreach (var text in new[] { "xD\u00c9J\u00c0", "\u0131\u00e9", "\u017f\u00c9", "\u212a\u00e9", "k\u00e9", "un \u00c9T\u00c9", "d\u00e9 d\u00e9j\u00e0" })
            {
                IgnoreCaseSearch.IndexOf(text, phrase).Should().Be(text.AsSpan().IndexOf(phrase, StringComparison.OrdinalIgnoreCase), "{0} in {1}", phrase, text);
            }
        }
    }

    [Fact]
    public void IgnoreCaseSearch_AgreesWithIndexOf_ForPhrasesOpeningInAScriptWithoutCase()
    {
        foreach (var phrase in new[] { "平和条約", "ロシア", "독도", "الجزر", "שלום" })
        {
            foreach (var text in new[] { "x" + phrase, phrase[..1] + "x" + phrase, "\uff70" + phrase.ToUpperInvariant() + "AB", phrase[..1], "" })
            {
                IgnoreCaseSearch.IndexOf(text, phrase).Should().Be(text.AsSpan().IndexOf(phrase, StringComparison.OrdinalIgnoreCase), "{0} in {1}", phrase, text);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void StartingPrefix_AgreesWithStartsWith(int seed)
    {
        // The first-unit shortcut must skip no prefix that StartsWith (ignoring case) would take.
        System.Collections.Immutable.ImmutableArray<string> prefixes = ["By", "by ", "Фото:", "\u0131s", "Sa", "@", "[", "{x", "ka", "K", "写真"];
        var random = new Random(seed);
        for (var n = 0; n < 300; n++)
        {
            var line = RandomText(random, random.Next(0, 12), [.. prefixes]);
            var expected = prefixes.FirstOrDefault(p => line.AsSpan().StartsWith(p, StringComparison.OrdinalIgnoreCase) && StartsAsWord(line, p));
            Kurils.Domain.Languages.PageLexicon.StartingPrefix(line, prefixes).Should().Be(expected, "line {0}", line);
        }
    }

    // The word-edge rule of StartingPrefix, written out: a prefix ending in a letter or digit of a spaced script does not run on into a letter or digit.
    private static bool StartsAsWord(string line, string prefix) =>
        line.Length == prefix.Length || !char.IsLetterOrDigit(prefix[^1]) || prefix[^1] >= '\u3040' || !char.IsLetterOrDigit(line[prefix.Length]);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void IgnoreCaseWords_AgreesWithContains(int seed)
    {
        string[] words = ["dispute", "peace treaty", "спор", "мирный договор", "領土問題", "マグニチュード", "영토 분쟁", "Ab’", "ka"];
        var set = new IgnoreCaseWords(words);
        var random = new Random(seed);
        for (var n = 0; n < 300; n++)
        {
            var text = RandomText(random, random.Next(0, 200), words);
            var expected = words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
            set.ContainsAny(text).Should().Be(expected, "text {0}", text);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void IgnoreCaseWords_OfAFewWordsOutsideAscii_AgreesWithContains(int seed)
    {
        // A handful of words outside ASCII are searched one by one, not as a set: Cyrillic, kana, Hangul, Greek (the
        // runtime's own search) and an accented Latin word, with the alphabet's case traps around them.
        foreach (var words in new[] { new[] { "cookie", "куки" }, ["クッキー"], ["쿠키", "Ёлка"], ["δικαίωμα", "d\u00e9j\u00e0"] })
        {
            var set = new IgnoreCaseWords(words);
            var random = new Random(seed);
            for (var n = 0; n < 300; n++)
            {
                var text = RandomText(random, random.Next(0, 200), words);
                var expected = words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
                set.ContainsAny(text).Should().Be(expected, "{0} in {1}", string.Join(", ", words), text);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void IgnoreCaseWords_CountInTheFold_AgreesWithCount(int seed)
    {
        // The ordinal count in the folded text gives the ignore-case count, planted words in any case among the alphabet's traps.
        string[] words = ["dispute", "quake", "спор", "мирный договор", "Россий", "領土問題", "マグニチュード", "영토 분쟁", "Ab’", "ka", "\u00e9t\u00e9", "is"];
        var set = new IgnoreCaseWords(words);
        var random = new Random(seed);
        for (var n = 0; n < 300; n++)
        {
            var text = RandomText(random, random.Next(0, 200), words);
            var folded = CaseFold.Of(text);
            folded.Length.Should().Be(text.Length);
            set.Count(text, folded).Should().Be(set.Count(text), "text {0}", text);
            var from = random.Next(text.Length + 1);
            var length = random.Next(text.Length - from + 1);
            set.Count(text.AsSpan(from, length), folded.AsSpan(from, length)).Should().Be(set.Count(text.AsSpan(from, length)), "part of {0}", text);
        }
    }

    [Fact]
    public void CaseFold_HoldsEqualWhatOrdinalIgnoreCaseHoldsEqual()
    {
        // Every unit against its lower and upper cases (where the classes of the ignore-case comparison meet): folded
        // equal exactly when the runtime compares them equal; and a folded unit folds to itself.
        static bool Same(char a, char b) => new ReadOnlySpan<char>(in a).Equals(new ReadOnlySpan<char>(in b), StringComparison.OrdinalIgnoreCase);
        for (var u = 0; u <= char.MaxValue; u++)
        {
            var c = (char)u;
            var folded = CaseFold.One(c);
            Same(c, folded).Should().BeTrue("U+{0:X4}", u);
            CaseFold.One(folded).Should().Be(folded, "U+{0:X4}", u);
            if (char.IsSurrogate(c))
            {
                continue;
            }

            foreach (var other in new[] { char.ToLowerInvariant(c), char.ToUpperInvariant(c), char.ToUpperInvariant(char.ToLowerInvariant(c)), char.ToLowerInvariant(char.ToUpperInvariant(c)) })
            {
                (CaseFold.One(other) == folded).Should().Be(Same(c, other), "U+{0:X4} and U+{1:X4}", u, (int)other);
            }
        }

        CaseFold.Of("Спор, DISPUTE, Ёлка").Should().Be(CaseFold.Of("спор, dispute, ёЛКА"));
    }

    [Fact]
    public void WordTokens_HashLikeInvariantLowerCase()
    {
        // Every character alone and in a word: the hashes match those of the invariant lower-cased text.
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (!char.IsLetterOrDigit((char)c))
            {
                continue;
            }

            var word = new string((char)c, 3);
            var lowered = new string(char.ToLowerInvariant((char)c), 3);
            HashSet<ulong> mine = [], expected = [];
            WordTokens.Hashes(word, 100, mine);
            WordTokens.Hashes(lowered, 100, expected);
            if (char.IsLetterOrDigit(lowered[0]) && TextShape.IsCjk(lowered[0]) == TextShape.IsCjk(word[0]))
            {
                mine.Should().BeEquivalentTo(expected, "U+{0:X4}", c);
            }
        }
    }
}
