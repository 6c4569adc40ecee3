using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Statements;

// An institution as the speaker: the subject its sentence opens with, the people of one a locative names ("В МИД России
// заявили"), its name right before a verb in a language written without spaces, and the noun that names it again.
internal sealed partial class StatementContext
{
    // How many words of circumstance (a date, an adverb, a preposition) may stand between an institution and its verb.
    private const int MaxInstitutionGapWords = 6;

    // How many words (articles, adverbs, a locative) may stand before an institution opening its sentence.
    private const int MaxWordsBeforeInstitution = 3;

    // How far back a noun naming an institution again ("the ministry") finds the institution named.
    private const int InstitutionAnaphorWindow = 600;

    // How far after a verb a person named makes its subject someone other than a locative institution ("В Кремле заявил Песков").
    private const int PersonAfterVerbWindow = 40;

    /// <summary>
    /// The institution a sentence opens with as the subject of a verb deep in it: "The Kremlin on Wednesday said",
    /// "Кремль в среду заявил", "Der Kreml hat am Montag erklärt" (articles and adverbs before it; dates, adverbs and
    /// prepositions between it and the verb); or whose people a locative opening the sentence names as the speakers of a
    /// verb without a subject ("В МИД России заявили", "W MSZ Rosji stwierdzono", "Au Kremlin, on estime"). Null when a
    /// person or office is named before the verb, or anything else stands between: "Позиция Кремля неизменна, заявил
    /// Песков" is Peskov's, "Putin said the Foreign Ministry would …" Putin's.
    /// </summary>
    public (string Speaker, TextSpan Span)? InstitutionSubject(int sentenceStart, int verbStart)
    {
        var first = SortedSpans.LowerBound(mentions, sentenceStart);
        if (first >= mentions.Count || mentions[first].Span.End > verbStart)
        {
            return null;
        }

        // The outermost of the mentions starting first: "[МИД [России]]".
        var institution = mentions[first];
        for (var i = first + 1; i < mentions.Count && mentions[i].Span.Start == institution.Span.Start; i++)
        {
            institution = mentions[i].Span.Length > institution.Span.Length ? mentions[i] : institution;
        }

        if (institution.Kind != EntityKind.Institution || institution.Span.End > verbStart)
        {
            return null;
        }

        for (var i = first; i < mentions.Count && mentions[i].Span.Start < verbStart; i++)
        {
            if (mentions[i].Kind is EntityKind.Person or EntityKind.Office && !institution.Span.Contains(mentions[i].Span))
            {
                return null;
            }
        }

        if (OpeningBeforeInstitution(sentenceStart, institution.Span.Start) is not { } locative
            || !(CircumstancesOnly(institution.Span.End, verbStart, locative) || !locative && SecondVerb(institution.Span.End, verbStart)))
        {
            return null;
        }

        // "В Кремле заявил Песков": a person after the verb is its subject, the locative only the place.
        if (locative)
        {
            for (var i = SortedSpans.LowerBound(mentions, verbStart); i < mentions.Count && mentions[i].Span.Start - verbStart <= PersonAfterVerbWindow; i++)
            {
                if (mentions[i].Kind is EntityKind.Person or EntityKind.Office)
                {
                    return null;
                }
            }
        }

        return (institution.Id, institution.Span);
    }

    /// <summary>Whether the id is of an institution the article names.</summary>
    public bool IsInstitution(string id) => _institutions.Contains(id);

    /// <summary>
    /// Whether only articles, adverbs and at most one locative stand before an institution opening its sentence: null when
    /// anything else does, else whether a locative does ("В МИД России", "Au Kremlin").
    /// </summary>
    private bool? OpeningBeforeInstitution(int sentenceStart, int institutionStart)
    {
        var locative = false;
        var count = 0;
        var at = sentenceStart;
        while (at < institutionStart)
        {
            var c = Text[at];
            if (char.IsWhiteSpace(c) || c is '—' or '–' or '-')
            {
                at++;
                continue;
            }

            if (!char.IsLetter(c))
            {
                return null;
            }

            if (!locative && speech.InstitutionLocativeAt(Text, at, institutionStart) is > 0 and var length)
            {
                locative = true;
                count++;
                at += length;
                continue;
            }

            var end = Words.EndOf<Letters>(Text, at, institutionStart);
            var word = Text.AsSpan(at, end - at);

            // An elided article is written with the name: "l'ambassade", "L’Élysée".
            var elided = end < institutionStart && Text[end] is '\'' or '’' && end + 1 == institutionStart;
            if (++count > MaxWordsBeforeInstitution)
            {
                return null;
            }

            if (!(speech.IsInstitutionArticle(word) || elided && speech.IsInstitutionArticle(Text.AsSpan(at, end - at + 1)) || speech.IsAdverb(word)))
            {
                return null;
            }

            at = elided ? end + 1 : end;
        }

        return locative;
    }

