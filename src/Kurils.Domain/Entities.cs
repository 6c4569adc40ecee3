using System.Collections.Immutable;
using NodaTime;

namespace Kurils.Domain;

/// <summary>The kinds of things the catalog holds.</summary>
public enum EntityKind
{
    /// <summary>A <see cref="Domain.Territory"/>.</summary>
    Territory,

    /// <summary>An <see cref="Domain.Instrument"/>.</summary>
    Instrument,

    /// <summary>A <see cref="Domain.Person"/>.</summary>
    Person,

    /// <summary>An <see cref="Domain.Office"/>.</summary>
    Office,

    /// <summary>An <see cref="Domain.Outlet"/>.</summary>
    Outlet,

    /// <summary>A <see cref="Domain.Country"/>.</summary>
    Country,

    /// <summary>An <see cref="Domain.Event"/>.</summary>
    Event,

    /// <summary>An <see cref="Domain.Institution"/>.</summary>
    Institution,
}

/// <summary>Anything in the catalog that has an id and names.</summary>
/// <param name="Id">The canonical id, lower-case kebab-case (a contract: see the README).</param>
/// <param name="Names">Every curated name.</param>
/// <param name="Source">Where the facts come from.</param>
public abstract record CatalogEntity(string Id, EquatableArray<Name> Names, string Source)
{
    /// <summary>What kind of entity this is.</summary>
    public abstract EntityKind EntityKind { get; }

    /// <summary>
    /// A curated English label that takes no side, for an entity whose every English name is one side's (the four
    /// disputed islands are "Northern Territories" in Japan and "Southern Kurils" in Russia); null when none is curated.
    /// It is a label for tables and reports, never matched in text.
    /// </summary>
    public string? NeutralName { get; init; }

    /// <summary>The <see cref="NeutralName"/>, else the first curated English name, or the first name, or the id.</summary>
    public string DisplayName
    {
        get
        {
            if (NeutralName is not null)
            {
                return NeutralName;
            }

            foreach (var name in Names)
            {
                if (name.Language.StartsWith("en", StringComparison.Ordinal))
                {
                    return name.Text;
                }
            }

            return Names.Count > 0 ? Names[0].Text : Id;
        }
    }

    /// <summary>
    /// The name one side uses: the first name in <paramref name="language"/> used by <paramref name="countryId"/>
    /// ("Northern Territories" for <c>japan</c>, "Southern Kurils" for <c>russia</c>), else <see cref="DisplayName"/>.
    /// </summary>
    /// <param name="countryId">The side, for example <c>japan</c>.</param>
    /// <param name="language">The language's first subtag, English by default.</param>
    public string DisplayNameFor(string countryId, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(countryId);
        ArgumentNullException.ThrowIfNull(language);
        foreach (var name in Names)
        {
            var inLanguage = name.Language.StartsWith(language, StringComparison.Ordinal)
                && (name.Language.Length == language.Length || name.Language[language.Length] == '-');
            if (inLanguage && name.UsedBy.Contains(countryId))
            {
                return name.Text;
            }
        }

        return DisplayName;
    }
}

/// <summary>A sovereign state, past or present.</summary>
/// <param name="Id">The id, for example <c>russia</c>.</param>
/// <param name="Names">Its names.</param>
/// <param name="Existence">When it existed.</param>
/// <param name="Source">Where the facts come from.</param>
public sealed record Country(string Id, EquatableArray<Name> Names, DateRange? Existence, string Source)
    : CatalogEntity(Id, Names, Source)
{
    /// <inheritdoc/>
    public override EntityKind EntityKind => EntityKind.Country;
}

/// <summary>What kind of place a territory is.</summary>
public enum TerritoryKind
{
    /// <summary>A single island.</summary>
    Island,

    /// <summary>A small island or rock.</summary>
    Islet,

    /// <summary>A named group of islands (Habomai, the four disputed islands).</summary>
    IslandGroup,

    /// <summary>A whole chain of islands (the Kurils).</summary>
    Archipelago,

    /// <summary>Any other place: a region, peninsula or town.</summary>
    Region,
}

/// <summary>One published area figure, kept with its source because sources disagree.</summary>
/// <param name="SquareKilometres">The area in km².</param>
/// <param name="Source">Who gives the figure.</param>
/// <param name="AsOf">When the figure was current.</param>
public sealed record AreaFigure(decimal SquareKilometres, string Source, LocalDate? AsOf);

