using System.Collections.Immutable;
using Kurils.Domain.Names;
using NodaTime;

namespace Kurils.Domain.Catalog;

/// <summary>Where something was read from.</summary>
internal readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation Of(string file, YamlTreeNode node) => new(file, node.Line, node.Column);

    public static SourceLocation Of(MappingReader reader) => new(reader.File, reader.Line, reader.Column);

    public CatalogError Error(CatalogErrorCode code, string message) => new(File, Line, Column, code, message);

    public override string ToString() => new CatalogError(File, Line, Column, CatalogErrorCode.Syntax, string.Empty).ToString().TrimEnd(' ', ':');
}

/// <summary>
/// Reads catalog YAML files into entities, collecting every problem with its position, then validates the
/// whole (duplicate ids, dangling references, name collisions) before anything is published.
/// </summary>
internal sealed partial class CatalogLoader
{
    /// <summary>Files larger than this are refused before parsing (catalog files may come from users).</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>The sections of a catalog file that hold entities, in reading order: the key, the kind and its reader.</summary>
    private static readonly EntitySection[] EntitySections =
    [
        new("countries", "a country", EntityKind.Country, static (loader, reader, id, patch) => loader.ReadCountry(reader, id, patch)),
        new("territories", "a territory", EntityKind.Territory, static (loader, reader, id, patch) => loader.ReadTerritory(reader, id, patch)),
        new("instruments", "an instrument", EntityKind.Instrument, static (loader, reader, id, patch) => loader.ReadInstrument(reader, id, patch)),
        new("offices", "an office", EntityKind.Office, static (loader, reader, id, patch) => loader.ReadOffice(reader, id, patch)),
        new("people", "a person", EntityKind.Person, static (loader, reader, id, patch) => loader.ReadPerson(reader, id, patch)),
        new("outlets", "an outlet", EntityKind.Outlet, static (loader, reader, id, patch) => loader.ReadOutlet(reader, id, patch)),
        new("events", "an event", EntityKind.Event, static (loader, reader, id, patch) => loader.ReadEvent(reader, id, patch)),
        new("institutions", "an institution", EntityKind.Institution, static (loader, reader, id, patch) => loader.ReadInstitution(reader, id, patch)),
    ];

    /// <summary>Every section a catalog file may have: the entity sections and the statements.</summary>
    private static readonly string[] Sections = [.. EntitySections.Select(s => s.Key), "statements"];

    private readonly List<CatalogError> _errors = [];
    // Classes rather than value tuples in the collections below, and one dictionary per entity kind rather than
    // a tuple key: collections of reference types share the runtime's precompiled code, while each collection
    // of a value type is more generic code to JIT-compile in every fresh process.
    private readonly Dictionary<string, Placed<CatalogEntity>>[] _entities = NewEntityTable();
    private readonly Dictionary<string, Placed<Statement>> _statements = new(StringComparer.Ordinal);
    private readonly List<PendingReference> _references = [];
    private readonly List<CuratedName> _curatedNames = [];
    private readonly List<CatalogEntity> _order = [];
    private readonly List<Statement> _statementOrder = [];
    private readonly bool _extending;

    /// <summary>Starts from an existing catalog, so an overlay can refer to and extend it.</summary>
    public CatalogLoader(KurilsCatalog? baseCatalog = null)
    {
        _extending = baseCatalog is not null;
        if (baseCatalog is null)
        {
            return;
        }

        var at = new SourceLocation("(base catalog)", 0, 0);
        foreach (var entity in baseCatalog.AllEntities)
        {
            _entities[(int)entity.EntityKind][entity.Id] = new(entity, at, FromBase: true);
            _order.Add(entity);
            foreach (var name in entity.Names)
            {
                if (name.Kind is not (NameKind.FullName or NameKind.FamilyName))
                {
                    _curatedNames.Add(new(name, entity, at));
                }
            }
        }

        foreach (var statement in baseCatalog.Statements)
        {
            _statements[statement.Id] = new(statement, at, FromBase: true);
            _statementOrder.Add(statement);
        }
    }

    /// <summary>Reads one file's YAML and its entities (nothing when it is empty or not valid YAML, the error reported).</summary>
    public void AddText(string file, string text)
    {
        if (YamlTreeReader.Read(text, file, _errors) is { } root)
        {
            AddTree(file, root);
        }
    }

