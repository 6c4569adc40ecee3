using System.Collections.Frozen;
using System.Collections.Immutable;
using Kurils.Domain.Parsing;

namespace Kurils.Domain.Languages;

/// <summary>
/// The page and dispute words of the languages an article is written in (the <c>page</c> and <c>dispute</c>
/// sections of their packs, and the month names of their <c>dates</c> for date stamps and datelines), merged into the lookups the segmenter, the outlet detector and the classifier use.
/// Built once per set of languages and shared by every parse of an article in them.
/// </summary>
internal sealed class PageLexicon
{
    private PageLexicon(IReadOnlyList<LanguagePack> packs, TextLexicon marks)
    {
        Marks = marks;
        UiWords = Set(packs, p => p.Ui);
        NavigationLines = Set(packs, p => p.Navigation);
        AdvertisementLines = Set(packs, p => p.Advertisement);
        CommentsHeaders = Set(packs, p => p.Comments);
        TimestampWords = Set(packs, p => p.Timestamp);
        SiteWords = Set(packs, p => p.SiteWords);
        LinkPrefixes = Prefixes(packs, p => p.Links);
        EditorNotePrefixes = Prefixes(packs, p => p.EditorNotes);
        BylinePrefixes = Prefixes(packs, p => p.Bylines);
        TagPrefixes = Prefixes(packs, p => p.Tags);
        PhotoCreditPrefixes = Prefixes(packs, p => p.PhotoCredits);
        CopyrightPrefixes = Prefixes(packs, p => p.Copyright);
        RightsReserved = Prefixes(packs, p => p.RightsReserved);
        SourcePrefixes = Prefixes(packs, p => p.Sources);
        DatelineEnds = Prefixes(packs, p => p.DatelineEnds);
        OutletWords = Prefixes(packs, p => p.OutletWords);
        DisputeWords = new IgnoreCaseWords(packs.SelectMany(p => p.Dispute.Words).Distinct(StringComparer.OrdinalIgnoreCase));
        NearbyWords = new IgnoreCaseWords(packs.SelectMany(p => p.Dispute.Nearby).Distinct(StringComparer.OrdinalIgnoreCase));
        ConsentWords = new IgnoreCaseWords(packs.SelectMany(p => p.Page.Consent).Distinct(StringComparer.OrdinalIgnoreCase));
        MonthWords = packs.SelectMany(p => p.Dates.Months)
            .SelectMany(m => m.Names.Concat(m.Genitive).Concat(m.Abbreviations.Select(a => a.TrimEnd('.'))))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _months = MonthWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Bullets = System.Buffers.SearchValues.Create(string.Concat(packs.Select(p => p.Marks.Bullets)));
    }

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _months;

    /// <summary>No words at all: every line is text, no article is about the dispute by its words.</summary>
    public static PageLexicon Empty { get; } = new([], TextLexicon.Empty);

    /// <summary>The punctuation of the same languages: the quotation marks and stops a line's shape is read with.</summary>
    public TextLexicon Marks { get; }

    /// <summary>Words of share, print and login bars.</summary>
    public FrozenSet<string> UiWords { get; }

    /// <summary>Whole lines that are menu entries.</summary>
    public FrozenSet<string> NavigationLines { get; }

    /// <summary>Whole lines that mark an advertisement.</summary>
    public FrozenSet<string> AdvertisementLines { get; }

    /// <summary>Whole lines that head the comments (counts and brackets dropped).</summary>
    public FrozenSet<string> CommentsHeaders { get; }

    /// <summary>Words that may stand beside a date in a date stamp.</summary>
    public FrozenSet<string> TimestampWords { get; }

    /// <summary>Words a site adds after an outlet's name in its masthead ("News", "World").</summary>
    public FrozenSet<string> SiteWords { get; }

    /// <summary>Prefixes of links to other stories, longest first.</summary>
    public ImmutableArray<string> LinkPrefixes { get; }

    /// <summary>Prefixes of editor's notes, longest first.</summary>
    public ImmutableArray<string> EditorNotePrefixes { get; }

    /// <summary>Prefixes of bylines, longest first.</summary>
    public ImmutableArray<string> BylinePrefixes { get; }

    /// <summary>Prefixes of tag lines, longest first.</summary>
    public ImmutableArray<string> TagPrefixes { get; }

    /// <summary>Prefixes of photo credits, longest first.</summary>
    public ImmutableArray<string> PhotoCreditPrefixes { get; }

    /// <summary>Prefixes of copyright lines ("Copyright", "©"), longest first.</summary>
    public ImmutableArray<string> CopyrightPrefixes { get; }

