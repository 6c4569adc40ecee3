using System.Collections.Immutable;
using Kurils.Domain.Names;

namespace Kurils.Domain;

// Name resolution: a name in any script and variant to the entities it names (exact, framed, inflected, fuzzy).
public sealed partial class KurilsCatalog
{
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

        var exact = ToMatches(Lookup(key), name, kind, fromFrame: false, distance: 0);
        if (!exact.IsEmpty)
        {
            return exact;
        }

        var languages = Languages.LanguagePacks.Default;

        // An elided article or preposition written onto the name ("d'Itouroup", "dell'Hokkaido"): the name after it.
        foreach (var rest in languages.Morphology.WithoutElision(name))
        {
            var elided = Resolve(rest, kind, options);
            if (!elided.IsEmpty)
            {
                return elided;
            }
        }

        if (kind is null or EntityKind.Territory)
        {
            foreach (var core in languages.Frames.Strip(key))
            {
                var framed = ToMatches(Lookup(core), name, EntityKind.Territory, fromFrame: true, distance: 0);
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
                var hits = Lookup(form).RemoveAll(h => !IsOfLanguage(h.Name, pack.Code) && !HasNameIn(h.Entity, form, pack.Code) && !IsPersonNameInScriptOf(h, pack));
                var inflected = ToMatches(hits, name, kind, fromFrame: false, distance: 0, inflected: true);
                if (!inflected.IsEmpty)
                {
                    return inflected;
                }
            }

            // A name of several words, each declined ("Южными Курилами"): the scanner's reading of the whole name.
            if (key.Contains(NameFolding.Separator, StringComparison.Ordinal) && WholeNameScan(name, languages.MorphologyOf(pack)) is { IsDefault: false } entries)
            {
                var declined = ToMatches(entries.RemoveAll(h => !IsOfLanguage(h.Name, pack.Code) && !IsPersonNameInScriptOf(h, pack)), name, kind, fromFrame: false, distance: 0, inflected: true);
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

    private T? Single<T>(string name, EntityKind kind)
        where T : CatalogEntity
    {
        var matches = Resolve(name, kind);
        return matches.Length == 1 ? (T)matches[0].Entity : null;
    }

    /// <summary>
    /// Whether <paramref name="entity"/> has a name in the language <paramref name="code"/> whose key is <paramref name="key"/>:
    /// a curated name, or a form of a person's name parts in that language. A person's form written alike in several
    /// languages is kept once, under the first ("Putin" is English), so the parts tell that Polish writes it too and a
    /// Polish ending may decline it ("Putina", "Ławrowa", "Fumio Kishidy").
    /// </summary>
    private static bool HasNameIn(CatalogEntity entity, string key, string code)
    {
        foreach (var name in entity.Names)
        {
            if (IsOfLanguage(name, code) && string.Equals(NameFolding.Key(name.Text), key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (entity is Person person && person.NameParts.Any(p => IsOfLanguage(p.Language, code)))
        {
            foreach (var form in PersonNameForms.Generate(person.NameParts.Where(p => IsOfLanguage(p.Language, code))))
            {
                if (string.Equals(NameFolding.Key(form.Text), key, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="hit"/> is a person's name in a script <paramref name="pack"/> writes: languages decline the
    /// foreign names they take over as written ("Fumio Kishidy" in Polish, though the catalog has Kishida's name once, in
    /// English), as the scanner reads them in text.
    /// </summary>
    private static bool IsPersonNameInScriptOf(IndexedName hit, Languages.LanguagePack pack)
    {
        if (hit.Entity is not Person || hit.Name.Kind is not (NameKind.FullName or NameKind.FamilyName) || hit.Name.Text.Length == 0)
        {
            return false;
        }

        var script = Languages.Scripts.Of(hit.Name.Text[0]);
        foreach (var code in pack.Scripts)
        {
            if (Languages.Scripts.FromCode(code) == script)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="name"/> is written in the language <paramref name="code"/> (its tag's first subtag).</summary>
    private static bool IsOfLanguage(Name name, string code) => IsOfLanguage(name.Language, code);

    /// <summary>Whether the BCP 47 tag <paramref name="tag"/> is of the language <paramref name="code"/> (its first subtag).</summary>
    private static bool IsOfLanguage(string tag, string code) =>
        tag.StartsWith(code, StringComparison.Ordinal) && (tag.Length == code.Length || tag[code.Length] == '-');

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
        foreach (var (candidate, entries) in Index.Entries)
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
}
