using Kurils.Domain.Languages;
using Kurils.Domain.Parsing.Segmentation;

namespace Kurils.Domain.Parsing.Mentions;

/// <summary>
/// Keeps a generic name of an instrument ("peace treaty", "мирный договор", 平和条約: names marked generic in the
/// catalog) only where the context is its parties: Egypt and Israel sign peace treaties too. The name stands for the
/// instrument when its sentence or the sentences beside it name a territory of the dispute, an instrument between the
/// same parties, or both parties; or name one of the parties (the country, one of its officials, offices or
/// institutions) and no other country. When those sentences name no country at all, the nearest such name before it
/// in the article decides (after it, when there is none before): a story about the dispute that says "the peace
/// treaty" keeps it, a paragraph about Korea does not. An article that names none at all keeps it when its own text
/// speaks of the dispute (the packs' <c>dispute.words</c>, other than the generic names themselves).
/// </summary>
internal static class GenericInstrumentNames
{
    // The sentences either side of the name's own that still speak of the same thing.
    private const int Neighbours = 1;

    private enum Role
    {
        None,
        Party,
        Dispute,
        Other,
    }

    /// <summary>
    /// Removes from <paramref name="mentions"/> (in <see cref="MentionOrder"/>) the mentions that start at one of
    /// <paramref name="generic"/> and whose context is not their instrument's parties.
    /// </summary>
    public static void Apply(string text, SegmentMap map, KurilsCatalog catalog, PageLexicon words, List<Mention> mentions, HashSet<int> generic)
    {
        var sentences = new List<TextSpan>();
        for (var s = 0; s < map.Segments.Length; s++)
        {
            foreach (var sentence in map.SentencesOf(s))
            {
                sentences.Add(sentence);
            }
        }

        var drop = new HashSet<Mention>(ReferenceEqualityComparer.Instance);
        bool? speaksOfDispute = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Kind != EntityKind.Instrument || !generic.Contains(mention.Span.Start)
                || catalog.Find(EntityKind.Instrument, mention.Id) is not Instrument instrument)
            {
                continue;
            }

            var ofItsParties = OfItsParties(mentions, i, instrument, sentences, catalog, generic)
                ?? (speaksOfDispute ??= SpeaksOfDispute(text, map, words, mentions, generic));
            if (!ofItsParties)
            {
                drop.Add(mention);
            }
        }

        if (drop.Count > 0)
        {
            mentions.RemoveAll(drop.Contains);
        }
    }

    /// <summary>Whether the context of the generic name at <paramref name="index"/> is its instrument's parties; null when no name in the article tells.</summary>
    private static bool? OfItsParties(List<Mention> mentions, int index, Instrument instrument, List<TextSpan> sentences, KurilsCatalog catalog, HashSet<int> generic)
    {
        var at = SentenceOf(sentences, mentions[index].Span.Start);
        var from = at < 0 ? int.MinValue : sentences[Math.Max(0, at - Neighbours)].Start;
        var to = at < 0 ? int.MaxValue : sentences[Math.Min(sentences.Count - 1, at + Neighbours)].End;

        string? party = null;
        var parties = 0;
        var others = false;

        // The mentions are in MentionOrder: those starting in the window are one run, found by binary search, so an
        // article with many generic names is not read whole for each.
        for (var k = SortedSpans.LowerBound(mentions, from); k < mentions.Count && mentions[k].Span.Start < to; k++)
        {
            var other = mentions[k];
            if (IsGeneric(other, generic))
            {
                continue;
            }

            var (role, country) = RoleOf(other, instrument, catalog);
            switch (role)
            {
                case Role.Dispute:
                    return true;
                case Role.Party when !string.Equals(country, party, StringComparison.Ordinal):
                    party = country;
                    parties++;
                    break;
                case Role.Other:
                    others = true;
                    break;
            }
        }

        if (parties >= 2 || (parties == 1 && !others))
        {
            return true;
        }

        if (others)
        {
            return false;
        }

        // Nothing around it names a country: the nearest name that does, before it, else after it.
        foreach (var step in new[] { -1, 1 })
        {
            for (var i = index + step; i >= 0 && i < mentions.Count; i += step)
            {
                if (IsGeneric(mentions[i], generic))
                {
                    continue;
                }

                var (role, _) = RoleOf(mentions[i], instrument, catalog);
                if (role != Role.None)
                {
                    return role != Role.Other;
                }
            }
        }

        return null;
    }

    /// <summary>Whether the article's own text uses the dispute's vocabulary, the generic names left out.</summary>
    private static bool SpeaksOfDispute(string text, SegmentMap map, PageLexicon words, List<Mention> mentions, HashSet<int> generic)
    {
        foreach (var segment in map.Segments)
        {
            if (!SegmentMap.IsArticleText(segment.Kind))
            {
                continue;
            }

            var from = segment.Content.Start;

            // Only the mentions starting in the segment can lie inside it: one run of the sorted list.
            for (var k = SortedSpans.LowerBound(mentions, from); k < mentions.Count && mentions[k].Span.Start < segment.Content.End; k++)
            {
                var mention = mentions[k];
                if (IsGeneric(mention, generic) && mention.Span.Start >= from && mention.Span.End <= segment.Content.End)
                {
                    if (words.DisputeWords.Count(text.AsSpan(from, mention.Span.Start - from)) > 0)
                    {
                        return true;
                    }

                    from = mention.Span.End;
                }
            }

            if (words.DisputeWords.Count(text.AsSpan(from, segment.Content.End - from)) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGeneric(Mention mention, HashSet<int> generic) =>
        mention.Kind == EntityKind.Instrument && generic.Contains(mention.Span.Start);

    /// <summary>What a mention says of the context of <paramref name="instrument"/>, and the country it names.</summary>
    private static (Role Role, string? Country) RoleOf(Mention mention, Instrument instrument, KurilsCatalog catalog)
    {
        var country = mention.Kind switch
        {
            EntityKind.Country => mention.Id,
            EntityKind.Person => catalog.Find(EntityKind.Person, mention.Id) is Person p ? p.CountryId : null,
            EntityKind.Office => catalog.Find(EntityKind.Office, mention.Id) is Office o ? o.CountryId : null,
            EntityKind.Institution => catalog.Find(EntityKind.Institution, mention.Id) is Institution n ? n.CountryId : null,
            _ => null,
        };

        if (country is not null)
        {
            return (instrument.PartyIds.Contains(country) ? Role.Party : Role.Other, country);
        }

        return mention.Kind switch
        {
            EntityKind.Territory => (Role.Dispute, null),
            EntityKind.Instrument when !string.Equals(mention.Id, instrument.Id, StringComparison.Ordinal)
                && catalog.Find(EntityKind.Instrument, mention.Id) is Instrument other
                && !other.PartyIds.IsEmpty && other.PartyIds.All(instrument.PartyIds.Contains) => (Role.Dispute, null),
            _ => (Role.None, null),
        };
    }

    /// <summary>The index of the sentence that holds <paramref name="offset"/>, else of the last one before it; -1 when none.</summary>
    private static int SentenceOf(List<TextSpan> sentences, int offset)
    {
        int low = 0, high = sentences.Count - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (sentences[mid].Start <= offset)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }
}
