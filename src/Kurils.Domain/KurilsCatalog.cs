using System.Collections.Immutable;
using Kurils.Domain.Catalog;
using Kurils.Domain.Names;
using Kurils.Domain.Parsing;
using NodaTime;

namespace Kurils.Domain;

/// <summary>
/// The curated model of the dispute: territories and their names, instruments, people and offices, outlets,
/// countries, events and statements. Immutable and safe to share between threads.
/// </summary>
/// <example>
/// <code>
/// var catalog = KurilsCatalog.Default;
/// var iturup = catalog.ResolveTerritory("Etorofu-tō");        // Iturup
/// var secretary = catalog.HoldersOf("chief-cabinet-secretary", new LocalDate(2021, 2, 15)); // Kato Katsunobu
/// </code>
/// </example>
public sealed partial class KurilsCatalog
{
    /// <summary>The prefix of the embedded resource names of the shipped data.</summary>
    internal const string ResourcePrefix = "Kurils.Domain.Data.";

    internal const int KindCount = (int)EntityKind.Institution + 1;

    // Lazy rather than a static constructor: a data error must surface as a CatalogException on every
    // access, never as a TypeInitializationException.
    private static readonly Lazy<KurilsCatalog> DefaultInstance = new(LoadCompiled, LazyThreadSafetyMode.ExecutionAndPublication);

    // One dictionary per kind, indexed by the kind's value: cheaper to build in a fresh process than a frozen
    // dictionary with a tuple key (no generic code over value types to JIT-compile).
    private readonly Dictionary<string, CatalogEntity>[] _byId;
    private readonly Lazy<NameIndex> _index;
    private readonly NameTrie? _compiledNames;
    private readonly Lazy<NameScanner> _scanner;

