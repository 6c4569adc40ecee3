using System.Collections.Frozen;
using System.Collections.Immutable;
using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Statements;

/// <summary>
/// The speech words of the languages an article is written in (the <c>speech</c> sections of their packs), merged
/// and indexed for the statement extractor: the roles it applies (a speech verb, a pronoun, a particle after a
/// quotation) and nothing of any language itself.
/// </summary>
internal sealed class SpeechLexicon
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _verbs;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _objectVerbs;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _inlineVerbs;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _addressVerbs;
    private readonly int _phraseWords;

    // The last words of the verbs of several words: a word that ends none of them starts no longer look-up.
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _phraseEnds;

    // The shapes of the verbs and of those last words, by length (up to MaxShapeLength, longer ones together): bit
    // (fold of the first unit & 63) set when one of that length opens with such a unit, and the same of the last unit.
    // A word of no shape is neither (the two sets' look-ups, which hash it, are skipped); null when a verb opens or ends
    // with a surrogate (not folded unit by unit).
    private readonly ulong[]? _verbFirsts;
    private readonly ulong[]? _verbLasts;
    private const int MaxShapeLength = 63;

    // The first characters of the quote particles (null when one is empty and so starts anywhere).
    private readonly System.Buffers.SearchValues<char>? _particleStarts;

    // The verbs after a particle by their first character (each group longest first, as VerbsAfter): the first
    // characters in a string, the groups at the same index; null when a verb is empty (and so starts anywhere).
    private readonly string? _verbAfterFirsts;
    private readonly string[][] _verbAfterGroups = [];

    // The first characters of the topic markers: rules asked at every place of a sentence test these first.
    private readonly System.Buffers.SearchValues<char> _topicMarkerStarts;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _adverbs;
    private readonly ImmutableArray<string> _adverbList;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _affiliations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _predicatives;
    private readonly GenderWords _pronouns;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _complementizers;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _circumstances;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _clauseStarts;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _prepositions;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _titles;
    private readonly ImmutableArray<string> _descriptionPrefixes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _descriptionWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _frequent;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _roles;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _demonyms;
    private readonly ImmutableArray<string> _roleList;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _indefinites;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _conjunctions;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstPerson;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _subordinators;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _institutionArticles;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _impersonal;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _members;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _nameParticles;
    private readonly ImmutableArray<(string Ending, Gender Gender)> _verbEndings;

    public SpeechLexicon(IEnumerable<LanguagePack> packs)
    {
        var verbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var objectVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var addressVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var phraseWords = 1;
        var adverbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pronouns = new GenderWords.Builder();
        var complementizers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var circumstances = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var clauseStarts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var prepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var frequent = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var roles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var indefinites = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var members = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var determiners = new List<string>();
        var conjunctions = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var announcers = new List<string>();
        var nameLetters = new HashSet<char>();
        var beforeVerb = new List<string>();
        var epithets = new List<(string Phrase, string OfficeId)>();
        var demonyms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var epithetPhrases = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var suffixTitles = new List<string>();
        var inline = new List<string>();
        var particles = new List<string>();
        var after = new List<string>();
        var topics = new List<string>();
        var sourcesBefore = new List<string>();
        var sourcesAfter = new List<string>();
        var pronounSources = new List<string>();
        var backReferences = new List<string>();
        var asClauses = new List<string>();
        var reciprocals = new List<string>();
        var firstPerson = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var subordinators = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var affiliations = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var predicatives = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var institutionArticles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var institutionLocatives = new List<string>();
        var impersonal = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var institutionAnaphora = new List<(string Noun, InstitutionKind? Kind)>();
        var anaphora = new HashSet<string>(StringComparer.Ordinal);
        var nameParticles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var termCues = new List<string>();
        var descriptionPrefixes = new List<string>();
        var wordingNouns = new List<string>();
        var descriptionWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var verbEndings = new GenderWords.Builder();
        var quotePairs = new List<QuotePair>();
        var dialogueDashes = "";
        var commas = ",";
        foreach (var pack in packs)
        {
            quotePairs.AddRange(pack.Marks.Quotes);
            dialogueDashes += pack.Marks.DialogueDashes;
            commas += pack.Marks.Commas;
            var speech = pack.Speech;
            var spaced = pack.Scripts.Any(code => Scripts.SeparatesWords(Scripts.FromCode(code)));
            // A statement's cue ("говорится в заявлении") stands for a verb whose source follows it.
            foreach (var verb in speech.Verbs.Concat(speech.Institutions.Cues))
            {
                if (!spaced)
                {
                    inline.Add(verb);
                    continue;
                }

                verbs.Add(verb);
            }

            objectVerbs.UnionWith(speech.ObjectVerbs);
            addressVerbs.UnionWith(speech.AddressVerbs);
            verbs.UnionWith(speech.ObjectVerbs);
            verbs.UnionWith(speech.AddressVerbs);

            adverbs.UnionWith(speech.Adverbs);
            pronouns.Add(speech.Pronouns);
            complementizers.UnionWith(speech.Complementizers);
            circumstances.UnionWith(speech.Circumstances);
            clauseStarts.UnionWith(speech.ClauseStarts);
            prepositions.UnionWith(speech.Prepositions);
            titles.UnionWith(speech.Titles);
            if (!spaced)
            {
                suffixTitles.AddRange(speech.Titles);
            }

            // A language's frequent words (the, de, и) are never part of a name.
            frequent.UnionWith(pack.Identify.Words);
            particles.AddRange(speech.QuoteParticles);
            after.AddRange(speech.VerbsAfter);
            topics.AddRange(speech.TopicMarkers);
            sourcesBefore.AddRange(speech.SourcesBefore);
            sourcesAfter.AddRange(speech.SourcesAfter);
            pronounSources.AddRange(speech.PronounSources);
            backReferences.AddRange(speech.BackReferences);
            asClauses.AddRange(speech.AsClauses);
            reciprocals.AddRange(speech.Reciprocals);
            firstPerson.UnionWith(speech.FirstPerson);
            affiliations.UnionWith(speech.Affiliations);
            predicatives.UnionWith(speech.Predicatives);
            DropsSubject |= speech.DropsSubject;
            CommaClauses |= speech.CommaClauses;
            subordinators.UnionWith(speech.Subordinators);
            nameParticles.UnionWith(speech.NameParticles);
            termCues.AddRange(speech.TermCues);
            descriptionPrefixes.AddRange(speech.DescriptionPrefixes);
            wordingNouns.AddRange(speech.WordingNouns);
            descriptionWords.UnionWith(speech.DescriptionWords);
            verbEndings.Add(speech.VerbEndings);
            roles.UnionWith(speech.Roles);
            indefinites.UnionWith(speech.Indefinites);
            determiners.AddRange(speech.Determiners);
            conjunctions.UnionWith(speech.Conjunctions);
            announcers.AddRange(speech.Announcers);
            nameLetters.UnionWith(speech.NameLetters);
            beforeVerb.AddRange(speech.BeforeVerb);
            foreach (var demonym in speech.Demonyms)
            {
                foreach (var word in demonym.Words)
                {
                    demonyms.TryAdd(word, demonym.CountryId); // the first pack's reading of a word shared by two
                }
            }

            foreach (var epithet in speech.Epithets)
            {
                foreach (var phrase in epithet.Phrases)
                {
                    if (epithetPhrases.Add(phrase))
                    {
                        epithets.Add((phrase, epithet.OfficeId));
                    }
                }
            }

            institutionArticles.UnionWith(speech.Institutions.Articles);
            institutionLocatives.AddRange(speech.Institutions.Locatives);
            impersonal.UnionWith(speech.Institutions.Impersonal);
            members.UnionWith(speech.Institutions.Members);
            foreach (var anaphor in speech.Institutions.Anaphora)
            {
                foreach (var noun in anaphor.Words)
                {
                    // One entry per noun (ignoring case) and kind.
                    if (anaphora.Add($"{(int)anaphor.Kind}:{noun.ToUpperInvariant()}"))
                    {
                        institutionAnaphora.Add((noun, anaphor.Kind));
                    }
                }
            }

            // A document noun ("statement", "声明") agrees with an institution of any kind.
            foreach (var noun in speech.Institutions.Documents)
            {
                if (anaphora.Add($"*:{noun.ToUpperInvariant()}"))
                {
                    institutionAnaphora.Add((noun, null));
                }
            }
        }

        // A verb of several words ("cho biết", "nhấn mạnh") is matched whole, ending at its last word.
        var phraseEnds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var verb in verbs)
        {
            phraseWords = Math.Max(phraseWords, verb.Split(' ').Length);
            if (verb.LastIndexOf(' ') is var space and >= 0)
            {
                phraseEnds.Add(verb[(space + 1)..]);
            }
        }

        _phraseWords = phraseWords;
        _phraseEnds = Frozen(phraseEnds);
        var shaped = verbs.Concat(phraseEnds).Where(w => w.Length > 0).ToList();
        if (!shaped.Any(w => char.IsSurrogate(w[0]) || char.IsSurrogate(w[^1])))
        {
            (_verbFirsts, _verbLasts) = (new ulong[MaxShapeLength + 1], new ulong[MaxShapeLength + 1]);
            foreach (var word in shaped)
            {
                _verbFirsts[Math.Min(word.Length, MaxShapeLength)] |= ShapeBit(word[0]);
                _verbLasts[Math.Min(word.Length, MaxShapeLength)] |= ShapeBit(word[^1]);
            }
        }

        _verbs = Frozen(verbs);
        _objectVerbs = Frozen(objectVerbs);
        _addressVerbs = Frozen(addressVerbs);
        _adverbs = Frozen(adverbs);
        _adverbList = LongestFirst([.. adverbs]);
        _pronouns = pronouns.ToWords();
        // Packs write the apostrophe of an elision straight ("qu'"); texts often write it curly.
        complementizers.UnionWith([.. complementizers.Where(w => w.Contains('\'', StringComparison.Ordinal)).Select(w => w.Replace('\'', '’'))]);
        _complementizers = Frozen(complementizers);
        _circumstances = Frozen(circumstances);
        _clauseStarts = Frozen(clauseStarts);
        _prepositions = Frozen(prepositions);
        _titles = Frozen(titles);
        _frequent = Frozen(frequent);
        _roles = Frozen(roles);
        _demonyms = demonyms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _roleList = LongestFirst([.. roles]);
        Determiners = LongestFirst(determiners);
        _indefinites = Frozen(indefinites);
        _members = Frozen(members);
        _conjunctions = Frozen(conjunctions);
        Announcers = LongestFirst(announcers);
        _nameLetters = System.Buffers.SearchValues.Create([.. nameLetters]);
        BeforeVerb = LongestFirst(beforeVerb);
        Epithets = new EpithetPhrases(WordOrder.LongestFirst(epithets, e => e.Phrase));
        Quotes = new Quotes(quotePairs, dialogueDashes);
        Commas = System.Buffers.SearchValues.Create(commas);
        Transcripts = new TranscriptLabels(packs);
        SuffixTitles = LongestFirst(suffixTitles);
        InlineVerbs = LongestFirst(inline);
        _inlineVerbs = Frozen([.. inline]);
        QuoteParticles = LongestFirst(particles);
        _particleStarts = QuoteParticles.Any(p => p.Length == 0) ? null : System.Buffers.SearchValues.Create([.. QuoteParticles.Select(p => p[0])]);
        VerbsAfter = LongestFirst(after);
        if (VerbsAfter.All(v => v.Length > 0))
        {
            var firsts = string.Concat(VerbsAfter.Select(v => v[0]).Distinct());
            _verbAfterFirsts = firsts;
            _verbAfterGroups = [.. firsts.Select(c => VerbsAfter.Where(v => v[0] == c).ToArray())];
        }

        TopicMarkers = LongestFirst(topics);
        _topicMarkerStarts = System.Buffers.SearchValues.Create([.. TopicMarkers.Where(m => m.Length > 0).Select(m => m[0]).Distinct()]);
        SourcesBefore = LongestFirst(sourcesBefore);
        SourcesAfter = LongestFirst(sourcesAfter);
        PronounSources = LongestFirst(pronounSources);
        BackReferences = LongestFirst(backReferences);
        _asClauses = LongestFirst(asClauses);
        Reciprocals = LongestFirst(reciprocals);
        _firstPerson = Frozen(firstPerson);
        _subordinators = Frozen(subordinators);
        _nameParticles = Frozen(nameParticles);
        TermCues = LongestFirst(termCues);
        _descriptionPrefixes = LongestFirst(descriptionPrefixes);
        WordingNouns = LongestFirst(wordingNouns);
        _descriptionWords = Frozen(descriptionWords);
        _verbEndings = WordOrder.LongestFirst(verbEndings.Entries, e => e.Word);
        _affiliations = Frozen(affiliations);
        _predicatives = Frozen(predicatives);
        institutionArticles.UnionWith([.. institutionArticles.Where(w => w.Contains('\'', StringComparison.Ordinal)).Select(w => w.Replace('\'', '’'))]);
        _institutionArticles = Frozen(institutionArticles);
        InstitutionLocatives = LongestFirst(institutionLocatives);
        _impersonal = Frozen(impersonal);
        InstitutionAnaphora = WordOrder.LongestFirst(institutionAnaphora, a => a.Noun);
    }

    /// <summary>An article that may stand before an institution's name opening its sentence ("the", "le", "der").</summary>
    public bool IsInstitutionArticle(ReadOnlySpan<char> word) => _institutionArticles.Contains(word);

    /// <summary>The prepositions (and phrases) that, opening a sentence before an institution, make it the speaker ("в" of "В МИД России заявили", "в заявлении"), longest first.</summary>
    public ImmutableArray<string> InstitutionLocatives { get; }

    /// <summary>The length of the locative written at <paramref name="at"/> as whole words (the longest), or 0.</summary>
    public int InstitutionLocativeAt(string text, int at, int end)
    {
        foreach (var locative in InstitutionLocatives)
        {
            var stop = at + locative.Length;
            if (stop <= end && text.AsSpan(at, locative.Length).Equals(locative, StringComparison.OrdinalIgnoreCase) && (stop == text.Length || !char.IsLetter(text[stop])))
            {
                return locative.Length;
            }
        }

        return 0;
    }

    /// <summary>An impersonal subject that stands for an institution's people after a locative ("on" of "Au Kremlin, on estime").</summary>
    public bool IsImpersonal(ReadOnlySpan<char> word) => _impersonal.Contains(word);

    /// <summary>The nouns that name again an institution named before, with the kind each agrees with, longest first.</summary>
    public ImmutableArray<(string Noun, InstitutionKind? Kind)> InstitutionAnaphora { get; }

    /// <summary>The grammatical gender and number of a pronoun.</summary>
    public enum Gender
    {
        /// <summary>"he".</summary>
        Masculine,

        /// <summary>"she".</summary>
        Feminine,

        /// <summary>"they".</summary>
        Plural,

        /// <summary>One person of either gender: Indonesian "dia", "ia".</summary>
        Common,
    }

    /// <summary>The quotation marks of the languages (their packs' <c>marks.quotes</c>).</summary>
    public Quotes Quotes { get; }

    /// <summary>The commas of the languages: the plain one and their packs' <c>marks.commas</c> (، ，).</summary>
    public System.Buffers.SearchValues<char> Commas { get; }

    /// <summary>Whether <paramref name="c"/> is one of the languages' commas.</summary>
    public bool IsComma(char c) => Commas.Contains(c);

    /// <summary>The labels of transcript turns of the languages (their packs' <c>transcripts</c>).</summary>
    public TranscriptLabels Transcripts { get; }

    /// <summary>Whether one of the languages may leave a sentence's subject out: a verb without one continues the previous speaker.</summary>
    public bool DropsSubject { get; }

    /// <summary>Whether one of the languages opens a reported clause with a comma alone ("Er sagte, die Inseln gehörten …").</summary>
    public bool CommaClauses { get; }

    /// <summary>Whether <paramref name="word"/> opens a circumstance, not what was said, after a comma clause's comma ("nachdem").</summary>
    public bool IsSubordinator(ReadOnlySpan<char> word) => _subordinators.Contains(word);

    /// <summary>Speech verbs of languages written without spaces, found inside the text after their speaker ("表示").</summary>
    public ImmutableArray<string> InlineVerbs { get; }

    /// <summary>Particles that tie a quotation or clause to a verb after it (と, 고), longest first.</summary>
    public ImmutableArray<string> QuoteParticles { get; }

    /// <summary>Verbs that follow a quote particle (述べ, 말했다), longest first.</summary>
    public ImmutableArray<string> VerbsAfter { get; }

    /// <summary>Particles that mark the subject or topic after a name (は, 은), longest first.</summary>
    public ImmutableArray<string> TopicMarkers { get; }

    /// <summary>Cues that open a sentence and name its source before a comma ("according to"), longest first.</summary>
    public ImmutableArray<string> SourcesBefore { get; }

    /// <summary>Cues that follow a source ("によると"), longest first.</summary>
    public ImmutableArray<string> SourcesAfter { get; }

    /// <summary>Cues that open a sentence and name the last speaker by a pronoun as its source ("по его словам"), longest first.</summary>
    public ImmutableArray<string> PronounSources { get; }

    /// <summary>Words that open a sentence reporting the sentence before ("об этом"), longest first.</summary>
    public ImmutableArray<string> BackReferences { get; }

    /// <summary>Subjects that stand for the two parties last named together ("both sides", "стороны"), longest first.</summary>
    public ImmutableArray<string> Reciprocals { get; }

    private readonly ImmutableArray<string> _asClauses;

    /// <summary>Whether no pack of the article's languages has words that open a clause of manner.</summary>
    public bool AsClausesEmpty => _asClauses.IsEmpty;

    /// <summary>
    /// How long the word that opens <paramref name="body"/> with a clause of manner around a speech verb is ("As", "Как",
    /// "Comme l'"), or 0: ignoring case, either apostrophe matching the pack's, the word ending where a letter does not follow
    /// (a cue ending in an elision is followed by its verb's auxiliary: "Comme l'a déclaré").
    /// </summary>
    public int AsClauseAt(ReadOnlySpan<char> body)
    {
        foreach (var cue in _asClauses)
        {
            if (body.Length <= cue.Length || (char.IsLetter(cue[^1]) && char.IsLetter(body[cue.Length])))
            {
                continue;
            }

            var i = 0;
            while (i < cue.Length && char.ToLowerInvariant(body[i] == '\u2019' ? '\'' : body[i]) == cue[i])
            {
                i++;
            }

            if (i == cue.Length)
            {
                return i;
            }
        }

        return 0;
    }

    public bool IsVerb(ReadOnlySpan<char> word) => _verbs.Contains(word);

    /// <summary>
    /// The speech verb that ends with the word at <paramref name="word"/>: the word itself ("said"), or a verb of
    /// several words, separated by single spaces, that ends with it ("cho biết"); null when there is none.
    /// </summary>
    public TextSpan? VerbEndingAt(string text, TextSpan word, int limit)
    {
        if (!MayEndVerb(text.AsSpan(word.Start, word.Length)))
        {
            return null;
        }

        if (_verbs.Contains(text.AsSpan(word.Start, word.Length)))
        {
            return word;
        }

        // The words before count only when a verb of several words ends with this one (its last word is the text's word).
        if (_phraseWords == 1 || !_phraseEnds.Contains(text.AsSpan(word.Start, word.Length)))
        {
            return null;
        }

        var start = word.Start;
        for (var words = 1; words < _phraseWords; words++)
        {
            if (start - 2 < limit || text[start - 1] != ' ' || !char.IsLetter(text[start - 2]))
            {
                return null;
            }

            start -= 2;
            while (start > limit && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (_verbs.Contains(text.AsSpan(start, word.End - start)))
            {
                return TextSpan.FromBounds(start, word.End);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="word"/> has the shape (length, first and last unit ignoring case) of a verb or of the last
    /// word of one: false only for a word that is neither.
    /// </summary>
    internal bool MayEndVerb(ReadOnlySpan<char> word) =>
        _verbFirsts is null || _verbLasts is null || word.IsEmpty || char.IsSurrogate(word[0]) || char.IsSurrogate(word[^1])
        || ((_verbFirsts[Math.Min(word.Length, MaxShapeLength)] & ShapeBit(word[0])) != 0 && (_verbLasts[Math.Min(word.Length, MaxShapeLength)] & ShapeBit(word[^1])) != 0);

    private static ulong ShapeBit(char unit) => 1UL << (CaseFold.One(unit) & 63);

    /// <summary>A verb that introduces a reported clause, not one that only takes an object ("called … “regrettable”").</summary>
    public bool IntroducesClause(ReadOnlySpan<char> word) => (_verbs.Contains(word) && !_objectVerbs.Contains(word)) || _inlineVerbs.Contains(word);

    /// <summary>A verb followed by its addressee ("told reporters …").</summary>
    public bool TakesAddressee(ReadOnlySpan<char> word) => _addressVerbs.Contains(word);

    /// <summary>A word that may stand between a subject and its verb ("also", "has", the "a" of "a déclaré").</summary>
    public bool IsAdverb(ReadOnlySpan<char> word) => _adverbs.Contains(word);

    public bool IsPronoun(ReadOnlySpan<char> word) => _pronouns.Contains(word);

    /// <summary>Where an adverb written right before <paramref name="end"/> starts, in a script without spaces ("并" of "并表示"); -1 when none does.</summary>
    public int AdverbEndingAt(string text, int end, int limit)
    {
        foreach (var adverb in _adverbList)
        {
            if (end - adverb.Length >= limit && text.AsSpan(end - adverb.Length, adverb.Length).Equals(adverb, StringComparison.OrdinalIgnoreCase))
            {
                return end - adverb.Length;
            }
        }

        return -1;
    }

    /// <summary>The gender and number of a pronoun, or null when the word is not one.</summary>
    public Gender? PronounGender(ReadOnlySpan<char> word) => _pronouns.Of(word);

    public bool IsComplementizer(ReadOnlySpan<char> word) => _complementizers.Contains(word);

    /// <summary>Words right before a quotation that make it a term ("so-called", "cái gọi là"), longest first.</summary>
    public ImmutableArray<string> TermCues { get; }

    /// <summary>Nouns right after a quotation that call it someone's wording (用词, 说法, 表現, 표현), longest first.</summary>
    public ImmutableArray<string> WordingNouns { get; }

    /// <summary>Whether a term cue ends right before <paramref name="quoteOpen"/>, but for spaces ("the so-called “…”"), after <paramref name="limit"/> (the sentence's start).</summary>
    public bool FollowsTermCue(string text, int quoteOpen, int limit)
    {
        // A quotation that opened in an earlier sentence runs on into this one: its cue stands before it there.
        var from = quoteOpen < limit ? Math.Max(0, quoteOpen - 60) : limit;
        var before = text.AsSpan(from, quoteOpen - from).TrimEnd();
        foreach (var cue in TermCues)
        {
            var at = before.Length - cue.Length;
            if (at >= 0 && before.EndsWith(cue, StringComparison.OrdinalIgnoreCase) && (at == 0 || !char.IsLetter(before[at - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a lower-case word may stand inside a person's name ("de" in "Pedro de la Fuente", "van", "bin").</summary>
    public bool IsNameParticle(ReadOnlySpan<char> word) => _nameParticles.Contains(word);

    /// <summary>
    /// The gender or number a speech verb's ending gives its subject ("powiedziała", "заявила", "قالت": feminine), the
    /// longest ending first (a whole verb may be listed, to except it from a shorter ending: Arabic "لفت" is masculine); null when its language marks none or the verb has none of the endings.
    /// </summary>
    public Gender? VerbGender(ReadOnlySpan<char> verb)
    {
        foreach (var (ending, gender) in _verbEndings)
        {
            if (verb.Length >= ending.Length && verb.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return gender;
            }
        }

        return null;
    }

    public bool IsCircumstance(ReadOnlySpan<char> word) => _circumstances.Contains(word) || _prepositions.Contains(word) || _adverbs.Contains(word);

    public bool IsClauseStart(ReadOnlySpan<char> word) => _clauseStarts.Contains(word) || _pronouns.Contains(word);

    public bool IsPreposition(ReadOnlySpan<char> word) => _prepositions.Contains(word);

    /// <summary>A word that opens the complement of an object verb ("as" of "characterized the move as unfair").</summary>
    public bool IsPredicative(ReadOnlySpan<char> word) => _predicatives.Contains(word);

    /// <summary>A word that opens a source's affiliation in apposition ("of the … Institute").</summary>
    public bool IsAffiliation(ReadOnlySpan<char> word) => _affiliations.Contains(word);

    /// <summary>A title or role noun written next to a name ("Minister", "Mme").</summary>
    public bool IsTitle(ReadOnlySpan<char> word) => _titles.Contains(word);

    /// <summary>
    /// Whether a word, in a script without capitals, belongs to a role's description and not to a name: it opens with one of
    /// the packs' <c>descriptionPrefixes</c> (the Arabic article) or is one of their <c>descriptionWords</c> (روسي, سابق).
    /// </summary>
    public bool IsDescriptive(ReadOnlySpan<char> word)
    {
        if (_descriptionWords.Contains(word))
        {
            return true;
        }

        foreach (var prefix in _descriptionPrefixes)
        {
            if (word.Length > prefix.Length && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A role noun that, in a definite description, stands for a person already named ("minister", "дипломат").</summary>
    public bool IsRole(ReadOnlySpan<char> word) => _roles.Contains(word);

    /// <summary>The country whose roles <paramref name="word"/> qualifies ("Japanese", "russe"), or null.</summary>
    public string? DemonymCountry(ReadOnlySpan<char> word) => _demonyms.TryGetValue(word, out var country) ? country : null;

    /// <summary>A word that opens a description of someone not named before ("a", "un").</summary>
    public bool IsIndefinite(ReadOnlySpan<char> word) => _indefinites.Contains(word);

    /// <summary>A noun for a person who speaks for an institution ("spokesman", "представитель", "Sprecher").</summary>
    public bool IsMember(ReadOnlySpan<char> word) => _members.Contains(word);

    /// <summary>The words that open a definite description pointing back to someone named (这位, 该, 同, 이), longest first.</summary>
    public ImmutableArray<string> Determiners { get; }

    /// <summary>
    /// The length of the role noun at <paramref name="index"/> (the longest: 外交部长 before 部长), or 0; a particle may follow it
    /// in the same word (장관은).
    /// </summary>
    public int RoleAt(string text, int index, int end) => FirstAt(_roleList, text, index, end);

    /// <summary>The length of the determiner at <paramref name="index"/> (这位, 该; 이 as a word of its own), or 0.</summary>
    public int DeterminerAt(string text, int index, int end)
    {
        foreach (var word in Determiners)
        {
            if (text.AsSpan(index, end - index).StartsWith(word, StringComparison.Ordinal)
                && (!Scripts.SeparatesWords(Scripts.Of(word[^1])) || index + word.Length == end || !char.IsLetter(text[index + word.Length])))
            {
                return word.Length;
            }
        }

        return 0;
    }

    /// <summary>Whether a word is a first-person pronoun ("I", "мы"): its verb's speaker is whoever speaks, in their own words.</summary>
    public bool IsFirstPerson(ReadOnlySpan<char> word) => _firstPerson.Contains(word);

    /// <summary>A word that joins two subjects of one speech verb ("and", "et", "и").</summary>
    public bool IsConjunction(ReadOnlySpan<char> word) => _conjunctions.Contains(word);

    /// <summary>Words that stand for a quotation to follow ("as follows", "следующее", 次のように), longest first.</summary>
    public ImmutableArray<string> Announcers { get; }

    private readonly System.Buffers.SearchValues<char> _nameLetters;

    /// <summary>A letter foreign names are transliterated with in a script without spaces (Chinese 拉, 娃).</summary>
    public bool IsNameLetter(char c) => _nameLetters.Contains(c);

    /// <summary>
    /// Words that open what may stand between a speaker and the speech verb in a script without spaces (对记者说,
    /// 在会上表示, 安慰我说), longest first.
    /// </summary>
    public ImmutableArray<string> BeforeVerb { get; }

    /// <summary>The length of a <see cref="BeforeVerb"/> word written at <paramref name="index"/>, or 0.</summary>
    public int BeforeVerbAt(string text, int index, int end) => FirstAt(BeforeVerb, text, index, end);

    // The length of the first of the words (kept longest first, so the longest) written at index, or 0.
    private static int FirstAt(ImmutableArray<string> words, string text, int index, int end)
    {
        foreach (var word in words)
        {
            if (text.AsSpan(index, end - index).StartsWith(word, StringComparison.Ordinal))
            {
                return word.Length;
            }
        }

        return 0;
    }

    /// <summary>The speech verb of a script without spaces (<see cref="InlineVerbs"/>) that ends at <paramref name="end"/>, not before <paramref name="limit"/>; null when none does.</summary>
    public TextSpan? InlineVerbEndingAt(string text, int end, int limit)
    {
        foreach (var verb in InlineVerbs)
        {
            if (end - verb.Length >= limit && text.AsSpan(end - verb.Length, verb.Length).Equals(verb, StringComparison.Ordinal))
            {
                return new TextSpan(end - verb.Length, verb.Length);
            }
        }

        return null;
    }

    /// <summary>A verb of the kind that follows a quote particle, written at <paramref name="index"/> (述べ of 次のように述べました); null when there is none.</summary>
    public TextSpan? VerbAfterAt(string text, int index, int end)
    {
        // Only the verbs that start with the character at the place can be written there.
        if (_verbAfterFirsts is { } firsts && index < end)
        {
            var group = firsts.IndexOf(text[index], StringComparison.Ordinal);
            if (group < 0)
            {
                return null;
            }

            foreach (var verb in _verbAfterGroups[group])
            {
                if (text.AsSpan(index, end - index).StartsWith(verb, StringComparison.Ordinal))
                {
                    return new TextSpan(index, verb.Length);
                }
            }

            return null;
        }

        foreach (var verb in VerbsAfter)
        {
            if (text.AsSpan(index, end - index).StartsWith(verb, StringComparison.Ordinal))
            {
                return new TextSpan(index, verb.Length);
            }
        }

        return null;
    }

    /// <summary>The descriptions that stand for an office's holder ("the Russian leader"), longest first.</summary>
    public EpithetPhrases Epithets { get; }

    /// <summary>One of the languages' frequent words, never part of a name ("The").</summary>
    public bool IsFrequent(ReadOnlySpan<char> word) => _frequent.Contains(word);

    /// <summary>Titles of languages written without spaces, which follow the name they belong to (局長, 氏), longest first.</summary>
    public ImmutableArray<string> SuffixTitles { get; }

    /// <summary>
    /// A verb that follows a quote particle at <paramref name="index"/> ("」と述べた", "”고 말했다"): the particle's
    /// length, then the verb's span; null when there is none.
    /// </summary>
    public (int ParticleLength, TextSpan Verb)? VerbAfterParticle(string text, int index, int end)
    {
        // Asked at every place of a sentence: most places start no particle.
        if (_particleStarts is { } starts && (index >= end || !starts.Contains(text[index])))
        {
            return null;
        }

        foreach (var particle in QuoteParticles)
        {
            if (!text.AsSpan(index, end - index).StartsWith(particle, StringComparison.Ordinal))
            {
                continue;
            }

            var at = SkipSpaces(text, index + particle.Length, end);
            if (VerbAfterAt(text, at, end) is { } verb)
            {
                return (particle.Length, verb);
            }

            // An adverb may stand between the particle and the verb: "”이라고 거듭 강조했다", "」と改めて強調した".
            foreach (var adverb in _adverbList)
            {
                if (text.AsSpan(at, end - at).StartsWith(adverb, StringComparison.OrdinalIgnoreCase)
                    && VerbAfterAt(text, SkipSpaces(text, at + adverb.Length, end), end) is { } afterAdverb)
                {
                    return (particle.Length, afterAdverb);
                }
            }
        }

        return null;
    }

    /// <summary>The length of the longest quote particle written at <paramref name="index"/> ("」と", "”라고"), or 0.</summary>
    public int QuoteParticleAt(string text, int index, int end)
    {
        if (index >= end || (_particleStarts is { } starts && !starts.Contains(text[index])))
        {
            return 0;
        }

        foreach (var particle in QuoteParticles)
        {
            if (particle.Length > 0 && text.AsSpan(index, end - index).StartsWith(particle, StringComparison.Ordinal))
            {
                return particle.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// The first place at or after <paramref name="index"/>, before <paramref name="end"/>, where
    /// <see cref="VerbAfterParticle"/> may find a particle (<paramref name="end"/> when there is none): the others start no particle.
    /// </summary>
    public int NextParticlePlace(string text, int index, int end)
    {
        if (_particleStarts is not { } starts || index >= end)
        {
            return index;
        }

        var at = text.AsSpan(index, end - index).IndexOfAny(starts);
        return at < 0 ? end : index + at;
    }

    /// <summary>
    /// The last place at or before <paramref name="index"/>, not before <paramref name="limit"/>, where
    /// <see cref="VerbAfterParticle"/> may find a particle (<paramref name="limit"/> − 1 when there is none): the others
    /// start no particle.
    /// </summary>
    public int PreviousParticlePlace(string text, int index, int limit)
    {
        if (_particleStarts is not { } starts || index < limit)
        {
            return index;
        }

        var at = text.AsSpan(limit, index + 1 - limit).LastIndexOfAny(starts);
        return at < 0 ? limit - 1 : limit + at;
    }

    /// <summary>The first place at or after <paramref name="index"/>, before <paramref name="end"/>, where <see cref="TopicMarkerAt"/> may find a marker; <paramref name="end"/> when there is none.</summary>
    public int NextTopicMarkerPlace(string text, int index, int end)
    {
        if (index >= end)
        {
            return index;
        }

        var at = text.AsSpan(index, end - index).IndexOfAny(_topicMarkerStarts);
        return at < 0 ? end : index + at;
    }

    /// <summary>Whether <paramref name="span"/> holds a character a topic marker starts with: without one, it holds no marker.</summary>
    public bool MayHoldTopicMarker(ReadOnlySpan<char> span) => span.ContainsAny(_topicMarkerStarts);

    private static int SkipSpaces(string text, int at, int end)
    {
        while (at < end && text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    /// <summary>The length of a topic or subject marker at <paramref name="index"/>, or 0.</summary>
    public int TopicMarkerAt(string text, int index, int end)
    {
        foreach (var marker in TopicMarkers)
        {
            if (text.AsSpan(index, end - index).StartsWith(marker, StringComparison.Ordinal))
            {
                return marker.Length;
            }
        }

        return 0;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Frozen(HashSet<string> words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static ImmutableArray<string> LongestFirst(List<string> words) => WordOrder.LongestFirst(words);
}