/// <summary>A point on the globe in decimal degrees (WGS 84).</summary>
/// <param name="Latitude">Degrees north.</param>
/// <param name="Longitude">Degrees east.</param>
public readonly record struct GeoPoint(double Latitude, double Longitude);

/// <summary>A country's administration or claim of a territory over a period.</summary>
/// <param name="CountryId">The administering or claiming country.</param>
/// <param name="Period">When.</param>
/// <param name="Unit">The administrative unit, when known.</param>
/// <param name="Source">Where the facts come from.</param>
public sealed record SovereigntyPeriod(string CountryId, DateRange Period, string? Unit, string Source);

/// <summary>An island, islet, island group or region.</summary>
/// <param name="Id">The id, for example <c>iturup</c>.</param>
/// <param name="Kind">What kind of place it is.</param>
/// <param name="Names">Every curated name in every script.</param>
/// <param name="ParentId">The territory it geographically belongs to, if any.</param>
/// <param name="MemberIds">For groups, the member territories.</param>
/// <param name="Areas">Published area figures.</param>
/// <param name="Coordinates">A representative point.</param>
/// <param name="Administration">Who administered it, when.</param>
/// <param name="Claims">Who claims it, when.</param>
/// <param name="Source">Where the facts come from.</param>
public sealed record Territory(
    string Id,
    TerritoryKind Kind,
    EquatableArray<Name> Names,
    string? ParentId,
    EquatableArray<string> MemberIds,
    EquatableArray<AreaFigure> Areas,
    GeoPoint? Coordinates,
    EquatableArray<SovereigntyPeriod> Administration,
    EquatableArray<SovereigntyPeriod> Claims,
    string Source)
    : CatalogEntity(Id, Names, Source)
{
    /// <inheritdoc/>
    public override EntityKind EntityKind => EntityKind.Territory;

    /// <summary>Whether this territory is a set of other territories.</summary>
    public bool IsGroup => !MemberIds.IsEmpty;
}

/// <summary>What kind of document an instrument is.</summary>
public enum InstrumentKind
{
    /// <summary>A treaty.</summary>
    Treaty,

    /// <summary>A declaration.</summary>
    Declaration,

    /// <summary>A joint statement.</summary>
    Statement,

    /// <summary>An amendment to a constitution.</summary>
    ConstitutionalAmendment,

    /// <summary>An agreement or pact.</summary>
    Agreement,
}

/// <summary>How an instrument ceased to bind, where sources say.</summary>
public enum InstrumentEnd
{
    /// <summary>Replaced by a later instrument on the same matter (the date is the later one's entry into force).</summary>
    Superseded,

    /// <summary>Declared void, or voided by war between the parties.</summary>
    Annulled,

    /// <summary>Ran out at the end of its term.</summary>
    Expired,

    /// <summary>Ended by a party's notice (denunciation, notice of non-renewal).</summary>
    Denounced,

    /// <summary>A statement of intent that was never a treaty in force (the Cairo communiqué, the Yalta agreement as the United States described it in 1956).</summary>
    NotBinding,
}

/// <summary>A territorial provision of an instrument, as data.</summary>
/// <param name="Article">The article, for example <c>9</c> or <c>2(c)</c>.</param>
/// <param name="Effect">A kebab-case tag, for example <c>transfer-after-peace-treaty</c>.</param>
/// <param name="TerritoryIds">The territories it concerns.</param>
/// <param name="FromCountryId">The country giving up the territories, if any.</param>
/// <param name="ToCountryId">The country receiving them, if any.</param>
/// <param name="Summary">What it says, in one sentence.</param>
public sealed record Provision(
    string Article,
    string Effect,
    EquatableArray<string> TerritoryIds,
    string? FromCountryId,
    string? ToCountryId,
    string Summary);

