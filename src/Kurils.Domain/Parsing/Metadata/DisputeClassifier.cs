using System.Collections.Immutable;
using Kurils.Domain.Parsing.Segmentation;

namespace Kurils.Domain.Parsing.Metadata;

/// <summary>
/// Decides whether an article is about the dispute or merely happens near the islands (an earthquake "off
/// Etorofu" is not). The article must name a disputed place (a territory someone claims, or a group holding
/// one) or an instrument of the dispute (one with a provision on such a territory, or unsigned between
/// claimants); it is then about the dispute when its own text uses the dispute's vocabulary at least as often as
/// the words of stories that only happen there (disasters, fishing, tourism, weather), or, using none of that
/// vocabulary, names the islands at least as often by a name that frames them politically ("Northern Territories",
/// "Южные Курилы") than it uses those words. The
/// words come from the article's language packs, the places and instruments from the catalog.
/// </summary>
internal sealed class DisputeClassifier
{
    private readonly KurilsCatalog _catalog;

    // The ids of the catalog's disputed places and of the instruments of the dispute, read from its data.
    private readonly HashSet<string> _disputedTerritories = new(StringComparer.Ordinal);
    private readonly HashSet<string> _disputeInstruments = new(StringComparer.Ordinal);

    public DisputeClassifier(KurilsCatalog catalog)
    {
        _catalog = catalog;
        var claimants = new HashSet<string>(StringComparer.Ordinal);
        foreach (var territory in catalog.Territories)
        {
            if (!territory.Claims.IsEmpty)
            {
                _disputedTerritories.Add(territory.Id);
                claimants.UnionWith(territory.Claims.Select(c => c.CountryId));
            }
        }

        // A group is disputed when any of its members, however nested, is.
        foreach (var territory in catalog.Territories)
        {
            if (territory.IsGroup && catalog.MembersOf(territory, recursive: true).Any(t => !t.Claims.IsEmpty))
            {
                _disputedTerritories.Add(territory.Id);
            }
        }

        // An instrument of the dispute settles (or would settle) a disputed place, or is still to be signed by a claimant.
        foreach (var instrument in catalog.Instruments)
        {
            if (instrument.Provisions.Any(p => p.TerritoryIds.Any(_disputedTerritories.Contains))
                || (instrument.Signed is null && instrument.PartyIds.Any(claimants.Contains)))
            {
                _disputeInstruments.Add(instrument.Id);
            }
        }
    }

    /// <summary>Whether <paramref name="kind"/> and <paramref name="id"/> name a disputed place or an instrument of the dispute.</summary>
    public bool IsDisputeCue(EntityKind kind, string id) =>
        (kind == EntityKind.Territory && _disputedTerritories.Contains(id)) || (kind == EntityKind.Instrument && _disputeInstruments.Contains(id));

    /// <summary>Whether the article of <paramref name="context"/> (its text, segments and words) with <paramref name="mentions"/> is about the dispute.</summary>
    public bool IsAboutDispute(ParseContext context, IReadOnlyList<Mention> mentions)
    {
        var catalog = _catalog;
        if (!HasDisputeCue(mentions))
        {
            return false;
        }

        var (text, segments, words) = (context.Text, context.Segments, context.Page);
        var folded = context.CaseFolded;
        var dispute = CountInArticleText(text, folded, segments, words.DisputeWords);
        if (dispute > 0)
        {
            return dispute >= CountInArticleText(text, folded, segments, words.NearbyWords);
        }

        // Without the vocabulary, the names that frame the islands politically are the evidence, against the nearby words
        // (counted only when there is such a name: a search of the whole text per word list).
        var framing = 0;
        foreach (var m in mentions)
        {
            if (!m.InComment && m.Kind == EntityKind.Territory && IsFramingName(m.Span.Of(text), catalog))
            {
                framing++;
            }
        }

        return framing > 0 && framing >= CountInArticleText(text, folded, segments, words.NearbyWords);
    }

    private bool HasDisputeCue(IReadOnlyList<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            if (!m.InComment && IsDisputeCue(m.Kind, m.Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words of the article's own text hold one of <paramref name="words"/>, searched in the text's fold.</summary>
    private static int CountInArticleText(string text, ReadOnlySpan<char> folded, ImmutableArray<Segment> segments, IgnoreCaseWords words)
    {
        var count = 0;
        foreach (var segment in segments)
        {
            if (SegmentMap.IsArticleText(segment.Kind))
            {
                var (start, length) = (segment.Content.Start, segment.Content.Length);
                count += words.Count(text.AsSpan(start, length), folded.Slice(start, length));
            }
        }

        return count;
    }

    /// <summary>Whether a territory's name as written is one that carries a side's position ("Northern Territories", "Южных Курил").</summary>
    private static bool IsFramingName(string written, KurilsCatalog catalog) =>
        catalog.Resolve(written, EntityKind.Territory).Any(m => m.Name.Kind == NameKind.PoliticalFraming);
}
