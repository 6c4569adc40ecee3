using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Kurils.Domain.Languages;
using Kurils.Domain.Names;
using Kurils.Domain.Parsing.Segmentation;

namespace Kurils.Domain.Parsing.Mentions;

/// <summary>
/// A person the catalog lacks who shares a catalog person's family name, found where they are named in full:
/// <paramref name="At"/> is a place the article names them (the full name, or a later bare family name), and
/// <paramref name="Name"/> their fullest name ("Taro Kishida"), which a statement gives as its speaker's name.
/// </summary>
internal readonly record struct Namesake(TextSpan At, TextSpan Name);

/// <summary>
/// Tells a catalog person's family name from a namesake's: "Taro Kishida, a fisherman from Nemuro, … Kishida said"
/// is not Fumio Kishida. A given name is a word written next to the family name as the language writes it (before it
/// in a spaced script, "Taro Kishida", "Таро Кисида"; after it with an honorific in Japanese, Chinese and Korean,
/// "岸田太郎さん", "기시다 다로 씨") that is none of the catalog person's given names in any language, declined or not
/// ("Шинзом Абеом" is Shinzo Abe), and no word the language packs or the catalog know for something else (a title, a
/// role, a month, a verb, an office's or institution's word). A bare family name then follows the full mention before
/// it, the namesake's or the catalog person's (the first in the article when none stands before it).
/// </summary>
/// <remarks>
/// Abstains where capitals say nothing: in a title-case line ("Japan Elects Takaichi"), for a word the article writes
/// elsewhere without the family name (a place, a sentence's first word), and at a sentence's start unless a comma or
/// a speech verb follows the name ("When Kishida visited").
/// </remarks>
internal sealed class Namesakes
{
    private readonly KurilsCatalog _catalog;
    private readonly LanguagePacks _languages;

    // What each pack knows (PackWords), made the first time a word is looked up in that pack: a word is looked up in
    // the article's own languages first and in every other pack only when those leave the answer open.
    private readonly ConcurrentDictionary<LanguagePack, PackWords> _packWords = new();

    // The words of the catalog's offices and institutions, folded as name keys ("Russian" of "Russian President",
    // "Foreign" of "Foreign Ministry"), and the offices' names as written: made at the first look-up.
    private readonly Lazy<(FrozenSet<string> Known, List<string> OfficeNames)> _catalogWords;

    // Titles written after a name in scripts without spaces, and Korean ones (首相, さん, 씨); of them, those no office's
    // name holds (さん, 氏, 教授, 씨), which close a person's given name rather than stand for an office ("라브로프 외무장관").
    // Made for the first name in those scripts.
    private readonly Lazy<(ImmutableArray<string> Suffixes, ImmutableArray<string> Honorifics)> _suffixTitles;

    // The commas of every pack, and the plain one.
    private readonly Lazy<System.Buffers.SearchValues<char>> _commas;

