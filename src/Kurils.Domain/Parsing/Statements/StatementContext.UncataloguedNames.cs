namespace Kurils.Domain.Parsing.Statements;

// Speakers the catalog does not hold: a run of capitalised words before or after the speech verb, without its titles.
internal sealed partial class StatementContext
{
    /// <summary>
    /// A person the catalog does not hold, named right before the verb: capitalised words that are neither
    /// frequent words nor other mentions, two at least, or one after a title ("Former islander Iwao Kondo said",
    /// "Governor Limarenko said"); the titles are not part of the name.
    /// </summary>
    public TextSpan? NameBefore(int verbStart, int sentenceStart)
    {
        var cursor = SkipAdverbsBack(verbStart, sentenceStart);
        while (cursor > sentenceStart && char.IsWhiteSpace(Text[cursor - 1]))
        {
            cursor--;
        }

        var words = new List<TextSpan>();
        while (PreviousWord(cursor, sentenceStart) is { } word && Text.AsSpan(word.End, cursor - word.End).IsWhiteSpace()
            && (words.Count == 0 ? word.End == cursor : cursor - word.End == 1) && NameWord(word))
        {
            words.Insert(0, word);
            cursor = word.Start;
        }

        // A title before the name stays outside it, unless it ends a longer run ("the" is frequent).
        if (cursor > sentenceStart && words.Count > 0 && PreviousWord(cursor, sentenceStart) is { } before && speech.IsTitle(Text.AsSpan(before.Start, before.Length)))
        {
            return NameOf(words, titled: true);
        }

        return NameOf(words, titled: false);
    }

    /// <summary>
    /// A person the catalog does not hold who closes an inverted clause after a long title and addressee: "…», —
    /// сообщил агентству «Интерфакс» директор Дома дружбы в Южно-Курильске Геннадий Новохатний." The name is the
    /// run of capitalised words that ends the sentence, with no comma between it and the verb; after a preposition
    /// the run's first word is the preposition's object (в Южно-Курильске), not part of the name.
    /// </summary>
    public TextSpan? NameClosingClause(int verbEnd, int sentenceEnd)
    {
        const int MaxDistance = 140;
        var end = sentenceEnd;
        while (end > verbEnd && (char.IsWhiteSpace(Text[end - 1]) || Text[end - 1] is '.' or '!' or '?'))
        {
            end--;
        }

        if (end - verbEnd > MaxDistance || Text.AsSpan(verbEnd, end - verbEnd).IndexOfAny(',', ';', ':') >= 0)
        {
            return null;
        }

        var words = new List<TextSpan>();
        var cursor = end;
        while (PreviousWord(cursor, verbEnd) is { } word && (words.Count == 0 ? word.End == cursor : Text.AsSpan(word.End, cursor - word.End) is " ") && NameWord(word))
        {
            // A hyphenated name (Южно-Курильске) is one word.
            while (word.Start > verbEnd + 1 && Text[word.Start - 1] is '-' && char.IsLetter(Text[word.Start - 2]))
            {
                word = TextSpan.FromBounds(PreviousWord(word.Start - 1, verbEnd)?.Start ?? word.Start, word.End);
            }

            words.Insert(0, word);
            cursor = word.Start;
        }

        if (words.Count >= 2 && PreviousWord(cursor, verbEnd) is { } before && speech.IsPreposition(Text.AsSpan(before.Start, before.Length)))
        {
            words.RemoveAt(0);
        }

        return words.Count >= 2 ? NameOf(words, titled: false) : null;
    }

    /// <summary>A person the catalog does not hold, named right after the verb ("…», a déclaré Mme Dupont", ", said Iwao Kondo").</summary>
    public TextSpan? NameAfter(int verbEnd, int sentenceEnd)
    {
        var words = new List<TextSpan>();
        var i = verbEnd;
        while (i < sentenceEnd)
        {
            var start = i;
            while (start < sentenceEnd && Text[start] == ' ')
            {
                start++;
            }

            if (start - i != 1 && !(words.Count == 0 && start > i))
            {
                break;
            }

            var end = start;
            while (end < sentenceEnd && (char.IsLetter(Text[end]) || (Text[end] is '-' or '.' && end + 1 < sentenceEnd && char.IsLetter(Text[end + 1]))))
            {
                end++;
            }

            if (end == start || !NameWord(TextSpan.FromBounds(start, end)))
            {
                break;
            }

            words.Add(TextSpan.FromBounds(start, end));
            i = end;
        }

        return NameOf(words, titled: false);
    }

    /// <summary>
    /// A transcript's speaker label the catalog does not know ("CHIEF CABINET SECRETARY FUJIMURA"): capitalised words
    /// only, the whole label, the titles left out; two words at least, or one after a title.
    /// </summary>
    public TextSpan? LabelName(int start, int end)
    {
        var words = new List<TextSpan>();
        var cursor = end;
        while (PreviousWord(cursor, start) is { } word && Text.AsSpan(word.End, cursor - word.End).IsWhiteSpace() && NameWord(word) || IsTitleWord(cursor, start))
        {
            var w = PreviousWord(cursor, start)!.Value;
            words.Insert(0, w);
            cursor = w.Start;
        }

        // Without a title ("Stock Exchange: …") capitalised words are no speaker.
        var titled = words.Exists(w => speech.IsTitle(Text.AsSpan(w.Start, w.Length)));
        return titled && Text.AsSpan(start, cursor - start).IsWhiteSpace() ? NameOf(words, titled: false) : null;

        bool IsTitleWord(int before, int limit) =>
            PreviousWord(before, limit) is { } t && Text.AsSpan(t.End, before - t.End).IsWhiteSpace() && char.IsUpper(Text[t.Start]) && speech.IsTitle(Text.AsSpan(t.Start, t.Length));
    }

    private bool NameWord(TextSpan word)
    {
        var text = Text.AsSpan(word.Start, word.Length);
        if (!char.IsUpper(text[0]) || speech.IsFrequent(text) || speech.IsPronoun(text) || speech.IsVerb(text))
        {
            return false;
        }

        // Part of a country, a territory or an organisation the catalog knows: not a person's name.
        var index = SortedSpans.LowerBound(mentions, word.End) - 1;
        return index < 0 || mentions[index].Span.End <= word.Start;
    }

    /// <summary>The name in a run of capitalised words, without the titles at either end; two words at least, or one after a title.</summary>
    private TextSpan? NameOf(List<TextSpan> words, bool titled)
    {
        var first = 0;
        var last = words.Count - 1;
        while (first <= last && speech.IsTitle(Text.AsSpan(words[first].Start, words[first].Length).TrimEnd('.')))
        {
            first++;
            titled = true;
        }

        while (last >= first && speech.IsTitle(Text.AsSpan(words[last].Start, words[last].Length).TrimEnd('.')))
        {
            last--;
        }

        var count = last - first + 1;
        if (count >= 1 && NamesakeEnding(TextSpan.FromBounds(words[first].Start, words[last].End)) is { } namesake)
        {
            return namesake;
        }

        return count >= 2 || (count == 1 && titled && words[first].Length >= 3) ? TextSpan.FromBounds(words[first].Start, words[last].End) : null;
    }

    private int SkipAdverbsBack(int verbStart, int sentenceStart)
    {
        var i = verbStart;
        while (PreviousWord(i, sentenceStart) is { } word && Text.AsSpan(word.End, i - word.End).Trim().IsEmpty && speech.IsAdverb(Text.AsSpan(word.Start, word.Length)))
        {
            i = word.Start;
        }

        return i;
    }
}
