using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Kurils.Domain.Languages;

/// <summary>
/// The punctuation of an article's languages together, as the sentence splitter reads it: what ends a
/// sentence, what may follow the stop inside the sentence (closing quotes), and the abbreviations whose full
/// stop ends none. Built once per set of languages (see <see cref="LanguagePacks"/>).
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
        foreach (var pack in packs)
        {
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
    }

    /// <summary>The characters that can end a sentence.</summary>
    public SearchValues<char> Stops { get; }

    /// <summary>Stops that end a sentence without a space after them (。！？).</summary>
    public SearchValues<char> UnspacedStops { get; }

    /// <summary>What may follow a stop and still belong to the sentence: more stops, closing quotes, a parenthesis.</summary>
    public SearchValues<char> Closers { get; }

    /// <summary>What may open a word inside a sentence: opening quotes and a parenthesis.</summary>
    public SearchValues<char> Openers { get; }

    /// <summary>The punctuation of <paramref name="packs"/>.</summary>
    public static TextLexicon Of(ImmutableArray<LanguagePack> packs) => new(packs);

    /// <summary>Whether <paramref name="word"/> (without its final stop) is an abbreviation of one of the languages.</summary>
    public bool IsAbbreviation(ReadOnlySpan<char> word) => _abbreviations.Contains(word);
}
