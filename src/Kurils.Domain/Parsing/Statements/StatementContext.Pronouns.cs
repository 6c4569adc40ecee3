namespace Kurils.Domain.Parsing.Statements;

// The antecedent of a pronoun that stands for a speaker ("he said", "— сказал он"): who it can mean, agreeing in gender and number.
internal sealed partial class StatementContext
{
    /// <summary>
    /// The person a pronoun before its verb stands for ("He said", "… Nemtsov reinforced that stance when he told
    /// reporters"): the one person named in the sentence before it, else the last speaker, else the last person named
    /// shortly before; each only when the pronoun agrees with the gender the catalog records ("она" is no man). A plural
    /// pronoun ("they") stands for no one person.
    /// </summary>
    /// <returns>A catalog id, or the name of a person the catalog lacks; both null when the pronoun means no one the parser can name.</returns>
    private (string? Speaker, TextSpan? Name) PronounAntecedent(int sentenceStart, TextSpan pronoun)
    {
        var gender = speech.PronounGender(Text.AsSpan(pronoun.Start, pronoun.Length));
        if (gender == SpeechLexicon.Gender.Plural)
        {
            return default;
        }

        if (OnlyPersonBefore(sentenceStart, pronoun.Start, gender) is { } named)
        {
            return named;
        }

        // "Putin met Kishida in Tokyo. He said …": the subject of the sentence before, unless the last speaker spoke in it or after.
        if (_previousSentence is { } previous && previous.End <= sentenceStart && _lastSpokeAt < previous.Start)
        {
            if (PreviousSubject(previous, gender) is { } subject)
            {
                return (subject, null);
            }

            // "Japanese fisherman Taro Sato has fished near the islands for decades. He said …": a person the catalog lacks.
            if (LastPersonSpeaker is null && PreviousNamedSubject(previous) is { } uncatalogued)
            {
                return (null, uncatalogued);
            }
        }

        var last = LastSpeakerFor(pronoun);
        return last.Speaker is not null || last.Name is not null ? last : (LastSubjectPerson(pronoun.Start, gender), null);
    }

    /// <summary>The sentence the extractor reads, after the one before it: a pronoun opening it may stand for that one's subject.</summary>
    public void Enter(TextSpan sentence)
    {
        if (_sentence != sentence)
        {
            if (_sentence is { } done)
            {
                NoteTopic(done);
            }

            (_previousSentence, _sentence) = (_sentence, sentence);
        }
    }

    /// <summary>
    /// The person a sentence opens with, as its subject ("Putin met Kishida in Tokyo": Putin; "Chief Cabinet Secretary
    /// Hayashi met …": Hayashi), when a pronoun of <paramref name="gender"/> agrees with them; null when it opens with no one.
    /// </summary>
    private string? PreviousSubject(TextSpan sentence, SpeechLexicon.Gender? gender)
    {
        const int MaxLead = 40; // words before the subject: "On Monday in Tokyo, …"
        var i = SortedSpans.LowerBound(mentions, sentence.Start);

        // "Rzeczniczka rosyjskiego MSZ Maria Zacharowa zabrała głos": after a title the institution is whose title it is.
        var words = Words.In(Text, sentence);
        if (words.MoveNext() && (speech.IsTitle(Text.AsSpan(words.Current.Start, words.Current.Length)) || speech.IsRole(Text.AsSpan(words.Current.Start, words.Current.Length))))
        {
            while (i < mentions.Count && mentions[i].Kind is not (EntityKind.Person or EntityKind.Office) && mentions[i].Span.Start - sentence.Start <= MaxLead)
            {
                i++;
            }
        }

        if (i >= mentions.Count || mentions[i].Span.End > sentence.End || mentions[i].Span.Start - sentence.Start > MaxLead
            || mentions[i].Kind is not (EntityKind.Person or EntityKind.Office))
        {
            return null;
        }

        var subject = mentions[i];
        if (subject.Kind == EntityKind.Office && i + 1 < mentions.Count && mentions[i + 1].Kind == EntityKind.Person && mentions[i + 1].Span.Start - subject.Span.End <= 3)
        {
            subject = mentions[i + 1]; // the title, then the name
        }

        var id = subject.Kind == EntityKind.Person ? subject.Id : subject.HolderId;
        return id is not null && Agrees(id, gender) ? id : null;
    }

