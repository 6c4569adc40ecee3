using System.Collections.Immutable;
using Kurils.Domain.Catalog;

namespace Kurils.Domain.Languages;

/// <summary>
/// What the parser knows of one language, read from a YAML pack (<c>data/languages/&lt;code&gt;.yaml</c>): how to
/// recognise it, how it attaches endings and prefixes to names, its island words and its punctuation. The
/// parser's stages apply roles (a speech verb, a month, a title) and take the words from the packs of the
/// languages an article is written in, so a language is added by writing a pack, not code.
/// </summary>
/// <remarks>Load packs through <see cref="LanguagePacks"/>; the shipped ones are <see cref="LanguagePacks.Default"/>.</remarks>
public sealed class LanguagePack
{
    internal LanguagePack(
        string code,
        string name,
        ImmutableArray<string> scripts,
        string source,
        PackSections sections)
    {
        Code = code;
        Name = name;
        Scripts = scripts;
        Source = source;
        Sections = sections;
    }

    /// <summary>The language's BCP 47 primary subtag (<c>en</c>, <c>ru</c>, <c>zh</c>), as articles report it.</summary>
    public string Code { get; }

    /// <summary>The language's English name.</summary>
    public string Name { get; }

    /// <summary>The ISO 15924 codes of the scripts the language is written in (<c>Latn</c>, <c>Cyrl</c>, <c>Hani</c>, …).</summary>
    public ImmutableArray<string> Scripts { get; }

    /// <summary>Where the pack was read from (a file path, or <c>data/languages/&lt;code&gt;.yaml</c> for a shipped pack).</summary>
    public string Source { get; }

    internal PackSections Sections { get; }

    internal Identification Identify => Sections.Identify;

    internal Morphology Morphology => Sections.Morphology;

    internal IslandWords Islands => Sections.Islands;

    internal TextMarks Marks => Sections.Marks;

    internal PageWords Page => Sections.Page;

    internal DisputeWords Dispute => Sections.Dispute;

    internal DateVocabulary Dates => Sections.Dates;
    internal SpeechWords Speech => Sections.Speech;
    internal EventWords Events => Sections.Events;

    internal TranscriptWords Transcripts => Sections.Transcripts;

    internal PeopleWords People => Sections.People;

    /// <inheritdoc/>
    public override string ToString() => $"{Code} ({Name})";
}

/// <summary>
/// The sections of a pack, one per concern, each read by its own reader in <see cref="LanguagePackReader"/>. A
/// stage that needs words of a new kind adds a section here and a reader there; every section is optional in
/// the YAML and empty when absent.
/// </summary>
/// <remarks>
/// A pack from YAML has every section read at load, so that every problem is reported together. A shipped pack was
/// validated when the build compiled it, so only what language identification needs of every pack is read at start;
/// each other section is read from its tree the first time a stage asks for it (an English article reads the
/// English pack's speech, not every pack's). Reading is pure, so two threads asking at once at worst both read it,
/// and one result is kept.
/// </remarks>
internal sealed class PackSections
{
    private readonly string _file;

    // The tree of each section, decoded when the section is first read (a shipped pack), or null when every section was read at load.
    private readonly Func<int, YamlTreeNode?>? _trees;
    private readonly object?[] _sections;

    private PackSections(Identification identify, string file, Func<int, YamlTreeNode?>? trees, object?[] sections)
    {
        Identify = identify;
        _file = file;
        _trees = trees;
        _sections = sections;
    }

    /// <summary>Sections already read (<paramref name="sections"/> in the order of <see cref="LanguagePackReader.SectionKeys"/>).</summary>
    public static PackSections Read(Identification identify, object[] sections) => new(identify, "", null, sections);

    /// <summary>Sections read when first asked for, from <paramref name="trees"/>: the tree of a section by its index in <see cref="LanguagePackReader.SectionKeys"/>, null when absent.</summary>
    public static PackSections Later(Identification identify, string file, Func<int, YamlTreeNode?> trees) =>
        new(identify, file, trees, new object?[LanguagePackReader.SectionKeys.Length]);