    /// <summary>
    /// Whether only dates, adverbs, prepositions and circumstances stand between <paramref name="from"/> and the verb; after a
    /// locative also a comma and an impersonal subject ("Au Kremlin, on estime").
    /// </summary>
    private bool CircumstancesOnly(int from, int verbStart, bool locative)
    {
        var words = 0;
        var comma = false;
        var at = from;
        while (at < verbStart)
        {
            var c = Text[at];
            if (char.IsWhiteSpace(c))
            {
                at++;
                continue;
            }

            if (SortedSpans.LowerBound(dates, at) is var d && d < dates.Count && dates[d].Span.Start == at && dates[d].Span.Length > 0)
            {
                at = dates[d].Span.End;
                continue;
            }

            if (speech.IsComma(c) && locative && !comma)
            {
                comma = true;
                at++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }

            var end = Words.EndOf<Letters>(Text, at, verbStart);
            if (end == at || ++words > MaxInstitutionGapWords)
            {
                return false;
            }

            var word = Text.AsSpan(at, end - at);
            if (!(speech.IsCircumstance(word) || locative && speech.IsImpersonal(word)))
            {
                return false;
            }

            at = end;
        }

        return true;
    }

    /// <summary>
    /// Whether the verb is a second one of the subject, joined by a conjunction ("Japan's Foreign Ministry lodged a protest
    /// and said", "МИД России вызвал посла Японии и заявил"): a conjunction right before it, no one else who could speak
    /// named between, no quotation or clause stop.
    /// </summary>
    private bool SecondVerb(int from, int verbStart)
    {
        const int MaxWords = 15;
        var cursor = verbStart;
        while (PreviousWord(cursor, from) is { } adverb && speech.IsAdverb(Text.AsSpan(adverb.Start, adverb.Length)))
        {
            cursor = adverb.Start;
        }

        if (PreviousWord(cursor, from) is not { } conjunction || !speech.IsConjunction(Text.AsSpan(conjunction.Start, conjunction.Length))
            || Words.Count(Text, TextSpan.FromBounds(from, conjunction.Start)) is 0 or > MaxWords)
        {
            return false;
        }

        foreach (var c in Text.AsSpan(from, conjunction.Start - from))
        {
            if (c is '.' or ';' or ':' or '!' or '?' || speech.Quotes.IsQuoteMark(c))
            {
                return false;
            }
        }

        for (var i = SortedSpans.LowerBound(mentions, from); i < mentions.Count && mentions[i].Span.Start < conjunction.Start; i++)
        {
            if (mentions[i].Kind is EntityKind.Person or EntityKind.Office or EntityKind.Institution)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "俄罗斯外交部表示，…", "克里姆林宫周三表示": in a language written without spaces, the institution named right before a
    /// verb, with only a date, an adverb or a short phrase of place between ("俄罗斯外交部在声明中说"). Not one inside an
    /// office's name ("日本外务省发言人"), which stays the office's.
    /// </summary>
    public (string? Speaker, TextSpan Span)? InstitutionBefore(int sentenceStart, int verbStart)
    {
        for (var i = SortedSpans.LowerBound(mentions, verbStart) - 1; i >= 0 && mentions[i].Span.Start >= sentenceStart; i--)
        {
            var mention = mentions[i];
            if (mention.Span.End > verbStart)
            {
                continue;
            }

            // The outermost mention ending here: "[日本外务省发言人]" holds "日本外务省".
            for (var j = i - 1; j >= 0 && mentions[j].Span.Start >= sentenceStart; j--)
            {
                if (mentions[j].Span.Contains(mention.Span))
                {
                    mention = mentions[j];
                }
                else if (mentions[j].Span.End <= mention.Span.Start)
                {
                    break;
                }
            }

            return mention.Kind == EntityKind.Institution && GapBeforeVerb(mention.Span.End, verbStart) ? (mention.Id, mention.Span) : null;
        }

        return null;
    }

    /// <summary>
    /// A noun naming again an institution named shortly before, as the subject of a verb ("The ministry said",
    /// "Министерство заявило"): the description is an anaphor noun, perhaps after articles, adverbs or a locative; it
    /// names the last institution of its kind named within the window before it (a ministry noun names a ministry, never
    /// the Kremlin). Null when the description is anything else or no institution of the kind was named.
    /// </summary>
    /// <param name="description">The words of the subject.</param>
    public (string Speaker, TextSpan Span)? InstitutionAnaphor(TextSpan description)
    {
        foreach (var word in Words.In(Text, description))
        {
            if (AnaphorNounAt(word.Start, description.End) is var (noun, kind) && word.Start + noun.Length == description.End)
            {
                return LastInstitutionNamedBy(noun, kind, description.Start) is { } named ? (named, TextSpan.FromBounds(word.Start, description.End)) : null;
            }

            var w = Text.AsSpan(word.Start, word.Length);
            if (!(speech.IsInstitutionArticle(w) || speech.InstitutionLocativeAt(Text, word.Start, word.End) > 0 || speech.IsAdverb(w)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// A noun naming again an institution, right after a verb that opens its sentence or follows a quotation ("a ajouté le
    /// ministère", "ha aggiunto il ministero", "وأضافت الوزارة", "— заявили в министерстве"): articles and a locative may
    /// stand before it.
    /// </summary>
    public (string Speaker, TextSpan Span)? InstitutionAnaphorAfter(int verbEnd, int sentenceEnd)
    {
        var end = verbEnd;
        var count = 0;
        foreach (var word in Words.In(Text, TextSpan.FromBounds(verbEnd, sentenceEnd)))
        {
            if (!Text.AsSpan(end, word.Start - end).IsWhiteSpace() || ++count > MaxWordsBeforeInstitution)
            {
                return null;
            }

            if (AnaphorNounAt(word.Start, sentenceEnd) is var (noun, kind))
            {
                return LastInstitutionNamedBy(noun, kind, verbEnd) is { } named ? (named, new TextSpan(word.Start, noun.Length)) : null;
            }

            var w = Text.AsSpan(word.Start, word.Length);
            if (!(speech.IsInstitutionArticle(w) || speech.InstitutionLocativeAt(Text, word.Start, word.End) > 0))
            {
                return null;
            }

            end = word.End;
        }

        return null;
    }

    /// <summary>
    /// A noun naming an institution again that opens the clause as its topic, in a language that marks it with a particle
    /// ("ロシア外務省は…。同省は「…」と述べた", "외무부는"): the last institution of the noun's kind named shortly before, null
    /// when there is none.
    /// </summary>
    public (string? Speaker, TextSpan Span)? InstitutionAnaphorTopic(int clauseStart, int end)
    {
        if (speech.InstitutionAnaphora.IsEmpty || end > Text.Length)
        {
            return null;
        }

        var at = clauseStart;
        while (at < end && char.IsWhiteSpace(Text[at]))
        {
            at++;
        }

        foreach (var (noun, kind) in speech.InstitutionAnaphora)
        {
            if (at < end && Text.AsSpan(at, end - at).StartsWith(noun, StringComparison.OrdinalIgnoreCase) && speech.TopicMarkerAt(Text, at + noun.Length, end) > 0)
            {
                // With no institution of its kind named before, the noun still names no person: nobody continues.
                return (LastInstitutionNamedBy(noun, kind, at), new TextSpan(at, noun.Length));
            }
        }

        return null;
    }

    /// <summary>
    /// "该部指出，…", "該國外交部表示，…": in a language written without spaces, the longest noun naming an institution again
    /// that opens the clause, a date or an adverb at most between it and the verb; the institution is the last one of the
    /// noun's kind named shortly before (null when there is none).
    /// </summary>
    public (string? Speaker, TextSpan Span)? InstitutionAnaphorOpening(int clauseStart, int verbStart)
    {
        (string Noun, InstitutionKind? Kind)? best = null;
        foreach (var (noun, kind) in speech.InstitutionAnaphora)
        {
            if (noun.Length <= verbStart - clauseStart && (best is null || noun.Length > best.Value.Noun.Length)
                && Text.AsSpan(clauseStart, noun.Length).Equals(noun, StringComparison.Ordinal))
            {
                best = (noun, kind);
            }
        }

        return best is var (found, of) && GapBeforeVerb(clauseStart + found.Length, verbStart)
            ? (LastInstitutionNamedBy(found, of, clauseStart), new TextSpan(clauseStart, found.Length))
            : null;
    }

    /// <summary>The longest noun naming an institution again that is written at <paramref name="at"/> as a whole word, and its kind.</summary>
    private (string Noun, InstitutionKind? Kind)? AnaphorNounAt(int at, int limit)
    {
        foreach (var (noun, kind) in speech.InstitutionAnaphora)
        {
            var end = at + noun.Length;
            if (end <= limit && Text.AsSpan(at, noun.Length).Equals(noun, StringComparison.OrdinalIgnoreCase) && (end == Text.Length || !char.IsLetter(Text[end])))
            {
                return (noun, kind);
            }
        }

        return null;
    }

    /// <summary>
    /// The institution that issued the document a noun names ("The statement also said", "声明还称"): of the institutions
    /// named in the last sentence before <paramref name="before"/> that names one (within the window), the first, the
    /// sentence's subject rather than those its statement is about ("ロシア外務省は、日本政府の制裁について声明を発表した").
    /// </summary>
    private string? IssuerBefore(int before)
    {
        string? issuer = null;
        var sentenceStart = -1;
        for (var i = SortedSpans.LowerBound(mentions, before) - 1; i >= 0 && before - mentions[i].Span.End <= InstitutionAnaphorWindow; i--)
        {
            if (mentions[i].Kind != EntityKind.Institution || mentions[i].Span.End > before)
            {
                continue;
            }

            if (issuer is null)
            {
                sentenceStart = SentenceStartBefore(mentions[i].Span.Start);
            }
            else if (mentions[i].Span.Start < sentenceStart)
            {
                break;
            }

            issuer = mentions[i].Id;
        }

        return issuer;

        int SentenceStartBefore(int at)
        {
            for (var c = at - 1; c >= 0 && at - c <= InstitutionAnaphorWindow; c--)
            {
                if (Text[c] is '。' or '！' or '？' or '!' or '?' or '\n' || (Text[c] == '.' && c + 1 < Text.Length && char.IsWhiteSpace(Text[c + 1])))
                {
                    return c + 1;
                }
            }

            return 0;
        }
    }

    /// <summary>
    /// The last institution named within the window before <paramref name="before"/> that a noun agrees with: one of its
    /// kind and, when the noun is a word of some of the catalog's names of that kind ("МИД" of "МИД России", "Foreign
    /// Ministry" of "Russia's Foreign Ministry"), one of those (a foreign ministry, not the defence ministry).
    /// </summary>
    private string? LastInstitutionNamedBy(string noun, InstitutionKind? kind, int before)
    {
        if (kind is null)
        {
            return IssuerBefore(before);
        }

        var named = catalog.Institutions.Where(i => i.Kind == kind && i.Names.Any(n => HasPhrase(n.Text, noun))).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = SortedSpans.LowerBound(mentions, before) - 1; i >= 0 && before - mentions[i].Span.End <= InstitutionAnaphorWindow; i--)
        {
            if (mentions[i].Kind == EntityKind.Institution && mentions[i].Span.End <= before && catalog.Find<Institution>(mentions[i].Id) is { } institution
                && institution.Kind == kind && (named.Count == 0 || named.Contains(institution.Id)))
            {
                return institution.Id;
            }
        }

        return null;

        static bool HasPhrase(string name, string phrase)
        {
            for (var at = name.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = name.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + phrase.Length;
                if ((at == 0 || !char.IsLetter(name[at - 1])) && (end == name.Length || !char.IsLetter(name[end])))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