    /// <summary>
    /// The last speaker as the antecedent of a pronoun: a person the catalog holds, or one it lacks who spoke shortly
    /// before; never an institution, and nobody for a plural pronoun. When the last speaker's gender does not agree
    /// ("…», — сказала она" after Putin spoke), the last person named shortly before whose gender does.
    /// </summary>
    private (string? Speaker, TextSpan? Name) LastSpeakerFor(TextSpan pronoun)
    {
        var gender = speech.PronounGender(Text.AsSpan(pronoun.Start, pronoun.Length));
        if (gender == SpeechLexicon.Gender.Plural)
        {
            return default;
        }

        if (LastPersonSpeaker is { } speaker)
        {
            return Agrees(speaker, gender) ? (speaker, null) : (LastSubjectPerson(pronoun.Start, gender, mustDiffer: speaker), null);
        }

        if (_lastSpeaker is null && _lastName is { } name && pronoun.Start - _lastSpokeAt <= ContinuationWindow)
        {
            return (null, name);
        }

        // Nobody spoke yet: "Марія Захарова в середу прокоментувала … «…», — заявила вона." is the sentence before's subject.
        return _lastSpeaker is null && _previousSentence is { } previous && previous.End <= pronoun.Start && PreviousSubject(previous, gender) is { } subject
            ? (subject, null)
            : default;
    }

    /// <summary>
    /// The one person named in the sentence before a pronoun ("… and Boris Nemtsov reinforced that stance when he told
    /// reporters …"), a catalog id or, for a person the catalog lacks, the name after its title ("first deputy prime
    /// minister Boris Nemtsov"): the pronoun's antecedent rather than the article's last speaker. Null when nobody or
    /// several are named.
    /// </summary>
    private (string? Speaker, TextSpan? Name)? OnlyPersonBefore(int sentenceStart, int pronounStart, SpeechLexicon.Gender? gender)
    {
        // A name inside a quotation is no antecedent ("“Shinzo is right,” he said"): with a quote mark before, abstain.
        // An apostrophe inside a word ("the weekend’s talks") is no quotation.
        for (var i = sentenceStart; i < pronounStart; i++)
        {
            if (speech.Quotes.IsQuoteMark(Text[i]) && !(i > sentenceStart && char.IsLetter(Text[i - 1]) && i + 1 < Text.Length && char.IsLetter(Text[i + 1])))
            {
                return null;
            }
        }

        string? only = null;
        for (var i = SortedSpans.LowerBound(mentions, sentenceStart); i < mentions.Count && mentions[i].Span.End <= pronounStart; i++)
        {
            var id = mentions[i].Kind switch
            {
                EntityKind.Person => mentions[i].Id,
                EntityKind.Office => mentions[i].HolderId,
                _ => null,
            };
            // "Putin met Zakharova, and she said": only who agrees with the pronoun can be its antecedent.
            if (id is null || !Agrees(id, gender))
            {
                continue;
            }

            if (only is not null && !string.Equals(only, id, StringComparison.Ordinal))
            {
                return null;
            }

            only = id;
        }

        var uncatalogued = TitledNameBetween(sentenceStart, pronounStart);
        return (only, uncatalogued) switch
        {
            (not null, null) => (only, null),
            (null, { } name) => (null, name),
            _ => null,
        };
    }

    /// <summary>
    /// The one person the catalog lacks named between two offsets by a title and their name ("minister Boris Nemtsov",
    /// "Mr Akibe"): title words, then capitalised words. Null when none or several are.
    /// </summary>
    private TextSpan? TitledNameBetween(int start, int end)
    {
        TextSpan? found = null;
        var afterTitle = false;
        var run = new List<TextSpan>();
        foreach (var word in Words.In(Text, TextSpan.FromBounds(start, end)))
        {
            var title = speech.IsTitle(Text.AsSpan(word.Start, word.Length).TrimEnd('.'));
            if (title && run.Count == 0)
            {
                afterTitle = true; // "prime minister", "Mr": the name follows the last title word
                continue;
            }

            var adjacent = run.Count == 0 || Text.AsSpan(run[^1].End, word.Start - run[^1].End) is " ";
            if (afterTitle && adjacent && !title && NameWord(word))
            {
                run.Add(word);
                continue;
            }

            if (Close(run) is { } name)
            {
                if (found is not null)
                {
                    return null;
                }

                found = name;
            }

            run.Clear();
            afterTitle = title;
        }

        if (Close(run) is { } last)
        {
            return found is null ? last : null;
        }

        return found;

        // One word after a title is a name when it is not an initial ("Mr Akibe").
        static TextSpan? Close(List<TextSpan> words) => words.Count >= 2 || (words.Count == 1 && words[0].Length >= 3) ? TextSpan.FromBounds(words[0].Start, words[^1].End) : null;
    }

