using System.Collections.Immutable;
using Kurils.Domain.Languages;
using Kurils.Domain.Names;
using Kurils.Domain.Parsing.Segmentation;
using NodaTime;

namespace Kurils.Domain.Parsing.Mentions;

/// <summary>
/// Turns the names the scanner finds into mentions of single entities: applies the traps (frame-only islet
/// names, ship classes, lower-case surnames), picks one person for a shared family name or abstains, resolves
/// bare offices to their holder on the article's date, keeps generic instrument names ("peace treaty") only
/// beside their parties and territory descriptions ("the four islands") only beside a name of the dispute's
/// map, and finds instruments described rather than named.
/// (Epithets and pronouns, which stand for a person without naming them, are the statement stage's: see
/// <see cref="Statements.Epithets"/>.)
/// </summary>
internal sealed class MentionFinder
{
    private readonly KurilsCatalog _catalog;

    // Their instrument kind words, of every pack (LanguagePacks.EveryLanguage), built at the first parse, not here.
    private readonly LanguagePacks _languages;

    // Every pack: their people words apply to an article whose language is undetermined.
    private readonly ImmutableArray<LanguagePack> _allPacks;

    // Tells a catalog person's family name from a namesake's ("Taro Kishida").
    private readonly Namesakes _namesakes;

    /// <summary>A finder over <paramref name="catalog"/> with the shipped language packs.</summary>
    public MentionFinder(KurilsCatalog catalog)
        : this(catalog, LanguagePacks.Default)
    {
    }

    /// <summary>A finder over <paramref name="catalog"/> that describes instruments with the words of <paramref name="languages"/>.</summary>
    public MentionFinder(KurilsCatalog catalog, LanguagePacks languages)
    {
        _catalog = catalog;
        _languages = languages;
        _allPacks = [.. languages];
        _namesakes = new Namesakes(catalog, languages);
    }

    /// <summary>
    /// Resolves the names the scanner found (<see cref="ParseContext.Names"/>) into mentions on the article's
    /// reference date, when known, and adds the instruments described rather than named: fills
    /// <see cref="ParseContext.NameMentions"/>, in <see cref="MentionOrder"/>.
    /// </summary>
    public void Find(ParseContext context)
    {
        var text = context.Text;
        var map = context.Map;
        var matches = context.Names;
        var date = context.ReferenceDate;
        var segments = map.Segments;

        // A namesake named in full ("Taro Kishida, a fisherman") takes the bare family names that follow.
        var namesakes = context.NamesakeMatches;
        _namesakes.Find(text, map, matches, namesakes, context.Namesakes, context.Language.Active);

        // People named in full anywhere in the article settle who a shared family name means.
        var namedInFull = context.NamedInFull;
        foreach (var match in matches)
        {
            var entries = match.Entries;
            if (entries.Length == 1 && entries[0] is { Entity: Person person, Name.Kind: not NameKind.FamilyName })
            {
                namedInFull.Add(person.Id);
            }
        }

        var mentions = context.NameMentions;
        mentions.EnsureCapacity(matches.Count + 16);
        HashSet<int>? frameOnly = null;
        HashSet<int>? generic = null;
        HashSet<int>? described = null;
        Dictionary<string, int>? firstFullMentions = null;
        ArticleEra? era = null;
        var packs = context.Language.Active.IsEmpty ? _allPacks : context.Language.Active;
        Dictionary<string, string?>? holders = null;
        for (var index = 0; index < matches.Count; index++)
        {
            var match = matches[index];
            var entries = match.Entries;
            var segment = map.SegmentOf(match.Start);
            if (segment < 0 || match.End > segments[segment].Span.End || !Keep(text, match, entries) || namesakes.Contains(index)
                || CommonWordAtSentenceStart(text, map, segment, match, context.Morphology, namedInFull))
            {
                continue;
            }

            if (SingleCharacterFamilyNames.IsSingleIdeographFamilyName(text, match)
                && !SingleCharacterFamilyNames.Keep(text, matches, index, firstFullMentions ??= SingleCharacterFamilyNames.FirstFullMentions(matches), packs))
            {
                continue;
            }

            var entity = Choose(text, matches, index, entries, namedInFull, date, ref era, context.CandidatePeople);
            if (entity is null)
            {
                continue;
            }

            if (AllFrameOnly(entries))
            {
                (frameOnly ??= []).Add(match.Start);
            }

            if (entity is Instrument && entries.All(e => e.Name.Generic))
            {
                (generic ??= []).Add(match.Start);
            }
            else if (entity is Territory && entries.All(e => e.Name.Generic))
            {
                (described ??= []).Add(match.Start);
            }

            var inComment = segments[segment].Kind == SegmentKind.Comment;
            var span = new TextSpan(match.Start, match.Length);
            var holder = entity is Office office && date is { } d ? SingleHolder(office.Id, d, ref holders) : null;
            mentions.Add(new Mention(entity.EntityKind, entity.Id, span, segment, inComment, MentionMethod.Name, holder));
        }

        if (frameOnly is not null)
        {
            DropLoneFrameOnlyNames(mentions, frameOnly);
        }

        LinkOfficesToFollowingNames(text, mentions);
        InstrumentDescriptions.Find(text, context.CaseFolded, map, _catalog, _languages.EveryLanguage, mentions);
        mentions.Sort(MentionOrder.Instance);
        if (generic is not null)
        {
            GenericInstrumentNames.Apply(text, map, _catalog, context.Page, mentions, generic);
        }

        if (described is not null)
        {
            TerritoryDescriptions.Apply(_catalog, mentions, described);
        }
    }

