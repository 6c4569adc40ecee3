using CsCheck;
using FluentAssertions;
using Kurils.Domain.Names;
using Xunit;

namespace Kurils.Domain.Tests.Names;

public sealed class NameScannerTests
{
    private static List<(string Text, string Id)> Scan(string text)
    {
        var catalog = TestCatalog.Catalog;
        var matches = new List<ScanMatch>();
        catalog.Scanner.Scan(text, matches);
        return [.. matches.Select(m => (text.Substring(m.Start, m.Length), m.Entries[0].Entity.Id))];
    }

    [Fact]
    public void Scan_OffsetsAreIntoTheOriginalText_WithWideAndCombiningCharacters()
    {
        var text = "😀 ＥＴＯＲＯＦＵ and E\u0301torofu-to\u0304.";
        Scan(text).Should().Equal(("ＥＴＯＲＯＦＵ", "iturup"), ("E\u0301torofu-to\u0304", "iturup"));
    }

    [Theory]
    [InlineData("Путина", "putin-vladimir")]
    [InlineData("Путину", "putin-vladimir")]
    [InlineData("на Итурупе", "iturup")]
    [InlineData("о Кунашире", "kunashir")]
    [InlineData("ПУТИНА", "putin-vladimir")]
    [InlineData("НА ИТУРУПЕ", "iturup")]
    public void Scan_RussianCaseEnding_StillFindsTheName(string text, string id) =>
        Scan(text).Should().ContainSingle().Which.Id.Should().Be(id);

    [Theory]
    [InlineData("Путинизм")]
    [InlineData("Итурупский")]
    public void Scan_LongerRussianWord_IsNotTheName(string text) => Scan(text).Should().BeEmpty();

    [Fact]
    public void Scan_CaseSensitiveAcronym_NeedsItsExactCase()
    {
        Scan("AP reported it.").Should().Equal(("AP", "ap"));
        Scan("an ap of it.").Should().BeEmpty();
    }

    [Fact]
    public void Scan_CjkName_NeedsNoBoundaries() =>
        Scan("日本の択捉島で").Should().Equal(("日本", "japan"), ("択捉島", "iturup"));

    [Fact]
    public void Scan_MatchesNeverOverlap_AndTheLongestWins() =>
        Scan("Kunashiri Etorofu-tō").Should().Equal(("Kunashiri", "kunashir"), ("Etorofu-tō", "iturup"));

    // Units that decide word starts and the shortcuts' edge cases, beside names in every script: apostrophes
    // (transparent), combining marks, zero-width units, curly quotes, digits, CJK, Cyrillic case endings.
    private static readonly Gen<string> ScannerPiece = Gen.Frequency(
        (4, Gen.OneOf("'", "\u2019", "\u0301", "\u0304", "\u200B", "\0", " ", "  ", "-", ".", ",", "\n", "\t", "\"", "\u201C", "a", "I", "x", "1", "5", "é", "ё", "ы", "е", "у", "島", "の")),
        (4, Gen.OneOf("Kunashir", "Etorofu", "to\u0304", "Abe", "abe", "TASS", "Tass", "AP", "Putin", "Japan", "Japanese", "Russia", "The Japan Times", "1956", "Hayashi", "Yoshimasa", "Habomai", "Shikotan", "O'", "the", "said", "Tokyo")),
        (2, Gen.OneOf("Путин", "Итуруп", "Курил", "Япони", "択捉", "北方領土", "日本", "ＥＴＯＲＯＦＵ", "Иван", "Зеленск", "ого", "ий", "لل", "و", "يابان", "اليابان", "الكرملين")),
        (2, Gen.OneOf("択", "北", "国後", "プーチン", "プ", "ー", "ロシア", "俄罗斯", "쿠릴", "Ку", "Пу", "Ит", "Ι", "Κουρ")),
        (2, Gen.OneOf("Южных", "Южные", "Курилах", "Курильских", "островов", "и", "Средних", "мирного", "договора", "Wyspach", "Kurylskich", "Wysp", "Kurilských", "ostrovech", "four", "islands")),
        (1, Gen.Char.Array[1, 4].Select(chars => new string(chars))));

    private static (int Start, int Length, string Entries) Content(ScanMatch match) =>
        (match.Start, match.Length, string.Join(",", match.Entries.Select(e => e.Entity.Id + "/" + e.Name.Text)));

