using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Kurils.Domain.Catalog;
using Kurils.Domain.Names;
using Kurils.Domain.Parsing.Dates;

namespace Kurils.Domain.Languages;

/// <summary>
/// A set of language packs, one per language code: the languages the parser reads. Immutable and safe to share
/// between threads. <see cref="Default"/> holds the packs shipped in the package; <see cref="With"/> adds packs of
/// your own (a language the package lacks, or your version of one it has).
/// </summary>
/// <example>
/// <code>
/// var languages = LanguagePacks.Default.With([CatalogSource.FromFile("nl.yaml")]);
/// var parser = new ArticleParser(KurilsCatalog.Default, languages);
/// </code>
/// </example>
public sealed class LanguagePacks : IReadOnlyList<LanguagePack>
{
    internal const string ResourcePrefix = "Kurils.Domain.Languages.";

    private static readonly Lazy<LanguagePacks> DefaultInstance = new(LoadCompiled, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableArray<LanguagePack> _packs;
    private readonly Dictionary<string, LanguagePack> _byCode;

    // The morphology of every pack together (for names out of context), and of each set of languages an article was found in.
    private readonly Lazy<NameMorphology> _all;
    private readonly Lazy<IslandFrames> _frames;
    private readonly Lazy<TextLexicon> _allMarks;
    private readonly ConcurrentDictionary<string, TextLexicon> _marks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, NameMorphology> _morphologies = new(StringComparer.Ordinal);
    private readonly Lazy<DateLexicon> _allDates;
    private readonly ConcurrentDictionary<string, DateLexicon> _dateLexicons = new(StringComparer.Ordinal);

    // The page and dispute words of every pack together (for an article in no known language), and of each set of languages.
    private readonly Lazy<PageLexicon> _allPage;
    private readonly ConcurrentDictionary<string, PageLexicon> _pages = new(StringComparer.Ordinal);

    // The instrument and island words of every pack, which every article is read with.
    private readonly Lazy<DisputeLexicon> _everyLanguage;

    private LanguagePacks(ImmutableArray<LanguagePack> packs)
    {
        _packs = packs;
        _byCode = new Dictionary<string, LanguagePack>(StringComparer.Ordinal);
        foreach (var pack in packs)
        {
            _byCode[pack.Code] = pack;
        }

        Identifier = new LanguageIdentifier(packs);
        _all = new Lazy<NameMorphology>(() => NameMorphology.Of(_packs), LazyThreadSafetyMode.ExecutionAndPublication);
        _frames = new Lazy<IslandFrames>(() => IslandFrames.Of(_packs), LazyThreadSafetyMode.ExecutionAndPublication);
        _allMarks = new Lazy<TextLexicon>(() => TextLexicon.Of(_packs), LazyThreadSafetyMode.ExecutionAndPublication);
        _allPage = new Lazy<PageLexicon>(() => PageLexicon.Of(_packs, Marks), LazyThreadSafetyMode.ExecutionAndPublication);
        _allDates = new Lazy<DateLexicon>(() => DateLexicon.Of(_packs, Marks), LazyThreadSafetyMode.ExecutionAndPublication);
        _everyLanguage = new Lazy<DisputeLexicon>(() => DisputeLexicon.Of(_packs), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The packs shipped in the package, loaded on first use (thread-safe) from the form the build compiled them into:
    /// no YAML is parsed at run time.
    /// </summary>
    /// <exception cref="CatalogException">An embedded pack is invalid (a packaging bug).</exception>
    public static LanguagePacks Default => DefaultInstance.Value;

    /// <summary>No packs: the parser then reads only what needs no language (names in the catalog, numeric dates).</summary>
    public static LanguagePacks Empty { get; } = new([]);

    /// <summary>The number of packs.</summary>
    public int Count => _packs.Length;

    /// <summary>The language codes, in load order.</summary>
    public IEnumerable<string> Codes => _packs.Select(p => p.Code);

    internal LanguageIdentifier Identifier { get; }

    /// <summary>The pack at <paramref name="index"/>, in load order.</summary>
    /// <param name="index">The position.</param>
    public LanguagePack this[int index] => _packs[index];

    /// <summary>The morphology of every pack together: how a name found out of context may be inflected.</summary>
    internal NameMorphology Morphology => _all.Value;

    /// <summary>The island words of every pack, stripped from a territory's name out of context.</summary>
    internal IslandFrames Frames => _frames.Value;

    /// <summary>The morphology of the languages of an article; of every pack when none was identified.</summary>
    internal NameMorphology MorphologyOf(LanguageGuess guess) =>
        guess.Active.IsEmpty ? Morphology : ForLanguages(_morphologies, guess.Active, static (_, a) => NameMorphology.Of(a));

    /// <summary>
    /// The date words of the languages of an article, built once per set of languages; of every pack when none was
    /// identified.
    /// </summary>
    internal DateLexicon DatesOf(LanguageGuess guess) =>
        guess.Active.IsEmpty ? _allDates.Value : ForLanguages(_dateLexicons, guess.Active, static (self, a) => DateLexicon.Of(a, self.MarksOf(a), firstDecides: true));

    /// <summary>The page words of every pack together.</summary>
    internal PageLexicon Page => _allPage.Value;

    /// <summary>The instrument kind words, verbs of holding and island words of every pack: what every article is read with whatever its language.</summary>
    internal DisputeLexicon EveryLanguage => _everyLanguage.Value;

    /// <summary>The page and dispute words of the languages of an article; of every pack when none was identified.</summary>
    internal PageLexicon PageOf(LanguageGuess guess) =>
        guess.Active.IsEmpty ? Page : ForLanguages(_pages, guess.Active, static (self, a) => PageLexicon.Of(a, self.MarksOf(a)));

    /// <summary>The punctuation of every pack together: the marks of a text whose language is not known.</summary>
    internal TextLexicon Marks => _allMarks.Value;

    /// <summary>The punctuation of the languages of an article; of every pack when none was identified.</summary>
    internal TextLexicon MarksOf(LanguageGuess guess) => MarksOf(guess.Active);

    /// <summary>
    /// The punctuation of a set of languages, the one the date, page and sentence lexicons of that set share; of
    /// every pack for none.
    /// </summary>
    private TextLexicon MarksOf(ImmutableArray<LanguagePack> active) =>
        active.IsEmpty ? Marks : ForLanguages(_marks, active, static (_, a) => TextLexicon.Of(a));

    /// <summary>
    /// What <paramref name="build"/> makes of a set of languages, built once per set (keyed by their codes in order)
    /// and kept in <paramref name="cache"/>: every lexicon a stage reads is made this way.
    /// </summary>
    private T ForLanguages<T>(ConcurrentDictionary<string, T> cache, ImmutableArray<LanguagePack> active, Func<LanguagePacks, ImmutableArray<LanguagePack>, T> build)
    {
        var key = active.Length == 1 ? active[0].Code : string.Join(' ', active.Select(p => p.Code));
        return cache.GetOrAdd(key, static (_, state) => state.Build(state.Self, state.Active), (Build: build, Self: this, Active: active));
    }

    /// <summary>The morphology of one language.</summary>
    internal NameMorphology MorphologyOf(LanguagePack pack) =>
        _morphologies.GetOrAdd(pack.Code, static (_, pack) => NameMorphology.Of([pack]), pack);

    /// <summary>Loads packs from YAML sources (one pack each); a later pack with the same code replaces an earlier one.</summary>
    /// <param name="sources">The packs.</param>
    /// <exception cref="CatalogException">Any pack is unreadable or invalid; carries every problem found, with its position.</exception>
    public static LanguagePacks Load(IEnumerable<CatalogSource> sources) => Empty.With(sources);

    /// <summary>Loads every <c>*.yaml</c> pack in a folder.</summary>
    /// <param name="directory">The folder.</param>
    /// <exception cref="CatalogException">Any pack is unreadable or invalid, or the folder holds none.</exception>
    public static LanguagePacks LoadDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.yaml") : [];
        if (files.Length == 0)
        {
            throw new CatalogException([new CatalogError(directory, 0, 0, CatalogErrorCode.Unreadable, CatalogMessages.Unreadable("no language packs (*.yaml) in this folder"))]);
        }

        Array.Sort(files, StringComparer.Ordinal);
        return Load(files.Select(CatalogSource.FromFile));
    }

    /// <summary>Checks packs without loading them: every problem, with its position; empty when all are valid.</summary>
    /// <param name="sources">The packs.</param>
    public static ImmutableArray<CatalogError> Validate(IEnumerable<CatalogSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var errors = new List<CatalogError>();
        ReadAll(sources, errors);
        return [.. errors];
    }

    /// <summary>The shipped packs as sources (<c>data/languages/&lt;code&gt;.yaml</c>), to validate or to start from.</summary>
    public static ImmutableArray<CatalogSource> EmbeddedSources()
    {
        var assembly = typeof(LanguagePacks).Assembly;
        var sources = ImmutableArray.CreateBuilder<CatalogSource>();
        var names = assembly.GetManifestResourceNames();
        Array.Sort(names, StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".yaml", StringComparison.Ordinal))
            {
                sources.Add(CatalogSource.FromResource(assembly, name, "data/languages/" + name[ResourcePrefix.Length..]));
            }
        }

        return sources.ToImmutable();
    }

