using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Kurils.Domain.Names;
using NodaTime;

namespace Kurils.Domain.Catalog;

/// <summary>
/// The values the entity readers share: the keyword tables of the data's enumerations, names, date ranges and
/// periods, sources and lists of texts, each read with its problems reported at their positions.
/// </summary>
internal sealed partial class CatalogLoader
{
    // Keyword tables as arrays, not Dictionary<string, TEnum>: each enum type would be one more generic
    // dictionary to JIT-compile in every fresh process, for lookups among at most seven words.
    private static readonly Keywords NameKinds = new(
        ["official", "romanization", "exonym", "historical", "political-framing", "variant", "abbreviation"],
        [(int)NameKind.Official, (int)NameKind.Romanization, (int)NameKind.Exonym, (int)NameKind.Historical, (int)NameKind.PoliticalFraming, (int)NameKind.Variant, (int)NameKind.Abbreviation]);

    private static readonly Keywords TerritoryKinds = new(
        ["island", "islet", "island-group", "archipelago", "region"],
        [(int)TerritoryKind.Island, (int)TerritoryKind.Islet, (int)TerritoryKind.IslandGroup, (int)TerritoryKind.Archipelago, (int)TerritoryKind.Region]);

    private static Keywords InstrumentKinds => KindKeywords.Instruments;

    private static readonly Keywords InstrumentEnds = new(
        ["superseded", "annulled", "expired", "denounced", "not-binding"],
        [(int)InstrumentEnd.Superseded, (int)InstrumentEnd.Annulled, (int)InstrumentEnd.Expired, (int)InstrumentEnd.Denounced, (int)InstrumentEnd.NotBinding]);

    private static readonly Keywords CueKinds = new(
        ["dateline", "credit", "signature", "page"],
        [(int)OutletCueKind.Dateline, (int)OutletCueKind.Credit, (int)OutletCueKind.Signature, (int)OutletCueKind.Page]);

    private static Keywords InstitutionKinds => KindKeywords.Institutions;

    private static readonly Keywords Genders = new(
        ["female", "male"],
        [(int)PersonGender.Female, (int)PersonGender.Male]);

    private static readonly Keywords StatementKinds = new(
        ["direct", "reported"],
        [(int)StatementKind.Direct, (int)StatementKind.Reported]);

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
        foreach (var reader in owner.Mappings("names", "a name"))
        {
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
            var generic = note is not null && note.StartsWith("generic", StringComparison.Ordinal);
            var name = new Name(text, language, (NameKind)kind, usedBy, ambiguous, frameOnly, caseSensitive) { Generic = generic };
            builder.Add(name);
            positions.Add(new(name, SourceLocation.Of(reader)));
        }

        return builder.ToImmutable();
    }

    private T Register<T>(T entity, List<PlacedName> positions)
        where T : CatalogEntity
    {
        // Kept for the collision check in Build.
        foreach (var (name, at) in positions)
        {
            _curatedNames.Add(new(name, entity, at));
        }

        return entity;
    }

    private ImmutableArray<SovereigntyPeriod> Periods(MappingReader owner, string key)
    {
        var builder = ImmutableArray.CreateBuilder<SovereigntyPeriod>();
        foreach (var reader in owner.Mappings(key, "a period"))
        {
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
}
