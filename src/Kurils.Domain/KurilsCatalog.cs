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
public sealed class KurilsCatalog
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
    private readonly NameIndex _index;
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
        _index = new NameIndex(contents.Entities);
        _scanner = new Lazy<NameScanner>(() => new NameScanner(_index), LazyThreadSafetyMode.ExecutionAndPublication);
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

    internal NameIndex Index => _index;

    internal NameScanner Scanner => _scanner.Value;

    /// <summary>Loads a catalog from YAML files.</summary>
    /// <param name="paths">The files.</param>
    /// <exception cref="CatalogException">Any file is unreadable or invalid; carries every problem found.</exception>
    public static KurilsCatalog Load(params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Load(paths.Select(CatalogSource.FromFile));
    }

    /// <summary>Loads a catalog from YAML sources.</summary>
    /// <param name="sources">The sources.</param>
    /// <exception cref="CatalogException">Any source is unreadable or invalid; carries every problem found.</exception>
    public static KurilsCatalog Load(IEnumerable<CatalogSource> sources) => Build(null, sources);

    /// <summary>
    /// A new catalog with this one's contents plus the entities in <paramref name="overlay"/>. This catalog is
    /// left untouched whether or not the overlay loads.
    /// </summary>
    /// <param name="overlay">The user's YAML.</param>
    /// <exception cref="CatalogException">The overlay is invalid; carries every problem found.</exception>
    public KurilsCatalog Extend(IEnumerable<CatalogSource> overlay) => Build(this, overlay);

    /// <summary>Checks YAML sources without building a catalog, returning every problem found (empty when valid).</summary>
    /// <param name="sources">The sources.</param>
    /// <param name="baseCatalog">A catalog the sources may refer to, or null to check them on their own.</param>
    public static ImmutableArray<CatalogError> Validate(IEnumerable<CatalogSource> sources, KurilsCatalog? baseCatalog = null)
    {
        try
        {
            Build(baseCatalog, sources);
            return [];
        }
        catch (CatalogException e)
        {
            return e.Errors;
        }
    }

    /// <summary>The shipped data as sources, one per embedded file.</summary>
    public static ImmutableArray<CatalogSource> EmbeddedSources()
    {
        // Plain loops rather than LINQ: this runs in every process that loads the default catalog.
        var assembly = typeof(KurilsCatalog).Assembly;
        var names = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".yaml", StringComparison.Ordinal))
            {
                names.Add(name);
            }
        }

        names.Sort(StringComparer.Ordinal); // resource names are unique: the same order as a stable sort
        var sources = ImmutableArray.CreateBuilder<CatalogSource>(names.Count);
        foreach (var name in names)
        {
            sources.Add(CatalogSource.FromResource(assembly, name, "data/" + name[ResourcePrefix.Length..]));
        }

        return sources.MoveToImmutable();
    }

    // The shipped data as the build compiled it (validated, no YAML to parse); the YAML itself stays embedded for
    // EmbeddedSources, kurils validate and the tests.
    internal static KurilsCatalog LoadCompiled()
    {
        using var blob = typeof(KurilsCatalog).Assembly.GetManifestResourceStream(CatalogCompiler.ResourceName)
            ?? throw new CatalogException([new CatalogError(CatalogCompiler.ResourceName, 1, 1, CatalogErrorCode.Unreadable, CatalogMessages.Unreadable("the compiled catalog is not embedded"))]);
        return new KurilsCatalog(CatalogCompiler.Load(blob, CatalogCompiler.ResourceName));
    }

    private static bool ExtendsTheShippedCatalog(KurilsCatalog? baseCatalog) =>
        baseCatalog is not null && DefaultInstance.IsValueCreated && ReferenceEquals(baseCatalog, DefaultInstance.Value);

    private static KurilsCatalog? ShippedOrNull()
    {
        try
        {
            return Default;
        }
        catch (CatalogException)
        {
            return null;
        }
    }

    private static KurilsCatalog Build(KurilsCatalog? baseCatalog, IEnumerable<CatalogSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var loader = new CatalogLoader(baseCatalog) { ShippedCatalog = ExtendsTheShippedCatalog(baseCatalog) ? null : ShippedOrNull };
        foreach (var source in sources)
        {
            ArgumentNullException.ThrowIfNull(source);
            if (source.TryReadText(out var text, out var error))
            {
                loader.AddText(source.Name, text);
            }
            else
            {
                loader.AddError(error!);
            }
        }

        return new KurilsCatalog(loader.Build());
    }

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

    /// <summary>
    /// Resolves a name in any script and any harmless variant (case, diacritics and macrons, hyphens and spaces,
    /// ё/е, full/half width, old/new and traditional/simplified characters, "Island"/"остров"/"-tō" frames)
    /// to every entity it names. Never throws on content; returns an empty list for an unknown name.
    /// </summary>
    /// <param name="name">The name as found.</param>
    /// <param name="kind">Only entities of this kind, or null for all.</param>
    /// <param name="options">Typo tolerance; off by default.</param>
    /// <returns>The matches, best first; several when the name is ambiguous.</returns>
    public ImmutableArray<NameMatch> Resolve(string name, EntityKind? kind = null, ResolveOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        options ??= ResolveOptions.Default;
        var key = NameFolding.Key(name);
        if (key.Length == 0)
        {
            return [];
        }

        var exact = ToMatches(_index.Lookup(key), name, kind, fromFrame: false, distance: 0);
        if (!exact.IsEmpty)
        {
            return exact;
        }

        var languages = Languages.LanguagePacks.Default;
        if (kind is null or EntityKind.Territory)
        {
            foreach (var core in languages.Frames.Strip(key))
            {
                var framed = ToMatches(_index.Lookup(core), name, EntityKind.Territory, fromFrame: true, distance: 0);
                if (!framed.IsEmpty)
                {
                    return framed;
                }
            }
        }

        // An inflected form ("Итурупе", "Японии", "وإيتوروب"): a base form by the morphology of a language
        // that has the name, so a Polish ending does not turn an English word into a name.
        foreach (var pack in languages)
        {
            foreach (var form in languages.MorphologyOf(pack).BaseForms(key))
            {
                var hits = _index.Lookup(form).RemoveAll(h => !IsOfLanguage(h.Name, pack.Code) && !HasNameIn(h.Entity, form, pack.Code));
                var inflected = ToMatches(hits, name, kind, fromFrame: false, distance: 0, inflected: true);
                if (!inflected.IsEmpty)
                {
                    return inflected;
                }
            }

            // A name of several words, each declined ("Южными Курилами"): the scanner's reading of the whole name.
            if (key.Contains(NameFolding.Separator, StringComparison.Ordinal) && WholeNameScan(name, languages.MorphologyOf(pack)) is { IsDefault: false } entries)
            {
                var declined = ToMatches(entries.RemoveAll(h => !IsOfLanguage(h.Name, pack.Code)), name, kind, fromFrame: false, distance: 0, inflected: true);
                if (!declined.IsEmpty)
                {
                    return declined;
                }
            }
        }

        return options.EditsAllowed(key.Length) > 0 ? Fuzzy(key, name, kind, options) : [];
    }

    /// <summary>The names the scanner reads in <paramref name="name"/> when one match covers all of it (default otherwise).</summary>
    private ImmutableArray<IndexedName> WholeNameScan(string name, NameMorphology morphology)
    {
        var text = name.AsSpan().Trim();
        var matches = new List<ScanMatch>(1);
        Scanner.Scan(text, matches, morphology);
        return matches is [{ Start: 0 } match] && match.Length == text.Length ? match.Entries : default;
    }

    /// <summary>The one territory <paramref name="name"/> names, or null when it names none or several.</summary>
    /// <param name="name">The name.</param>
    public Territory? ResolveTerritory(string name) => Single<Territory>(name, EntityKind.Territory);

    /// <summary>The one person <paramref name="name"/> names, or null when it names none or several.</summary>
    /// <param name="name">The name.</param>
    public Person? ResolvePerson(string name) => Single<Person>(name, EntityKind.Person);

    /// <summary>The one instrument <paramref name="name"/> names, or null when it names none or several.</summary>
    /// <param name="name">The name.</param>
    public Instrument? ResolveInstrument(string name) => Single<Instrument>(name, EntityKind.Instrument);

    /// <summary>The one outlet <paramref name="name"/> names, or null when it names none or several.</summary>
    /// <param name="name">The name.</param>
    public Outlet? ResolveOutlet(string name) => Single<Outlet>(name, EntityKind.Outlet);

    /// <summary>The one institution <paramref name="name"/> names, or null when it names none or several.</summary>
    /// <param name="name">The name, for example "Japan's Foreign Ministry", "МИД России" or "外務省".</param>
    public Institution? ResolveInstitution(string name) => Single<Institution>(name, EntityKind.Institution);

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

    private T? Single<T>(string name, EntityKind kind)
        where T : CatalogEntity
    {
        var matches = Resolve(name, kind);
        return matches.Length == 1 ? (T)matches[0].Entity : null;
    }

    /// <summary>Whether <paramref name="entity"/> has a name in the language <paramref name="code"/> whose key is <paramref name="key"/>.</summary>
    private static bool HasNameIn(CatalogEntity entity, string key, string code)
    {
        foreach (var name in entity.Names)
        {
            if (IsOfLanguage(name, code) && string.Equals(NameFolding.Key(name.Text), key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="name"/> is written in the language <paramref name="code"/> (its tag's first subtag).</summary>
    private static bool IsOfLanguage(Name name, string code) =>
        name.Language.StartsWith(code, StringComparison.Ordinal) && (name.Language.Length == code.Length || name.Language[code.Length] == '-');

    private ImmutableArray<NameMatch> ToMatches(ImmutableArray<IndexedName> hits, string query, EntityKind? kind, bool fromFrame, int distance, bool inflected = false)
    {
        var builder = ImmutableArray.CreateBuilder<NameMatch>();
        var seen = new HashSet<CatalogEntity>(ReferenceEqualityComparer.Instance);
        foreach (var hit in hits)
        {
            if ((kind is { } k && hit.Entity.EntityKind != k) || !seen.Add(hit.Entity))
            {
                continue;
            }

            var method = distance > 0 ? MatchMethod.Fuzzy
                : inflected ? MatchMethod.Inflected
                : fromFrame ? MatchMethod.WithoutFrame
                : string.Equals(hit.Name.Text, query, StringComparison.Ordinal) ? MatchMethod.Exact
                : MatchMethod.Normalized;
            var members = hit.Entity is Territory { IsGroup: true } group ? MembersOf(group) : [];
            builder.Add(new NameMatch(hit.Entity, hit.Name, method, distance, members));
        }

        // Curated names before generated ones (a full name before a shared family name).
        return [.. builder.OrderBy(m => m.Name.Kind == NameKind.FamilyName ? 1 : 0)];
    }

    private ImmutableArray<NameMatch> Fuzzy(string key, string query, EntityKind? kind, ResolveOptions options)
    {
        var best = int.MaxValue;
        var hits = new List<IndexedName>();
        foreach (var (candidate, entries) in _index.Entries)
        {
            // The shorter of the two decides how many edits are allowed: "Yuri" must not become "Urup".
            var allowed = options.EditsAllowed(Math.Min(key.Length, candidate.Length));
            if (allowed == 0)
            {
                continue;
            }

            var distance = EditDistance.Compute(key, candidate, allowed);
            if (distance > allowed || distance > best)
            {
                continue;
            }

            if (distance < best)
            {
                best = distance;
                hits.Clear();
            }

            hits.AddRange(entries);
        }

        return best == int.MaxValue ? [] : ToMatches([.. hits], query, kind, fromFrame: false, distance: best);
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