/// <summary>A treaty, declaration, statement or constitutional amendment.</summary>
/// <param name="Id">The id, for example <c>joint-declaration-1956</c>.</param>
/// <param name="Kind">What kind of document.</param>
/// <param name="Names">Names in English, Russian and Japanese.</param>
/// <param name="Signed">The signing date (Gregorian), if signed.</param>
/// <param name="SignedJulian">The signing date as given in the Julian calendar, where sources give it.</param>
/// <param name="Ratified">The ratification date.</param>
/// <param name="InForce">The date it entered into force.</param>
/// <param name="Ended">The date it ended (termination, denunciation), if it did.</param>
/// <param name="End">How it ended, where sources say; <see cref="InstrumentEnd.NotBinding"/> means it was never in force.</param>
/// <param name="Place">Where it was signed.</param>
/// <param name="PartyIds">The countries party to it.</param>
/// <param name="Provisions">Its territorial provisions.</param>
/// <param name="Source">Where the facts come from.</param>
public sealed record Instrument(
    string Id,
    InstrumentKind Kind,
    EquatableArray<Name> Names,
    LocalDate? Signed,
    LocalDate? SignedJulian,
    LocalDate? Ratified,
    LocalDate? InForce,
    LocalDate? Ended,
    InstrumentEnd? End,
    string? Place,
    EquatableArray<string> PartyIds,
    EquatableArray<Provision> Provisions,
    string Source)
    : CatalogEntity(Id, Names, Source)
{
    /// <inheritdoc/>
    public override EntityKind EntityKind => EntityKind.Instrument;

    /// <summary>Whether the instrument is in force on <paramref name="date"/>: from its entry into force (or signing) to its end; never for a statement of intent.</summary>
    /// <param name="date">The day.</param>
    public bool IsInForceOn(LocalDate date)
    {
        if (End == InstrumentEnd.NotBinding)
        {
            return false;
        }

        var start = InForce ?? Signed;
        return start is { } s && date >= s && (Ended is not { } e || date < e);
    }
}

/// <summary>A public office, for example Japan's Chief Cabinet Secretary.</summary>
/// <param name="Id">The id, for example <c>chief-cabinet-secretary</c>.</param>
/// <param name="CountryId">The country of the office.</param>
/// <param name="Names">Names in English, Russian and Japanese.</param>
/// <param name="Source">Where the facts come from.</param>
public sealed record Office(string Id, string CountryId, EquatableArray<Name> Names, string Source)
    : CatalogEntity(Id, Names, Source)
{
    /// <inheritdoc/>
    public override EntityKind EntityKind => EntityKind.Office;

    /// <summary>
    /// Descriptions the press uses for whoever holds the office, as written ("the Russian leader", "глава
    /// государства"): in an article they stand for the holder on its date. Not names: never matched as the office.
    /// </summary>
    public EquatableArray<string> Epithets { get; init; } = ImmutableArray<string>.Empty;
}

/// <summary>A period in which a person held an office.</summary>
/// <param name="OfficeId">The office.</param>
/// <param name="Period">When.</param>
/// <param name="Source">Where the dates come from.</param>
public sealed record Tenure(string OfficeId, DateRange Period, string Source);

