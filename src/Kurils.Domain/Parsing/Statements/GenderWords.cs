using System.Collections.Frozen;
using System.Collections.Immutable;
using static Kurils.Domain.Parsing.Statements.SpeechLexicon;

namespace Kurils.Domain.Parsing.Statements;

/// <summary>
/// Words with the gender or number each gives (pronouns, verb endings), compared ignoring case, the first gender
/// given for a word kept. One set of words per gender rather than a table of words to genders: the sets are the
/// lexicons' one shape (<see cref="FrozenSet{T}"/> of strings), so the JIT compiles nothing more for them at the
/// first parse, where a dictionary to an enum is compiled anew for each enum (benchmarks/README.md, "Cold start").
/// </summary>
internal sealed class GenderWords
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _all;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _masculine;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _feminine;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _common;

    private GenderWords(Builder words)
    {
        _all = Frozen(words.Entries, null);
        _masculine = Frozen(words.Entries, Gender.Masculine);
        _feminine = Frozen(words.Entries, Gender.Feminine);
        _common = Frozen(words.Entries, Gender.Common);
    }

    /// <summary>Whether <paramref name="word"/> is one of the words.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _all.Contains(word);

    /// <summary>The gender <paramref name="word"/> gives, or null when it is none of the words.</summary>
    public Gender? Of(ReadOnlySpan<char> word) =>
        !_all.Contains(word) ? null
        : _masculine.Contains(word) ? Gender.Masculine
        : _feminine.Contains(word) ? Gender.Feminine
        : _common.Contains(word) ? Gender.Common
        : Gender.Plural;

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Frozen(List<(string Word, Gender Gender)> entries, Gender? only)
    {
        var words = new List<string>(entries.Count);
        foreach (var (word, gender) in entries)
        {
            if (only is null || gender == only)
            {
                words.Add(word);
            }
        }

        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Collects the words, pack by pack.</summary>
    public sealed class Builder
    {
        private readonly HashSet<string> _seen = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Each word with its gender, in the order first given.</summary>
        public List<(string Word, Gender Gender)> Entries { get; } = [];

        /// <summary>Adds the words not given before, with <paramref name="gender"/>.</summary>
        public void Add(ImmutableArray<string> words, Gender gender)
        {
            foreach (var word in words)
            {
                if (_seen.Add(word))
                {
                    Entries.Add((word, gender));
                }
            }
        }

        /// <summary>Adds a pack's words by gender (pronouns, verb endings), masculine, feminine, then plural.</summary>
        public void Add(Languages.SpeakerPronouns words)
        {
            Add(words.Masculine, Gender.Masculine);
            Add(words.Feminine, Gender.Feminine);
            Add(words.Plural, Gender.Plural);
            Add(words.Common, Gender.Common);
        }

        /// <summary>The words as sets to look up.</summary>
        public GenderWords ToWords() => new(this);
    }
}
