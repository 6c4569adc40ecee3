using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Kurils.Domain.Names;
using NodaTime;

namespace Kurils.Domain.Catalog;

/// <summary>Where something was read from.</summary>
internal readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation Of(string file, YamlTreeNode node) => new(file, node.Line, node.Column);

    public CatalogError Error(CatalogErrorCode code, string message) => new(File, Line, Column, code, message);

    public override string ToString() => new CatalogError(File, Line, Column, CatalogErrorCode.Syntax, string.Empty).ToString().TrimEnd(' ', ':');
}

/// <summary>
/// Reads catalog YAML files into entities, collecting every problem with its position, then validates the
/// whole (duplicate ids, dangling references, name collisions) before anything is published.
/// </summary>
internal sealed class CatalogLoader
{
    /// <summary>Files larger than this are refused before parsing (catalog files may come from users).</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    private static readonly string[] Sections = ["countries", "territories", "instruments", "offices", "people", "outlets", "events", "institutions", "statements"];

    // Keyword tables as arrays, not Dictionary<string, TEnum>: each enum type would be one more generic
    // dictionary to JIT-compile in every fresh process, for lookups among at most seven words.
    private static readonly Keywords NameKinds = new(
        ["official", "romanization", "exonym", "historical", "political-framing", "variant", "abbreviation"],
        [(int)NameKind.Official, (int)NameKind.Romanization, (int)NameKind.Exonym, (int)NameKind.Historical, (int)NameKind.PoliticalFraming, (int)NameKind.Variant, (int)NameKind.Abbreviation]);

    private static readonly Keywords TerritoryKinds = new(
        ["island", "islet", "island-group", "archipelago", "region"],
        [(int)TerritoryKind.Island, (int)TerritoryKind.Islet, (int)TerritoryKind.IslandGroup, (int)TerritoryKind.Archipelago, (int)TerritoryKind.Region]);

    private static readonly Keywords InstrumentKinds = new(
        ["treaty", "declaration", "statement", "constitutional-amendment", "agreement"],
        [(int)InstrumentKind.Treaty, (int)InstrumentKind.Declaration, (int)InstrumentKind.Statement, (int)InstrumentKind.ConstitutionalAmendment, (int)InstrumentKind.Agreement]);

    private static readonly Keywords InstrumentEnds = new(
        ["superseded", "annulled", "expired", "denounced", "not-binding"],
        [(int)InstrumentEnd.Superseded, (int)InstrumentEnd.Annulled, (int)InstrumentEnd.Expired, (int)InstrumentEnd.Denounced, (int)InstrumentEnd.NotBinding]);

    private static readonly Keywords CueKinds = new(
        ["dateline", "credit", "signature", "page"],
        [(int)OutletCueKind.Dateline, (int)OutletCueKind.Credit, (int)OutletCueKind.Signature, (int)OutletCueKind.Page]);

    private static readonly Keywords InstitutionKinds = new(
        ["executive-office", "government", "ministry", "parliament", "agency", "regional-government", "municipality", "embassy", "association"],
        [(int)InstitutionKind.ExecutiveOffice, (int)InstitutionKind.Government, (int)InstitutionKind.Ministry, (int)InstitutionKind.Parliament, (int)InstitutionKind.Agency,
         (int)InstitutionKind.RegionalGovernment, (int)InstitutionKind.Municipality, (int)InstitutionKind.Embassy, (int)InstitutionKind.Association]);

    private static readonly Keywords StatementKinds = new(
        ["direct", "reported"],
        [(int)StatementKind.Direct, (int)StatementKind.Reported]);

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

    /// <summary>Reads one file's YAML and its entities; returns its tree, or null when it is empty or not valid YAML.</summary>
    public YamlTreeNode? AddText(string file, string text)
    {
        var root = YamlTreeReader.Read(text, file, _errors);
        if (root is not null)
        {
            AddTree(file, root);
        }

        return root;
    }