/// <summary>A person, with the names by which the press knows them and the offices they held.</summary>
/// <param name="Id">The id, <c>family-given</c>, for example <c>hayashi-yoshimasa</c>.</param>
/// <param name="CountryId">The person's country.</param>
/// <param name="NameParts">Curated name parts per language.</param>
/// <param name="Names">Every name: the curated aliases and the forms generated from the parts.</param>
/// <param name="Tenures">Offices held, in date order.</param>
/// <param name="Source">Where the facts come from.</param>
public sealed record Person(
    string Id,
    string CountryId,
    EquatableArray<PersonName> NameParts,
    EquatableArray<Name> Names,
    EquatableArray<Tenure> Tenures,
    string Source)
    : CatalogEntity(Id, Names, Source)
{
    /// <inheritdoc/>
    public override EntityKind EntityKind => EntityKind.Person;

    /// <summary>Whether the person held <paramref name="officeId"/> on <paramref name="date"/>.</summary>
    /// <param name="officeId">The office.</param>
    /// <param name="date">The day.</param>
    public bool HeldOn(string officeId, LocalDate date)
    {
        foreach (var tenure in Tenures)
        {
            if (string.Equals(tenure.OfficeId, officeId, StringComparison.Ordinal) && tenure.Period.Contains(date))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>How an outlet shows itself in pasted text.</summary>
public enum OutletCueKind
{
    /// <summary>An agency tag in a dateline, for example <c>/TASS/</c>.</summary>
    Dateline,

    /// <summary>A photo or text credit, for example <c>© Name/TASS</c>.</summary>
    Credit,

    /// <summary>A closing credit, for example <c>© KYODO</c>.</summary>
    Signature,

    /// <summary>Page furniture unique to the outlet's site.</summary>
    Page,
}

/// <summary>A literal text by which an outlet shows itself.</summary>
/// <param name="Kind">Where the cue appears.</param>
/// <param name="Text">The literal text, matched ignoring case.</param>
public sealed record OutletCue(OutletCueKind Kind, string Text);

/// <summary>A news outlet or agency.</summary>
/// <param name="Id">The id, for example <c>tass</c>.</param>
/// <param name="CountryId">Where it is based.</param>
/// <param name="Names">Its names.</param>
/// <param name="Cues">How it shows itself in pasted text.</param>
/// <param name="Source">Where the facts come from.</param>
public sealed record Outlet(string Id, string? CountryId, EquatableArray<Name> Names, EquatableArray<OutletCue> Cues, string Source)
    : CatalogEntity(Id, Names, Source)
{
    /// <inheritdoc/>
    public override EntityKind EntityKind => EntityKind.Outlet;
}

/// <summary>A forum, press conference, interview or other dated event.</summary>
/// <param name="Id">The id.</param>
/// <param name="Kind">A kebab-case kind, for example <c>press-conference</c>.</param>
/// <param name="Names">Its names.</param>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day (inclusive), when it lasted more than one.</param>
/// <param name="Place">Where.</param>
/// <param name="Source">Where the facts come from.</param>
public sealed record Event(string Id, string Kind, EquatableArray<Name> Names, LocalDate Start, LocalDate? End, string? Place, string Source)
    : CatalogEntity(Id, Names, Source)
{
    /// <inheritdoc/>
    public override EntityKind EntityKind => EntityKind.Event;
}

/// <summary>What kind of body an institution is.</summary>
public enum InstitutionKind
{
    /// <summary>A head of state's or government's own office: the Kremlin, the Prime Minister's Office of Japan.</summary>
    ExecutiveOffice,

    /// <summary>A government as a body: the Cabinet of Japan, the Government of the Russian Federation.</summary>
    Government,

    /// <summary>A ministry: the foreign and defence ministries.</summary>
    Ministry,

    /// <summary>A parliament or one of its chambers: the National Diet, the State Duma, the Federation Council.</summary>
    Parliament,

    /// <summary>A service or agency: the FSB Border Service.</summary>
    Agency,

    /// <summary>The government of a region: Sakhalin Oblast, Hokkaido.</summary>
    RegionalGovernment,

    /// <summary>A city or town's government: Nemuro.</summary>
    Municipality,

    /// <summary>An embassy.</summary>
    Embassy,

    /// <summary>An association of citizens: the League of Residents of Chishima and Habomai Islands.</summary>
    Association,
}

/// <summary>
/// A body that speaks or acts as one in the dispute: a ministry, a parliament, the Kremlin, a regional government,
/// an embassy, the former islanders' league. "Japan's Foreign Ministry said", "В МИД России заявили", "外務省は".
/// </summary>
/// <param name="Id">The id, for example <c>foreign-ministry-japan</c>.</param>
/// <param name="Kind">What kind of body it is.</param>
/// <param name="CountryId">The country it belongs to.</param>
/// <param name="Names">Its names, in the forms the press uses, in every language curated.</param>
/// <param name="Source">Where the facts come from.</param>
public sealed record Institution(string Id, InstitutionKind Kind, string CountryId, EquatableArray<Name> Names, string Source)
    : CatalogEntity(Id, Names, Source)
{
    /// <inheritdoc/>
    public override EntityKind EntityKind => EntityKind.Institution;
}

/// <summary>Whether a statement is quoted or paraphrased.</summary>
public enum StatementKind
{
    /// <summary>A direct quotation.</summary>
    Direct,

    /// <summary>Reported (indirect) speech.</summary>
    Reported,
}

/// <summary>A curated statement by a person on the dispute.</summary>
/// <param name="Id">The id.</param>
/// <param name="SpeakerId">The person who said it.</param>
/// <param name="Said">When it was said.</param>
/// <param name="Published">When it was first published, if later.</param>
/// <param name="EventId">The event at which it was said.</param>
/// <param name="Kind">Direct or reported.</param>
/// <param name="Gist">What was said, in one sentence.</param>
/// <param name="Tags">Stance and topic tags.</param>
/// <param name="Source">Where the facts come from.</param>
public sealed record Statement(
    string Id,
    string SpeakerId,
    LocalDate Said,
    LocalDate? Published,
    string? EventId,
    StatementKind Kind,
    string Gist,
    EquatableArray<string> Tags,
    string Source);