    /// <summary>Phrases that make a line a copyright line wherever they stand, longest first.</summary>
    public ImmutableArray<string> RightsReserved { get; }

    /// <summary>Prefixes of a line naming the story's source ("Source:", "Источник:"), longest first.</summary>
    public ImmutableArray<string> SourcePrefixes { get; }

    /// <summary>Words that make a name a publication's ("Times", "Shimbun", "газета", "新聞"), longest first.</summary>
    public ImmutableArray<string> OutletWords { get; }

    /// <summary>What closes a wire dateline that opens with the agency's name ("新华社东京6月5日电"), longest first.</summary>
    public ImmutableArray<string> DatelineEnds { get; }

    /// <summary>The dispute's vocabulary.</summary>
    public IgnoreCaseWords DisputeWords { get; }

    /// <summary>The words of stories that happen near the islands (disasters, fishing, tourism, weather).</summary>
    public IgnoreCaseWords NearbyWords { get; }

    /// <summary>Words of cookie and consent banners, matched anywhere in a word.</summary>
    public IgnoreCaseWords ConsentWords { get; }

    /// <summary>The months as a date stamp or a dateline writes them: names, the forms after a day, abbreviations ("December", "декабря", "Dec").</summary>
    public FrozenSet<string> MonthWords { get; }

    /// <summary>The marks the languages open a list item with besides the common bullets (Japanese ・).</summary>
    public System.Buffers.SearchValues<char> Bullets { get; }

    /// <summary>Whether <paramref name="word"/> is one of <see cref="MonthWords"/>, ignoring case.</summary>
    public bool IsMonth(ReadOnlySpan<char> word) => _months.Contains(word);

    /// <summary>The lexicon of <paramref name="packs"/>, with <paramref name="marks"/>, their punctuation (built once per set of languages by <see cref="LanguagePacks"/>).</summary>
    public static PageLexicon Of(IReadOnlyList<LanguagePack> packs, TextLexicon marks) => packs.Count == 0 ? Empty : new PageLexicon(packs, marks);

    /// <summary>The lexicon of <paramref name="packs"/>, their punctuation built with it (for a set no <see cref="LanguagePacks"/> caches).</summary>
    public static PageLexicon Of(IReadOnlyList<LanguagePack> packs) => Of(packs, TextLexicon.Of([.. packs]));

    /// <summary>
    /// The prefix of <paramref name="prefixes"/> that <paramref name="s"/> starts with, ignoring case, as a whole
    /// word (a prefix ending in a letter or digit must not run on into the next letter: "By" is not "Byzantium"),
    /// or null.
    /// </summary>
    public static string? StartingPrefix(ReadOnlySpan<char> s, ImmutableArray<string> prefixes)
    {
        // Every line of a page is tried against every prefix: two ASCII first units that differ but in case cannot
        // start a match (no ASCII unit upper-cases to another's), and are told apart without the full comparison.
        var first = s.IsEmpty ? '\0' : s[0];
        foreach (var prefix in prefixes)
        {
            if (prefix.Length > 0 && first < 128 && prefix[0] < 128 && first != prefix[0] && (!char.IsAsciiLetter(first) || (first | 0x20) != (prefix[0] | 0x20)))
            {
                continue;
            }

            if (s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && EndsAtWordEdge(s, prefix))
            {
                return prefix;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="s"/> holds one of <paramref name="phrases"/>, ignoring case.</summary>
    public static bool ContainsAny(ReadOnlySpan<char> s, ImmutableArray<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (IgnoreCaseSearch.IndexOf(s, phrase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsAtWordEdge(ReadOnlySpan<char> s, string prefix)
    {
        if (s.Length == prefix.Length)
        {
            return true;
        }

        var last = prefix[^1];
        if (!char.IsLetterOrDigit(last) || IsUnspaced(last))
        {
            return true;
        }

        return !char.IsLetterOrDigit(s[prefix.Length]);
    }

    /// <summary>Kana, CJK ideographs and Hangul: scripts whose words are not set apart by spaces.</summary>
    private static bool IsUnspaced(char c) => c is (>= '\u3040' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7A3') or (>= '\uF900' and <= '\uFAFF');

    private static FrozenSet<string> Set(IReadOnlyList<LanguagePack> packs, Func<PageWords, ImmutableArray<string>> list) =>
        packs.SelectMany(p => list(p.Page)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static ImmutableArray<string> Prefixes(IReadOnlyList<LanguagePack> packs, Func<PageWords, ImmutableArray<string>> list) =>
        [.. packs.SelectMany(p => list(p.Page)).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)];
}
