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
        if (NameOpeningClause(sentenceStart, verbStart) is { } opening)
        {
            return opening;
        }

        var cursor = SkipAdverbsBack(verbStart, sentenceStart);
        while (cursor > sentenceStart && char.IsWhiteSpace(Text[cursor - 1]))
        {
            cursor--;
        }

        var words = new List<TextSpan>();
        while (PreviousWord(cursor, sentenceStart) is { } word && Text.AsSpan(word.End, cursor - word.End).IsWhiteSpace()
            && (words.Count == 0 ? word.End == cursor : cursor - word.End == 1) && NameWord(word) && !IsAbbreviation(Text.AsSpan(word.Start, word.Length)))
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

        DropNounAfterArticle(words, verbEnd);

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

    /// <summary>
    /// Whether a word is written as an abbreviation, capitals at least half its letters and two at least ("MSZ", "МВнР",
    /// "AFP"): before a speech verb, an institution's or an agency's, never a person's name ("Rzeczniczka MSZ dodała" names no one "MSZ"; a transcript's capitalised label "FUJIMURA:" is read elsewhere).
    /// </summary>
    private static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        var upper = 0;
        foreach (var c in word)
        {
            upper += char.IsUpper(c) ? 1 : 0;
        }

        return upper >= 2 && upper * 2 >= word.Length;
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

// A name of several words as written: capitalised words, the language's name particles between them, and where it ends.
internal sealed partial class StatementContext
{
    // Words before a name that opens its clause: an article, a title or a role noun ("Der Historiker", "Former islander").
    private const int MaxLeadWords = 3;

    // Words of an affiliation or an apposition between a name and its verb ("z Uniwersytetu Warszawskiego", ", de l'université de Lyon,").
    private const int MaxAppositionWords = 12;

    // Words of a description between an inverted verb and the name after it ("said the mayor of Nemuro, Taro Ishigaki").
    private const int MaxDescriptionWords = 8;

    /// <summary>
    /// The words of the name that starts with <paramref name="first"/>: capitalised words one space apart, with the name
    /// particles of the languages between them ("Pedro de la Fuente", "Jan van der Berg"), a hyphenated word whole; the
    /// run stops at anything else ("Jan Kowalski z Uniwersytetu", "Nguyễn Văn An thuộc …"). Empty when the first word is no name word.
    /// </summary>
    private List<TextSpan> NameRun(TextSpan first, int limit)
    {
        var words = new List<TextSpan>();
        if (!NameWord(first))
        {
            return words;
        }

        words.Add(first);
        var particles = 0;
        var at = first.End;
        foreach (var word in Words.In(Text, TextSpan.FromBounds(first.End, limit)))
        {
            var gap = Text.AsSpan(at, word.Start - at);
            if (gap is "-" && particles == 0)
            {
                words[^1] = TextSpan.FromBounds(words[^1].Start, word.End); // "Jean-Pierre", "Южно-Курильск"
            }
            else if (gap is not " ")
            {
                break;
            }
            else if (NameWord(word))
            {
                // "Javier Moreno de la Universidad …": an organisation after the particles is no part of the name.
                if (particles > 0 && speech.IsTitle(Text.AsSpan(word.Start, word.Length)))
                {
                    break;
                }

                particles = 0;
                words.Add(word);
            }
            else if (particles < 3 && speech.IsNameParticle(Text.AsSpan(word.Start, word.Length)))
            {
                particles++; // kept only when a name word follows: "de la Fuente", not "Pérez de"
            }
            else
            {
                break;
            }

            at = word.End;
        }

        return words;
    }

    /// <summary>
    /// A run of capitalised words right after an article is a noun and a name in a language that capitalises nouns
    /// ("der Fischer Hiroshi Nakamura", "Der Historiker Jan van der Berg"): the name is the words after the first.
    /// </summary>
    private void DropNounAfterArticle(List<TextSpan> words, int limit)
    {
        if (words.Count >= 3 && PreviousWord(words[0].Start, limit) is { } before && Text.AsSpan(before.End, words[0].Start - before.End) is " "
            && speech.IsFrequent(Text.AsSpan(before.Start, before.Length)))
        {
            words.RemoveAt(0);
        }
    }