    [Fact]
    public void Scan_FindsWhatTryingEveryPositionFinds()
    {
        // The vector blocks and the triple filter are shortcuts: they must never change a match.
        var scanner = KurilsCatalog.Default.Scanner;
        ScannerPiece.Array[0, 60].Select(string.Concat).Sample(text =>
        {
            var fast = new List<ScanMatch>();
            var slow = new List<ScanMatch>();
            scanner.Scan(text, fast);
            scanner.ScanEveryPosition(text, slow);
            // Compared by content: two declined readings of one span merge their entries into a new array.
            fast.Select(Content).Should().Equal(slow.Select(Content));
        }, iter: 3000);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("ja")]
    [InlineData("en", "ru")]
    [InlineData("de")]
    [InlineData("pl")]
    [InlineData("ru")]
    [InlineData("zh")]
    [InlineData("ko")]
    [InlineData("ar")]
    public void Scan_WithOneArticlesLanguages_FindsWhatTryingEveryPositionFinds(params string[] codes)
    {
        // Languages that decline no Latin name (en, fr, ja, en with ru) get the start filter that follows the trie past a
        // key's end; those that do (de, pl) keep the one that lets anything follow it. Both must never change a match.
        var packs = Kurils.Domain.Languages.LanguagePacks.Default;
        var morphology = NameMorphology.Of(codes.Select(code => packs.Find(code)!));
        if (codes is ["en"] or ["fr"] or ["ja"] or ["en", "ru"] or ["de"] or ["pl"])
        {
            morphology.ReadsAsciiAsWritten.Should().Be(codes is not ["de"] and not ["pl"]);
        }

        var scanner = KurilsCatalog.Default.Scanner;
        ScannerPiece.Array[0, 60].Select(string.Concat).Sample(text =>
        {
            var fast = new List<ScanMatch>();
            var slow = new List<ScanMatch>();
            scanner.Scan(text, fast, morphology);
            scanner.ScanEveryPosition(text, slow, morphology);
            fast.Select(Content).Should().Equal(slow.Select(Content));
        }, iter: 2000);
    }

    [Fact]
    public void NextStart_BeyondAscii_PassesOverFirstUnitsThatNoNameGoesOnFrom()
    {
        // Han text reaches the trie only where its first two units begin some name: a unit the root has, followed by one
        // no name goes on with, is passed over (but for the pair table's collisions, about one pair in eight or fewer).
        var trie = KurilsCatalog.Default.Scanner.Trie;
        var starts = new NameStarts(trie);
        var morphology = NameMorphology.Of([Kurils.Domain.Languages.LanguagePacks.Default.Find("ja")!]);
        var text = new System.Text.StringBuilder();
        var pairs = 0;
        for (var first = '\u4E00'; first <= '\u9FFF' && pairs < 400; first++)
        {
            var node = starts.RootChild(first);
            if (node == NameTrie.None || trie.IsTerminal(node) || trie.HasWordEnds(node))
            {
                continue;
            }

            // A second unit that starts no name itself, and that no name goes on with after the first.
            for (var second = '\u4E00'; second <= '\u9FFF'; second++)
            {
                if (starts.RootChild(second) == NameTrie.None && trie.Child(node, NameFolding.Fold(second)) == NameTrie.None)
                {
                    text.Append(first).Append(second);
                    pairs++;
                    break;
                }
            }
        }

        var reached = 0;
        for (var i = 0; (i = starts.Next(text.ToString(), i, morphology)) < text.Length; i++)
        {
            reached++;
        }

        pairs.Should().BeGreaterThan(200);
        reached.Should().BeLessThan(pairs / 4);

        // The first unit of a name is reached, and the names are found.
        starts.Next("、択捉島", 0, morphology).Should().Be(1);
        var matches = new List<ScanMatch>();
        KurilsCatalog.Default.Scanner.Scan("北方領土の択捉島", matches, morphology);
        matches.Select(m => (m.Start, m.Length)).Should().Equal((0, 4), (5, 3));
    }

    [Theory]
    [InlineData("the Japan that Japans and Russia1, Russia.", "Japan,Russia")]
    [InlineData("Kunashirs Kunashir-to Putin", "Kunashir,Putin")]
    public void Scan_EnglishText_FindsNamesWrittenAsTheyAre(string text, string expected)
    {
        var packs = Kurils.Domain.Languages.LanguagePacks.Default;
        var matches = new List<ScanMatch>();
        KurilsCatalog.Default.Scanner.Scan(text, matches, packs.MorphologyOf(packs.Find("en")!));
        string.Join(",", matches.Select(m => text.Substring(m.Start, m.Length))).Should().Be(expected);
    }
}
