using System.Collections.Immutable;
using Kurils.Domain.Languages;
using Kurils.Domain.Names;
using Kurils.Domain.Parsing.Dates;
using Kurils.Domain.Parsing.Mentions;
using Kurils.Domain.Parsing.Segmentation;
using NodaTime;

namespace Kurils.Domain.Parsing;

/// <summary>
/// Everything one parse knows, handed to every stage of <see cref="ArticleParser.Parse(string, LocalDate?)"/>:
/// the input, what each stage found (filled in stage order, each part by one stage only, read by the later
/// ones), and the working lists the stages reuse. Rented from a <see cref="ParseContextPool"/> for one parse
/// and returned when it ends, so a parse allocates no working list of its own; the result keeps nothing of it.
/// </summary>
internal sealed class ParseContext
{
    // A list grown past this by a huge article is dropped on return rather than kept for the next parse.
    private const int MaxKeptItems = 1 << 16;

    public ParseContext(KurilsCatalog catalog) => Catalog = catalog;

    // ----- The input.

    /// <summary>The article as given; every span points into it.</summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>The publication date the caller gave, if any.</summary>
    public LocalDate? Published { get; private set; }

    /// <summary>
    /// <see cref="Text"/> folded by <see cref="CaseFold"/> (same length, same offsets), made on first use into a buffer
    /// kept from parse to parse, and shared by the stages that search words ignoring case (the outlet detector, the
    /// dispute classifier): an ordinal search of it answers as an ignore-case search of the text.
    /// </summary>
    public ReadOnlySpan<char> CaseFolded
    {
        get
        {
            if (!_folded)
            {
                if (_foldBuffer.Length < Text.Length)
                {
                    _foldBuffer = new char[Math.Max(Text.Length, 2 * _foldBuffer.Length)];
                }

                CaseFold.Fold(Text, _foldBuffer);
                _folded = true;
            }

            return _foldBuffer.AsSpan(0, Text.Length);
        }
    }

    // The fold of the text, in a buffer reused from parse to parse; whether it holds this parse's.
    private char[] _foldBuffer = [];
    private bool _folded;

    /// <summary>
    /// <see cref="Text"/> folded by <see cref="Parsing.Events.WordMatcher.Fold(string)"/> (same length, same offsets): what the events
    /// stage matches its packs' words in, made on first use into a buffer kept from parse to parse (a string of it was a
    /// quarter of the stage's allocation).
    /// </summary>
    public ReadOnlyMemory<char> WordFolded
    {
        get
        {
            if (!_wordFolded)
            {
                if (_wordFoldBuffer.Length < Text.Length)
                {
                    _wordFoldBuffer = new char[Math.Max(Text.Length, 2 * _wordFoldBuffer.Length)];
                }

                Parsing.Events.WordMatcher.Fold(Text, _wordFoldBuffer);
                _wordFolded = true;
            }

            return _wordFoldBuffer.AsMemory(0, Text.Length);
        }
    }

    // The same for the events stage's fold.
    private char[] _wordFoldBuffer = [];
    private bool _wordFolded;

    /// <summary>The catalog names are resolved against (the parser's, the same for every parse).</summary>
    public KurilsCatalog Catalog { get; }

    // ----- Identify the languages.

    /// <summary>The languages the article is written in: the main one and the packs whose words apply (<see cref="LanguageGuess.Active"/>).</summary>
    public LanguageGuess Language { get; set; } = LanguageGuess.None;

    /// <summary>The parser's language packs, for a line written in another language than the article's.</summary>
    public LanguagePacks Packs { get; set; } = LanguagePacks.Empty;

    /// <summary>The punctuation of the article's languages, for the sentence splitter.</summary>
    public TextLexicon Marks { get; set; } = TextLexicon.Empty;

    /// <summary>How the article's languages inflect names, for the scanner.</summary>
    public NameMorphology Morphology { get; set; } = NameMorphology.None;

    /// <summary>The date words of the article's languages.</summary>
    public DateLexicon DateWords { get; set; } = DateLexicon.Empty;

    /// <summary>The page and dispute words of the article's languages, for the segmenter, the outlet detector and the classifier.</summary>
    public PageLexicon Page { get; set; } = PageLexicon.Empty;

    /// <summary>The instrument and island words of every pack the parser reads, for the reviewer's checks, which should not hang on the language identified.</summary>
    public DisputeLexicon EveryLanguage { get; set; } = DisputeLexicon.Empty;

    // ----- Segment.

    /// <summary>The segments, in order, covering the text.</summary>
    public ImmutableArray<Segment> Segments { get; set; } = [];

    /// <summary>Which segment holds an offset, and the sentences of the article's own text.</summary>
    public SegmentMap Map { get; set; } = null!;

    /// <summary>The headline's content, when there is one.</summary>
    public TextSpan? Headline { get; set; }

    // ----- Find names and dates.

    /// <summary>Every catalog name in the text, in order, with the catalog entries it stands for.</summary>
    public List<ScanMatch> Names { get; } = [];

    /// <summary>Every date expression in the article text and the lines above it, not yet resolved.</summary>
    public List<DateExpression> DateExpressions { get; } = [];

    // ----- Date the article.

    /// <summary>The date relative dates are resolved against: given, or inferred from the text.</summary>
    public LocalDate? ReferenceDate { get; set; }

