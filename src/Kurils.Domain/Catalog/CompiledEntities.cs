using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using NodaTime;

namespace Kurils.Domain.Catalog;

/// <summary>
/// The shipped catalog's entities and statements in binary, as the build validated them: each kind's records written
/// field by field, so start-up constructs them directly, with no tree to read, no mapping reader, no validation and no
/// person name forms to generate again (reading the trees and building the entities from them was 38 % of the CPU
/// time of <c>kurils parse article.txt</c>, benchmarks/README.md, "Cold start").
/// </summary>
/// <remarks>
/// Layout of the section, integers 7-bit encoded (as <see cref="BinaryWriter.Write7BitEncodedInt"/> writes them),
/// fixed-width values little-endian:
/// <code>
/// string count · strings (UTF-8 byte length, bytes), each distinct text once, in the order first written
/// entity count · per entity, in load order: kind byte · id · neutral name? · names · source · the kind's own fields
/// statement count · per statement: its fields
/// string: index in the table · string?: 0 for null, else index + 1 · list: count, items
/// name: text · language · kind byte · usedBy (list of strings) · flags byte (1 ambiguous, 2 frame-only, 4 case-sensitive, 8 generic)
/// date: 0 none · 1 ISO year, month, day · 2 another calendar: its id (string), year, month, day
/// range: start date · end date · optional value (enum, range, point): 0 none, else 1 and the value (an enum: its value + 1)
/// </code>
/// A person's names are stored as the loader made them, generated forms included. Strings are numbered in the
/// order they are first written, so the same catalog always gives the same bytes (a test rebuilds the embedded
/// blob and compares); another test checks that what is read equals what the YAML loads, field for field.
/// </remarks>
internal static class CompiledEntities
{
    private const byte Ambiguous = 1;
    private const byte FrameOnly = 2;
    private const byte CaseSensitive = 4;
    private const byte Generic = 8;

    private const byte NoDate = 0;
    private const byte IsoDate = 1;
    private const byte OtherCalendarDate = 2;