    /// <summary>Read with the pack, whatever the pack: every article's language is told from every pack's.</summary>
    public Identification Identify { get; }

    public Morphology Morphology => Section<Morphology>(LanguagePackReader.MorphologySection);

    public IslandWords Islands => Section<IslandWords>(LanguagePackReader.IslandsSection);

    public TextMarks Marks => Section<TextMarks>(LanguagePackReader.MarksSection);

    public PageWords Page => Section<PageWords>(LanguagePackReader.PageSection);

    public DisputeWords Dispute => Section<DisputeWords>(LanguagePackReader.DisputeSection);

    public DateVocabulary Dates => Section<DateVocabulary>(LanguagePackReader.DatesSection);

    public SpeechWords Speech => Section<SpeechWords>(LanguagePackReader.SpeechSection);

    public EventWords Events => Section<EventWords>(LanguagePackReader.EventsSection);

    public TranscriptWords Transcripts => Section<TranscriptWords>(LanguagePackReader.TranscriptsSection);

    public PeopleWords People => Section<PeopleWords>(LanguagePackReader.PeopleSection);

    private T Section<T>(int index)
        where T : class
    {
        if (Volatile.Read(ref _sections[index]) is T read)
        {
            return read;
        }

        var section = LanguagePackReader.ReadLater(index, _trees!(index), _file);
        return (T)(Interlocked.CompareExchange(ref _sections[index], section, null) ?? section);
    }
}

/// <summary>What language identification needs: frequent words and the letters that set the language apart.</summary>
/// <param name="Words">Frequent short words, folded to lower case; in scripts without spaces, short character sequences.</param>
/// <param name="Letters">Letters this language uses and its neighbours in the same script do not (ї, ß, ł, ă).</param>
/// <param name="Never">Letters of its script the language never writes (Russian never writes і, ї, ў, ј).</param>
/// <param name="MarkerScripts">Scripts whose letters alone point to this language (kana for Japanese).</param>
/// <param name="Prior">Added to the language's score when the text has any evidence for it: breaks ties between neighbours in favour of the more common one.</param>
/// <param name="ReadWith">Codes of the packs whose rules also read the language's text (Croatian with Serbian's): a pack that only identifies its language borrows its closest neighbour's words.</param>
internal sealed record Identification(ImmutableArray<string> Words, string Letters, string Never, ImmutableArray<Script> MarkerScripts, double Prior, ImmutableArray<string> ReadWith)
{
    public static Identification Empty { get; } = new([], "", "", [], 0, []);
}

/// <summary>How the language attaches endings and prefixes to the names it writes.</summary>
/// <param name="Endings">Case endings that follow a name's written form or its stem, folded (Путин → Путин|а).</param>
/// <param name="StemFinals">Final letters of a name's base form that give way to an ending (Япони|я → Япони|и).</param>
/// <param name="BareStemFinals">Of those, the finals whose bare stem is itself a form (Курил|ы → южных Курил).</param>
/// <param name="MinStemLength">The shortest stem that declines: shorter names are matched only as written.</param>
/// <param name="AttachedPrefixes">Particles written together with the next word, folded (Arabic و, ب, ال; French l', d').</param>
/// <param name="Conjunctions">Conjunctions that join a second modifier to the first word of a name (Южных и Средних Курил), in lower case.</param>
/// <param name="Contractions">Prefixes that merge with a name's first letters (Arabic لل for ل + the article ال of اليابان: لليابان).</param>
/// <param name="CommonWords">Ordinary words of the language written like a short name, in lower case with their diacritics
/// (Vietnamese ngã, Spanish uno): at a sentence's start, where every word has a capital, they are not that name.</param>
internal sealed record Morphology(
    ImmutableArray<string> Endings,
    string StemFinals,
    string BareStemFinals,
    int MinStemLength,
    ImmutableArray<string> AttachedPrefixes,
    ImmutableArray<string> Conjunctions,
    ImmutableArray<Contraction> Contractions,
    ImmutableArray<string> CommonWords)
{
    public const int DefaultMinStemLength = 4;

    public static Morphology Empty { get; } = new([], "", "", DefaultMinStemLength, [], [], [], []);
}