    public Namesakes(KurilsCatalog catalog, LanguagePacks languages)
    {
        _catalog = catalog;
        _languages = languages;
        _catalogWords = new(ReadCatalogWords, LazyThreadSafetyMode.ExecutionAndPublication);
        _suffixTitles = new(ReadSuffixTitles, LazyThreadSafetyMode.ExecutionAndPublication);
        _commas = new(() => System.Buffers.SearchValues.Create(string.Concat(languages.Select(p => p.Marks.Commas)) + ","), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    // The endings of every pack: a declined given name is compared in its base forms.
    private NameMorphology Morphology => _languages.Morphology;

    // The punctuation of every pack: the stops a sentence ends with, the quotation marks and commas.
    private TextLexicon Marks => _languages.Marks;

    /// <summary>
    /// The words of one pack, folded as name keys: every word it knows (never a given name), its speech verbs, its
    /// prepositions, and its titles and role nouns of at least four letters (a compound ending in one is a title too:
    /// Kremlchef, Außenminister).
    /// </summary>
    private sealed class PackWords
    {
        private const int MinTitleEnd = 4;

        public PackWords(LanguagePack pack)
        {
            var speech = pack.Speech;
            var titleEnds = new HashSet<string>(StringComparer.Ordinal);
            AddWords(pack.Identify.Words);
            AddWords(speech.Verbs, Verbs);
            AddWords(speech.ObjectVerbs, Verbs);
            AddWords(speech.AddressVerbs, Verbs);
            AddWords(speech.Prepositions, Prepositions);
            AddWords(speech.Titles, titleEnds);
            AddWords(speech.Roles, titleEnds);
            AddWords([.. speech.Adverbs, .. speech.Complementizers, .. speech.Circumstances, .. speech.ClauseStarts, .. speech.Prepositions,
                .. speech.Indefinites, .. speech.Conjunctions, .. speech.Announcers, .. speech.SourcesBefore, .. speech.PronounSources,
                .. speech.Affiliations, .. speech.Predicatives, .. speech.BackReferences, .. speech.Pronouns.Masculine,
                .. speech.Pronouns.Feminine, .. speech.Pronouns.Plural, .. speech.Pronouns.Common, .. speech.Epithets.SelectMany(e => e.Phrases)]);
            var dates = pack.Dates;
            AddWords(dates.Months.SelectMany(m => m.Names.Concat(m.Genitive).Concat(m.Prepositional)));
            AddWords(dates.Weekdays.SelectMany(w => w.Names));
            AddWords(dates.RelativeDays.SelectMany(r => r.Words));
            AddWords(dates.Modifiers.SelectMany(m => m.Words));
            AddWords([.. pack.Islands.Before, .. pack.Islands.After, .. pack.Islands.NotNames]);
            TitleEnds = [.. titleEnds.Where(t => t.Length >= MinTitleEnd)];

            void AddWords(IEnumerable<string> phrases, HashSet<string>? also = null) => Namesakes.AddWords(phrases, Known, also);
        }

        public HashSet<string> Known { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Verbs { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Prepositions { get; } = new(StringComparer.Ordinal);

        public string[] TitleEnds { get; }

        /// <summary>Whether <paramref name="form"/> is longer than one of the titles and ends with it.</summary>
        public bool EndsWithTitle(string form)
        {
            foreach (var end in TitleEnds)
            {
                if (form.Length > end.Length && form.EndsWith(end, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Adds each word of <paramref name="phrases"/>, folded as a name key, to <paramref name="known"/> (and to <paramref name="also"/>).</summary>
    private static void AddWords(IEnumerable<string> phrases, HashSet<string> known, HashSet<string>? also = null)
    {
        foreach (var phrase in phrases)
        {
            foreach (var word in Words.In<Letters>(phrase.AsSpan()))
            {
                var key = NameFolding.Key(phrase.AsSpan(word.Start, word.Length));
                known.Add(key);
                also?.Add(key);
            }
        }
    }

    private PackWords WordsOf(LanguagePack pack) => _packWords.GetOrAdd(pack, static p => new PackWords(p));

    /// <summary>Whether <paramref name="test"/> holds for the words of one of <paramref name="active"/> (<paramref name="others"/> false) or of one of the other packs (true).</summary>
    private bool AnyPack<TState>(ImmutableArray<LanguagePack> active, bool others, TState state, Func<PackWords, TState, bool> test)
    {
        if (!others)
        {
            foreach (var pack in active)
            {
                if (test(WordsOf(pack), state))
                {
                    return true;
                }
            }

            return false;
        }

        foreach (var pack in _languages)
        {
            if (!active.Contains(pack) && test(WordsOf(pack), state))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether some pack has <paramref name="test"/> hold: the article's languages first, then every other.</summary>
    private bool AnyPack<TState>(ImmutableArray<LanguagePack> active, TState state, Func<PackWords, TState, bool> test) =>
        AnyPack(active, others: false, state, test) || AnyPack(active, others: true, state, test);

    private (FrozenSet<string> Known, List<string> OfficeNames) ReadCatalogWords()
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        var officeNames = _catalog.Offices.SelectMany(o => o.Names).Select(n => n.Text).ToList();
        AddWords(officeNames, known);
        AddWords(_catalog.Institutions.SelectMany(i => i.Names).Select(n => n.Text), known);
        return (known.ToFrozenSet(StringComparer.Ordinal), officeNames);
    }

    private ImmutableArray<string> SuffixTitles => _suffixTitles.Value.Suffixes;

    private ImmutableArray<string> Honorifics => _suffixTitles.Value.Honorifics;

    private (ImmutableArray<string> Suffixes, ImmutableArray<string> Honorifics) ReadSuffixTitles()
    {
        var suffixTitles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pack in _languages)
        {
            if (pack.Scripts.Any(code => !Scripts.SeparatesWords(Scripts.FromCode(code)) || Scripts.FromCode(code) == Script.Hangul))
            {
                suffixTitles.UnionWith(pack.Speech.Titles);
            }
        }

        ImmutableArray<string> suffixes = [.. suffixTitles.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal)];
        var officeNames = _catalogWords.Value.OfficeNames;
        return (suffixes, [.. suffixes.Where(t => !officeNames.Exists(name => name.Contains(t, StringComparison.Ordinal)))]);
    }

    /// <summary>
    /// Finds the namesakes among the names the scanner found: appends to <paramref name="found"/> every place the
    /// article names one (in text order), and adds to <paramref name="skip"/> the indexes of the matches that are theirs
    /// and not the catalog person's. <paramref name="active"/> are the article's languages, whose words are looked
    /// up first.
    /// </summary>
    public void Find(string text, SegmentMap map, List<ScanMatch> matches, HashSet<int> skip, List<Namesake> found, ImmutableArray<LanguagePack> active)
    {
        // Per family (the people a bare family name may be), the full mentions in text order: a namesake's full name, or
        // null where the catalog person is named in full.
        Dictionary<string, List<(int At, TextSpan? Namesake)>>? fulls = null;
        Article? article = null;
        for (var i = 0; i < matches.Count; i++)
        {
            if (FamilyOnly(text, matches[i]) is not { } people)
            {
                continue;
            }

            if (GivenName(text, map, matches, i, people, active, ref article) is { } given)
            {
                var name = TextSpan.FromBounds(Math.Min(given.Start, matches[i].Start), Math.Max(given.End, matches[i].End));
                fulls ??= new Dictionary<string, List<(int, TextSpan?)>>(StringComparer.Ordinal);
                Add(fulls, FamilyKey(people), (matches[i].Start, name));
                skip.Add(i);
                found.Add(new Namesake(name, name));
            }
        }

        if (fulls is null)
        {
            return;
        }

        // The catalog people named in full, for the families that have a namesake.
        for (var i = 0; i < matches.Count; i++)
        {
            foreach (var entry in matches[i].Entries)
            {
                if (entry is { Entity: Person person, Name.Kind: not NameKind.FamilyName })
                {
                    foreach (var (family, list) in fulls)
                    {
                        if (family.Split(' ').Contains(person.Id, StringComparer.Ordinal))
                        {
                            list.Add((matches[i].Start, null));
                        }
                    }
                }
            }
        }

        foreach (var list in fulls.Values)
        {
            list.Sort((a, b) => a.At.CompareTo(b.At));
        }

        // A bare family name follows the full mention before it, else the article's first.
        for (var i = 0; i < matches.Count; i++)
        {
            if (skip.Contains(i) || FamilyOnly(text, matches[i]) is not { } people || !fulls.TryGetValue(FamilyKey(people), out var list))
            {
                continue;
            }

            // The last full mention at or before the match (binary search: an article may repeat a name thousands of times).
            int lo = 0, hi = list.Count - 1, last = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                if (list[mid].At <= matches[i].Start)
                {
                    last = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            var nearest = list[Math.Max(last, 0)];
            if (nearest.Namesake is { } name)
            {
                skip.Add(i);
                found.Add(new Namesake(new TextSpan(matches[i].Start, matches[i].Length), name));
            }
        }

        found.Sort((a, b) => a.At.Start.CompareTo(b.At.Start));

        static void Add(Dictionary<string, List<(int, TextSpan?)>> fulls, string family, (int, TextSpan?) full)
        {
            if (!fulls.TryGetValue(family, out var list))
            {
                fulls[family] = list = [];
            }

            list.Add(full);
        }
    }

    /// <summary>The people a match names by their family name alone (capitalised as a name is), or null.</summary>
    private static List<Person>? FamilyOnly(string text, ScanMatch match)
    {
        if (char.IsLower(text[match.Start]))
        {
            return null;
        }

        List<Person>? people = null;
        foreach (var entry in match.Entries)
        {
            if (entry is not { Entity: Person person, Name.Kind: NameKind.FamilyName })
            {
                return null;
            }

            if (!(people ??= []).Contains(person))
            {
                people.Add(person);
            }
        }

        return people;
    }

    private static string FamilyKey(List<Person> people) => string.Join(' ', people.Select(p => p.Id).Order(StringComparer.Ordinal));

    /// <summary>The given name written with the family name of match <paramref name="index"/> that is none of <paramref name="people"/>'s, or null.</summary>
    private TextSpan? GivenName(string text, SegmentMap map, List<ScanMatch> matches, int index, List<Person> people, ImmutableArray<LanguagePack> active, ref Article? article)
    {
        var match = matches[index];
        var script = Scripts.Of(text[match.Start]);
        var candidate = script switch
        {
            // A name in katakana is a foreign one, its given name before it (ウラジーミル・プーチン): what follows is a title.
            Script.Han => GivenAfterUnspaced(text, matches, index) is { } after ? new Candidate(after, null, null) : null,
            Script.Hangul => GivenAfterSpaced(text, matches, index) is { } after ? new Candidate(after, null, null) : null,
            _ when Scripts.SeparatesWords(script) => GivenBefore(text, map, matches, index, ref article),
            _ => null,
        };

        if (candidate is not { } found || IsGivenNameOf(text.AsSpan(found.Given.Start, found.Given.Length), people))
        {
            return null;
        }

        // Every test below only rules the word out, so their order does not change the answer: the catalog's words and
        // the article's languages first, which settle most words, and every other pack's words only for a word still open.
        var key = NameFolding.Key(text.AsSpan(found.Given.Start, found.Given.Length));
        var forms = Morphology.BaseForms(key).ToList();
        var catalog = _catalogWords.Value.Known;
        if (catalog.Contains(key) || forms.Exists(catalog.Contains))
        {
            return null;
        }

        var word = (Key: key, Forms: forms, found.Previous);
        if (AnyPack(active, others: false, word, RulesOut)
            || (found.VerbAfter is { } verb && !AnyPack(active, verb, static (w, v) => w.Verbs.Contains(v)))
            || AnyPack(active, others: true, word, RulesOut))
        {
            return null;
        }

        return found.Given;

        // The word is known to the pack as something else than a name, as written, in a base form ("Президента",
        // "Замминистра"), or as a compound ending in a title; or the word before it is a preposition of the pack.
        static bool RulesOut(PackWords words, (string Key, List<string> Forms, string? Previous) word)
        {
            if (words.Known.Contains(word.Key) || words.EndsWithTitle(word.Key) || (word.Previous is { } p && words.Prepositions.Contains(p)))
            {
                return true;
            }

            foreach (var form in word.Forms)
            {
                if (words.Known.Contains(form) || words.EndsWithTitle(form))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// A word that may be a given name, with what the packs' words must still say of it: <paramref name="Previous"/>, the
    /// word before it, folded, must be no preposition ("in Moscow Putin said"); <paramref name="VerbAfter"/>, the word
    /// after the name at a sentence's start with no comma after it, must be a speech verb.
    /// </summary>
    private readonly record struct Candidate(TextSpan Given, string? Previous, string? VerbAfter);

    /// <summary>"Taro Kishida": the capitalised word right before the family name, one space between, in a line not written in title case.</summary>
    private Candidate? GivenBefore(string text, SegmentMap map, List<ScanMatch> matches, int index, ref Article? article)
    {
        var match = matches[index];
        var end = match.Start - 1;
        if (end < 2 || text[end] != ' ' || !char.IsLetter(text[end - 1]))
        {
            return null;
        }

        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || (text[start - 1] == '-' && start > 1 && char.IsLetter(text[start - 2]))))
        {
            start--;
        }

        // A word glued to something else ("Russia's Putin", "U.S.Putin", an initial) is no given name.
        const int MinLength = 2;
        var word = text.AsSpan(start, end - start);
        if (word.Length < MinLength || !char.IsUpper(word[0]) || !HasLower(word) || Scripts.Of(word[0]) != Scripts.Of(text[match.Start])
            || (start > 0 && !char.IsWhiteSpace(text[start - 1]) && !IsOpening(text[start - 1])))
        {
            return null;
        }

        // Part of another name the scanner found (a country, an office, an institution).
        if (index > 0 && matches[index - 1].End > start - 1)
        {
            return null;
        }

        // A preposition's object, a place or a time ("in Moscow Putin said", "в Москве Путин заявил"): the word before,
        // looked up in the packs by GivenName.
        var before = start - 1;
        var previousWord = before > 0 && text[before] == ' ' && Words.StartOf<Letters>(text, before, 0) is var previous && previous < before
            ? NameFolding.Key(text.AsSpan(previous, before - previous))
            : null;

        var segment = map.SegmentOf(match.Start);
        article ??= new Article(text);
        if (segment < 0 || article.TitleCase(segment, map.Segments[segment].Content))
        {
            return null;
        }

        var content = map.Segments[segment].Content;
        string? verbAfter = null;
        if (SentenceInitial(text, content.Start, start) && !CommaAfter(text, match.End, content.End, out verbAfter) && verbAfter is null)
        {
            return null;
        }

        return article.WrittenAlone(word) ? null : new Candidate(TextSpan.FromBounds(start, end), previousWord, verbAfter);
    }

    /// <summary>"岸田太郎さん": two to four letters right after the family name, then an honorific (a title no office's name holds).</summary>
    private TextSpan? GivenAfterUnspaced(string text, List<ScanMatch> matches, int index)
    {
        const int MinLength = 2, MaxLength = 4;
        var start = matches[index].End;
        var nextMatch = index + 1 < matches.Count ? matches[index + 1].Start : int.MaxValue;
        if (TitleAt(SuffixTitles, text, start) > 0)
        {
            return null; // a title follows the name: 岸田外務副大臣
        }

        for (var end = start + MinLength; end <= start + MaxLength && end < text.Length && end <= nextMatch; end++)
        {
            if (!IsNameLetter(text[end - 1]))
            {
                return null;
            }

            if (TitleAt(Honorifics, text, end) is > 0 and var length && end + length <= nextMatch && !ContainsTitle(text.AsSpan(start, end - start)))
            {
                return TextSpan.FromBounds(start, end);
            }
        }

        return null;

        static bool IsNameLetter(char c) => Scripts.Of(c) is Script.Han or Script.Kana;
    }

    /// <summary>"기시다 다로 씨": the word after the family name, then an honorific (attached or the next word).</summary>
    private TextSpan? GivenAfterSpaced(string text, List<ScanMatch> matches, int index)
    {
        var start = matches[index].End + 1;
        if (start >= text.Length || text[start - 1] != ' ' || Scripts.Of(text[start]) != Script.Hangul)
        {
            return null;
        }

        var end = start;
        while (end < text.Length && Scripts.Of(text[end]) == Script.Hangul)
        {
            end++;
        }

        if (index + 1 < matches.Count && matches[index + 1].Start < end)
        {
            return null; // an office or another name follows: "기시다 총리"
        }

        // The title attached ("다로씨는") or as the next word ("다로 씨는").
        for (var split = start + 1; split < end; split++)
        {
            if (TitleAt(Honorifics, text, split) > 0 && !ContainsTitle(text.AsSpan(start, split - start)))
            {
                return TextSpan.FromBounds(start, split);
            }
        }

        return end + 1 < text.Length && text[end] == ' ' && TitleAt(Honorifics, text, end + 1) > 0 && !ContainsTitle(text.AsSpan(start, end - start))
            ? TextSpan.FromBounds(start, end)
            : null;
    }

    private static int TitleAt(ImmutableArray<string> titles, string text, int at)
    {
        foreach (var title in titles)
        {
            if (text.AsSpan(at).StartsWith(title, StringComparison.Ordinal))
            {
                return title.Length;
            }
        }

        return 0;
    }

    private bool ContainsTitle(ReadOnlySpan<char> run)
    {
        foreach (var title in SuffixTitles)
        {
            if (run.Contains(title, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the word is a given name of one of the people, in any language: as written or in a base form of the
    /// endings the packs know ("Шинзом" is "Шинзо"), allowing a letter or two of another transliteration
    /// ("Wladimir", "Sergei") in a script the name is written in.
    /// </summary>
    private bool IsGivenNameOf(ReadOnlySpan<char> word, List<Person> people)
    {
        var key = NameFolding.Key(word);
        if (key.Length == 0)
        {
            return false;
        }

        var forms = Morphology.BaseForms(key).Prepend(key).Distinct(StringComparer.Ordinal).ToList();
        foreach (var person in people)
        {
            foreach (var part in person.NameParts)
            {
                foreach (var given in part.Given.Concat(part.Patronymic))
                {
                    var name = NameFolding.Key(given);
                    if (name.Length == 0 || Scripts.Of(name[0]) != Scripts.Of(key[0]))
                    {
                        continue;
                    }

                    // Generous: taking the catalog person for a namesake loses a right mention; the reverse is rare.
                    var tolerance = name.Length >= 6 ? 2 : name.Length >= 4 ? 1 : 0;
                    foreach (var form in forms)
                    {
                        if (EditDistance.Compute(form, name, tolerance) <= tolerance)
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Whether only spaces, quotation marks, dashes and brackets stand between a sentence's end (or the line's start) and <paramref name="at"/>.</summary>
    private bool SentenceInitial(string text, int lineStart, int at)
    {
        for (var i = at - 1; i >= lineStart; i--)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || IsOpening(c))
            {
                continue;
            }

            return Marks.ClauseStops.Contains(c);
        }

        return true;
    }

    /// <summary>Quotation marks, dashes and brackets that may stand right before a name.</summary>
    private bool IsOpening(char c) =>
        Marks.Openers.Contains(c) || Marks.QuoteMarks.Contains(c)
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.OpenPunctuation or System.Globalization.UnicodeCategory.DashPunctuation;

    /// <summary>
    /// "Taro Kishida, a fisherman": whether a comma follows the name (its ending included); if not, the word after it,
    /// folded, in <paramref name="verb"/> (null when there is none), which must be a speech verb ("Taro Kishida said").
    /// </summary>
    private bool CommaAfter(string text, int nameEnd, int lineEnd, out string? verb)
    {
        verb = null;
        var i = nameEnd;
        while (i < lineEnd && char.IsLetter(text[i]))
        {
            i++; // a case ending the scanner left out
        }

        if (i < lineEnd && (_commas.Value.Contains(text[i]) || (char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.DashPunctuation && i + 1 < lineEnd && text[i + 1] == ' ')))
        {
            return true;
        }

        while (i < lineEnd && text[i] == ' ')
        {
            i++;
        }

        var end = Words.EndOf<Letters>(text, i, lineEnd);
        verb = end > i ? NameFolding.Key(text.AsSpan(i, end - i)) : null;
        return false;
    }

    private static bool HasLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the rules read of one article, each counted once however many names it has.</summary>
    private sealed class Article(string text)
    {
        private readonly Dictionary<int, bool> _titleCase = [];
        private HashSet<string>? _alone;

        /// <summary>
        /// Whether most words of the line, besides a name of two capitalised words, are capitalised: a headline's
        /// capitals ("Japan Elects Takaichi") say nothing.
        /// </summary>
        public bool TitleCase(int segment, TextSpan line)
        {
            if (!_titleCase.TryGetValue(segment, out var titleCase))
            {
                int words = 0, capitalised = 0;
                foreach (var word in Words.In(text, line))
                {
                    if (Scripts.SeparatesWords(Scripts.Of(text[word.Start])))
                    {
                        words++;
                        capitalised += char.IsUpper(text[word.Start]) ? 1 : 0;
                    }
                }

                const int NameWords = 2;
                words -= NameWords;
                capitalised -= NameWords;
                _titleCase[segment] = titleCase = words > 0 && capitalised * 2 > words;
            }

            return titleCase;
        }

        /// <summary>
        /// Whether the article writes the word anywhere but capitalised right before another capitalised word: a word it
        /// also writes alone (a place, a sentence's first word, a common word in lower case) is no given name.
        /// </summary>
        public bool WrittenAlone(ReadOnlySpan<char> word)
        {
            if (_alone is null)
            {
                _alone = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var w in Words.In(text, new TextSpan(0, text.Length)))
                {
                    var end = w.End;
                    var beforeName = char.IsUpper(text[w.Start]) && end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]);
                    if (!beforeName)
                    {
                        _alone.Add(text.Substring(w.Start, w.Length));
                    }
                }
            }

            return _alone.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
        }
    }
}