    private KurilsCatalog(CatalogContents contents)
    {
        AllEntities = contents.Entities;
        Statements = contents.Statements;
        // One pass, in load order, instead of one OfType per kind.
        var territories = ImmutableArray.CreateBuilder<Territory>();
        var instruments = ImmutableArray.CreateBuilder<Instrument>();
        var people = ImmutableArray.CreateBuilder<Person>();
        var offices = ImmutableArray.CreateBuilder<Office>();
        var outlets = ImmutableArray.CreateBuilder<Outlet>();
        var countries = ImmutableArray.CreateBuilder<Country>();
        var events = ImmutableArray.CreateBuilder<Event>();
        var institutions = ImmutableArray.CreateBuilder<Institution>();
        foreach (var entity in contents.Entities)
        {
            switch (entity)
            {
                case Territory territory:
                    territories.Add(territory);
                    break;
                case Instrument instrument:
                    instruments.Add(instrument);
                    break;
                case Person person:
                    people.Add(person);
                    break;
                case Office office:
                    offices.Add(office);
                    break;
                case Outlet outlet:
                    outlets.Add(outlet);
                    break;
                case Country country:
                    countries.Add(country);
                    break;
                case Event @event:
                    events.Add(@event);
                    break;
                case Institution institution:
                    institutions.Add(institution);
                    break;
            }
        }

        Territories = territories.ToImmutable();
        Instruments = instruments.ToImmutable();
        People = people.ToImmutable();
        Offices = offices.ToImmutable();
        Outlets = outlets.ToImmutable();
        Countries = countries.ToImmutable();
        Events = events.ToImmutable();
        Institutions = institutions.ToImmutable();
        _byId = new Dictionary<string, CatalogEntity>[KindCount];
        for (var i = 0; i < _byId.Length; i++)
        {
            _byId[i] = new Dictionary<string, CatalogEntity>(StringComparer.Ordinal);
        }

        foreach (var entity in contents.Entities)
        {
            _byId[(int)entity.EntityKind].Add(entity.Id, entity);
        }

        // The shipped catalog's names come compiled (a trie that exact lookups walk too); any other catalog folds its
        // names into an index at the first lookup and builds the same trie from it at the first scan.
        var entities = contents.Entities;
        _index = new Lazy<NameIndex>(() => new NameIndex(entities), LazyThreadSafetyMode.ExecutionAndPublication);
        _compiledNames = contents.CompiledNames;
        _scanner = _compiledNames is { } compiled
            ? new Lazy<NameScanner>(() => new NameScanner(compiled), LazyThreadSafetyMode.ExecutionAndPublication)
            : new Lazy<NameScanner>(() => new NameScanner(NameTrie.Build(Index, entities)), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The catalog shipped in the package, loaded on first use (thread-safe).</summary>
    /// <exception cref="CatalogException">The embedded data is invalid (a packaging bug).</exception>
    public static KurilsCatalog Default => DefaultInstance.Value;

    /// <summary>Every territory.</summary>
    public ImmutableArray<Territory> Territories { get; }

    /// <summary>Every treaty, declaration, statement and amendment.</summary>
    public ImmutableArray<Instrument> Instruments { get; }

    /// <summary>Every person.</summary>
    public ImmutableArray<Person> People { get; }

    /// <summary>Every office.</summary>
    public ImmutableArray<Office> Offices { get; }

    /// <summary>Every outlet.</summary>
    public ImmutableArray<Outlet> Outlets { get; }

    /// <summary>Every country.</summary>
    public ImmutableArray<Country> Countries { get; }

    /// <summary>Every event.</summary>
    public ImmutableArray<Event> Events { get; }

    /// <summary>Every institution: ministries, parliaments, the Kremlin, regional governments, embassies.</summary>
    public ImmutableArray<Institution> Institutions { get; }

    /// <summary>Every curated statement.</summary>
    public ImmutableArray<Statement> Statements { get; }

    /// <summary>Every entity of every kind, in load order.</summary>
    public ImmutableArray<CatalogEntity> AllEntities { get; }

    internal NameIndex Index => _index.Value;

    /// <summary>The names whose folded key is <paramref name="key"/>: from the compiled trie when there is one, so a start that only parses never folds every name.</summary>
    internal ImmutableArray<IndexedName> Lookup(string key) => _compiledNames is { } compiled ? compiled.Lookup(key) : Index.Lookup(key);

    internal NameScanner Scanner => _scanner.Value;

    /// <summary>Finds an entity of one kind by its id.</summary>
    /// <param name="kind">The kind, for example the <see cref="Mention.Kind"/> of a mention.</param>
    /// <param name="id">The id.</param>
    /// <returns>The entity, or null when the catalog has no entity of that kind with that id.</returns>
    public CatalogEntity? Find(EntityKind kind, string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return (uint)kind < KindCount && _byId[(int)kind].TryGetValue(id, out var entity) ? entity : null;
    }

    /// <summary>The entity a mention found in an article refers to.</summary>
    /// <param name="mention">A mention from a <see cref="ParsedArticle"/> parsed with this catalog.</param>
    /// <returns>The entity, or null when the mention comes from a catalog that has an entity this one lacks.</returns>
    /// <example><c>catalog.Find(mention) is Person person ? person.DisplayName : …</c></example>
    public CatalogEntity? Find(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return Find(mention.Kind, mention.Id);
    }

    /// <summary>Finds an entity by kind and id.</summary>
    /// <typeparam name="T">The entity type, for example <see cref="Territory"/>.</typeparam>
    /// <param name="id">The id.</param>
    /// <returns>The entity, or null when there is none.</returns>
    public T? Find<T>(string id)
        where T : CatalogEntity
    {
        ArgumentNullException.ThrowIfNull(id);
        foreach (var kind in KindsOf<T>())
        {
            if (_byId[(int)kind].TryGetValue(id, out var entity) && entity is T typed)
            {
                return typed;
            }
        }

        return null;
    }

    /// <summary>Everyone who held <paramref name="officeId"/> on <paramref name="date"/> (usually one person).</summary>
    /// <param name="officeId">The office's id, for example <c>chief-cabinet-secretary</c> (its name is resolved by <see cref="Resolve"/>).</param>
    /// <param name="date">The day.</param>
    /// <exception cref="ArgumentException">The catalog has no office with that id; the message suggests the closest.</exception>
    public ImmutableArray<Person> HoldersOf(string officeId, LocalDate date)
    {
        RequireId(EntityKind.Office, officeId, nameof(officeId));
        return Holders(officeId, date);
    }

    /// <summary><see cref="HoldersOf"/> for an id that may not be in this catalog (the parser's built-in epithets): empty then.</summary>
    internal ImmutableArray<Person> Holders(string officeId, LocalDate date) => [.. People.Where(p => p.HeldOn(officeId, date))];

    /// <summary>Who administered <paramref name="territoryId"/> on <paramref name="date"/>, or null when nobody is recorded.</summary>
    /// <param name="territoryId">The territory.</param>
    /// <param name="date">The day.</param>
    /// <exception cref="ArgumentException">The catalog has no territory with that id; the message suggests the closest.</exception>
    public SovereigntyPeriod? AdministrationOn(string territoryId, LocalDate date)
    {
        RequireId(EntityKind.Territory, territoryId, nameof(territoryId));
        return Find<Territory>(territoryId)!.Administration.FirstOrDefault(p => p.Period.Contains(date));
    }

    /// <summary>Throws when <paramref name="id"/> is not an id of <paramref name="kind"/>, naming the id and the closest one.</summary>
    private void RequireId(EntityKind kind, string id, string parameter)
    {
        ArgumentNullException.ThrowIfNull(id, parameter);
        if (_byId[(int)kind].ContainsKey(id))
        {
            return;
        }

        // A name given for an id ("Chief Cabinet Secretary") suggests the id it resolves to; else the closest id.
        var named = Resolve(id, kind);
        var suggestion = named.Length == 1 ? named[0].Entity.Id : MappingReader.Suggest(id, _byId[(int)kind].Keys);
        throw new ArgumentException(CatalogMessages.UnknownId(EntityKindNames.Of(kind), id, suggestion), parameter);
    }

    /// <summary>Every instrument in force on <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    public ImmutableArray<Instrument> InstrumentsInForce(LocalDate date) => [.. Instruments.Where(i => i.IsInForceOn(date))];

    /// <summary>The members of a group, expanded through nested groups when <paramref name="recursive"/> is true.</summary>
    /// <param name="group">The group.</param>
    /// <param name="recursive">Whether to expand nested groups into their members.</param>
    public ImmutableArray<Territory> MembersOf(Territory group, bool recursive = false)
    {
        ArgumentNullException.ThrowIfNull(group);
        var result = ImmutableArray.CreateBuilder<Territory>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { group.Id };
        void Add(Territory t)
        {
            foreach (var id in t.MemberIds)
            {
                if (seen.Add(id) && Find<Territory>(id) is { } member)
                {
                    result.Add(member);
                    if (recursive)
                    {
                        Add(member);
                    }
                }
            }
        }

        Add(group);
        return result.ToImmutable();
    }

    private static EntityKind[] KindsOf<T>() => KindsHolder<T>.Kinds;

    /// <summary>The entity kinds a type covers, computed once per type (lookups by id are on hot paths).</summary>
    private static class KindsHolder<T>
    {
        public static readonly EntityKind[] Kinds = typeof(T) switch
        {
            var t when t == typeof(Territory) => [EntityKind.Territory],
            var t when t == typeof(Instrument) => [EntityKind.Instrument],
            var t when t == typeof(Person) => [EntityKind.Person],
            var t when t == typeof(Office) => [EntityKind.Office],
            var t when t == typeof(Outlet) => [EntityKind.Outlet],
            var t when t == typeof(Country) => [EntityKind.Country],
            var t when t == typeof(Event) => [EntityKind.Event],
            var t when t == typeof(Institution) => [EntityKind.Institution],
            _ => Enum.GetValues<EntityKind>(),
        };
    }
}