/// <summary>A prefix written in place of a name's first letters, both in lower case: لل (ل and ال) before يابان stands for ل + اليابان.</summary>
/// <param name="Written">What the text writes.</param>
/// <param name="NameStart">The letters of the name it stands for.</param>
internal readonly record struct Contraction(string Written, string NameStart);

/// <summary>The words for "island" that stand around a territory's name ("остров Итуруп", "Iturup Island", "択捉島").</summary>
/// <param name="Before">Words that stand before the name, folded.</param>
/// <param name="After">Words that stand after the name, folded; in scripts without spaces, attached to it.</param>
/// <param name="Anaphora">Phrases that refer back to islands named before ("these islands", "острова"), folded.</param>
/// <param name="NotNames">Capitalised words that stand before an island word without naming an island ("The", "Northern"), folded.</param>
/// <param name="UnknownAfter">
/// Island words, as written, that make the capitalised word before them worth a reviewer's look when the catalog
/// does not know it ("Island" after a space; "-jima" attached with its hyphen).
/// </param>
internal sealed record IslandWords(ImmutableArray<string> Before, ImmutableArray<string> After, ImmutableArray<string> Anaphora, ImmutableArray<string> NotNames, ImmutableArray<string> UnknownAfter)
{
    public static IslandWords Empty { get; } = new([], [], [], [], []);
}

/// <summary>The language's punctuation: its quotation marks and what ends a sentence or a clause.</summary>
/// <param name="Quotes">Opening and closing quotation marks, in pairs («…», „…“, 「…」).</param>
/// <param name="SentenceStops">Characters that end a sentence (. ! ? 。).</param>
/// <param name="FullStops">Of the sentence stops, the full stops (not question or exclamation marks): what a headline does not end with.</param>
/// <param name="ClauseStops">Characters besides the sentence stops and quotation marks that end a clause (; :).</param>
/// <param name="Abbreviations">Words ending in a full stop that do not end a sentence (Mr., г., St.).</param>
/// <param name="Bullets">Marks the language's typography opens a list item with, besides the common bullets (Japanese ・).</param>
/// <param name="DialogueDashes">Dashes that open direct speech at the start of a paragraph and close it before the speech verb ("— Мы не отдадим, — сказал он.", "—No cederemos —dijo—.").</param>
/// <param name="Commas">Commas besides the plain one (Arabic ، , full-width ，): what separates an inserted phrase or a second clause.</param>
internal sealed record TextMarks(ImmutableArray<QuotePair> Quotes, string SentenceStops, string FullStops, string ClauseStops, ImmutableArray<string> Abbreviations, string Bullets, string DialogueDashes = "", string Commas = "")
{
    public static TextMarks Empty { get; } = new([], "", "", "", [], "", "");
}

/// <summary>How the language writes the words around a person's name, beyond the speech section's titles.</summary>
/// <param name="Honorifics">Words right after a name that stand for the person whatever their office (氏, さん, 先生), as written.</param>
/// <param name="Former">Words between a name and an office that make it a former one (元 in 森元首相, 前 in 前首相), as written.</param>
internal sealed record PeopleWords(ImmutableArray<string> Honorifics, ImmutableArray<string> Former)
{
    public static PeopleWords Empty { get; } = new([], []);
}

/// <summary>The labels a transcript of an interview or a briefing opens each turn with ("Q:", "Вопрос:", "問："), as written, without the colon.</summary>
/// <param name="Questions">Labels of a question: the interviewer's turn, no statement of the speakers the article is about.</param>
/// <param name="Answers">Labels of an answer: the turn of the person interviewed or briefing.</param>
internal sealed record TranscriptWords(ImmutableArray<string> Questions, ImmutableArray<string> Answers)
{
    public static TranscriptWords Empty { get; } = new([], []);
}

/// <summary>An opening quotation mark and the mark that closes it.</summary>
internal readonly record struct QuotePair(char Open, char Close);

