using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Kurils.Domain.Languages;

/// <summary>
/// The punctuation of an article's languages together, the one place the stages read marks from: what ends a
/// sentence, what may follow the stop inside the sentence (closing quotes), the abbreviations whose full stop ends
/// none, the quotation marks a line may end on, and what ends a clause. Built once per set of languages (see
/// <see cref="LanguagePacks"/>), so reading it costs a parse nothing.
/// </summary>
internal sealed class TextLexicon
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviations;

    private TextLexicon(ImmutableArray<LanguagePack> packs)
    {
        var stops = new HashSet<char>();
        var unspacedStops = new HashSet<char>();
        var closers = new HashSet<char> { ')', '"' };
        var openers = new HashSet<char> { '(', '"' };
        var abbreviations = new HashSet<string>(StringComparer.Ordinal);
        var fullStops = new HashSet<char>();
        var quoteMarks = new HashSet<char> { '"' };
        var clauseStops = new HashSet<char>();
        var commas = new HashSet<char> { ',' };
        foreach (var pack in packs)
        {
            commas.UnionWith(pack.Marks.Commas);
            fullStops.UnionWith(pack.Marks.FullStops);
            clauseStops.UnionWith(pack.Marks.ClauseStops);
            var unspaced = pack.Scripts.Any(code => !Scripts.SeparatesWords(Scripts.FromCode(code)));
            foreach (var stop in pack.Marks.SentenceStops)
            {
                stops.Add(stop);
                closers.Add(stop);

                // A full-width stop of a language written without spaces ends a sentence with nothing after it.
                if (unspaced && stop > '\u007F')
                {
                    unspacedStops.Add(stop);
                }
            }

            foreach (var pair in pack.Marks.Quotes)
            {
                closers.Add(pair.Close);
                openers.Add(pair.Open);
                quoteMarks.Add(pair.Open);
                quoteMarks.Add(pair.Close);
            }

            foreach (var abbreviation in pack.Marks.Abbreviations)
            {
                // Written with or without their final stop ("Mr", "г."): compared without it.
                abbreviations.Add(abbreviation.EndsWith('.') ? abbreviation[..^1] : abbreviation);
            }
        }

        Stops = SearchValues.Create([.. stops]);
        UnspacedStops = SearchValues.Create([.. unspacedStops]);
        Closers = SearchValues.Create([.. closers]);
        Openers = SearchValues.Create([.. openers]);
        _abbreviations = abbreviations.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        FullStops = SearchValues.Create([.. fullStops]);
        QuoteMarks = SearchValues.Create([.. quoteMarks]);

        // A quotation mark ends a clause, but not one that is also an apostrophe: "Japan's" is one clause.
        clauseStops.UnionWith(stops);
        clauseStops.UnionWith(quoteMarks.Where(c => !IsApostrophe(c)));
        ClauseStops = SearchValues.Create([.. clauseStops]);
        Commas = new string([.. commas.Order()]);

        // The edges of a word: quotation marks, brackets, the stops, and what separates clauses and list items.
        WordEdges = SearchValues.Create([.. clauseStops, .. quoteMarks, .. ClosingBrackets, .. OpeningBrackets, ',']);
    }

    /// <summary>Brackets, common to every script's typography (the full-width form is the one spaceless scripts set); as <see cref="IsClosingBracket"/>.</summary>
    private const string ClosingBrackets = ")]\uFF09";

    private const string OpeningBrackets = "([\uFF08";

    /// <summary>The characters that can end a sentence.</summary>
    public SearchValues<char> Stops { get; }

    /// <summary>Stops that end a sentence without a space after them (。！？).</summary>
    public SearchValues<char> UnspacedStops { get; }

    /// <summary>What may follow a stop and still belong to the sentence: more stops, closing quotes, a parenthesis.</summary>
    public SearchValues<char> Closers { get; }

    /// <summary>What may open a word inside a sentence: opening quotes and a parenthesis.</summary>
    public SearchValues<char> Openers { get; }

    /// <summary>Of the stops, the full stops (. 。): not the question and exclamation marks a headline may end with.</summary>
    public SearchValues<char> FullStops { get; }

    /// <summary>
    /// Every quotation mark, opening or closing: at the end of a line none opens anything (German and Polish close
    /// with “ and ‘), so a line's last significant mark is read past them all.
    /// </summary>
    public SearchValues<char> QuoteMarks { get; }

    /// <summary>What ends a clause: the sentence stops, the clause stops (; :) and the quotation marks that are no apostrophe.</summary>
    public SearchValues<char> ClauseStops { get; }

    /// <summary>The plain comma and the packs' other commas (Arabic ، , full-width ，), in one string for trimming.</summary>
    public string Commas { get; } = ",";

    /// <summary>What a word is trimmed of to compare it: quotation marks, brackets, stops and separators.</summary>
    public SearchValues<char> WordEdges { get; }

    /// <summary>Whether <paramref name="c"/> is a closing bracket, in its ASCII or full-width form.</summary>
    public static bool IsClosingBracket(char c) => c is ')' or ']' or '\uFF09';

    /// <summary>The apostrophes (' and ’), which also close quotations in some languages but stand inside words.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>The punctuation of no pack: only the marks every language shares.</summary>
    public static TextLexicon Empty { get; } = new([]);

    /// <summary>The punctuation of <paramref name="packs"/>.</summary>
    public static TextLexicon Of(ImmutableArray<LanguagePack> packs) => packs.IsEmpty ? Empty : new(packs);

    /// <summary>Whether <paramref name="word"/> (without its final stop) is an abbreviation of one of the languages.</summary>
    public bool IsAbbreviation(ReadOnlySpan<char> word) => _abbreviations.Contains(word);
}
