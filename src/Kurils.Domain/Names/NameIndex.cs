using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Kurils.Domain.Names;

/// <summary>One name of one entity, as indexed.</summary>
internal readonly record struct IndexedName(CatalogEntity Entity, Name Name);

/// <summary>Every name of every entity, by its folded key.</summary>
/// <remarks>
/// Lookups use a plain dictionary of arrays, cheap to build in a fresh process. The walk over every entry
/// (<see cref="Entries"/>, for the scanner's trie and typo-tolerant resolution) keeps the order it has always
/// had, that of a frozen dictionary built from the same entries; it is built on first use, as a
/// <see cref="FrozenDictionary{TKey, TValue}"/> costs more to JIT-compile and build than the rest of the index.
/// </remarks>
internal sealed class NameIndex
{
    private readonly Dictionary<string, IndexedName[]> _byKey;
    private FrozenDictionary<string, ImmutableArray<IndexedName>>? _entries;

    public NameIndex(IEnumerable<CatalogEntity> entities)
    {
        var byKey = new Dictionary<string, IndexedName[]>(StringComparer.Ordinal);
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
                    byKey[key] = [new IndexedName(entity, name)];
                    continue;
                }

                // One entry per entity and key: the first curated name wins, so the reported name is the curated one;
                // but a case-sensitive name keeps its own entry beside the entity's other case-sensitive ones, since
                // the scanner checks each one's case ("Territorios del Norte", "los territorios del Norte").
                if (!Contains(list, entity) || (name.CaseSensitive && AllCaseSensitive(list, entity)))
                {
                    var grown = new IndexedName[list.Length + 1];
                    list.CopyTo(grown, 0);
                    grown[^1] = new IndexedName(entity, name);
                    byKey[key] = grown;
                }
            }
        }

        _byKey = byKey;
    }

    public IEnumerable<KeyValuePair<string, ImmutableArray<IndexedName>>> Entries =>
        LazyInitializer.EnsureInitialized(
            ref _entries,
            () => _byKey.ToFrozenDictionary(p => p.Key, p => ImmutableCollectionsMarshal.AsImmutableArray(p.Value), StringComparer.Ordinal));

    public ImmutableArray<IndexedName> Lookup(string key) =>
        _byKey.TryGetValue(key, out var hits) ? ImmutableCollectionsMarshal.AsImmutableArray(hits) : [];

    private static bool AllCaseSensitive(IndexedName[] list, CatalogEntity entity)
    {
        foreach (var entry in list)
        {
            if (ReferenceEquals(entry.Entity, entity) && !entry.Name.CaseSensitive)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(IndexedName[] list, CatalogEntity entity)
    {
        foreach (var entry in list)
        {
            if (ReferenceEquals(entry.Entity, entity))
            {
                return true;
            }
        }

        return false;
    }
}