/// <summary>
/// How the language reports speech: the verbs, the particles that tie a quotation to a verb after it, the cues that
/// name a source, the pronouns that stand for a speaker and the small words that may stand around them. All folded
/// to lower case.
/// </summary>
/// <param name="Verbs">Verbs that introduce a reported clause or a quotation ("said", "заявил", the participle "déclaré" of "a déclaré"; several words matched whole, "cho biết"). In a script without spaces, found inside the text ("表示").</param>
/// <param name="ObjectVerbs">Verbs that attribute a quotation but take an object, not a clause ("called … “regrettable”").</param>
/// <param name="AddressVerbs">Of the verbs, those followed by an addressee ("told reporters …").</param>
/// <param name="QuoteParticles">Particles that tie a quotation or clause to the verb after it (Japanese と, Korean 고, 라고).</param>
/// <param name="VerbsAfter">Verbs that follow such a particle (述べ, 말했다), matched at its end as written.</param>
/// <param name="TopicMarkers">Particles that mark a sentence's subject or topic right after a name (Japanese は, Korean 은).</param>
/// <param name="SourcesBefore">Cues that stand before a source and a comma ("according to", "по словам").</param>
/// <param name="SourcesAfter">Cues that follow a source ("によると", "에 따르면").</param>
/// <param name="PronounSources">Cues that open a sentence and name the last speaker by a pronoun as its source ("по его словам", "according to him", "selon lui").</param>
/// <param name="Affiliations">Words that open a source's affiliation in apposition ("Ryoji Kudo, 50, of the … Institute, …"): skipped with it before what was said.</param>
/// <param name="Predicatives">Words that open the complement of an object verb ("characterized the move as unfair", "расценил слова как попытку"): with one, what the object verb says is a reported clause.</param>
/// <param name="BackReferences">Words that open a sentence whose speech verb reports the sentence before ("Об этом заявил …", "Про це повідомив …").</param>
/// <param name="Pronouns">Personal pronouns that may stand for a speaker, by gender.</param>
/// <param name="Adverbs">Words that may stand between a subject and its verb ("also", "также").</param>
/// <param name="Complementizers">Words that open a reported clause ("that", "что", "que").</param>
/// <param name="Circumstances">Words that may stand between a verb and its complementizer ("reporters", "today").</param>
/// <param name="ClauseStarts">Words that open a reported clause after an addressee ("told reporters he …").</param>
/// <param name="Prepositions">Prepositions that open a place or time, not what was said ("on", "in").</param>
/// <param name="Titles">Titles, honorifics and role nouns written next to a name and not part of it ("Minister", "Mme", 局長, 氏).</param>
/// <param name="DropsSubject">Whether a sentence may leave its subject out, so that a speech verb without one continues the previous speaker (Japanese, Spanish, Polish: "— dodał.").</param>
/// <param name="Roles">Role nouns that, in a definite description ("the minister said", "— заявил дипломат"), stand for the person last named or speaking.</param>
/// <param name="Epithets">Descriptions that stand for whoever holds an office ("the Russian leader", "el mandatario ruso"), by office id.</param>
/// <param name="Indefinites">Words that open a description of someone not named before ("a", "un", "ein"): "a spokesman said" is nobody the article named.</param>
/// <param name="Conjunctions">Words that join two subjects of one speech verb ("and", "et", "и"): "Yeltsin and Hashimoto told reporters" is said by each.</param>
/// <param name="Announcers">Words that stand for a quotation to follow ("as follows", "следующее", 次のように): the sentence's speaker speaks in the next paragraph's quotation.</param>
/// <param name="Reciprocals">Subjects that stand for the two parties last named together ("both sides", "the two leaders", "стороны", "ambas partes"): what they said, each of them said.</param>
/// <param name="NameLetters">In a script without spaces, the letters foreign names are transliterated with (Chinese 阿, 拉, 娃…): a run of them opening the clause of a speech verb names a speaker the catalog lacks.</param>
/// <param name="BeforeVerb">In a script without spaces, words that open what may stand between a speaker and the speech verb: a preposition with the addressee or place (对记者说, 在会上表示), a verb of manner with its object (安慰我说).</param>
/// <param name="CommaClauses">Whether a reported clause may follow the speech verb after a comma alone, without a complementizer (German "Er sagte, die Inseln gehörten zu Japan").</param>
/// <param name="Subordinators">With <paramref name="CommaClauses"/>: words that open a circumstance after that comma rather than what was said ("nachdem", "als", "weil").</param>
/// <param name="Determiners">Words that open a definite description pointing back to someone named before (Chinese 这位, 该; Japanese 同; Korean 이): 这位部长表示 is the minister the story named.</param>
/// <param name="Institutions">The words by which an institution speaks: articles and locatives before its name, the cues of its statements, the nouns that name it again.</param>
/// <param name="NameParticles">Lower-case words inside a person's name ("de", "van", "bin"): "Pedro de la Fuente" is one name, when a capitalised word follows them.</param>
/// <param name="VerbEndings">Endings of a speech verb that say its subject's gender or number (Polish "powiedziała", Russian "заявила", Arabic "قالت"): a verb without a subject continues only someone who agrees.</param>
/// <param name="DescriptionPrefixes">In a script without capital letters, what a word of a description opens with and a name does not (the Arabic article ال, with its attached conjunctions and prepositions): وقال الخبير في الشؤون الروسية أحمد سالم إن … names أحمد سالم.</param>
/// <param name="DescriptionWords">In a script without capital letters, the words of a role's description that stand where a name would, after the role (Arabic روسي, سابق, كبير): never part of the name.</param>
/// <param name="WordingNouns">Nouns right after a quotation (a particle or two between) that call it someone's wording (Chinese 用词, 说法; Japanese 表現; Korean 표현): 「固有領土」的用詞 are the words of the person the sentence opens with, however short.</param>
/// <param name="TermCues">Words right before a quotation that make it a term, not a statement ("so-called", "cái gọi là", "так называемые"), however many words it has.</param>
/// <param name="AsClauses">Words that open a sentence with a clause of manner around a speech verb and its subject ("as", "как", "comme l'", "wie"): "As Hayashi said, …", "Как заявил Лавров, …" are that subject's words, the rest of the sentence.</param>
/// <param name="Demonyms">The words that say a role is a country's ("Japanese", "russe", "японский"), by country id: "the Japanese minister said" stands for the last minister of Japan named, not the last minister.</param>
/// <param name="FirstPerson">First-person pronouns ("I", "we", "я", "nous"): a speech verb whose subject is one reports the words of whoever speaks, in their quotation or transcript turn, never an earlier speaker that a verb without a subject would continue.</param>
internal sealed record SpeechWords(
    ImmutableArray<string> Verbs,
    ImmutableArray<string> ObjectVerbs,
    ImmutableArray<string> AddressVerbs,
    ImmutableArray<string> QuoteParticles,
    ImmutableArray<string> VerbsAfter,
    ImmutableArray<string> TopicMarkers,
    ImmutableArray<string> SourcesBefore,
    ImmutableArray<string> SourcesAfter,
    ImmutableArray<string> PronounSources,
    ImmutableArray<string> BackReferences,
    ImmutableArray<string> Affiliations,
    ImmutableArray<string> Predicatives,
    SpeakerPronouns Pronouns,
    ImmutableArray<string> Adverbs,
    ImmutableArray<string> Complementizers,
    ImmutableArray<string> Circumstances,
    ImmutableArray<string> ClauseStarts,
    ImmutableArray<string> Prepositions,
    ImmutableArray<string> Titles,
    bool DropsSubject,
    ImmutableArray<string> Roles,
    ImmutableArray<Epithet> Epithets,
    ImmutableArray<string> Indefinites,
    ImmutableArray<string> Conjunctions,
    ImmutableArray<string> Announcers,
    ImmutableArray<string> Reciprocals,
    string NameLetters,
    ImmutableArray<string> BeforeVerb,
    ImmutableArray<string> FirstPerson,
    bool CommaClauses,
    ImmutableArray<string> Subordinators,
    ImmutableArray<string> Determiners,
    InstitutionWords Institutions,
    ImmutableArray<string> NameParticles,
    SpeakerPronouns VerbEndings,
    ImmutableArray<string> TermCues,
    ImmutableArray<string> DescriptionPrefixes,
    ImmutableArray<string> DescriptionWords,
    ImmutableArray<string> WordingNouns,
    ImmutableArray<string> AsClauses,
    ImmutableArray<Demonym> Demonyms)
{
    public static SpeechWords Empty { get; } = new([], [], [], [], [], [], [], [], [], [], [], [], SpeakerPronouns.Empty, [], [], [], [], [], [], false, [], [], [], [], [], [], "", [], [], false, [], [], InstitutionWords.Empty, [], SpeakerPronouns.Empty, [], [], [], [], [], []);
}