    /// <summary>
    /// The name a clause opens with, after at most a few words of an article, a title, a role noun or a place the catalog
    /// knows ("Der Historiker Jan van der Berg", "Japanese fisherman Taro Sato", "El politólogo Javier Moreno"): its words and
    /// whether a title stood before it; null when the clause opens with something else.
    /// </summary>
    private (List<TextSpan> Words, bool Titled)? OpeningName(int start, int limit)
    {
        var lead = 0;
        var titled = false;
        var at = start;
        foreach (var word in Words.In(Text, TextSpan.FromBounds(start, limit)))
        {
            if (!Text.AsSpan(at, word.Start - at).IsWhiteSpace() && !(lead == 0 && IsDashesAndSpaces(at, word.Start)))
            {
                return null;
            }

            var run = NameRun(word, limit);
            if (run.Count > 0)
            {
                DropNounAfterArticle(run, start);
                if (run.Count > 1 || titled || lead == MaxLeadWords)
                {
                    return (run, titled);
                }
            }

            // One capitalised word before lower-case ones is a qualifier ("Japanese fisherman Taro Sato", "Former islander …").
            var w = Text.AsSpan(word.Start, word.Length);
            var inMention = SortedSpans.LowerBound(mentions, word.End) is var m && m > 0 && mentions[m - 1].Span.Contains(word)
                && mentions[m - 1].Kind is not (EntityKind.Person or EntityKind.Office or EntityKind.Institution);
            if (run.Count == 1 && ++lead <= MaxLeadWords)
            {
                at = word.End;
                continue;
            }

            // A pronoun that is a title too ("Ông Nguyễn Văn An, …") is the name's title.
            if (++lead > MaxLeadWords || (speech.IsPronoun(w) && !speech.IsTitle(w)) || speech.IsVerb(w) || speech.IsPreposition(w)
                || !(speech.IsFrequent(w) || speech.IsTitle(w) || speech.IsRole(w) || char.IsLower(w[0]) || inMention))
            {
                return null;
            }

            titled |= speech.IsTitle(w) || speech.IsRole(w);
            at = word.End;
        }

        return null;
    }

