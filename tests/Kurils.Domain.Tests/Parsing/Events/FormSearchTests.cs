using System.Collections.Immutable;
using FluentAssertions;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing;
using Kurils.Domain.Parsing.Events;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Events;

/// <summary>The one-pass search of a pack's word forms (ASCII and other first pieces apart) finds every place a search form by form finds.</summary>
public sealed class FormSearchTests
{
    private const string Alphabet = "abprotesjcn *'-.,протесанкциПРОТЕСТ抗議制裁を科した。";

    private static readonly string[][] Triggers =
    [
        ["protest", "lodged a protest", "pro*", "protests"],
        ["санкци*", "протест", "п"],
        ["抗議", "制裁を科", "制"],
        ["sanction*", "a", "ab", "abc", "a制", "п*ab"],
    ];

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6];

    private static EventWords Words() => EventWords.Empty with
    {
        Triggers = [.. Triggers.Select(forms => new EventTrigger(EventType.Disapprove, null, false, null, false, [.. forms.Select(f => new WordForm(f))]))],
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryFormStart_IsFoundInOrder(int seed)
    {
        var random = new Random(seed);
        var words = Words();
        var search = FormSearch.Triggers(words);
        for (var n = 0; n < 200; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 200)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            var from = random.Next(0, text.Length + 1);
            var limit = random.Next(from, text.Length + 1);

            var expected = new List<(int Start, int Ordinal)>();
            var ordinal = 0;
            foreach (var trigger in words.Triggers)
            {
                foreach (var form in trigger.Forms)
                {
                    var first = form.Parts[0];
                    for (var at = from; at + first.Length <= limit; at++)
                    {
                        if (text.AsSpan(at, first.Length).SequenceEqual(first))
                        {
                            expected.Add((at, ordinal));
                        }
                    }

                    ordinal++;
                }
            }

            var found = new List<(int Start, int Ordinal)>();
            var cursor = new FormSearch.Cursor(search, text, limit);
            for (var at = cursor.Next(from); at >= 0; at = cursor.Next(at + 1))
            {
                var forms = new List<FormSearch.Entry>();
                search.FormsAt(text, at, limit, forms);
                forms.Select(f => f.Ordinal).Should().BeInAscendingOrder();
                foreach (var entry in forms)
                {
                    found.Add((at, entry.Ordinal));
                }
            }

            found.Should().BeEquivalentTo(expected, "text {0} from {1} to {2}", text, from, limit);
            found.Select(f => f.Start).Should().BeInAscendingOrder();
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void PlacesIn_AreEveryFirstPiece_ByStartThenOrder(int seed)
    {
        var random = new Random(seed);
        var words = Words();
        var search = FormSearch.Triggers(words);
        for (var n = 0; n < 200; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 200)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            var expected = new List<(int Start, int Ordinal)>();
            var ordinal = 0;
            foreach (var form in words.Triggers.SelectMany(t => t.Forms))
            {
                for (var at = 0; at + form.Parts[0].Length <= text.Length; at++)
                {
                    if (text.AsSpan(at, form.Parts[0].Length).SequenceEqual(form.Parts[0]))
                    {
                        expected.Add((at, ordinal));
                    }
                }

                ordinal++;
            }

            var places = search.PlacesIn(text);
            places.Select(p => (p.Start, p.Entry.Ordinal)).Should().Equal(expected.OrderBy(e => e.Start).ThenBy(e => e.Ordinal), "text {0}", text);
            var from = random.Next(0, text.Length + 1);
            FormSearch.FirstFrom(places, from).Should().Be(places.Count(p => p.Start < from));

            // In a stretch of the text: the places that start and end in it.
            var range = TextSpan.FromBounds(from, random.Next(from, text.Length + 1));
            search.PlacesIn(text, range).Should().Equal(places.Where(p => p.Start >= range.Start && p.Start + p.Entry.Form.Parts[0].Length <= range.End), "text {0} in {1}", text, range);
        }
    }

    [Fact]
    public void ManyShortAsciiForms_AreAllFound()
    {
        // Every two- and three-letter string over five letters, in a text of those letters, others and non-ASCII ones.
        const string letters = "abcde";
        var forms = letters.SelectMany(x => letters.Select(y => $"{x}{y}")).Concat(letters.SelectMany(x => letters.SelectMany(y => letters.Select(z => $"{x}{y}{z}")))).ToArray();
        var words = EventWords.Empty with
        {
            Triggers = [new EventTrigger(EventType.Protest, null, false, null, false, [.. forms.Select(f => new WordForm(f))])],
        };
        var random = new Random(7);
        var text = new string([.. Enumerable.Range(0, 400).Select(_ => "abcdefx пф"[random.Next(10)])]);
        var expected = new List<(int Start, int Ordinal)>();
        for (var o = 0; o < forms.Length; o++)
        {
            for (var at = 0; at + forms[o].Length <= text.Length; at++)
            {
                if (text.AsSpan(at, forms[o].Length).SequenceEqual(forms[o]))
                {
                    expected.Add((at, o));
                }
            }
        }

        FormSearch.Triggers(words).PlacesIn(text).Select(p => (p.Start, p.Entry.Ordinal)).Should().Equal(expected.OrderBy(e => e.Start).ThenBy(e => e.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TriggersAndCues_FindWhatEachPacksOwnSearchesFind(int seed)
    {
        // Two packs whose triggers and cues share first pieces and letters: the search of all four lists at once, taken
        // list by list, gives each list's own places (by start, then the list's order) with its groups and forms.
        var first = Words() with { StanceCues = [new StanceCue("offer", [new WordForm("pro*"), new WordForm("制")]), new StanceCue("conditional", [new WordForm("a")])] };
        var second = EventWords.Empty with
        {
            Triggers = [new EventTrigger(EventType.Reject, null, false, null, false, [new WordForm("ab"), new WordForm("санкци*")])],
            StanceCues = [new StanceCue("for-talks", [new WordForm("protest"), new WordForm("п")])],
        };
        var union = FormSearch.TriggersAndCues([first, second]);
        FormSearch.TriggersAndCues([first, second]).Should().BeSameAs(union);
        FormSearch.TriggersAndCues([second, first]).Should().NotBeSameAs(union);
        var own = new[] { FormSearch.Triggers(first), FormSearch.StanceCues(first), FormSearch.Triggers(second), FormSearch.StanceCues(second) };
        var random = new Random(seed);
        for (var n = 0; n < 200; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 200)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            var range = TextSpan.FromBounds(random.Next(0, text.Length + 1), text.Length);
            var places = union.PlacesIn(text, range);
            for (var source = 0; source < own.Length; source++)
            {
                places.Where(p => p.Entry.Source == source).Select(p => (p.Start, p.Entry.Group, p.Entry.Form))
                    .Should().Equal(own[source].PlacesIn(text, range).Select(p => (p.Start, p.Entry.Group, p.Entry.Form)), "list {0} in text {1}", source, text);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RangeStarts_SkipOnlyTheInsideOfWordsOfSpacedScripts(int seed)
    {
        // With the starts of the ranges given, the cursor finds the same places but those where a letter or digit of a
        // script with spaces follows a letter or digit and no range starts: no form that must start a word can match there
        // (kana and Han follow each other without spaces: every place of them stays).
        var random = new Random(seed);
        var search = FormSearch.Triggers(Words());
        for (var n = 0; n < 300; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 200)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            var from = random.Next(0, text.Length + 1);
            var starts = Enumerable.Range(0, random.Next(0, 6)).Select(_ => random.Next(0, text.Length + 1)).Order().ToArray();
            static bool Word(char c) => char.IsLetterOrDigit(c);
            var all = Places(new FormSearch.Cursor(search, text, text.Length), from);
            var expected = all.Where(at => at == 0 || !Word(text[at - 1]) || !Word(text[at]) || WordMatcher.Unspaced(text[at]) || starts.Contains(at));
            Places(new FormSearch.Cursor(search, text, text.Length, starts), from).Should().Equal(expected, "text {0} from {1}, ranges at {2}", text, from, string.Join(",", starts));
        }

        static List<int> Places(FormSearch.Cursor cursor, int from)
        {
            var places = new List<int>();
            for (var at = cursor.Next(from); at >= 0; at = cursor.Next(at + 1))
            {
                places.Add(at);
            }

            return places;
        }
    }

    [Fact]
    public void Of_IsBuiltOncePerPack()
    {
        var words = Words();
        FormSearch.Triggers(words).Should().BeSameAs(FormSearch.Triggers(words));
        var forms = new List<FormSearch.Entry>();
        FormSearch.Triggers(words).FormsAt("zebra", 0, 5, forms);
        forms.Should().BeEmpty();
    }
}