    /// <summary>The one holder of the office on the date, looked up once per office in an article (the catalog scans every person).</summary>
    private string? SingleHolder(string officeId, LocalDate date, ref Dictionary<string, string?>? known)
    {
        known ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        if (!known.TryGetValue(officeId, out var holder))
        {
            var holders = _catalog.HoldersOf(officeId, date);
            holder = holders.Length == 1 ? holders[0].Id : null;
            known[officeId] = holder;
        }

        return holder;
    }

    /// <summary>The traps: rules that reject a found name before it becomes a mention.</summary>
    private static bool Keep(string text, ScanMatch match, ImmutableArray<IndexedName> entries)
    {
        // "Etorofu-class" is a WWII escort ship class, not the island.
        var after = text.AsSpan(match.End);
        if (entries[0].Entity is Territory &&
            (after.StartsWith("-class", StringComparison.OrdinalIgnoreCase) || after.StartsWith(" class", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // "курили" (they smoked) is no "Курилы": a one-word territory name that every catalog form writes with a
        // capital, found in lower case, is an ordinary word declined like it.
        if (entries[0].Entity is Territory && LowerCaseWordOfCapitalisedName(text.AsSpan(match.Start, match.Length), entries))
        {
            return false;
        }

        return true;
    }

    private static bool LowerCaseWordOfCapitalisedName(ReadOnlySpan<char> found, ImmutableArray<IndexedName> entries)
    {
        if (found.IsEmpty || !char.IsLower(found[0]) || found.ContainsAny(' ', '\u00A0'))
        {
            return false;
        }

        foreach (var entry in entries)
        {
            var name = entry.Name.Text;
            if (name.Length == 0 || !char.IsUpper(name[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A name of one word that is also an ordinary word of the article's languages ("Uno", "Хата", "Ngã"), first in its
    /// sentence or line, where every word has a capital: there the capital is no evidence of the name, unless the
    /// article names the person in full ("Yoshiro Mori … Mori ha detto").
    /// </summary>
    private static bool CommonWordAtSentenceStart(string text, SegmentMap map, int segment, ScanMatch match, NameMorphology morphology, HashSet<string> namedInFull)
    {
        if (!morphology.IsCommonWord(text.AsSpan(match.Start, match.Length)) || match.Entries.Any(e => e.Entity is Person && namedInFull.Contains(e.Entity.Id)))
        {
            return false;
        }

        var opening = map.Segments[segment].Content.Start;
        foreach (var sentence in map.SentencesOf(segment))
        {
            if (sentence.Start <= match.Start && match.Start < sentence.Start + sentence.Length)
            {
                opening = sentence.Start;
                break;
            }
        }

        for (var p = match.Start - 1; p >= opening; p--)
        {
            if (char.IsLetterOrDigit(text[p]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The office named right before match <paramref name="index"/> ("Chief Cabinet Secretary Hayashi") or right after it ("林官房長官").</summary>
    private static Office? AdjacentOffice(string text, List<ScanMatch> matches, int index, bool before)
    {
        var other = before ? index - 1 : index + 1;
        if (other < 0 || other >= matches.Count)
        {
            return null;
        }

        var (from, to) = before ? (matches[other].End, matches[index].Start) : (matches[index].End, matches[other].Start);
        if (to - from > 1 || (to != from && !char.IsWhiteSpace(text[from])))
        {
            return null;
        }

        foreach (var entry in matches[other].Entries)
        {
            if (entry.Entity is Office office)
            {
                return office;
            }
        }

        return null;
    }

    /// <summary>
    /// The one entity the names of match <paramref name="index"/> stand for, or null to abstain. <paramref name="era"/> is made
    /// at its first use; <paramref name="people"/> is a list to work in.
    /// </summary>
    private static CatalogEntity? Choose(
        string text, List<ScanMatch> matches, int index, ImmutableArray<IndexedName> entries, HashSet<string> namedInFull, LocalDate? date, ref ArticleEra? era, List<Person> people)
    {
        var match = matches[index];
        var first = text[match.Start];
        var lowerCase = char.IsLetter(first) && char.IsLower(first);

        // The common case: one name of one entity.
        if (entries.Length == 1)
        {
            return entries[0].Name.Kind == NameKind.FamilyName && lowerCase ? null : entries[0].Entity;
        }

        // The entities of the usable names (a family name found in lower case is none), each once, in order: one alone is
        // the answer; several are a shared family name when all are people.
        CatalogEntity? single = null;
        var several = false;
        var allPeople = true;
        people.Clear();
        foreach (var entry in entries)
        {
            if (entry.Name.Kind == NameKind.FamilyName && lowerCase)
            {
                continue;
            }

            single ??= entry.Entity;
            several |= !ReferenceEquals(single, entry.Entity);
            if (entry.Entity is not Person person)
            {
                allPeople = false;
            }
            else if (!ContainsReference(people, person))
            {
                people.Add(person);
            }
        }

        if (!several || !allPeople)
        {
            return several ? null : single;
        }

        // A shared family name: the person named in full in this article, else the one in office on its date.
        Person? named = null;
        var namedCount = 0;
        foreach (var person in people)
        {
            if (namedInFull.Contains(person.Id))
            {
                named ??= person;
                namedCount++;
            }
        }

        if (namedCount > 0)
        {
            return namedCount == 1 ? named : null;
        }

        // The office written beside the name: "Chief Cabinet Secretary Hayashi", "林官房長官".
        List<Person>? heldOffice = null;
        if (HolderAmong(people, AdjacentOffice(text, matches, index, before: true), date, ref heldOffice) is { } holderBefore)
        {
            return holderBefore;
        }

        if (HolderAmong(people, AdjacentOffice(text, matches, index, before: false), date, ref heldOffice) is { } holderAfter)
        {
            return holderAfter;
        }

        if (date is { } d)
        {
            Person? inOffice = null;
            var inOfficeCount = 0;
            foreach (var person in people)
            {
                if (InOfficeOn(person, d))
                {
                    inOffice ??= person;
                    inOfficeCount++;
                }
            }

            return inOfficeCount == 1 ? inOffice : null;
        }

        // No date: the namesake (of those who held the office beside the name) nearest in time to the people named.
        era ??= ArticleEra.Of(text, matches);
        return era.Nearest(heldOffice ?? people);
    }

    /// <summary>
    /// The one of <paramref name="people"/> who held <paramref name="office"/> (on <paramref name="date"/>, when known), or
    /// null; when several did, they are kept in <paramref name="heldOffice"/> unless it holds some already.
    /// </summary>
    private static Person? HolderAmong(List<Person> people, Office? office, LocalDate? date, ref List<Person>? heldOffice)
    {
        if (office is null)
        {
            return null;
        }

        Person? holder = null;
        var count = 0;
        foreach (var person in people)
        {
            if (HeldOffice(person, office.Id) && (date is not { } day || person.HeldOn(office.Id, day)))
            {
                holder ??= person;
                count++;
            }
        }

        if (count == 1)
        {
            return holder;
        }

        if (count > 1 && heldOffice is null)
        {
            heldOffice = [];
            foreach (var person in people)
            {
                if (HeldOffice(person, office.Id) && (date is not { } day || person.HeldOn(office.Id, day)))
                {
                    heldOffice.Add(person);
                }
            }
        }

        return null;
    }

    private static bool ContainsReference(List<Person> people, Person person)
    {
        foreach (var other in people)
        {
            if (ReferenceEquals(other, person))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HeldOffice(Person person, string officeId)
    {
        foreach (var tenure in person.Tenures)
        {
            if (string.Equals(tenure.OfficeId, officeId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InOfficeOn(Person person, LocalDate date)
    {
        foreach (var tenure in person.Tenures)
        {
            if (tenure.Period.Contains(date))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllFrameOnly(ImmutableArray<IndexedName> entries)
    {
        foreach (var entry in entries)
        {
            if (!entry.Name.FrameOnly)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Ordinary words that are also islet names ("Юрий", "Зелёный") count only beside other names of the dispute.</summary>
    private static void DropLoneFrameOnlyNames(List<Mention> mentions, HashSet<int> frameOnly)
    {
        var segmentsWithDisputeNames = mentions
            .Where(o => o.Kind == EntityKind.Territory && !frameOnly.Contains(o.Span.Start))
            .Select(o => o.SegmentIndex)
            .ToHashSet();
        mentions.RemoveAll(m => frameOnly.Contains(m.Span.Start) && !segmentsWithDisputeNames.Contains(m.SegmentIndex));
    }

    /// <summary>"Chief Cabinet Secretary Katsunobu Kato": the name right after an office is its holder.</summary>
    private static void LinkOfficesToFollowingNames(string text, List<Mention> mentions)
    {
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var office = mentions[i];
            var person = mentions[i + 1];
            if (office.Kind != EntityKind.Office || person.Kind != EntityKind.Person)
            {
                continue;
            }

            var gap = text.AsSpan(office.Span.End, person.Span.Start - office.Span.End);
            if (gap.Length <= 3 && gap.Trim().Length <= 1)
            {
                mentions[i] = office with { HolderId = person.Id };
            }
        }
    }
}