/// <summary>The words by which an institution speaks (the <c>speech.institutions</c> section of a pack).</summary>
/// <param name="Articles">Articles that may stand before an institution's name opening its sentence ("the", "le", "der"): "The Kremlin on Wednesday said".</param>
/// <param name="Locatives">Prepositions (and phrases ending in one: "в заявлении") that, opening a sentence before an institution's name, make it the speaker of a verb without a subject ("В МИД России заявили", "W MSZ stwierdzono", "Au Kremlin, on estime", "В заявлении МИД России говорится").</param>
/// <param name="Impersonal">Impersonal subjects that stand for such people ("on", "man").</param>
/// <param name="Cues">Constructions that stand for a speech verb whose source, an institution or a person, follows them ("говорится в заявлении", "czytamy w oświadczeniu").</param>
/// <param name="Anaphora">Nouns that name again an institution named shortly before ("the ministry", "министерство", "同省"), by the kind of institution they agree with.</param>
/// <param name="Members">Nouns for a person who speaks for an institution ("spokesman", "представитель", "Sprecher", "source"): before its name ("Представитель Кремля", "un portavoz del Kremlin") they make the subject that person, not the institution.</param>
/// <param name="Documents">Nouns for what an institution issues ("statement", "声明", "البيان"): as the subject of a speech verb ("The statement also said", "声明还称") they stand for the institution of any kind named shortly before.</param>
internal sealed record InstitutionWords(
    ImmutableArray<string> Articles,
    ImmutableArray<string> Locatives,
    ImmutableArray<string> Impersonal,
    ImmutableArray<string> Cues,
    ImmutableArray<InstitutionAnaphor> Anaphora,
    ImmutableArray<string> Members,
    ImmutableArray<string> Documents)
{
    public static InstitutionWords Empty { get; } = new([], [], [], [], [], [], []);
}