    /// <summary>Reads the entities of one file's tree: from YAML, or from the compiled data the build embeds.</summary>
    public void AddTree(string file, YamlTreeNode root)
    {
        var top = MappingReader.For(root, file, "a catalog file", _errors);
        if (top is null)
        {
            return;
        }

        foreach (var node in top.List("countries"))
        {
            ReadEntity(file, node, "a country", EntityKind.Country, ReadCountry);
        }

        foreach (var node in top.List("territories"))
        {
            ReadEntity(file, node, "a territory", EntityKind.Territory, ReadTerritory);
        }

        foreach (var node in top.List("instruments"))
        {
            ReadEntity(file, node, "an instrument", EntityKind.Instrument, ReadInstrument);
        }

        foreach (var node in top.List("offices"))
        {
            ReadEntity(file, node, "an office", EntityKind.Office, ReadOffice);
        }

        foreach (var node in top.List("people"))
        {
            ReadEntity(file, node, "a person", EntityKind.Person, ReadPerson);
        }

        foreach (var node in top.List("outlets"))
        {
            ReadEntity(file, node, "an outlet", EntityKind.Outlet, ReadOutlet);
        }

        foreach (var node in top.List("events"))
        {
            ReadEntity(file, node, "an event", EntityKind.Event, ReadEvent);
        }

        foreach (var node in top.List("institutions"))
        {
            ReadEntity(file, node, "an institution", EntityKind.Institution, ReadInstitution);
        }

        foreach (var node in top.List("statements"))
        {
            if (MappingReader.For(node, file, "a statement", _errors) is { } reader)
            {
                ReadStatement(reader);
                reader.Finish();
            }
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

    private void ReadEntity(string file, YamlTreeNode node, string what, EntityKind kind, Func<MappingReader, string, EntityPatch?, CatalogEntity?> read)
    {
        var reader = MappingReader.For(node, file, what, _errors);
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
        var entity = read(reader, id ?? string.Empty, patch);
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

    private string RequiredSource(MappingReader reader) => reader.String("source", required: true) ?? string.Empty;

    /// <summary>An entity's <c>source</c>: required of a new entity, taken from the entity a patch extends unless replaced.</summary>
    private static string EntitySource(MappingReader reader, EntityPatch? patch)
    {
        var given = reader.String("source", required: patch is null) ?? string.Empty;
        return patch is null ? given : patch.Value("source", given, patch.Existing.Source);
    }

    /// <summary>A patched range: <c>from</c> and <c>to</c> each taken from the entry or the entity.</summary>
    private static DateRange? PatchedRange(MappingReader reader, EntityPatch patch, DateRange? existing)
    {
        var start = patch.Value("from", reader.Date("from"), existing?.Start);
        var end = patch.Value("to", reader.Date("to"), existing?.End);
        if (start is null)
        {
            if (end is not null)
            {
                reader.AddError(reader.KeyNode("to")!, CatalogErrorCode.MissingKey, CatalogMessages.MissingKey("from", "a range"));
            }

            return null;
        }

        if (end is { } e && e < start.Value)
        {
            reader.AddError(reader.KeyNode(reader.Has("to") ? "to" : "from")!, CatalogErrorCode.BadDate, CatalogMessages.EndBeforeStart(IsoDate.Format(start.Value), IsoDate.Format(e)));
            return null;
        }

        return new DateRange(start.Value, end);
    }

    private ImmutableArray<Name> Names(MappingReader owner, List<PlacedName> positions)
    {
        var builder = ImmutableArray.CreateBuilder<Name>();
        foreach (var node in owner.List("names"))
        {
            var reader = MappingReader.For(node, owner.File, "a name", _errors);
            if (reader is null)
            {
                continue;
            }

            var text = reader.String("text", required: true);
            var language = reader.String("lang", required: true);
            var kind = reader.Keyword("kind", NameKinds, required: true);
            var usedBy = References(EntityKind.Country, reader, "usedBy");
            var ambiguous = reader.Bool("ambiguous");
            var note = reader.String("note");
            reader.Finish();
            if (text is null || language is null || kind < 0)
            {
                continue;
            }

            var frameOnly = note is not null && note.Contains("frame-only", StringComparison.Ordinal);
            var caseSensitive = note is not null && note.Contains("case-sensitive", StringComparison.Ordinal);
            var name = new Name(text, language, (NameKind)kind, usedBy, ambiguous, frameOnly, caseSensitive);
            builder.Add(name);
            positions.Add(new(name, SourceLocation.Of(owner.File, node)));
        }

        return builder.ToImmutable();
    }

    private T Register<T>(T entity, List<PlacedName> positions)
        where T : CatalogEntity
    {
        foreach (var (name, at) in positions)
        {
            _curatedNames.Add(new(name, entity, at));
        }

        return entity;
    }

    private Country? ReadCountry(MappingReader reader, string id, EntityPatch? patch)
    {
        var positions = new List<PlacedName>();
        var names = Names(reader, positions);
        if (patch?.Existing is Country c)
        {
            var existence = PatchedRange(reader, patch, c.Existence);
            return Register(new Country(id, patch.List("names", names, c.Names), existence, EntitySource(reader, patch)), positions);
        }

        var range = Range(reader, "from", "to", required: false);
        return Register(new Country(id, names, range, RequiredSource(reader)), positions);
    }

    private Territory? ReadTerritory(MappingReader reader, string id, EntityPatch? patch)
    {
        var kind = reader.Keyword("kind", TerritoryKinds, required: patch is null);
        var parent = reader.Id("parent");
        Reference(EntityKind.Territory, parent, reader, "parent");
        var members = References(EntityKind.Territory, reader, "members");
        GeoPoint? coordinates = null;
        if (reader.Mapping("coordinates", "coordinates") is { } point)
        {
            var lat = point.Decimal("lat", required: true);
            var lon = point.Decimal("lon", required: true);
            point.Finish();
            if (lat is not null && lon is not null)
            {
                coordinates = new GeoPoint((double)lat.Value, (double)lon.Value);
            }
        }

        var areas = ImmutableArray.CreateBuilder<AreaFigure>();
        foreach (var node in reader.List("areas"))
        {
            if (MappingReader.For(node, reader.File, "an area figure", _errors) is { } area)
            {
                var km2 = area.Decimal("km2", required: true);
                var source = RequiredSource(area);
                var asOf = area.Date("asOf");
                area.Finish();
                if (km2 is not null)
                {
                    areas.Add(new AreaFigure(km2.Value, source, asOf));
                }
            }
        }

        var administered = Periods(reader, "administered");
        var claimed = Periods(reader, "claimed");
        var positions = new List<PlacedName>();
        var names = Names(reader, positions);
        var source2 = EntitySource(reader, patch);
        if (patch?.Existing is Territory t)
        {
            return Register(
                new Territory(
                    id,
                    patch.Value("kind", kind < 0 ? t.Kind : (TerritoryKind)kind, t.Kind),
                    patch.List("names", names, t.Names),
                    patch.Value("parent", parent, t.ParentId),
                    patch.List("members", members, t.MemberIds),
                    patch.List("areas", areas.ToImmutable(), t.Areas),
                    patch.Value("coordinates", coordinates, t.Coordinates),
                    patch.List("administered", administered, t.Administration),
                    patch.List("claimed", claimed, t.Claims),
                    source2),
                positions);
        }

        return kind < 0 ? null : Register(new Territory(id, (TerritoryKind)kind, names, parent, members, areas.ToImmutable(), coordinates, administered, claimed, source2), positions);
    }

    private ImmutableArray<SovereigntyPeriod> Periods(MappingReader owner, string key)
    {
        var builder = ImmutableArray.CreateBuilder<SovereigntyPeriod>();
        foreach (var node in owner.List(key))
        {
            if (MappingReader.For(node, owner.File, "a period", _errors) is not { } reader)
            {
                continue;
            }

            var by = reader.Id("by", required: true);
            Reference(EntityKind.Country, by, reader, "by");
            var unit = reader.String("unit");
            var range = Range(reader, "from", "to", required: true);
            var source = RequiredSource(reader);
            reader.Finish();
            if (by is not null && range is not null)
            {
                builder.Add(new SovereigntyPeriod(by, range.Value, unit, source));
            }
        }

        return builder.ToImmutable();
    }

    private static DateRange? Range(MappingReader reader, string fromKey, string toKey, bool required)
    {
        var from = reader.Date(fromKey, required);
        var to = reader.Date(toKey);
        if (from is null)
        {
            return null;
        }

        if (to is { } end && end < from.Value)
        {
            reader.AddError(reader.Get(toKey)!, CatalogErrorCode.BadDate, CatalogMessages.EndBeforeStart(IsoDate.Format(from.Value), IsoDate.Format(end)));
            return null;
        }

        return new DateRange(from.Value, to);
    }

    private Instrument? ReadInstrument(MappingReader reader, string id, EntityPatch? patch)
    {
        var kind = reader.Keyword("kind", InstrumentKinds, required: patch is null);
        var positions = new List<PlacedName>();
        var names = Names(reader, positions);
        var signed = reader.Date("signed");
        LocalDate? signedJulian = null;
        if (reader.String("signedJulian") is { } julianText && IsoDate.TryParse(julianText, out var julian))
        {
            // The text is the date as printed in a Julian-calendar source; NodaTime keeps the calendar.
            signedJulian = new LocalDate(julian.Year, julian.Month, julian.Day, CalendarSystem.Julian);
        }
        else if (reader.Get("signedJulian") is { } badJulian)
        {
            reader.AddError(badJulian, CatalogErrorCode.BadDate, CatalogMessages.BadDate(badJulian is YamlScalarNode s ? s.Value : badJulian.Description));
        }

        var ratified = reader.Date("ratified");
        var inForce = reader.Date("inForce");
        var ended = reader.Date("ended");
        var end = reader.Keyword("end", InstrumentEnds);
        var place = reader.String("place");
        var parties = References(EntityKind.Country, reader, "parties");
        var provisions = ImmutableArray.CreateBuilder<Provision>();
        foreach (var node in reader.List("provisions"))
        {
            if (MappingReader.For(node, reader.File, "a provision", _errors) is not { } p)
            {
                continue;
            }

            var article = p.String("article", required: true);
            var effect = p.String("effect", required: true);
            var territories = References(EntityKind.Territory, p, "territories");
            var from = p.Id("from");
            Reference(EntityKind.Country, from, p, "from");
            var to = p.Id("to");
            Reference(EntityKind.Country, to, p, "to");
            var summary = p.String("summary", required: true);
            p.Finish();
            if (article is not null && effect is not null && summary is not null)
            {
                provisions.Add(new Provision(article, effect, territories, from, to, summary));
            }
        }

        var source = EntitySource(reader, patch);
        InstrumentEnd? howEnded = end < 0 ? null : (InstrumentEnd)end;
        if (patch?.Existing is Instrument i)
        {
            return Register(
                new Instrument(
                    id,
                    patch.Value("kind", kind < 0 ? i.Kind : (InstrumentKind)kind, i.Kind),
                    patch.List("names", names, i.Names),
                    patch.Value("signed", signed, i.Signed),
                    patch.Value("signedJulian", signedJulian, i.SignedJulian),
                    patch.Value("ratified", ratified, i.Ratified),
                    patch.Value("inForce", inForce, i.InForce),
                    patch.Value("ended", ended, i.Ended),
                    patch.Value("end", howEnded, i.End),
                    patch.Value("place", place, i.Place),
                    patch.List("parties", parties, i.PartyIds),
                    patch.List("provisions", provisions.ToImmutable(), i.Provisions),
                    source),
                positions);
        }

        return kind < 0 ? null : Register(new Instrument(id, (InstrumentKind)kind, names, signed, signedJulian, ratified, inForce, ended, howEnded, place, parties, provisions.ToImmutable(), source), positions);
    }

    private Office? ReadOffice(MappingReader reader, string id, EntityPatch? patch)
    {
        var country = reader.Id("country", required: patch is null);
        Reference(EntityKind.Country, country, reader, "country");
        var positions = new List<PlacedName>();
        var names = Names(reader, positions);
        var source = EntitySource(reader, patch);
        if (patch?.Existing is Office o)
        {
            return Register(new Office(id, patch.Value("country", country ?? o.CountryId, o.CountryId), patch.List("names", names, o.Names), source), positions);
        }

        return country is null ? null : Register(new Office(id, country, names, source), positions);
    }

    private Person? ReadPerson(MappingReader reader, string id, EntityPatch? patch)
    {
        var country = reader.Id("country", required: patch is null);
        Reference(EntityKind.Country, country, reader, "country");
        var parts = ImmutableArray.CreateBuilder<PersonName>();
        foreach (var node in reader.List("names", required: patch is null))
        {
            if (MappingReader.For(node, reader.File, "a person's name", _errors) is not { } n)
            {
                continue;
            }

            var language = n.String("lang", required: true);
            var family = Texts(n, "family", required: true);
            var given = Texts(n, "given", required: true);
            var patronymic = Texts(n, "patronymic");
            n.Finish();
            if (language is not null && family.Length > 0 && given.Length > 0)
            {
                parts.Add(new PersonName(language, family, given, patronymic));
            }
        }

        var positions = new List<PlacedName>();
        var aliases = ReadAliases(reader, positions);
        var tenures = ImmutableArray.CreateBuilder<Tenure>();
        foreach (var node in reader.List("tenures"))
        {
            if (MappingReader.For(node, reader.File, "a tenure", _errors) is not { } t)
            {
                continue;
            }

            var office = t.Id("office", required: true);
            Reference(EntityKind.Office, office, t, "office");
            var range = Range(t, "from", "to", required: true);
            var source = RequiredSource(t);
            t.Finish();
            if (office is not null && range is not null)
            {
                tenures.Add(new Tenure(office, range.Value, source));
            }
        }

        var personSource = EntitySource(reader, patch);
        var builtParts = parts.ToImmutable();
        var ordered = SortedByStart(tenures);
        if (patch?.Existing is Person p)
        {
            // The generated forms are made again from all the parts; the curated aliases are the rest of the names.
            country = patch.Value("country", country ?? p.CountryId, p.CountryId);
            builtParts = patch.List("names", builtParts, p.NameParts);
            aliases = patch.List("aliases", aliases, p.Names.Where(n => n.Kind is not (NameKind.FullName or NameKind.FamilyName)));
            var merged = ImmutableArray.CreateBuilder<Tenure>();
            merged.AddRange(patch.List("tenures", ordered, p.Tenures));
            ordered = SortedByStart(merged);
        }

        var aliasKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var alias in aliases)
        {
            aliasKeys.Add(NameFolding.Key(alias.Text));
        }

        var names = ImmutableArray.CreateBuilder<Name>();
        names.AddRange(aliases);
        foreach (var generated in PersonNameForms.Generate(builtParts))
        {
            if (!aliasKeys.Contains(NameFolding.Key(generated.Text)))
            {
                names.Add(generated);
            }
        }

        return country is null ? null : Register(new Person(id, country, builtParts, names.ToImmutable(), ordered, personSource), positions);
    }

    /// <summary>The tenures by start date, equal starts in reading order (a stable insertion sort: a person has a handful).</summary>
    private static ImmutableArray<Tenure> SortedByStart(ImmutableArray<Tenure>.Builder tenures)
    {
        var sorted = tenures.ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            var tenure = sorted[i];
            var j = i - 1;
            while (j >= 0 && sorted[j].Period.Start.CompareTo(tenure.Period.Start) > 0)
            {
                sorted[j + 1] = sorted[j];
                j--;
            }

            sorted[j + 1] = tenure;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }

    private static ImmutableArray<string> Texts(MappingReader reader, string key, bool required = false)
    {
        var texts = reader.Strings(key, required);
        var builder = ImmutableArray.CreateBuilder<string>(texts.Count);
        foreach (var (value, _) in texts)
        {
            builder.Add(value);
        }

        return builder.MoveToImmutable();
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
    private sealed record Placed<T>(T Item, SourceLocation At, bool FromBase);

    /// <summary>A reference to check once everything is read.</summary>
    private sealed record PendingReference(EntityKind Kind, string Id, SourceLocation At);

    /// <summary>A curated name with where it was read.</summary>
    private sealed record PlacedName(Name Name, SourceLocation At);

    /// <summary>A curated name, its owner and where it was read, for the collision check.</summary>
    private sealed record CuratedName(Name Name, CatalogEntity Owner, SourceLocation At);

    private ImmutableArray<Name> ReadAliases(MappingReader reader, List<PlacedName> positions)
    {
        // Person aliases use the same entry format as other names, under their own key.
        var node = reader.Get("aliases");
        if (node is null)
        {
            return [];
        }

        var wrapper = new YamlMappingNode(node.Line, node.Column, [new(new YamlScalarNode(node.Line, node.Column, "names", true), node)]);
        return Names(new MappingReader(wrapper, reader.File, "aliases", _errors), positions);
    }

    private Outlet? ReadOutlet(MappingReader reader, string id, EntityPatch? patch)
    {
        var country = reader.Id("country");
        Reference(EntityKind.Country, country, reader, "country");
        var positions = new List<PlacedName>();
        var names = Names(reader, positions);
        var cues = ImmutableArray.CreateBuilder<OutletCue>();
        foreach (var node in reader.List("cues"))
        {
            if (MappingReader.For(node, reader.File, "an outlet cue", _errors) is not { } c)
            {
                continue;
            }

            var kind = c.Keyword("kind", CueKinds, required: true);
            var text = c.String("text", required: true);
            c.Finish();
            if (kind >= 0 && !string.IsNullOrWhiteSpace(text))
            {
                cues.Add(new OutletCue((OutletCueKind)kind, text));
            }
        }

        var source = EntitySource(reader, patch);
        if (patch?.Existing is Outlet o)
        {
            return Register(new Outlet(id, patch.Value("country", country, o.CountryId), patch.List("names", names, o.Names), patch.List("cues", cues.ToImmutable(), o.Cues), source), positions);
        }

        return Register(new Outlet(id, country, names, cues.ToImmutable(), source), positions);
    }

    private Event? ReadEvent(MappingReader reader, string id, EntityPatch? patch)
    {
        var kind = reader.String("kind", required: patch is null);
        var positions = new List<PlacedName>();
        var names = Names(reader, positions);
        var start = reader.Date("start", required: patch is null);
        var end = reader.Date("end");
        var place = reader.String("place");
        var source = EntitySource(reader, patch);
        if (patch?.Existing is Event ev)
        {
            kind = patch.Value("kind", kind ?? ev.Kind, ev.Kind);
            start = patch.Value("start", start ?? ev.Start, ev.Start);
            end = patch.Value("end", end, ev.End);
            place = patch.Value("place", place, ev.Place);
            names = patch.List("names", names, ev.Names);
        }

        if (start is { } s && end is { } e && e < s)
        {
            reader.AddError(reader.Get("end") ?? reader.Get("start")!, CatalogErrorCode.BadDate, CatalogMessages.EndBeforeStart(IsoDate.Format(s), IsoDate.Format(e)));
        }

        return kind is null || start is null ? null : Register(new Event(id, kind, names, start.Value, end, place, source), positions);
    }

    private Institution? ReadInstitution(MappingReader reader, string id, EntityPatch? patch)
    {
        var kind = reader.Keyword("kind", InstitutionKinds, required: patch is null);
        var country = reader.Id("country", required: patch is null);
        Reference(EntityKind.Country, country, reader, "country");
        var positions = new List<PlacedName>();
        var names = Names(reader, positions);
        var source = EntitySource(reader, patch);
        if (patch?.Existing is Institution i)
        {
            return Register(
                new Institution(id, patch.Value("kind", kind < 0 ? i.Kind : (InstitutionKind)kind, i.Kind), patch.Value("country", country ?? i.CountryId, i.CountryId), patch.List("names", names, i.Names), source),
                positions);
        }

        return kind < 0 || country is null ? null : Register(new Institution(id, (InstitutionKind)kind, country, names, source), positions);
    }

    private void ReadStatement(MappingReader reader)
    {
        var id = reader.Id("id", required: true);
        var speaker = reader.Id("speaker", required: true);
        Reference(EntityKind.Person, speaker, reader, "speaker");
        var said = reader.Date("said", required: true);
        var published = reader.Date("published");
        var eventId = reader.Id("event");
        Reference(EntityKind.Event, eventId, reader, "event");
        var kind = reader.Keyword("kind", StatementKinds, required: true);
        var gist = reader.String("gist", required: true);
        var tags = Texts(reader, "tags");
        var source = RequiredSource(reader);
        if (id is null || speaker is null || said is null || kind < 0 || gist is null)
        {
            return;
        }

        var at = new SourceLocation(reader.File, reader.Line, reader.Column);
        if (_statements.TryGetValue(id, out var existing))
        {
            _errors.Add(at.Error(CatalogErrorCode.DuplicateId, CatalogMessages.DuplicateId("statement", id, existing.At.ToString())));
            return;
        }

        var statement = new Statement(id, speaker, said.Value, published, eventId, (StatementKind)kind, gist, tags, source);
        _statements[id] = new(statement, at, FromBase: false);
        _statementOrder.Add(statement);
    }

}

/// <summary>What a successful load produced.</summary>
internal sealed record CatalogContents(ImmutableArray<CatalogEntity> Entities, ImmutableArray<Statement> Statements);
