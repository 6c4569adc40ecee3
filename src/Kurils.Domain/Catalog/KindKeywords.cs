namespace Kurils.Domain.Catalog;

/// <summary>
/// The keyword tables the catalog's YAML and the language packs both read: the kinds of instrument and of
/// institution. A class of their own so that reading a pack's <c>dispute</c> or <c>speech</c> section does not run
/// the static initializer of <see cref="CatalogLoader"/> (and, under the JIT, compile it), which a start from the
/// compiled catalog never needs.
/// </summary>
internal static class KindKeywords
{
    /// <summary>The kinds of instrument as the YAML names them (the catalog's instruments, the language packs' instrument words).</summary>
    public static readonly Keywords Instruments = new(
        ["treaty", "declaration", "statement", "constitutional-amendment", "agreement"],
        [(int)InstrumentKind.Treaty, (int)InstrumentKind.Declaration, (int)InstrumentKind.Statement, (int)InstrumentKind.ConstitutionalAmendment, (int)InstrumentKind.Agreement]);

    /// <summary>The kinds of institution as the YAML names them (the catalog's institutions, the language packs' institution anaphora).</summary>
    public static readonly Keywords Institutions = new(
        ["executive-office", "government", "ministry", "parliament", "agency", "regional-government", "municipality", "embassy", "association"],
        [(int)InstitutionKind.ExecutiveOffice, (int)InstitutionKind.Government, (int)InstitutionKind.Ministry, (int)InstitutionKind.Parliament, (int)InstitutionKind.Agency,
         (int)InstitutionKind.RegionalGovernment, (int)InstitutionKind.Municipality, (int)InstitutionKind.Embassy, (int)InstitutionKind.Association]);
}