    /// <summary>Reads the entities of one file's tree.</summary>
    private void AddTree(string file, YamlTreeNode root)
    {
        var top = MappingReader.For(root, file, "a catalog file", _errors);
        if (top is null)
        {
            return;
        }

        foreach (var section in EntitySections)
        {
            foreach (var node in top.List(section.Key))
            {
                ReadEntity(file, node, section, top);
            }
        }

        foreach (var reader in top.Mappings("statements", "a statement"))
        {
            ReadStatement(reader);
            reader.Finish();
        }

        foreach (var entry in ((YamlMappingNode)root).Entries)
        {
            if (!Sections.Contains(entry.Key.Value, StringComparer.Ordinal))
            {
                _errors.Add(MappingReader.Error(file, entry.Key, CatalogErrorCode.UnknownKey, CatalogMessages.UnknownSection(entry.Key.Value, MappingReader.Suggest(entry.Key.Value, Sections))));
            }
        }
    }

    public void AddError(CatalogError error) => _errors.Add(error);

    /// <summary>
    /// The shipped catalog, consulted only to explain an unknown reference (null when this load is the shipped data
    /// itself, or extends it).
    /// </summary>
    public Func<KurilsCatalog?>? ShippedCatalog { get; init; }

    /// <summary>Validates everything read and returns the entities, or throws with every problem found.</summary>
    public CatalogContents Build()
    {
        foreach (var reference in _references)
        {
            if (!_entities[(int)reference.Kind].ContainsKey(reference.Id))
            {
                var ids = _entities[(int)reference.Kind].Keys;
                var suggestion = reference.Id.Length > 3 ? MappingReader.Suggest(reference.Id, ids) : null;
                // A file checked on its own that refers to the shipped data is probably an overlay missing its base.
                var inShipped = suggestion is null && ShippedCatalog?.Invoke()?.Find(reference.Kind, reference.Id) is not null;
                _errors.Add(reference.At.Error(CatalogErrorCode.DanglingReference, CatalogMessages.Dangling(EntityKindNames.Of(reference.Kind), reference.Id, suggestion, inShipped)));
            }
        }

        CheckNameCollisions();

        if (_errors.Count > 0)
        {
            var ordered = _errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column);
            throw new CatalogException(ordered);
        }

