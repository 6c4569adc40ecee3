using System.Collections.Immutable;
using FluentAssertions;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing;
using Kurils.Domain.Parsing.Events;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Events;

/// <summary>The one-pass search of a pack's trigger forms finds what a search per form finds, in the order it gives.</summary>
public sealed class TriggerIndexTests
{
    private const string Alphabet = "abcdeprotsn .,-’\u0131протеснаしないを拒否抗議항의";

    private static readonly string[][] Triggers =
    [
        ["protest*", "protests", "lodged* a protest"], ["reject*", "re"], ["протест*", "протестовать"], ["п"], ["抗議", "抗"], ["拒否"], ["항의"], ["a", "ab", "abc"],
    ];

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void FirstPieces_AgreesWithASearchPerForm(int seed)
    {
        var random = new Random(seed);
        var triggers = Triggers.Select(forms => new EventTrigger(EventType.Protest, null, false, null, false, [.. forms.Select(f => new WordForm(f))])).ToImmutableArray();
        var index = new TriggerIndex(triggers);
        var numbered = triggers.SelectMany(t => t.Forms).ToArray();
        var hits = new List<(int Form, int Start)>();
        for (var n = 0; n < 300; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 120)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            var from = random.Next(text.Length + 1);
            var range = TextSpan.FromBounds(from, from + random.Next(text.Length - from + 1));
            var expected = new List<(int Form, int Start)>();
            for (var f = 0; f < numbered.Length; f++)
            {
                var first = numbered[f].Parts[0];
                for (var at = range.Start; at + first.Length <= range.End; at++)
                {
                    if (text.AsSpan(at).StartsWith(first, StringComparison.Ordinal))
                    {
                        expected.Add((f, at));
                    }
                }
            }

            hits.Clear();
            index.FirstPieces(text, range, hits);
            hits.Should().Equal(expected.OrderBy(h => h.Start).ThenBy(h => h.Form), "text {0}, range {1}", text, range);
        }

        for (var f = 0; f < numbered.Length; f++)
        {
            index[f].Form.Should().BeSameAs(numbered[f]);
        }
    }
}
