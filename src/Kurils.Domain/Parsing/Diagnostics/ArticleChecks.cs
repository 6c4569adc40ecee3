using System.Collections.Immutable;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing.Segmentation;
using NodaTime;

namespace Kurils.Domain.Parsing.Diagnostics;

/// <summary>
/// Findings for a reviewer: names next to island words that the catalog does not know, claims that contradict
/// the catalog (news text gets facts wrong; the catalog never learns from it), and comment counts that disagree.
/// The island words, control verbs and island anaphora are the language packs' (<c>islands.unknownAfter</c>,
/// <c>islands.notNames</c>, <c>islands.anaphora</c>, <c>dispute.control</c>).
/// </summary>
internal static class ArticleChecks
{
    public static void UnresolvedIslandNames(string text, ImmutableArray<Segment> segments, IReadOnlyList<Mention> mentions, DisputeLexicon words, List<ParseDiagnostic> output)
    {
        var suffixes = words.IslandWordsForReview;
        var inText = InText(text, suffixes);
        if (inText == 0)
        {
            return;
        }

        foreach (var segment in segments)
        {
            // Body only: headlines capitalize every word ("Kremlin Rules Out Handing Islands to Japan").
            if (segment.Kind != SegmentKind.Body)
            {
                continue;
            }

            var content = segment.Content;
            for (var k = 0; k < suffixes.Length; k++)
            {
                if ((inText & (1UL << k)) == 0)
                {
                    continue;
                }

                var suffix = suffixes[k];
                var from = content.Start;
                while (from < content.End)
                {
                    var index = text.AsSpan(from, content.End - from).IndexOf(suffix, StringComparison.Ordinal);
                    if (index < 0)
                    {
                        break;
                    }

                    var at = from + index;
                    from = at + suffix.Length;
                    if (from < content.End && char.IsLetter(text[from]))
                    {
                        continue; // "Islander", "Tokyo"
                    }

                    var start = Words.StartOf<Letters>(text, at, content.Start);
                    var word = TextSpan.FromBounds(start, at);
                    if (word.Length < 3 || !char.IsUpper(text[start]) || words.IsNotAnIslandName(text.AsSpan(start, word.Length)))
                    {
                        continue;
                    }

                    var last = SortedSpans.LowerBound(mentions, word.End) - 1;
                    if (last < 0 || mentions[last].Span.End < word.Start)
                    {
                        output.Add(new ParseDiagnostic(DiagnosticCodes.UnresolvedIslandName, DiagnosticMessages.UnresolvedIslandName(word.Of(text)), word));
                    }
                }
            }
        }
    }

    /// <summary>"Japan controls these islands" when the catalog says Russia administers them.</summary>
    public static void AdministrationClaims(string text, SegmentMap map, IReadOnlyList<Mention> mentions, KurilsCatalog catalog, LocalDate? date, DisputeLexicon words, List<ParseDiagnostic> output)
    {
        var verbs = words.ControlVerbs;
        var inText = InText(text, verbs);
        if (inText == 0)
        {
            return;
        }

        for (var s = 0; s < map.Segments.Length; s++)
        {
            foreach (var sentence in map.SentencesOf(s))
            {
                var body = text.AsSpan(sentence.Start, sentence.Length);
                for (var k = 0; k < verbs.Length; k++)
                {
                    if ((inText & (1UL << k)) == 0)
                    {
                        continue;
                    }

                    var verb = verbs[k];
                    var index = body.IndexOf(verb, StringComparison.Ordinal);
                    if (index < 0)
                    {
                        continue;
                    }

                    var verbAt = sentence.Start + index;
                    var previous = SortedSpans.LowerBound(mentions, verbAt) - 1;
                    var country = previous >= 0 && mentions[previous] is { Kind: EntityKind.Country } m && m.Span.End <= verbAt && verbAt - m.Span.End <= 2 ? m : null;
                    if (country is null)
                    {
                        continue;
                    }

                    var territory = TerritoryAfter(text, mentions, catalog, words, verbAt + verb.Length, sentence.End);
                    if (territory is null)
                    {
                        continue;
                    }

                    var actual = AdministratorOf(catalog, territory, date);
                    if (actual is not null && !string.Equals(actual, country.Id, StringComparison.Ordinal))
                    {
                        var claim = TextSpan.FromBounds(country.Span.Start, sentence.End);
                        output.Add(new ParseDiagnostic(DiagnosticCodes.ContradictsCatalog, DiagnosticMessages.Administration(country.Id, actual, territory), claim));
                    }
                }
            }
        }
    }