        return new CatalogContents([.. _order], [.. _statementOrder]);
    }

    private void CheckNameCollisions()
    {
        var owners = new Dictionary<string, (Name Name, CatalogEntity Owner)>(StringComparer.Ordinal);
        foreach (var (name, owner, at) in _curatedNames)
        {
            var key = NameFolding.Key(name.Text);
            if (!owners.TryGetValue(key, out var first))
            {
                owners[key] = (name, owner);
                continue;
            }

            var sameEntity = first.Owner.EntityKind == owner.EntityKind && string.Equals(first.Owner.Id, owner.Id, StringComparison.Ordinal);
            if (!sameEntity && !(first.Name.Ambiguous && name.Ambiguous))
            {
                _errors.Add(at.Error(CatalogErrorCode.NameCollision, CatalogMessages.NameCollision(name.Text, EntityKindNames.Of(first.Owner.EntityKind), first.Owner.Id)));
            }
        }
    }

    private void ReadEntity(string file, YamlTreeNode node, EntitySection section, MappingReader top)
    {
        var kind = section.Kind;
        var reader = top.Item(node, section.What);
        if (reader is null)
        {
            return;
        }

        // An entity with a bad id is still read, so that every other problem in it is reported too.
        var id = reader.Id("id", required: true);
        var ofKind = _entities[(int)kind];
        Placed<CatalogEntity>? existing = null;
        if (id is not null)
        {
            ofKind.TryGetValue(id, out existing);
        }

        // An overlay entry whose id is already in the catalog being extended extends that entity.
        var patch = existing is { FromBase: true } ? new EntityPatch(reader, existing.Item) : null;
        var errorsBefore = _errors.Count;
        var entity = section.Read(this, reader, id ?? string.Empty, patch);
        var display = reader.String("display");
        if (entity is not null)
        {
            var neutral = patch is null ? display : patch.Value("display", display, patch.Existing.NeutralName);
            entity = neutral == entity.NeutralName ? entity : entity with { NeutralName = neutral };
        }

        patch?.Finish();
        if (patch is null)
        {
            reader.Get(EntityPatch.ReplaceKey); // known, so that a 'replace' is reported below rather than as unknown
        }

        reader.Finish();
        if (id is null)
        {
            return;
        }

        var at = SourceLocation.Of(file, node);
        if (patch is null && existing is null && LooksLikePatch(reader, id, kind, errorsBefore))
        {
            return;
        }

        if (entity is null)
        {
            return;
        }

        if (patch is not null)
        {
            // The extended entity takes the place of the one it extends, in the same load order.
            ofKind[id] = new(entity, at, FromBase: false);
            _order[_order.IndexOf(patch.Existing)] = entity;
            // The names it kept now belong to the extended entity; names it replaced no longer count for collisions.
            for (var i = _curatedNames.Count - 1; i >= 0; i--)
            {
                if (ReferenceEquals(_curatedNames[i].Owner, patch.Existing))
                {
                    if (entity.Names.Contains(_curatedNames[i].Name))
                    {
                        _curatedNames[i] = _curatedNames[i] with { Owner = entity };
                    }
                    else
                    {
                        _curatedNames.RemoveAt(i);
                    }
                }
            }

            return;
        }

        if (existing is not null)
        {
            _errors.Add(at.Error(CatalogErrorCode.DuplicateId, CatalogMessages.DuplicateId(EntityKindNames.Of(kind), id, existing.At.ToString())));
            return;
        }

        ofKind[id] = new(entity, at, FromBase: false);
        _order.Add(entity);
    }

    /// <summary>
    /// Whether an entry with an unknown id reads as an attempt to extend an entity (it says 'replace', or it lacks
    /// required keys and its id is close to a known one, or it is in an overlay); then its missing-key errors are
    /// replaced by one that says there is nothing to extend, with a did-you-mean.
    /// </summary>
    private bool LooksLikePatch(MappingReader reader, string id, EntityKind kind, int errorsBefore)
    {
        var replace = reader.Has(EntityPatch.ReplaceKey);
        if (!replace && reader.MissingKeys.Count == 0)
        {
            return false;
        }

        // Ids of three letters or fewer are too short for a did-you-mean ('b' is not a typo of 'a').
        var suggestion = id.Length > 3 ? MappingReader.Suggest(id, _entities[(int)kind].Keys) : null;
        var inShipped = !_extending && ShippedCatalog?.Invoke()?.Find(kind, id) is not null;
        if (!replace && suggestion is null && !_extending && !inShipped)
        {
            return false;
        }

        for (var i = _errors.Count - 1; i >= errorsBefore; i--)
        {
            var error = _errors[i];
            if (error.Code == CatalogErrorCode.MissingKey && error.Line == reader.Line && error.Column == reader.Column && error.File == reader.File)
            {
                _errors.RemoveAt(i);
            }
        }

        var kindName = EntityKindNames.Of(kind);
        var at = reader.KeyNode("id")!;
        _errors.Add(MappingReader.Error(reader.File, at, CatalogErrorCode.DanglingReference, CatalogMessages.NoEntityToExtend(kindName, id, suggestion, reader.MissingKeys.Where(k => k != "id").ToList(), _extending, inShipped)));
        return true;
    }

    private void Reference(EntityKind kind, string? id, MappingReader reader, string key)
    {
        if (id is not null && reader.Get(key) is { } node)
        {
            _references.Add(new(kind, id, SourceLocation.Of(reader.File, node)));
        }
    }

    private ImmutableArray<string> References(EntityKind kind, MappingReader reader, string key, bool required = false)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var (value, node) in reader.Strings(key, required))
        {
            if (!MappingReader.IsValidId(value))
            {
                reader.AddError(node, CatalogErrorCode.BadValue, CatalogMessages.BadId(value));
                continue;
            }

            _references.Add(new(kind, value, SourceLocation.Of(reader.File, node)));
            builder.Add(value);
        }

        return builder.ToImmutable();
    }

    private static Dictionary<string, Placed<CatalogEntity>>[] NewEntityTable()
    {
        var table = new Dictionary<string, Placed<CatalogEntity>>[KurilsCatalog.KindCount];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = new Dictionary<string, Placed<CatalogEntity>>(StringComparer.Ordinal);
        }

        return table;
    }

    /// <summary>An entity or statement with where it was read.</summary>
    /// <summary>A section of entities: its key, the words its errors name an entry with, the kind and the kind's reader.</summary>
    private sealed record EntitySection(string Key, string What, EntityKind Kind, Func<CatalogLoader, MappingReader, string, EntityPatch?, CatalogEntity?> Read);

    private sealed record Placed<T>(T Item, SourceLocation At, bool FromBase);

    /// <summary>A reference to check once everything is read.</summary>
    private sealed record PendingReference(EntityKind Kind, string Id, SourceLocation At);

    /// <summary>A curated name with where it was read.</summary>
    private sealed record PlacedName(Name Name, SourceLocation At);

    /// <summary>A curated name, its owner and where it was read, for the collision check.</summary>
    private sealed record CuratedName(Name Name, CatalogEntity Owner, SourceLocation At);
}

/// <summary>What a successful load produced.</summary>
internal sealed record CatalogContents(ImmutableArray<CatalogEntity> Entities, ImmutableArray<Statement> Statements)
{
    /// <summary>The name trie the build compiled with these entities (the shipped catalog); null when the catalog builds its own.</summary>
    public Names.NameTrie? CompiledNames { get; init; }
}