    /// <summary>Where <see cref="ReferenceDate"/> came from.</summary>
    public ReferenceDateSource ReferenceSource { get; set; }

    /// <summary>The date expressions resolved against the reference date.</summary>
    public ImmutableArray<DateMention> Dates { get; set; } = [];

    /// <summary>The dateline, read with its date.</summary>
    public Dateline? Dateline { get; set; }

    // ----- Resolve mentions.

    /// <summary>Entities named or described in the text (not pronouns and epithets: see <see cref="Anaphora"/>), sorted by <see cref="MentionOrder"/>.</summary>
    public List<Mention> NameMentions { get; private set; } = [];

    /// <summary>The outlet that published the article and the wire service it credits.</summary>
    public Metadata.DetectedOutlet Outlet { get; set; }

    // ----- Statements and anaphora.

    /// <summary>Quotations and reported speech, in text order.</summary>
    public List<ArticleStatement> Statements { get; private set; } = [];

    /// <summary>Epithets and pronouns resolved to the one person they mean ("the Russian leader", "he"), sorted by <see cref="MentionOrder"/>.</summary>
    public List<Mention> Anaphora { get; private set; } = [];

    // ----- Events.

    /// <summary>The PLOVER-coded events, in text order of their triggers.</summary>
    public List<ArticleEvent> Events { get; private set; } = [];

    // ----- Checks.

    /// <summary><see cref="NameMentions"/> and <see cref="Anaphora"/> merged in text order: the article's mentions.</summary>
    public List<Mention> Mentions { get; private set; } = [];

    /// <summary>Findings for a reviewer, in text order.</summary>
    public List<ParseDiagnostic> Diagnostics { get; private set; } = [];

    // ----- Working lists, reused from parse to parse.

    /// <summary>The date expressions of one line read for the page's date stamp, kept apart from the story's.</summary>
    public List<DateExpression> StampExpressions { get; } = [];

    /// <summary>The date finder's tokens of one segment.</summary>
    public List<DateToken> DateTokens { get; } = [];

    /// <summary>The date resolver's output before it becomes <see cref="Dates"/>.</summary>
    public List<DateMention> ResolvedDates { get; } = [];

    /// <summary>The ids of people named in full in the article, which settle who a shared family name means.</summary>
    public HashSet<string> NamedInFull { get; } = new(StringComparer.Ordinal);

    /// <summary>The mention stage's working list: the people a shared family name may stand for, at one match.</summary>
    public List<Person> CandidatePeople { get; } = [];

    /// <summary>Where the article names a person the catalog lacks who shares a catalog person's family name, with their fullest name, in text order.</summary>
    public List<Namesake> Namesakes { get; } = [];

    /// <summary>The indexes of the <see cref="Names"/> that are a namesake's, not a catalog person's.</summary>
    public HashSet<int> NamesakeMatches { get; } = [];

    /// <summary>Whether this context may be kept for another parse: none of its working lists was grown huge.</summary>
    public bool Reusable =>
        Names.Capacity <= MaxKeptItems && DateExpressions.Capacity <= MaxKeptItems && DateTokens.Capacity <= MaxKeptItems
        && ResolvedDates.Capacity <= MaxKeptItems && NamedInFull.Count <= MaxKeptItems && Namesakes.Capacity <= MaxKeptItems
        && NamesakeMatches.Count <= MaxKeptItems && _foldBuffer.Length <= MaxKeptChars && _wordFoldBuffer.Length <= MaxKeptChars;

    // A fold buffer grown past this (2 MB) by a huge article is dropped on return.
    private const int MaxKeptChars = 1 << 20;

    /// <summary>Makes the context the start of a parse of <paramref name="text"/>.</summary>
    /// <remarks>
    /// The lists that become the result's are new for each parse: kept from one parse to the next, a long-lived
    /// list would hold the newest objects, which every young-generation collection then has to visit.
    /// </remarks>
    public void Begin(string text, LocalDate? published)
    {
        Text = text;
        _folded = false;
        _wordFolded = false;
        Published = published;
        NameMentions = [];
        Statements = [];
        Anaphora = [];
        Events = [];
        Mentions = [];
        Diagnostics = [];
    }

    /// <summary>Forgets the parse: nothing of one article reaches the next, and the text can be collected.</summary>
    public void Clear()
    {
        Text = string.Empty;
        _folded = false;
        _wordFolded = false;
        Published = null;
        Language = LanguageGuess.None;
        Morphology = NameMorphology.None;
        DateWords = DateLexicon.Empty;
        Page = PageLexicon.Empty;
        EveryLanguage = DisputeLexicon.Empty;
        Segments = [];
        Map = null!;
        Headline = null;
        Names.Clear();
        DateExpressions.Clear();
        ReferenceDate = null;
        ReferenceSource = ReferenceDateSource.None;
        Dates = [];
        Dateline = null;
        NameMentions.Clear();
        Outlet = default;
        Statements.Clear();
        Anaphora.Clear();
        Events.Clear();
        Mentions.Clear();
        Diagnostics.Clear();
        DateTokens.Clear();
        ResolvedDates.Clear();
        NamedInFull.Clear();
        CandidatePeople.Clear();
        Namesakes.Clear();
        NamesakeMatches.Clear();
    }
}
