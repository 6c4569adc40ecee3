using Kurils.Domain.Languages;
using Kurils.Domain.Parsing.Segmentation;

namespace Kurils.Domain.Parsing.Mentions;

/// <summary>
/// Finds instruments described rather than named: a kind word ("joint declaration", "treaty", "декларация",
/// "宣言") with a year in the same sentence ("In 1956, the Soviet Union and Japan signed a joint declaration",
/// "a 1956 joint declaration") names the one instrument of that kind signed that year. The kind words are the
/// <c>dispute.instruments</c> of the language packs, all of them: with the signing year beside it a kind word is
/// evidence enough in any article.
/// </summary>
internal static class InstrumentDescriptions
{
    /// <summary>Adds the instruments described in <paramref name="text"/> (also given as <paramref name="folded"/>, its fold by <see cref="CaseFold"/>) to <paramref name="mentions"/>.</summary>
    public static void Find(string text, ReadOnlySpan<char> folded, SegmentMap map, KurilsCatalog catalog, DisputeLexicon words, List<Mention> mentions)
    {
        if (words.InstrumentWords.IsEmpty)
        {
            return;
        }

        // Names come sorted and never overlap; descriptions found here are added after the scan.
        List<Mention>? found = null;
        var years = new List<int>();

        // A description names an instrument only with the year one was signed: other years need no search.
        var signed = SignedYears.GetValue(catalog, static c => [.. c.Instruments.Where(i => i.Signed is not null).Select(i => i.Signed!.Value.Year).Distinct()]);

        for (var s = 0; s < map.Segments.Length; s++)
        {
            foreach (var sentence in map.SentencesOf(s))
            {
                YearsIn(text, sentence, years);
                if (!AnyIn(years, signed))
                {
                    continue;
                }

                FindIn(text, folded, sentence, s, years, catalog, words, mentions, ref found);
            }
        }

        if (found is not null)
        {
            mentions.AddRange(found);
        }
    }

    private static void FindIn(string text, ReadOnlySpan<char> folded, TextSpan sentence, int segment, List<int> years, KurilsCatalog catalog, DisputeLexicon words, List<Mention> names, ref List<Mention>? found)
    {
        var body = text.AsSpan(sentence.Start, sentence.Length);
        if (!words.AnyInstrumentWord.ContainsAny(body))
        {
            return; // one vectorized pass instead of a search per kind word
        }

        // Each kind word searched ordinally in the folded sentence, folded once per lexicon (one with a surrogate as written, ignoring case).
        var foldedWords = FoldedWords.GetValue(words, static w => [.. w.InstrumentWords.Select(p => p.Word.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') ? null : CaseFold.Of(p.Word))]);
        var foldedBody = folded.Slice(sentence.Start, sentence.Length);
        var foundBefore = found?.Count ?? 0;
        for (var k = 0; k < words.InstrumentWords.Length; k++)
        {
            var (word, kind) = words.InstrumentWords[k];
            var needle = foldedWords[k];
            var from = 0;
            while (from < body.Length)
            {
                var index = needle is null ? IgnoreCaseSearch.IndexOf(body[from..], word) : foldedBody[from..].IndexOf(needle, StringComparison.Ordinal);
                if (index < 0)
                {
                    break;
                }

                var start = sentence.Start + from + index;
                var span = new TextSpan(start, word.Length);
                from += index + word.Length;
                if (!IsWord(text, span) || OverlapsName(names, span) || OverlapsFound(found, foundBefore, span))
                {
                    continue;
                }

                var instrument = Single(catalog, kind, years);
                if (instrument is not null)
                {
                    (found ??= []).Add(new Mention(EntityKind.Instrument, instrument.Id, span, segment, false, MentionMethod.Description));
                }
            }
        }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DisputeLexicon, string?[]> FoldedWords = new();

    // The years some instrument of a catalog was signed, each once.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<KurilsCatalog, int[]> SignedYears = new();

    /// <summary>Whether a description found in this sentence (those of <paramref name="found"/> from <paramref name="from"/> on) overlaps <paramref name="span"/>.</summary>
    private static bool OverlapsFound(List<Mention>? found, int from, TextSpan span)
    {
        for (var i = from; i < (found?.Count ?? 0); i++)
        {
            if (Overlaps(found![i].Span, span))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyIn(List<int> years, int[] signed)
    {
        foreach (var year in years)
        {
            if (signed.Contains(year))
            {
                return true;
            }
        }

        return false;
    }

    private static Instrument? Single(KurilsCatalog catalog, InstrumentKind kind, List<int> years)
    {
        Instrument? single = null;
        foreach (var instrument in catalog.Instruments)
        {
            if (instrument.Kind == kind && instrument.Signed is { } d && years.Contains(d.Year))
            {
                if (single is not null)
                {
                    return null;
                }

                single = instrument;
            }
        }

        return single;
    }

    private static void YearsIn(string text, TextSpan sentence, List<int> years)
    {
        years.Clear();
        var end = sentence.End;
        for (var i = sentence.Start; i + 4 <= end; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > sentence.Start && char.IsAsciiDigit(text[i - 1])))
            {
                continue;
            }

            var length = 0;
            while (i + length < end && char.IsAsciiDigit(text[i + length]))
            {
                length++;
            }

            if (length == 4)
            {
                var year = ((text[i] - '0') * 1000) + ((text[i + 1] - '0') * 100) + ((text[i + 2] - '0') * 10) + (text[i + 3] - '0');
                if (year is >= 1800 and <= 2100)
                {
                    years.Add(year);
                }
            }

            i += length;
        }
    }

    /// <summary>Latin and Cyrillic kind words need word boundaries; CJK ones do not.</summary>
    private static bool IsWord(string text, TextSpan span)
    {
        if (!Names.NameFolding.IsSpacedWordChar(text[span.Start]))
        {
            return true;
        }

        var before = span.Start == 0 || !char.IsLetter(text[span.Start - 1]);
        var after = span.End >= text.Length || !char.IsLetter(text[span.End]);
        return before && after;
    }

    /// <summary>Names are sorted and disjoint: only the last one starting before the span's end can overlap it.</summary>
    private static bool OverlapsName(List<Mention> names, TextSpan span)
    {
        var index = SortedSpans.LowerBound(names, span.End) - 1;
        return index >= 0 && names[index].Span.End > span.Start;
    }

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;
}