    /// <summary>
    /// Bit k set when <paramref name="words"/>[k] occurs in <paramref name="text"/>: one search of the whole text per
    /// word, so that the checks search sentence by sentence only for the words the article holds (most hold none) and
    /// find what they found before, in the same order. More than 64 words: every bit set, every word searched.
    /// </summary>
    private static ulong InText(string text, ImmutableArray<string> words)
    {
        if (words.Length > 64)
        {
            return ulong.MaxValue;
        }

        var found = 0UL;
        for (var k = 0; k < words.Length; k++)
        {
            if (text.Contains(words[k], StringComparison.Ordinal))
            {
                found |= 1UL << k;
            }
        }

        return found;
    }

    public static void CommentCount(string text, ImmutableArray<Segment> segments, List<ParseDiagnostic> output)
    {
        var comments = 0;
        foreach (var segment in segments)
        {
            comments += segment.Kind == SegmentKind.Comment ? 1 : 0;
        }

        foreach (var segment in segments)
        {
            if (segment.Kind != SegmentKind.CommentsHeader)
            {
                continue;
            }

            var content = text.AsSpan(segment.Content.Start, segment.Content.Length);
            var digits = 0;
            var value = 0;
            foreach (var c in content)
            {
                if (char.IsAsciiDigit(c) && digits < 7)
                {
                    value = (value * 10) + (c - '0');
                    digits++;
                }
                else if (digits > 0)
                {
                    break;
                }
            }

            if (digits > 0 && value != comments)
            {
                output.Add(new ParseDiagnostic(DiagnosticCodes.CommentCountMismatch, DiagnosticMessages.CommentCount(value, comments), segment.Content));
            }
        }
    }

    private static string? TerritoryAfter(string text, IReadOnlyList<Mention> mentions, KurilsCatalog catalog, DisputeLexicon words, int from, int end)
    {
        for (var i = SortedSpans.LowerBound(mentions, from); i < mentions.Count && mentions[i].Span.Start < end; i++)
        {
            if (mentions[i].Kind == EntityKind.Territory && mentions[i].Span.End <= end)
            {
                return mentions[i].Id;
            }
        }

        // "these islands": the islands of the dispute, when the article has named them before.
        var rest = text.AsSpan(from, end - from).TrimStart();
        foreach (var phrase in words.IslandAnaphora)
        {
            if (rest.StartsWith(phrase, StringComparison.Ordinal))
            {
                // Plural "islands" names a set: the last group named before it, else the last island.
                string? island = null;
                for (var i = SortedSpans.LowerBound(mentions, from) - 1; i >= 0 && from - mentions[i].Span.End < 600; i--)
                {
                    if (mentions[i].Kind != EntityKind.Territory)
                    {
                        continue;
                    }

                    if (catalog.Find<Territory>(mentions[i].Id)?.IsGroup == true)
                    {
                        return mentions[i].Id;
                    }

                    island ??= mentions[i].Id;
                }

                return island;
            }
        }

        return null;
    }

    /// <summary>Who administers the territory on the date, or today (the open-ended period) when the date is unknown.</summary>
    private static string? AdministratorOf(KurilsCatalog catalog, string territoryId, LocalDate? date)
    {
        var territory = catalog.Find<Territory>(territoryId);
        if (territory is null)
        {
            return null;
        }

        if (territory.IsGroup)
        {
            var members = catalog.MembersOf(territory).Select(m => AdministratorOf(catalog, m.Id, date)).Distinct().ToList();
            return members.Count == 1 ? members[0] : null;
        }

        return date is { } d
            ? catalog.AdministrationOn(territoryId, d)?.CountryId
            : territory.Administration.FirstOrDefault(p => p.Period.IsOpen)?.CountryId;
    }
}
