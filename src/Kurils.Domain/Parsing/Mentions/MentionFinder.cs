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

            var entity = Choose(text, matches, index, entries, namedInFull, date, era ??= date is null ? ArticleEra.Of(text, matches) : ArticleEra.None);
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

    /// <summary>The offices named right before or right after a match ("Chief Cabinet Secretary Hayashi", "林官房長官").</summary>
    private (Office? Before, Office? After) AdjacentOffices(string text, List<ScanMatch> matches, int index)
    {
        static bool Near(string text, int from, int to) => to - from <= 1 && (to == from || char.IsWhiteSpace(text[from]));
        Office? before = null, after = null;
        if (index > 0 && Near(text, matches[index - 1].End, matches[index].Start))
        {
            before = matches[index - 1].Entries.Select(e => e.Entity).OfType<Office>().FirstOrDefault();
        }

        if (index + 1 < matches.Count && Near(text, matches[index].End, matches[index + 1].Start))
        {
            after = matches[index + 1].Entries.Select(e => e.Entity).OfType<Office>().FirstOrDefault();
        }

        return (before, after);
    }

    private CatalogEntity? Choose(string text, List<ScanMatch> matches, int index, ImmutableArray<IndexedName> entries, HashSet<string> namedInFull, LocalDate? date, ArticleEra era)
    {
        var match = matches[index];
        var first = text[match.Start];
        var lowerCase = char.IsLetter(first) && char.IsLower(first);

        // The common case: one name of one entity.
        if (entries.Length == 1)
        {
            return entries[0].Name.Kind == NameKind.FamilyName && lowerCase ? null : entries[0].Entity;
        }

        var usable = entries.Where(e => !(e.Name.Kind == NameKind.FamilyName && lowerCase)).ToList();
        if (usable.Count == 0)
        {
            return null;
        }

        var distinct = usable.Select(e => e.Entity).Distinct(ReferenceEqualityComparer.Instance).Cast<CatalogEntity>().ToList();
        if (distinct.Count == 1)
        {
            return distinct[0];
        }

        // A shared family name: the person named in full in this article, else the one in office on its date.
        var people = distinct.OfType<Person>().ToList();
        if (people.Count == distinct.Count)
        {
            var inArticle = people.Where(p => namedInFull.Contains(p.Id)).ToList();
            if (inArticle.Count == 1)
            {
                return inArticle[0];
            }

            // The office written beside the name: "Chief Cabinet Secretary Hayashi", "林官房長官".
            var offices = AdjacentOffices(text, matches, index);
            List<Person>? heldOffice = null;
            foreach (var office in new[] { offices.Before, offices.After })
            {
                if (office is null || inArticle.Count > 0)
                {
                    continue;
                }

                var heldIt = people.Where(p => p.Tenures.Any(t => string.Equals(t.OfficeId, office.Id, StringComparison.Ordinal))
                    && (date is not { } day || p.HeldOn(office.Id, day))).ToList();
                if (heldIt.Count == 1)
                {
                    return heldIt[0];
                }

                heldOffice ??= heldIt.Count > 1 ? heldIt : null;
            }

            if (inArticle.Count == 0 && date is { } d)
            {
                var inOffice = people.Where(p => p.Tenures.Any(t => t.Period.Contains(d))).ToList();
                if (inOffice.Count == 1)
                {
                    return inOffice[0];
                }
            }

            // No date: the namesake (of those who held the office beside the name) nearest in time to the people named.
            if (inArticle.Count == 0 && date is null && era.Nearest(heldOffice ?? people) is { } nearest)
            {
                return nearest;
            }
        }

        return null; // ambiguous: abstain rather than guess
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