    /// <summary>These packs with <paramref name="sources"/> added; a pack whose code is already here replaces it.</summary>
    /// <param name="sources">The packs to add.</param>
    /// <exception cref="CatalogException">Any pack is unreadable or invalid.</exception>
    public LanguagePacks With(IEnumerable<CatalogSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var errors = new List<CatalogError>();
        var added = ReadAll(sources, errors);
        if (errors.Count > 0)
        {
            throw new CatalogException(errors);
        }

        var packs = _packs.Where(p => !added.Any(a => a.Code == p.Code)).Concat(added);
        return new LanguagePacks([.. packs]);
    }

    /// <summary>The pack for a language code (<c>fr</c>), or null when there is none.</summary>
    /// <param name="code">The BCP 47 primary subtag; a longer tag (<c>zh-Hant</c>) is looked up by its first subtag.</param>
    public LanguagePack? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var dash = code.IndexOf('-', StringComparison.Ordinal);
        var primary = (dash < 0 ? code : code[..dash]).ToLowerInvariant();
        return _byCode.GetValueOrDefault(primary);
    }

    /// <inheritdoc/>
    public IEnumerator<LanguagePack> GetEnumerator() => ((IEnumerable<LanguagePack>)_packs).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static List<LanguagePack> ReadAll(IEnumerable<CatalogSource> sources, List<CatalogError> errors) =>
        FromTrees(Trees(sources, errors, texts: null), errors);

    /// <summary>
    /// The YAML tree of each source that reads, one at a time as they are asked for (so each file's problems come
    /// together), its text added to <paramref name="texts"/> when given.
    /// </summary>
    internal static IEnumerable<(string Name, YamlTreeNode Root)> Trees(IEnumerable<CatalogSource> sources, List<CatalogError> errors, List<(string Name, string Text)>? texts)
    {
        foreach (var source in sources)
        {
            ArgumentNullException.ThrowIfNull(source, nameof(sources));
            var root = LanguagePackReader.ReadTree(source, errors, out var text);
            if (text is not null)
            {
                texts?.Add((source.Name, text));
            }

            if (root is not null)
            {
                yield return (source.Name, root);
            }
        }
    }

    /// <summary>
    /// The packs in named trees (from YAML or from the compiled packs), with every problem added to
    /// <paramref name="errors"/>: a pack whose code is not its file's name, or a code given twice, is left out.
    /// With <paramref name="sections"/> (packs the build validated), each tree is a pack's head and
    /// <c>sections[i](k)</c> the tree of the i-th pack's section <c>k</c>, read when first asked for.
    /// </summary>
    internal static List<LanguagePack> FromTrees(IEnumerable<(string Name, YamlTreeNode Root)> trees, List<CatalogError> errors, Func<int, YamlTreeNode?>[]? sections = null)
    {
        var packs = new List<LanguagePack>();
        var index = 0;
        foreach (var (name, root) in trees)
        {
            var pack = LanguagePackReader.Read(root, name, errors, sections?[index++]);
            if (pack is null)
            {
                continue;
            }

            var file = Path.GetFileNameWithoutExtension(name);
            if (name.EndsWith(".yaml", StringComparison.Ordinal) && !string.Equals(file, pack.Code, StringComparison.Ordinal))
            {
                errors.Add(new CatalogError(name, 1, 1, CatalogErrorCode.BadValue, LanguageMessages.CodeNotFileName(pack.Code, file)));
                continue;
            }

            if (packs.FirstOrDefault(p => p.Code == pack.Code) is { } first)
            {
                errors.Add(new CatalogError(name, 1, 1, CatalogErrorCode.DuplicateId, LanguageMessages.DuplicateCode(pack.Code, first.Source)));
                continue;
            }

            packs.Add(pack);
        }

        return packs;
    }

    /// <summary>The shipped packs from the blob the build compiled (<see cref="LanguagePackCompiler"/>): no YAML is parsed.</summary>
    /// <exception cref="CatalogException">The blob is missing, damaged or of another format (a packaging bug).</exception>
    internal static LanguagePacks LoadCompiled()
    {
        using var blob = typeof(LanguagePacks).Assembly.GetManifestResourceStream(LanguagePackCompiler.ResourceName)
            ?? throw new CatalogException([new CatalogError(LanguagePackCompiler.ResourceName, 1, 1, CatalogErrorCode.Unreadable, CatalogMessages.Unreadable("the compiled language packs are not embedded"))]);
        return new LanguagePacks([.. LanguagePackCompiler.Load(blob, LanguagePackCompiler.ResourceName)]);
    }

}
