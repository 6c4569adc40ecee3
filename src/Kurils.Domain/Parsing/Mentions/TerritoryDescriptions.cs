using Kurils.Domain.Parsing;

namespace Kurils.Domain.Parsing.Mentions;

/// <summary>
/// Territories described rather than named: catalog names noted <c>generic</c> ("the four islands", "четыре острова",
/// "les îles disputées", 四島). A description names its territory only in an article that also names the dispute: by
/// a name of its own, the territory, one of its parts or a group its parts belong to, or one of the dispute's
/// instruments ("the four islands … a peace treaty"); "four islands" in a story about Greece, or "the disputed islands"
/// of the South China Sea, name nothing of the catalog.
/// </summary>
internal static class TerritoryDescriptions
{
    /// <summary>Drops the described territories (their mentions start at <paramref name="described"/>) that nothing named anchors.</summary>
    public static void Apply(KurilsCatalog catalog, List<Mention> mentions, HashSet<int> described)
    {
        HashSet<string>? named = null;
        var instrumentNamed = false;
        foreach (var mention in mentions)
        {
            instrumentNamed |= mention.Kind == EntityKind.Instrument;
            if (mention.Kind == EntityKind.Territory && !described.Contains(mention.Span.Start))
            {
                (named ??= new HashSet<string>(StringComparer.Ordinal)).Add(mention.Id);
            }
        }

        if (instrumentNamed)
        {
            return;
        }

        Dictionary<string, bool>? anchored = null;
        mentions.RemoveAll(m => m.Kind == EntityKind.Territory && described.Contains(m.Span.Start) && !IsAnchored(catalog, m.Id, named, ref anchored));
    }

    private static bool IsAnchored(KurilsCatalog catalog, string id, HashSet<string>? named, ref Dictionary<string, bool>? known)
    {
        if (named is null)
        {
            return false;
        }

        known ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (!known.TryGetValue(id, out var anchored))
        {
            anchored = Related(catalog, id).Overlaps(named);
            known[id] = anchored;
        }

        return anchored;
    }

    /// <summary>The territory, its parts (members and what lies in them, at any depth) and the groups its parts belong to.</summary>
    private static HashSet<string> Related(KurilsCatalog catalog, string id)
    {
        var parts = new HashSet<string>(StringComparer.Ordinal) { id };
        var grew = true;
        while (grew)
        {
            grew = false;
            foreach (var territory in catalog.Territories)
            {
                if (!parts.Contains(territory.Id) && territory.ParentId is { } parent && parts.Contains(parent))
                {
                    grew |= parts.Add(territory.Id);
                }

                if (parts.Contains(territory.Id))
                {
                    foreach (var member in territory.MemberIds)
                    {
                        grew |= parts.Add(member);
                    }
                }
            }
        }

        var related = new HashSet<string>(parts, StringComparer.Ordinal);
        foreach (var part in parts)
        {
            for (var parent = catalog.Find<Territory>(part)?.ParentId; parent is not null && related.Add(parent); parent = catalog.Find<Territory>(parent)?.ParentId)
            {
            }
        }

        return related;
    }
}