    private bool IsDashesAndSpaces(int start, int end)
    {
        foreach (var c in Text.AsSpan(start, end - start))
        {
            if (!char.IsWhiteSpace(c) && c is not ('—' or '–' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A person the catalog lacks who opens the clause of a verb, set apart from it by an affiliation or an apposition:
    /// "Jan Kowalski z Uniwersytetu Warszawskiego powiedział", "John Smith of the University of Tokyo said", "Pierre Dupont,
    /// de l'université de Lyon, a estimé", "Iwao Kondo, 89, said"; or right before it, particles and all ("Der Historiker Jan
    /// van der Berg sagte"). The name ends where the name ends.
    /// </summary>
    public TextSpan? NameOpeningClause(int sentenceStart, int verbStart)
    {
        var cursor = SkipAdverbsBack(verbStart, sentenceStart);
        while (cursor > sentenceStart && char.IsWhiteSpace(Text[cursor - 1]))
        {
            cursor--;
        }

        if (OpeningName(sentenceStart, cursor) is not var (words, titled))
        {
            return null;
        }

        var end = words[^1].End;
        var rest = Text.AsSpan(end, cursor - end);
        var linked = rest.IsEmpty || Affiliation(end, cursor) || Apposition(end, cursor);
        return linked ? NameOf(words, titled) : null;
    }

    /// <summary>An affiliation from <paramref name="start"/> to <paramref name="end"/>: an affiliation word, then a few words in the same clause ("z Uniwersytetu Warszawskiego").</summary>
    private bool Affiliation(int start, int end)
    {
        var count = 0;
        var at = start;
        foreach (var word in Words.In(Text, TextSpan.FromBounds(start, end)))
        {
            var gap = Text.AsSpan(at, word.Start - at);
            if (count == 0 ? gap is not " " || !speech.IsAffiliation(Text.AsSpan(word.Start, word.Length)) : !IsWithinPhrase(gap))
            {
                return false;
            }

            if (++count > MaxAppositionWords || (count > 1 && speech.IsVerb(Text.AsSpan(word.Start, word.Length))))
            {
                return false;
            }

            at = word.End;
        }

        return count > 0 && Text.AsSpan(at, end - at).IsWhiteSpace();
    }

    /// <summary>An apposition set off by commas from <paramref name="start"/> to <paramref name="end"/>: ", de l'université de Lyon,", ", 89,".</summary>
    private bool Apposition(int start, int end)
    {
        var span = Text.AsSpan(start, end - start);
        if (span.Length < 3 || !Speech.IsComma(span[0]) || !Speech.IsComma(span[^1]))
        {
            return false;
        }

        var inner = span[1..^1];
        if (inner.IndexOfAny(",;:.!?()") >= 0 || inner.ContainsAny(speech.Commas) || Words.Count(Text, TextSpan.FromBounds(start + 1, end - 1)) > MaxAppositionWords)
        {
            return false;
        }

        foreach (var c in inner)
        {
            if (speech.Quotes.IsQuoteMark(c) && c is not ('\'' or '’'))
            {
                return false;
            }
        }

        foreach (var word in Words.In(Text, TextSpan.FromBounds(start + 1, end - 1)))
        {
            if (speech.IsVerb(Text.AsSpan(word.Start, word.Length)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the gap between two words keeps them in one phrase: a space, an elision's apostrophe ("l'université"), a hyphen.</summary>
    private static bool IsWithinPhrase(ReadOnlySpan<char> gap) => gap is " " or "'" or "’" or "-" or "' " or "’ ";

    /// <summary>
    /// A person the catalog lacks named after a description following an inverted verb: "…,” said the mayor of Nemuro,
    /// Taro Ishigaki.", "…», afirmó el politólogo Javier Moreno, de la Universidad …", "„…“, sagte der Fischer Hiroshi
    /// Nakamura.": an article or a title first, lower-case words, titles and places the catalog knows, a comma perhaps,
    /// then the name, which ends its clause. A title or role noun must be among the words (or the noun of a language that
    /// capitalises nouns), so that "said the talks with Taro Sato …" names no one.
    /// </summary>
    public TextSpan? NameAfterDescription(int verbEnd, int sentenceEnd)
    {
        var count = 0;
        var titled = false;
        var comma = false;
        var afterPreposition = false;
        var at = verbEnd;
        foreach (var word in Words.In(Text, TextSpan.FromBounds(verbEnd, sentenceEnd)))
        {
            // "le maire de Nemuro, Taro Ishigaki": a capitalised word after a preposition is its object, part of the description.
            if (afterPreposition && !comma && Text.AsSpan(at, word.Start - at).IsWhiteSpace() && char.IsUpper(Text[word.Start]) && ++count <= MaxDescriptionWords)
            {
                at = word.End;
                continue;
            }

            var gap = Text.AsSpan(at, word.Start - at);
            if (count > 0 && !comma && gap.Length >= 1 && Speech.IsComma(gap[0]) && gap[1..].IsWhiteSpace())
            {
                comma = true;
            }
            else if (!gap.IsWhiteSpace() && !(count > 0 && IsWithinPhrase(gap)))
            {
                return null;
            }

            var run = count > 0 ? NameRun(word, sentenceEnd) : [];
            if (run.Count > 0)
            {
                var before = run.Count;
                DropNounAfterArticle(run, verbEnd);
                titled |= run.Count < before;
                return titled && (run.Count >= 2 || run[0].Length >= 3) && EndsClause(run[^1].End, sentenceEnd) ? NameOf(run, titled: true) : null;
            }

            var w = Text.AsSpan(word.Start, word.Length);
            var inMention = SortedSpans.LowerBound(mentions, word.End) is var m && m > 0 && mentions[m - 1].Span.Contains(word);
            // An indefinite opens a description of nobody named ("said a spokesman"); inside one it is the preposition's
            // contraction it is also written as ("le ministre des Affaires étrangères Jean-Noël Barrot").
            if (comma || ++count > MaxDescriptionWords || speech.IsComplementizer(w) || speech.IsPronoun(w) || speech.IsVerb(w)
                || (speech.IsIndefinite(w) && !(count > 1 && speech.IsAffiliation(w)))
                || (count == 1 && (speech.IsPreposition(w) || speech.IsAdverb(w) || !(char.IsLower(w[0]) || speech.IsTitle(w) || inMention)))
                || !(char.IsLower(w[0]) || speech.IsTitle(w) || speech.IsRole(w) || inMention))
            {
                return null;
            }

            titled |= speech.IsTitle(w) || speech.IsRole(w);
            afterPreposition = speech.IsAffiliation(w) || speech.IsPreposition(w);
            at = word.End;
        }

        return null;
    }

    /// <summary>Whether only a comma, an affiliation or the sentence's end follows a name ("Taro Ishigaki.", "Javier Moreno, de la …").</summary>
    private bool EndsClause(int nameEnd, int sentenceEnd)
    {
        var rest = Text.AsSpan(nameEnd, sentenceEnd - nameEnd).TrimStart(' ');
        return rest.IsEmpty || rest[0] is '.' or '!' or '?' or ';' || Speech.IsComma(rest[0]) || rest.Trim().IsEmpty
            || (Words.In(Text, TextSpan.FromBounds(nameEnd, sentenceEnd)) is var next && next.MoveNext() && speech.IsAffiliation(Text.AsSpan(next.Current.Start, next.Current.Length)));
    }
}