    /// <summary>The section for <paramref name="entities"/> and <paramref name="statements"/>.</summary>
    public static byte[] Write(ImmutableArray<CatalogEntity> entities, ImmutableArray<Statement> statements)
    {
        var writer = new Writer();
        writer.Int(entities.Length);
        foreach (var entity in entities)
        {
            writer.Byte((byte)entity.EntityKind);
            writer.String(entity.Id);
            writer.OptionalString(entity.NeutralName);
            writer.Names(entity.Names);
            writer.String(entity.Source);
            WriteFields(writer, entity);
        }

        writer.Int(statements.Length);
        foreach (var statement in statements)
        {
            writer.String(statement.Id);
            writer.String(statement.SpeakerId);
            writer.Date(statement.Said);
            writer.Date(statement.Published);
            writer.OptionalString(statement.EventId);
            writer.Byte((byte)statement.Kind);
            writer.String(statement.Gist);
            writer.Strings(statement.Tags);
            writer.String(statement.Source);
        }

        return writer.ToArray();
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    /// <exception cref="InvalidDataException">Cut short or inconsistent.</exception>
    public static (ImmutableArray<CatalogEntity> Entities, ImmutableArray<Statement> Statements) Read(ReadOnlySpan<byte> section)
    {
        try
        {
            var reader = new Reader(section);
            var entities = new CatalogEntity[reader.Count()];
            for (var i = 0; i < entities.Length; i++)
            {
                entities[i] = ReadEntity(ref reader);
            }

            var statements = new Statement[reader.Count()];
            for (var i = 0; i < statements.Length; i++)
            {
                statements[i] = new Statement(
                    reader.String(),
                    reader.String(),
                    reader.Date() ?? throw Damaged("a statement without a date"),
                    reader.Date(),
                    reader.OptionalString(),
                    (StatementKind)reader.Byte(),
                    reader.String(),
                    reader.Strings(),
                    reader.String());
            }

            if (!reader.AtEnd)
            {
                throw Damaged("bytes after the statements");
            }

            return (ImmutableCollectionsMarshal.AsImmutableArray(entities), ImmutableCollectionsMarshal.AsImmutableArray(statements));
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or FormatException or KeyNotFoundException)
        {
            // A number pointing past the data or the string table, a date or decimal out of range, bytes that are not
            // UTF-8 (a DecoderFallbackException, an ArgumentException).
            throw new InvalidDataException("compiled catalog is damaged: " + e.Message, e);
        }
    }

    private static void WriteFields(Writer writer, CatalogEntity entity)
    {
        switch (entity)
        {
            case Country country:
                writer.Range(country.Existence);
                break;
            case Territory territory:
                writer.Byte((byte)territory.Kind);
                writer.OptionalString(territory.ParentId);
                writer.Strings(territory.MemberIds);
                writer.Int(territory.Areas.Count);
                foreach (var area in territory.Areas)
                {
                    writer.Decimal(area.SquareKilometres);
                    writer.String(area.Source);
                    writer.Date(area.AsOf);
                }

                writer.Byte(territory.Coordinates is null ? (byte)0 : (byte)1);
                if (territory.Coordinates is { } point)
                {
                    writer.Double(point.Latitude);
                    writer.Double(point.Longitude);
                }

                writer.Periods(territory.Administration);
                writer.Periods(territory.Claims);
                break;
            case Instrument instrument:
                writer.Byte((byte)instrument.Kind);
                writer.Date(instrument.Signed);
                writer.Date(instrument.SignedJulian);
                writer.Date(instrument.Ratified);
                writer.Date(instrument.InForce);
                writer.Date(instrument.Ended);
                writer.Byte(instrument.End is { } end ? (byte)((int)end + 1) : (byte)0);
                writer.OptionalString(instrument.Place);
                writer.Strings(instrument.PartyIds);
                writer.Int(instrument.Provisions.Count);
                foreach (var provision in instrument.Provisions)
                {
                    writer.String(provision.Article);
                    writer.String(provision.Effect);
                    writer.Strings(provision.TerritoryIds);
                    writer.OptionalString(provision.FromCountryId);
                    writer.OptionalString(provision.ToCountryId);
                    writer.String(provision.Summary);
                }

                break;
            case Office office:
                writer.String(office.CountryId);
                break;
            case Person person:
                writer.String(person.CountryId);
                writer.Byte(person.Gender is { } gender ? (byte)((int)gender + 1) : (byte)0);
                writer.Int(person.NameParts.Count);
                foreach (var part in person.NameParts)
                {
                    writer.String(part.Language);
                    writer.Strings(part.Family);
                    writer.Strings(part.Given);
                    writer.Strings(part.Patronymic);
                }

                writer.Int(person.Tenures.Count);
                foreach (var tenure in person.Tenures)
                {
                    writer.String(tenure.OfficeId);
                    writer.Range(tenure.Period);
                    writer.String(tenure.Source);
                }

                break;
            case Outlet outlet:
                writer.OptionalString(outlet.CountryId);
                writer.Int(outlet.Cues.Count);
                foreach (var cue in outlet.Cues)
                {
                    writer.Byte((byte)cue.Kind);
                    writer.String(cue.Text);
                }

                break;
            case Event @event:
                writer.String(@event.Kind);
                writer.Date(@event.Start);
                writer.Date(@event.End);
                writer.OptionalString(@event.Place);
                break;
            case Institution institution:
                writer.Byte((byte)institution.Kind);
                writer.String(institution.CountryId);
                break;
            default:
                throw new InvalidOperationException("no compiled form for an entity of kind " + entity.EntityKind);
        }
    }

    private static CatalogEntity ReadEntity(ref Reader reader)
    {
        var kind = (EntityKind)reader.Byte();
        var id = reader.String();
        var neutral = reader.OptionalString();
        var names = reader.Names();
        var source = reader.String();
        switch (kind)
        {
            case EntityKind.Country:
                return new Country(id, names, reader.OptionalRange(), source) { NeutralName = neutral };
            case EntityKind.Territory:
            {
                var territoryKind = (TerritoryKind)reader.Byte();
                var parent = reader.OptionalString();
                var members = reader.Strings();
                var areas = new AreaFigure[reader.Count()];
                for (var i = 0; i < areas.Length; i++)
                {
                    areas[i] = new AreaFigure(reader.Decimal(), reader.String(), reader.Date());
                }

                GeoPoint? coordinates = reader.Byte() == 0 ? null : new GeoPoint(reader.Double(), reader.Double());
                var administration = reader.Periods();
                var claims = reader.Periods();
                return new Territory(id, territoryKind, names, parent, members, ImmutableCollectionsMarshal.AsImmutableArray(areas), coordinates, administration, claims, source) { NeutralName = neutral };
            }

            case EntityKind.Instrument:
            {
                var instrumentKind = (InstrumentKind)reader.Byte();
                var signed = reader.Date();
                var signedJulian = reader.Date();
                var ratified = reader.Date();
                var inForce = reader.Date();
                var ended = reader.Date();
                var end = reader.Byte();
                var place = reader.OptionalString();
                var parties = reader.Strings();
                var provisions = new Provision[reader.Count()];
                for (var i = 0; i < provisions.Length; i++)
                {
                    provisions[i] = new Provision(reader.String(), reader.String(), reader.Strings(), reader.OptionalString(), reader.OptionalString(), reader.String());
                }

                InstrumentEnd? howEnded = end == 0 ? null : (InstrumentEnd)(end - 1);
                return new Instrument(id, instrumentKind, names, signed, signedJulian, ratified, inForce, ended, howEnded, place, parties, ImmutableCollectionsMarshal.AsImmutableArray(provisions), source) { NeutralName = neutral };
            }

            case EntityKind.Office:
                return new Office(id, reader.String(), names, source) { NeutralName = neutral };
            case EntityKind.Person:
            {
                var country = reader.String();
                var gender = reader.Byte();
                var parts = new PersonName[reader.Count()];
                for (var i = 0; i < parts.Length; i++)
                {
                    parts[i] = new PersonName(reader.String(), reader.Strings(), reader.Strings(), reader.Strings());
                }

                var tenures = new Tenure[reader.Count()];
                for (var i = 0; i < tenures.Length; i++)
                {
                    tenures[i] = new Tenure(reader.String(), reader.Range(), reader.String());
                }

                return new Person(id, country, ImmutableCollectionsMarshal.AsImmutableArray(parts), names, ImmutableCollectionsMarshal.AsImmutableArray(tenures), source)
                {
                    NeutralName = neutral,
                    Gender = gender == 0 ? null : (PersonGender)(gender - 1),
                };
            }

            case EntityKind.Outlet:
            {
                var country = reader.OptionalString();
                var cues = new OutletCue[reader.Count()];
                for (var i = 0; i < cues.Length; i++)
                {
                    cues[i] = new OutletCue((OutletCueKind)reader.Byte(), reader.String());
                }

                return new Outlet(id, country, names, ImmutableCollectionsMarshal.AsImmutableArray(cues), source) { NeutralName = neutral };
            }

            case EntityKind.Event:
            {
                var eventKind = reader.String();
                var start = reader.Date() ?? throw Damaged("an event without a start");
                return new Event(id, eventKind, names, start, reader.Date(), reader.OptionalString(), source) { NeutralName = neutral };
            }

            case EntityKind.Institution:
                return new Institution(id, (InstitutionKind)reader.Byte(), reader.String(), names, source) { NeutralName = neutral };
            default:
                throw Damaged("an unknown entity kind");
        }
    }

    private static InvalidDataException Damaged(string what) => new("compiled catalog is damaged: " + what);

    /// <summary>Writes the section: the body first into a buffer, since the string table that precedes it grows as it is written.</summary>
    private sealed class Writer
    {
        private readonly MemoryStream _body = new();
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _strings = [];

        public void Byte(byte value) => _body.WriteByte(value);

        public void Int(int value) => Int(_body, value);

        public void String(string text) => Int(Intern(text));

        public void OptionalString(string? text) => Int(text is null ? 0 : Intern(text) + 1);

        public void Strings(EquatableArray<string> texts)
        {
            Int(texts.Count);
            foreach (var text in texts)
            {
                String(text);
            }
        }

        public void Names(EquatableArray<Name> names)
        {
            Int(names.Count);
            foreach (var name in names)
            {
                String(name.Text);
                String(name.Language);
                Byte((byte)name.Kind);
                Strings(name.UsedBy);
                Byte((byte)((name.Ambiguous ? Ambiguous : 0) | (name.FrameOnly ? FrameOnly : 0) | (name.CaseSensitive ? CaseSensitive : 0) | (name.Generic ? Generic : 0)));
            }
        }

        public void Date(LocalDate? date)
        {
            if (date is not { } d)
            {
                Byte(NoDate);
                return;
            }

            if (d.Calendar == CalendarSystem.Iso)
            {
                Byte(IsoDate);
            }
            else
            {
                Byte(OtherCalendarDate);
                String(d.Calendar.Id);
            }

            Int(d.Year);
            Int(d.Month);
            Int(d.Day);
        }

        public void Range(DateRange range)
        {
            Date(range.Start);
            Date(range.End);
        }

        public void Range(DateRange? range)
        {
            Byte(range is null ? (byte)0 : (byte)1);
            if (range is { } r)
            {
                Range(r);
            }
        }

        public void Periods(EquatableArray<SovereigntyPeriod> periods)
        {
            Int(periods.Count);
            foreach (var period in periods)
            {
                String(period.CountryId);
                Range(period.Period);
                OptionalString(period.Unit);
                String(period.Source);
            }
        }

        public void Decimal(decimal value)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(value, bits);
            Span<byte> bytes = stackalloc byte[16];
            for (var i = 0; i < 4; i++)
            {
                BinaryPrimitives.WriteInt32LittleEndian(bytes[(i * 4)..], bits[i]);
            }

            _body.Write(bytes);
        }

        public void Double(double value)
        {
            Span<byte> bytes = stackalloc byte[8];
            BinaryPrimitives.WriteDoubleLittleEndian(bytes, value);
            _body.Write(bytes);
        }

        public byte[] ToArray()
        {
            using var section = new MemoryStream();
            Int(section, _strings.Count);
            foreach (var text in _strings)
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                Int(section, bytes.Length);
                section.Write(bytes);
            }

            _body.WriteTo(section);
            return section.ToArray();
        }