    /// <summary>
    /// With no earlier speaker (or one of the other gender), a pronoun means the last person named whose gender agrees,
    /// if one was named recently; never <paramref name="mustDiffer"/>.
    /// </summary>
    private string? LastSubjectPerson(int before, SpeechLexicon.Gender? gender, string? mustDiffer = null)
    {
        for (var i = SortedSpans.LowerBound(mentions, before) - 1; i >= 0 && before - mentions[i].Span.End < 400; i--)
        {
            if (mentions[i].Kind == EntityKind.Person && mentions[i].Span.End <= before && Agrees(mentions[i].Id, gender)
                && !string.Equals(mentions[i].Id, mustDiffer, StringComparison.Ordinal))
            {
                return mentions[i].Id;
            }
        }

        return null;
    }

    /// <summary>Whether a pronoun of <paramref name="gender"/> may stand for the person: always, unless the catalog records the other gender.</summary>
    private bool Agrees(string personId, SpeechLexicon.Gender? gender) =>
        gender switch
        {
            SpeechLexicon.Gender.Masculine => catalog.Find<Person>(personId)?.Gender != PersonGender.Female,
            SpeechLexicon.Gender.Feminine => catalog.Find<Person>(personId)?.Gender != PersonGender.Male,
            _ => true,
        };

    /// <summary>
    /// The person the catalog lacks whom a sentence opens with, as its subject ("Japanese fisherman Taro Sato has fished …",
    /// "Taro Sato, a fisherman from Nemuro, has worked …"): the antecedent of a pronoun or a dropped subject in the next.
    /// </summary>
    private TextSpan? PreviousNamedSubject(TextSpan sentence)
    {
        if (OpeningName(sentence.Start, sentence.End) is not var (words, titled))
        {
            return null;
        }

        // Someone the catalog holds named before the name is the subject rather ("Putin met Taro Sato").
        var first = SortedSpans.LowerBound(mentions, sentence.Start);
        if (first < mentions.Count && mentions[first].Span.End <= words[0].Start && IsSpeakerKind(mentions[first].Kind))
        {
            return null;
        }

        return NameOf(words, titled);
    }

    /// <summary>
    /// The speaker of a speech verb without a subject, in a language that drops subjects ("— dodał.", "Powiedziała, że …",
    /// "وقالت إن …", "Ha detto che …"): the last speaker, when they spoke shortly before and the verb's ending agrees with
    /// them; else the subject of the sentence before ("Siergiej Ławrow spotkał się z dziennikarzami. Powiedział, że …");
    /// else, for a verb whose ending gives a gender, the last person named shortly before who agrees. A plural ending
    /// ("powiedzieli") stands for no one person; someone named before the verb in its sentence makes it nobody's.
    /// </summary>
    public (string? Speaker, TextSpan? Name)? DroppedSubject(int sentenceStart, TextSpan verb)
    {
        if (!speech.DropsSubject)
        {
            return null;
        }

        var gender = speech.VerbGender(Text.AsSpan(verb.Start, verb.Length));
        if (gender == SpeechLexicon.Gender.Plural)
        {
            return null;
        }

        for (var i = SortedSpans.LowerBound(mentions, sentenceStart); i < mentions.Count && mentions[i].Span.Start < verb.Start; i++)
        {
            if (mentions[i].Kind is EntityKind.Person or EntityKind.Office)
            {
                return null;
            }
        }

        var recent = (_lastSpeaker is not null || _lastName is not null) && sentenceStart - _lastSpokeAt <= ContinuationWindow;
        if (recent && (LastPersonSpeaker is not { } last || Agrees(last, gender)))
        {
            return (_lastSpeaker, _lastName);
        }

        // Without a recent speaker, only a verb that opens its clause has dropped its subject ("Ambas partes afirmaron" has one).
        if (!recent && !VerbOpensClause(sentenceStart, verb.Start))
        {
            return null;
        }

        if (_previousSentence is { } previous && previous.End <= sentenceStart)
        {
            if (PreviousSubject(previous, gender) is { } subject)
            {
                return (subject, null);
            }

            if (!recent && PreviousNamedSubject(previous) is { } named)
            {
                return (null, named);
            }
        }

        return gender is not null && LastSubjectPerson(verb.Start, gender, mustDiffer: recent ? LastPersonSpeaker : null) is { } agreeing ? (agreeing, null) : null;
    }

    /// <summary>Whether only adverbs stand between a verb and the start of its clause (the sentence's start, a comma, a dash, a quote mark).</summary>
    private bool VerbOpensClause(int sentenceStart, int verbStart)
    {
        var i = SkipAdverbsBack(verbStart, sentenceStart);
        while (i > sentenceStart && char.IsWhiteSpace(Text[i - 1]))
        {
            i--;
        }

        return i == sentenceStart || Speech.IsComma(Text[i - 1]) || Text[i - 1] is '—' or '–' or '-' or ':' || speech.Quotes.IsQuoteMark(Text[i - 1]);
    }
}