/// <summary>Nouns that name again an institution of one kind ("the ministry", "министерство": a ministry, not the Kremlin).</summary>
/// <param name="Kind">The kind of institution they agree with.</param>
/// <param name="Words">The nouns as written, with an article where the language writes it on the word (الوزارة).</param>
internal sealed record InstitutionAnaphor(InstitutionKind Kind, ImmutableArray<string> Words);

/// <summary>Descriptions that stand for the holder of one office ("the Kremlin chief", "глава государства").</summary>
/// <param name="OfficeId">The office, a catalog id.</param>
/// <param name="Phrases">The descriptions as written (compared ignoring case).</param>
internal sealed record Epithet(string OfficeId, ImmutableArray<string> Phrases);

/// <summary>The words that say a role is one country's ("Japanese", "japonais", "японский").</summary>
/// <param name="CountryId">The country, a catalog id.</param>
/// <param name="Words">The words as written (compared ignoring case).</param>
internal sealed record Demonym(string CountryId, ImmutableArray<string> Words);

/// <summary>The personal pronouns that may stand for a speaker, by gender and number (also the endings of a speech verb that agree with them).</summary>
/// <param name="Masculine">"he", "он", "il", "er".</param>
/// <param name="Feminine">"she", "она", "elle", "sie".</param>
/// <param name="Plural">"they", "они", "ils".</param>
/// <param name="Common">Pronouns of one person that say no gender (Indonesian "dia", "ia"): they agree with a man or a woman.</param>
internal sealed record SpeakerPronouns(ImmutableArray<string> Masculine, ImmutableArray<string> Feminine, ImmutableArray<string> Plural, ImmutableArray<string> Common)
{
    public static SpeakerPronouns Empty { get; } = new([], [], [], []);
}
