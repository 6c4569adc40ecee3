using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Kurils.Domain.Names;
using NodaTime;

namespace Kurils.Domain.Catalog;

/// <summary>
/// The readers of each entity kind's mapping, apart from the loading, patching and validation of the whole in
/// <c>CatalogLoader.cs</c> and the values every kind shares in <c>CatalogLoader.Values.cs</c>: one method per kind,
/// each reporting its problems with their positions and, for an overlay entry that extends an entity
/// (<see cref="EntityPatch"/>), merging with it.
/// </summary>
internal sealed partial class CatalogLoader
{
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
        foreach (var area in reader.Mappings("areas", "an area figure"))
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
        foreach (var p in reader.Mappings("provisions", "a provision"))
        {
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
        var genderValue = reader.Keyword("gender", Genders);
        PersonGender? gender = genderValue < 0 ? null : (PersonGender)genderValue;
        var parts = ImmutableArray.CreateBuilder<PersonName>();
        foreach (var n in reader.Mappings("names", "a person's name", required: patch is null))
        {
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
        foreach (var t in reader.Mappings("tenures", "a tenure"))
        {
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
            gender = patch.Value("gender", gender ?? p.Gender, p.Gender);
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

        return country is null ? null : Register(new Person(id, country, builtParts, names.ToImmutable(), ordered, personSource) { Gender = gender }, positions);
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

    private Outlet? ReadOutlet(MappingReader reader, string id, EntityPatch? patch)
    {
        var country = reader.Id("country");
        Reference(EntityKind.Country, country, reader, "country");
        var positions = new List<PlacedName>();
        var names = Names(reader, positions);
        var cues = ImmutableArray.CreateBuilder<OutletCue>();
        foreach (var c in reader.Mappings("cues", "an outlet cue"))
        {
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

        var at = SourceLocation.Of(reader);
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
