using System.Collections.Immutable;

namespace Kurils.Domain.Catalog;

/// <summary>
/// An overlay entry whose id names an entity of the catalog being extended: it extends that entity instead of
/// declaring a new one. A list it gives (<c>names</c>, <c>tenures</c>, <c>areas</c>…) is added to the entity's;
/// a single value (<c>kind</c>, <c>source</c>…) may only change when the entry says so with
/// <c>replace: [key, …]</c>, which also makes a listed list replace the entity's instead of adding to it.
/// </summary>
internal sealed class EntityPatch
{
    /// <summary>The key under which an entry lists the fields it replaces.</summary>
    public const string ReplaceKey = "replace";

    private readonly MappingReader _reader;
    private readonly Dictionary<string, YamlTreeNode> _replace = new(StringComparer.Ordinal);

    public EntityPatch(MappingReader reader, CatalogEntity existing)
    {
        _reader = reader;
        Existing = existing;
        foreach (var (key, node) in reader.Strings(ReplaceKey))
        {
            _replace.TryAdd(key, node);
        }
    }

    /// <summary>The entity as it was before this entry.</summary>
    public CatalogEntity Existing { get; }

    /// <summary>Whether the entry replaces <paramref name="key"/> rather than adding to it.</summary>
    public bool Replaces(string key) => _replace.ContainsKey(key);

    /// <summary>
    /// The entry's value when it gives one and the entity had none, or the same, or the entry says it replaces it;
    /// otherwise the entity's, with an error.
    /// </summary>
    public T Value<T>(string key, T given, T existing)
    {
        if (!_reader.Has(key))
        {
            return existing;
        }

        if (existing is not null && !Replaces(key) && !EqualityComparer<T>.Default.Equals(given, existing))
        {
            _reader.AddError(_reader.KeyNode(key)!, CatalogErrorCode.BadValue, CatalogMessages.PatchWithoutReplace(EntityKindNames.Of(Existing.EntityKind), Existing.Id, key));
            return existing;
        }

        return given;
    }

    /// <summary>The entity's list with the entry's added, or the entry's alone when it replaces the list.</summary>
    public ImmutableArray<T> List<T>(string key, ImmutableArray<T> given, IEnumerable<T> existing) =>
        !_reader.Has(key) ? [.. existing]
        : Replaces(key) ? given
        : [.. existing, .. given];

    /// <summary>Reports every key under <c>replace</c> that the kind does not have or the entry does not give.</summary>
    public void Finish()
    {
        foreach (var (key, node) in _replace)
        {
            if (!_reader.WasAsked(key) || key == ReplaceKey || key == "id")
            {
                _reader.AddError(node, CatalogErrorCode.UnknownKey, CatalogMessages.UnknownKey(key, MappingReader.Suggest(key, _reader.AskedKeys)));
            }
            else if (!_reader.Has(key))
            {
                _reader.AddError(node, CatalogErrorCode.MissingKey, CatalogMessages.ReplaceWithoutValue(key));
            }
        }
    }
}
