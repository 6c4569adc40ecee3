using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Kurils.Domain.Names;

/// <summary>One name of one entity, as indexed.</summary>
internal readonly record struct IndexedName(CatalogEntity Entity, Name Name);

/// <summary>Every name of every entity, by its folded key.</summary>
internal sealed class NameIndex
{
    private readonly FrozenDictionary<string, ImmutableArray<IndexedName>> _byKey;

    public NameIndex(IEnumerable<CatalogEntity> entities)
    {
        var byKey = new Dictionary<string, ImmutableArray<IndexedName>.Builder>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var name in entity.Names)
            {
                var key = NameFolding.Key(name.Text);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = ImmutableArray.CreateBuilder<IndexedName>();
                }

                // One entry per entity and key: the first curated name wins, so the reported name is the curated one.
                if (!list.Any(x => ReferenceEquals(x.Entity, entity)))
                {
                    list.Add(new IndexedName(entity, name));
                }
            }
        }

        _byKey = byKey.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutable(), StringComparer.Ordinal);
    }

    public IEnumerable<KeyValuePair<string, ImmutableArray<IndexedName>>> Entries => _byKey;

    public ImmutableArray<IndexedName> Lookup(string key) => _byKey.TryGetValue(key, out var hits) ? hits : [];
}
