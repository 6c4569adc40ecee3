using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Statements;

// A speaker the catalog lacks named before a title that carries the topic marker, in a language written with spaces (김영수 교수는).
internal sealed partial class StatementContext
{
    // The longest word read as a name before its title (Korean names have two to four syllables, transliterations a few more).
    private const int MaxTitledNameLetters = 6;

    // How far back a family name alone ("김 교수는") looks for the fuller name written with the same title ("김영수 교수").
    private const int FullerNameWindow = 2000;

    /// <summary>
    /// The topic of a sentence in a language written with spaces that marks it with a particle, when the catalog does not know
    /// it: the name right before a title carrying the marker ("김영수 교수는 "…"라고 말했다"), a country the catalog knows
    /// perhaps between ("김정은 북한 국무위원장이"); a family name alone ("김 위원장은") stands for the fuller name written before
    /// with the same title, and without one is named with its title ("박 교수"). Otherwise the title is not part of the name.
    /// </summary>
    public TextSpan? TitledTopic(int start, int end) => TitledTopic(start, end, out _);

    /// <inheritdoc cref="TitledTopic(int, int)"/>
    /// <param name="start">Where the words searched start.</param>
    /// <param name="end">Where they end.</param>
    /// <param name="markerEnd">Where the title and its marker end.</param>
    public TextSpan? TitledTopic(int start, int end, out int markerEnd)
    {
        markerEnd = -1;
        // A title ends in a topic marker: words without one hold none.
        var from = Math.Clamp(start, 0, Text.Length);
        if (!speech.MayHoldTopicMarker(Text.AsSpan(from, Math.Clamp(end, from, Text.Length) - from)))
        {
            return null;
        }

        foreach (var word in Words.In(Text, TextSpan.FromBounds(start, end)))
        {
            if (!Scripts.SeparatesWords(Scripts.Of(Text[word.Start])) || Overlaps(word))
            {
                continue;
            }

            foreach (var marker in speech.TopicMarkers)
            {
                var stem = word.Length - marker.Length;
                if (stem <= 0 || !Text.AsSpan(word.Start + stem, marker.Length).Equals(marker, StringComparison.Ordinal)
                    || !speech.IsTitle(Text.AsSpan(word.Start, stem)))
                {
                    continue;
                }

                var name = NameBeforeTitle(word.Start, start);
                markerEnd = word.End;
                // A family name alone: the fuller name written before, else the family name with its title ("박 교수"), someone new.
                if (name is { Length: 1 } initial)
                {
                    return FullerName(initial, Text.AsSpan(word.Start, stem)) ?? TextSpan.FromBounds(initial.Start, word.Start + stem);
                }

                return name;
            }
        }

        return null;
    }

    /// <summary>The word right before a title, one space between, over a country the catalog knows ("김정은 북한 국무위원장").</summary>
    private TextSpan? NameBeforeTitle(int title, int limit)
    {
        var at = title;
        while (PreviousWord(at, limit) is { } word && Text.AsSpan(word.End, at - word.End) is " ")
        {
            var index = SortedSpans.LowerBound(mentions, word.Start);
            if (index < mentions.Count && mentions[index].Span.Start == word.Start && mentions[index].Kind == EntityKind.Country)
            {
                at = mentions[index].Span.Start;
                continue;
            }

            if (!IsTitledNameWord(word, title))
            {
                return null;
            }

            // A family and a given name ("나카무라 히로시 씨"): two name words, the first opening the name (nothing before it in
            // the clause but a title, a role, a country or a date: "어민 나카무라 히로시 씨"). A name word after another word is
            // the name alone ("도쿄 시민 김영수 씨" is 김영수, 시민 a title).
            if (PreviousWord(word.Start, limit) is { } family && Text.AsSpan(family.End, word.Start - family.End) is " " && IsTitledNameWord(family, title)
                && OpensName(family.Start, limit))
            {
                return TextSpan.FromBounds(family.Start, word.End);
            }

            return word;
        }

        return null;
    }

    private bool IsTitledNameWord(TextSpan word, int title)
    {
        var text = Text.AsSpan(word.Start, word.Length);
        return word.Length <= MaxTitledNameLetters && !Overlaps(word) && !speech.IsFrequent(text) && !speech.IsPronoun(text) && !speech.IsTitle(text)
            && !speech.IsRole(text) && !speech.IsIndefinite(text) && !speech.IsAdverb(text) && Scripts.Of(Text[word.Start]) == Scripts.Of(Text[title]);
    }

    /// <summary>Whether a name may start at <paramref name="at"/>: the clause opens there, or a title, role, country or date stands right before it.</summary>
    private bool OpensName(int at, int limit)
    {
        var before = at;
        while (before > limit && Text[before - 1] == ' ')
        {
            before--;
        }

        if (before == limit || speech.IsComma(Text[before - 1]) || char.IsPunctuation(Text[before - 1]))
        {
            return true;
        }

        if (PreviousWord(at, limit) is not { } word || word.End != before)
        {
            return false;
        }

        var text = Text.AsSpan(word.Start, word.Length);
        var m = SortedSpans.LowerBound(mentions, word.End) - 1;
        var d = SortedSpans.LowerBound(dates, word.End) - 1;
        return speech.IsTitle(text) || speech.IsRole(text)
            || (m >= 0 && mentions[m].Span.End == word.End && mentions[m].Kind == EntityKind.Country)
            || (d >= 0 && dates[d].Span.End == word.End);
    }

    /// <summary>
    /// The fuller name a family name alone stands for: the last word before it, within a window, that starts with it and is
    /// followed by the same title (over a country) ("김정은 북한 국무위원장" for "김 위원장").
    /// </summary>
    private TextSpan? FullerName(TextSpan initial, ReadOnlySpan<char> title)
    {
        var from = Math.Max(0, initial.Start - FullerNameWindow);
        for (var at = initial.Start - 1; at >= from; at--)
        {
            if (Text[at] != Text[initial.Start] || (at > 0 && char.IsLetter(Text[at - 1])))
            {
                continue;
            }

            var word = TextSpan.FromBounds(at, Words.EndOf<Letters>(Text, at, Text.Length));
            if (word.Length < 2 || word.Length > MaxTitledNameLetters)
            {
                continue;
            }

            // The same title follows within a few words, no punctuation between: "김정은 북한 국무위원장".
            var rest = Text.AsSpan(word.End, Math.Min(Text.Length - word.End, title.Length + 16));
            var t = rest.IndexOf(title, StringComparison.Ordinal);
            if (rest.Length > 0 && rest[0] == ' ' && t > 0 && rest[..t].IndexOfAny(".,!?\"“”") < 0)
            {
                return word;
            }
        }

        return null;
    }

    private bool Overlaps(TextSpan word)
    {
        var index = SortedSpans.LowerBound(mentions, word.Start);
        return (index < mentions.Count && mentions[index].Span.Start < word.End) || (index > 0 && mentions[index - 1].Span.End > word.Start);
    }
}