        private static void Int(Stream stream, int value)
        {
            var rest = (uint)value;
            while (rest >= 0x80)
            {
                stream.WriteByte((byte)(rest | 0x80));
                rest >>= 7;
            }

            stream.WriteByte((byte)rest);
        }

        private int Intern(string text)
        {
            if (!_index.TryGetValue(text, out var index))
            {
                index = _strings.Count;
                _index.Add(text, index);
                _strings.Add(text);
            }

            return index;
        }
    }

    /// <summary>Decodes the section from memory; a read past the end or a string index past the table throws.</summary>
    private ref struct Reader
    {
        private static readonly UTF8Encoding Strict = new(false, true);
        private readonly ReadOnlySpan<byte> _bytes;
        private readonly string[] _strings;
        private int _at;

        public Reader(ReadOnlySpan<byte> bytes)
        {
            _bytes = bytes;
            _strings = new string[Count()];
            for (var i = 0; i < _strings.Length; i++)
            {
                var length = Count();
                _strings[i] = Strict.GetString(_bytes.Slice(_at, length));
                _at += length;
            }
        }

        public readonly bool AtEnd => _at == _bytes.Length;

        public byte Byte() => _bytes[_at++];

        public int Int()
        {
            uint value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var b = _bytes[_at++];
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return (int)value;
                }
            }

            throw new FormatException("a 7-bit encoded integer longer than five bytes");
        }

        /// <summary>A count of items or bytes, each taking at least one byte, so no count can exceed what is left.</summary>
        public int Count()
        {
            var count = Int();
            return count >= 0 && count <= _bytes.Length - _at ? count : throw Damaged("a count longer than the data");
        }

        public string String() => _strings[Int()];

        public string? OptionalString()
        {
            var index = Int();
            return index == 0 ? null : _strings[index - 1];
        }

        public EquatableArray<string> Strings()
        {
            var count = Count();
            if (count == 0)
            {
                return EquatableArray<string>.Empty;
            }

            var texts = new string[count];
            for (var i = 0; i < texts.Length; i++)
            {
                texts[i] = String();
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(texts);
        }

        public EquatableArray<Name> Names()
        {
            var names = new Name[Count()];
            for (var i = 0; i < names.Length; i++)
            {
                var text = String();
                var language = String();
                var kind = (NameKind)Byte();
                var usedBy = Strings();
                var flags = Byte();
                names[i] = new Name(text, language, kind, usedBy, (flags & Ambiguous) != 0, (flags & FrameOnly) != 0, (flags & CaseSensitive) != 0) { Generic = (flags & Generic) != 0 };
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(names);
        }

        public LocalDate? Date()
        {
            var tag = Byte();
            if (tag == NoDate)
            {
                return null;
            }

            var calendar = tag switch
            {
                IsoDate => CalendarSystem.Iso,
                OtherCalendarDate => CalendarSystem.ForId(String()),
                _ => throw Damaged("an unknown kind of date"),
            };
            return new LocalDate(Int(), Int(), Int(), calendar);
        }

        public DateRange Range() => new(Date() ?? throw Damaged("a range without a start"), Date());

        public DateRange? OptionalRange() => Byte() == 0 ? null : Range();

        public EquatableArray<SovereigntyPeriod> Periods()
        {
            var periods = new SovereigntyPeriod[Count()];
            for (var i = 0; i < periods.Length; i++)
            {
                periods[i] = new SovereigntyPeriod(String(), Range(), OptionalString(), String());
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(periods);
        }

        public decimal Decimal()
        {
            Span<int> bits = stackalloc int[4];
            for (var i = 0; i < 4; i++)
            {
                bits[i] = BinaryPrimitives.ReadInt32LittleEndian(_bytes.Slice(_at, 4));
                _at += 4;
            }

            return new decimal(bits);
        }

        public double Double()
        {
            var value = BinaryPrimitives.ReadDoubleLittleEndian(_bytes.Slice(_at, 8));
            _at += 8;
            return value;
        }
    }
}
