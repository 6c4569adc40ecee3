using Kurils.Domain.Languages;
using NodaTime;

namespace Kurils.Domain.Parsing.Statements;

// The subject of a speech verb among the mentions: before it, after it, the sentence's opening person, or a pronoun.
internal sealed partial class StatementContext
{
    public (string? Speaker, TextSpan Span, bool ByPronoun, TextSpan? Name)? SubjectBefore(int verbStart, int sentenceStart)
    {
        // Walk back over adverbs ("also", "however") and an appositive between commas.
        var i = verbStart;
        while (true)
        {
            var w = PreviousWord(i, sentenceStart);
            if (w is not { } word)
            {
                break;
            }

            var gap = Text.AsSpan(word.End, i - word.End);
            if (speech.IsAdverb(Text.AsSpan(word.Start, word.Length)) && gap.Trim().IsEmpty)
            {
                i = word.Start;
                continue;
            }

            break;
        }

        var end = i;
        while (end > sentenceStart && char.IsWhiteSpace(Text[end - 1]))
        {
            end--;
        }

        if (end - 1 > sentenceStart && Text[end - 1] == ',')
        {
            // "Dmitry Medvedev, the deputy chairman of Russia's Security Council and former president, said":
            // the subject stands before the appositive.
            var comma = Text.LastIndexOf(',', end - 2, end - 1 - sentenceStart);
            if (comma > sentenceStart)
            {
                end = comma;
            }
        }

        var mention = LastEndingAt(end, sentenceStart);

        // "figures in the Russian government had indicated": an institution after a preposition is not the subject.
        if (mention is { Kind: EntityKind.Institution } && PreviousWord(mention.Span.Start, sentenceStart) is { } before
            && Text.AsSpan(before.End, mention.Span.Start - before.End).IsWhiteSpace()
            && (speech.IsPreposition(Text.AsSpan(before.Start, before.Length)) || PreviousWord(before.Start, sentenceStart) is { } second
                && Text.AsSpan(second.End, before.Start - second.End).IsWhiteSpace() && speech.IsPreposition(Text.AsSpan(second.Start, second.Length))))
        {
            return null;
        }

        if (mention is not null)
        {
            var speaker = mention.Kind switch
            {
                EntityKind.Person or EntityKind.Institution => mention.Id,
                EntityKind.Office => mention.HolderId,
                _ => null,
            };
            return mention.Kind is EntityKind.Person or EntityKind.Office or EntityKind.Institution ? (speaker, mention.Span, false, null) : null;
        }

        if (PreviousWord(end, sentenceStart) is { } pronoun && pronoun.End == end && speech.IsPronoun(Text.AsSpan(pronoun.Start, pronoun.Length)))
        {
            // "Sie sagten": a verb whose ending is plural makes its pronoun plural, whatever the pronoun alone could be.
            var plural = speech.VerbGender(Text.AsSpan(verbStart, Words.EndOf<Letters>(Text, verbStart, Text.Length) - verbStart)) == SpeechLexicon.Gender.Plural;
            var antecedent = plural ? default : PronounAntecedent(sentenceStart, pronoun);
            return (antecedent.Speaker, pronoun, true, antecedent.Name);
        }

        return null;
    }

    /// <summary>
    /// The subject after its verb: ", said Putin", "— сказал он", "заявил в понедельник генеральный секретарь …
    /// Хирокадзу Мацуно": a date, prepositions and a title may stand between; a title followed by a name is the name.
    /// </summary>
    public (string? Speaker, TextSpan Span, bool ByPronoun, TextSpan? Name)? SubjectAfter(int verbEnd, int sentenceEnd, IReadOnlyList<DateMention> dates)
    {
        var i = verbEnd;
        var limit = Math.Min(sentenceEnd, verbEnd + 60);
        var crossedComma = false;
        var afterDate = false;
        while (i < limit)
        {
            while (i < limit && char.IsWhiteSpace(Text[i]))
            {
                i++;
            }

            var index = SortedSpans.LowerBound(mentions, i);
            if (index < mentions.Count && mentions[index].Span.Start == i && mentions[index].Span.End <= sentenceEnd)
            {
                var mention = mentions[index];

                // An office or an institution right before a name is the person's: "kata juru bicara Kremlin Dmitry Peskov".
                if (mention.Kind is EntityKind.Office or EntityKind.Institution && index + 1 < mentions.Count && mentions[index + 1].Kind == EntityKind.Person
                    && mentions[index + 1].Span.Start - mention.Span.End <= 3)
                {
                    mention = mentions[index + 1];
                }

                // An institution speaks as one: "— заявили в МИД России", ", said Japan's Foreign Ministry".
                return mention.Kind switch
                {
                    EntityKind.Person or EntityKind.Institution => (mention.Id, mention.Span, false, null),
                    EntityKind.Office => (mention.HolderId, mention.Span, false, null),
                    _ => null,
                };
            }

            var dateIndex = SortedSpans.LowerBound(dates, i);
            if (dateIndex < dates.Count && dates[dateIndex].Span.Start == i)
            {
                // A date set off by commas ("заявил в четверг, 31 января, губернатор …") does not count against the distance.
                limit = Math.Min(sentenceEnd, limit + dates[dateIndex].Span.Length);
                i = dates[dateIndex].Span.End;
                afterDate = true;
                continue;
            }

            if (afterDate && i < limit && Speech.IsComma(Text[i]))
            {
                i++;
                afterDate = false;
                continue;
            }

            afterDate = false;

            var end = Words.EndOf<Letters>(Text, i, limit);
            var word = Text.AsSpan(i, end - i);
            // "Theo ông Peskov", "nói bà Zakharova": a pronoun that is also a title, right before a person's name, is the title.
            if (speech.IsPronoun(word) && speech.IsTitle(word) && PersonAt(end, sentenceEnd) is { } titled)
            {
                i = titled;
                continue;
            }

            if (speech.IsPronoun(word))
            {
                // After its verb ("— сказал он"), a pronoun follows what was said: the last speaker, not a name inside the quotation.
                var pronoun = TextSpan.FromBounds(i, end);
                var antecedent = LastSpeakerFor(pronoun);
                return (antecedent.Speaker, pronoun, true, antecedent.Name);
            }

            // Function words, an addressee or a title the catalog does not know ("журналистам пресс-секретарь
            // главы государства Дмитрий Песков") may stand before the subject; punctuation may not, except the
            // comma of a title set before the name in apposition ("ha explicado el ministro de Exteriores ruso, Sergei Lavrov").
            if (word.Length == 0)
            {
                if (Text[i] == ',' && !crossedComma && PersonAt(i + 1, sentenceEnd) is { } named)
                {
                    crossedComma = true;
                    i = named;
                    continue;
                }

                return null;
            }

            i = end;
            while (i < limit && Text[i] is '-' or '‐')
            {
                i++;
            }
        }

        return null;
    }

    /// <summary>
    /// The subject of a verb that opens its sentence, written right after it with nothing between ("وأضاف لافروف",
    /// "Заявил Путин"; a title then the name, "قال وزير الخارجية الروسي، سيرجي لافروف"): a person, an office or an
    /// institution. A word between ("Comentó que Putin …") makes it no subject.
    /// </summary>
    public (string? Speaker, TextSpan Span)? SubjectRightAfter(int verbEnd, int sentenceEnd)
    {
        var i = verbEnd;
        while (i < sentenceEnd && char.IsWhiteSpace(Text[i]))
        {
            i++;
        }

        var index = SortedSpans.LowerBound(mentions, i);
        if (i == verbEnd || index >= mentions.Count || mentions[index].Span.Start != i || mentions[index].Span.End > sentenceEnd)
        {
            return null;
        }

        var mention = mentions[index];
        if (mention.Kind == EntityKind.Office && PersonAt(SkipComma(mention.Span.End), sentenceEnd) is { } named)
        {
            mention = mentions[SortedSpans.LowerBound(mentions, named)];
        }

        return mention.Kind switch
        {
            EntityKind.Person or EntityKind.Institution => (mention.Id, mention.Span),
            EntityKind.Office => (mention.HolderId, mention.Span),
            _ => null,
        };

        int SkipComma(int from) => from < sentenceEnd && Speech.IsComma(Text[from]) ? from + 1 : from;
    }

    /// <summary>Where a person's name starts after the spaces at <paramref name="from"/>, or null.</summary>
    private int? PersonAt(int from, int end)
    {
        while (from < end && char.IsWhiteSpace(Text[from]))
        {
            from++;
        }

        var index = SortedSpans.LowerBound(mentions, from);
        return index < mentions.Count && mentions[index].Span.Start == from && mentions[index].Kind == EntityKind.Person ? from : null;
    }

    /// <summary>
    /// The person a sentence opens with ("Chief Cabinet Secretary Yoshimasa Hayashi called … and said"), when no
    /// other person is named between it and the verb.
    /// </summary>
    public (string? Speaker, TextSpan Span)? SentenceSubject(int sentenceStart, int verbStart)
    {
        Mention? subject = null;
        for (var i = SortedSpans.LowerBound(mentions, sentenceStart); i < mentions.Count && mentions[i].Span.End <= verbStart; i++)
        {
            var mention = mentions[i];
            if (mention.Kind is not (EntityKind.Person or EntityKind.Office))
            {
                continue;
            }

            if (subject is not null && subject.Span.Contains(mention.Span))
            {
                continue; // the office inside an epithet: "El [primer ministro japonés]"
            }

            if (subject is null)
            {
                if (mention.Span.Start - sentenceStart > 40)
                {
                    return null;
                }

                subject = mention;
            }
            else if (mention.Kind == EntityKind.Person && subject.Kind == EntityKind.Office && mention.Span.Start - subject.Span.End <= 3)
            {
                subject = mention; // the title, then the name
            }
            else if (mention.Kind == EntityKind.Person && subject.Kind == EntityKind.Person && mention.Id is not null && mention.Id == subject.Id && mention.Span.Start - subject.Span.End <= 3)
            {
                subject = mention; // the epithet, then the name: "Le Premier ministre japonais Fumio Kishida"
            }
            else
            {
                return null; // someone else is named before the verb: not sure whose it is
            }
        }

        return subject is null ? null : (subject.Kind == EntityKind.Person ? subject.Id : subject.HolderId, subject.Span);
    }

    public (string? Speaker, TextSpan Span)? LastPersonBetween(int start, int end)
    {
        Mention? mention = null;
        for (var i = SortedSpans.LowerBound(mentions, end) - 1; i >= 0 && mentions[i].Span.Start >= start; i--)
        {
            if (mentions[i].Span.End <= end && mentions[i].Kind is EntityKind.Person or EntityKind.Office)
            {
                mention = mentions[i];
                break;
            }
        }

        return mention is null ? null : (mention.Kind == EntityKind.Person ? mention.Id : mention.HolderId, mention.Span);
    }

    /// <summary>
    /// A definite description of a role standing for a person named before ("The minister said", "— заявил врио
    /// губернатора агентству", "dijo el mandatario"): the speaker who spoke shortly before, else the person named
    /// shortly before. A description opened by an indefinite ("a spokesman") or naming no role stands for nobody.
    /// </summary>
    /// <param name="description">The words of the subject, without a name the catalog knows.</param>
    public (string? Speaker, TextSpan? Name)? RoleAntecedent(TextSpan description)
    {
        // A role of several words ("Bộ trưởng", "người phát ngôn") is matched whole.
        var hasRole = speech.IsRole(Text.AsSpan(description.Start, description.Length)) || RoleAfterArticle(description);
        var firstWord = true;
        string? country = null;

        // An epithet ("the Russian leader") names its office's holder, judged where epithets are found: its demonym is no filter.
        var epithet = speech.Epithets.AnyIn(Text.AsSpan(description.Start, description.Length));
        foreach (var word in Words.In(Text, description))
        {
            var w = Text.AsSpan(word.Start, word.Length);
            if (firstWord && speech.IsIndefinite(w))
            {
                return null;
            }

            // A demonym says whose role it is ("the Japanese minister", "le ministre russe"): only that country's people agree.
            if (!epithet && speech.DemonymCountry(w) is { } of)
            {
                if (country is not null && !string.Equals(country, of, StringComparison.Ordinal))
                {
                    return null;
                }

                country = of;
                firstWord = false;
                continue;
            }

            // Another capitalised qualifier ("the Foreign minister") says whose role it is in a way the parser cannot check
            // against the antecedent: abstain rather than guess (a role noun itself may be capitalised: "Der Minister";
            // an abbreviation names the institution whose role it is, which the office check below holds to: "Rzeczniczka MSZ dodała").
            if (!firstWord && char.IsUpper(w[0]) && !speech.IsRole(w) && !IsAbbreviation(w))
            {
                return null;
            }

            firstWord = false;
            hasRole |= speech.IsRole(w);
        }

        // "Taro Sato, a fisherman from Nemuro, … The fisherman said": the person the catalog lacks introduced with the noun.
        var introduced = RoleIntroduction(description);
        if (!hasRole)
        {
            return introduced is { } only ? (null, only) : null;
        }

        // A role that names offices ("президент", "minister") agrees only with someone who held one of them on the
        // statement's date ("the prime minister" of 2013 is not Kishida).
        return RoleHolder(OfficesNamedBy(description), description.Start, introduced, country);
    }

    /// <summary>
    /// Who a role written at <paramref name="at"/> stands for: the speaker who spoke shortly before, else the person named
    /// shortly before, each only when they held one of the <paramref name="offices"/> (any, when null) on the statement's date;
    /// the person the catalog lacks <paramref name="introduced"/> with the role, when nobody agreeing spoke or was named after them.
    /// </summary>
    private (string? Speaker, TextSpan? Name)? RoleHolder(HashSet<string>? offices, int at, TextSpan? introduced = null, string? country = null)
    {
        var on = OfficeDate(at);
        if (at - _lastSpokeAt <= ContinuationWindow
            && (LastPersonSpeaker is { } last ? HeldAny(last, offices, on) && IsOf(last, country) : _lastName is not null && _lastSpeaker is null && country is null)
            && (introduced is not { } earlier || _lastSpokeAt > earlier.End))
        {
            return (LastPersonSpeaker, _lastName);
        }

        for (var i = SortedSpans.LowerBound(mentions, at) - 1; i >= 0 && at - mentions[i].Span.End <= ContinuationWindow; i--)
        {
            // "ラブロフ外相": the title written after a name is that person's, not its holder's.
            var titleOfName = mentions[i].Kind == EntityKind.Office && i > 0 && mentions[i - 1].Kind == EntityKind.Person && mentions[i].Span.Start - mentions[i - 1].Span.End <= 1;
            var id = mentions[i].Kind == EntityKind.Person ? mentions[i].Id : mentions[i].Kind == EntityKind.Office && !titleOfName ? mentions[i].HolderId : null;
            if (id is not null && mentions[i].Span.End <= at && HeldAny(id, offices, on) && IsOf(id, country))
            {
                return introduced is { } later && later.Start > mentions[i].Span.End ? (null, later) : (id, null);
            }
        }

        return introduced is { } name ? (null, name) : null;
    }

    /// <summary>Whether a description is an article and a role written with a hyphen or space ("La porte-parole", "O porta-voz").</summary>
    private bool RoleAfterArticle(TextSpan description)
    {
        var words = Words.In(Text, description);
        return words.MoveNext() && speech.IsFrequent(Text.AsSpan(words.Current.Start, words.Current.Length)) && words.MoveNext()
            && speech.IsRole(Text.AsSpan(words.Current.Start, description.End - words.Current.Start));
    }

    /// <summary>
    /// The person the catalog lacks whom the article introduced, shortly before, with a title or role noun of
    /// <paramref name="description"/>: right before their name ("fisherman Taro Sato", "Рыбак Хироси Накамура", "Bộ trưởng
    /// …") or in apposition after it ("Taro Sato, a fisherman", "Hiroshi Nakamura, un pescador"). The nearest introduction wins.
    /// </summary>
    private TextSpan? RoleIntroduction(TextSpan description)
    {
        TextSpan? best = null;
        foreach (var word in Words.In(Text, description))
        {
            var noun = Text.AsSpan(word.Start, word.Length);
            if (!speech.IsTitle(noun) && !speech.IsRole(noun))
            {
                continue;
            }

            var from = Math.Max(0, description.Start - ContinuationWindow);
            if (description.Start - from <= word.Length)
            {
                continue;
            }

            for (var at = Text.LastIndexOf(Text.Substring(word.Start, word.Length), description.Start - 1, description.Start - from, StringComparison.OrdinalIgnoreCase);
                 at >= from && (best is null || at > best.Value.Start); at = at > from ? Text.LastIndexOf(Text.Substring(word.Start, word.Length), at - 1, at - from, StringComparison.OrdinalIgnoreCase) : -1)
            {
                var end = at + word.Length;
                if ((at > 0 && char.IsLetter(Text[at - 1])) || (end < Text.Length && char.IsLetter(Text[end])))
                {
                    continue;
                }

                if ((NameIntroducedAfter(end) ?? NameIntroducedBefore(at)) is { } name)
                {
                    best = name;
                    break;
                }
            }
        }

        return best;
    }

    /// <summary>The name right after an introducing noun, a comma perhaps between: "fisherman Taro Sato", "Рыбак Хироси Накамура".</summary>
    private TextSpan? NameIntroducedAfter(int nounEnd)
    {
        var i = nounEnd;
        if (i < Text.Length && Speech.IsComma(Text[i]))
        {
            i++;
        }

        if (i >= Text.Length || Text[i] != ' ')
        {
            return null;
        }

        var words = Words.In(Text, TextSpan.FromBounds(i, Math.Min(Text.Length, i + 200)));
        if (!words.MoveNext() || words.Current.Start != i + 1)
        {
            return null;
        }

        var run = NameRun(words.Current, Math.Min(Text.Length, i + 200));
        return run.Count > 0 ? NameOf(run, titled: true) : null;
    }

    /// <summary>The name an introducing noun stands in apposition to: "Taro Sato, a fisherman", "Hiroshi Nakamura, un pescador".</summary>
    private TextSpan? NameIntroducedBefore(int nounStart)
    {
        var limit = Math.Max(0, nounStart - 200);
        var cursor = nounStart;
        if (PreviousWord(cursor, limit) is { } article && Text.AsSpan(article.End, cursor - article.End) is " "
            && (speech.IsIndefinite(Text.AsSpan(article.Start, article.Length)) || speech.IsFrequent(Text.AsSpan(article.Start, article.Length))))
        {
            cursor = article.Start;
        }

        // ", " right before: the noun (and its article) is an apposition.
        if (cursor < 2 || Text[cursor - 1] != ' ' || !Speech.IsComma(Text[cursor - 2]))
        {
            return null;
        }

        var words = new List<TextSpan>();
        var at = cursor - 2;
        while (PreviousWord(at, limit) is { } word && (words.Count == 0 ? word.End == at : Text.AsSpan(word.End, at - word.End) is " ")
            && (NameWord(word) || (words.Count > 0 && speech.IsNameParticle(Text.AsSpan(word.Start, word.Length)))))
        {
            words.Insert(0, word);
            at = word.Start;
        }

        while (words.Count > 0 && !NameWord(words[0]))
        {
            words.RemoveAt(0);
        }

        return words.Count > 0 ? NameOf(words, titled: false) : null;
    }

    /// <summary>
    /// A role noun right before a verb deep in its sentence, with nothing but adverbs between ("5 июня на встрече с
    /// руководителями информагентств президент заявил"): the verb's subject, though the clause does not open with it.
    /// Qualified when a capitalised word stands right before it ("the Russian leader", "the Japanese
    /// minister"): a qualifier the parser cannot check against an antecedent.
    /// </summary>
    public (TextSpan Role, bool Qualified)? RoleRightBefore(int verbStart, int sentenceStart)
    {
        var cursor = SkipAdverbsBack(verbStart, sentenceStart);
        if (PreviousWord(cursor, sentenceStart) is not { } word || !Text.AsSpan(word.End, cursor - word.End).IsWhiteSpace()
            || !speech.IsRole(Text.AsSpan(word.Start, word.Length)))
        {
            return null;
        }

        var qualified = PreviousWord(word.Start, sentenceStart) is { } before && Text.AsSpan(before.End, word.Start - before.End).IsWhiteSpace()
            && char.IsUpper(Text[before.Start]) && PreviousWord(before.Start, sentenceStart) is not null;
        return (word, qualified);
    }

    /// <summary>The role noun written right after a verb, one space between ("وقال الوزير إنه …"): the verb's subject when the verb opens its sentence.</summary>
    public TextSpan? RoleRightAfter(int verbEnd, int sentenceEnd)
    {
        var words = Words.In(Text, TextSpan.FromBounds(verbEnd, sentenceEnd));
        return words.MoveNext() && Text.AsSpan(verbEnd, words.Current.Start - verbEnd) is " " && speech.IsRole(Text.AsSpan(words.Current.Start, words.Current.Length))
            ? words.Current
            : null;
    }

    /// <summary>
    /// The offices the role nouns of a description name: those with a name in the catalog that has the role noun as a
    /// word ("президент" in "Президент России", "minister" in "Minister for Foreign Affairs"). Null when it names none
    /// ("дипломат"): the role then agrees with anyone.
    /// </summary>
    private HashSet<string>? OfficesNamedBy(TextSpan description)
    {
        HashSet<string>? offices = null;
        var words = new List<TextSpan>();
        var roles = new List<string>();
        foreach (var word in Words.In(Text, description))
        {
            words.Add(word);
            roles.Add(Text.Substring(word.Start, word.Length));
        }

        // "El primer ministro" names the prime ministers, not every minister: the longest run of words with a role noun
        // that the offices' names hold, before the role noun alone.
        for (var length = words.Count; length >= 2; length--)
        {
            for (var start = 0; start + length <= words.Count; start++)
            {
                var phrase = Text.Substring(words[start].Start, words[start + length - 1].End - words[start].Start);
                if (!speech.IsFrequent(roles[start]) && (speech.IsRole(phrase) || roles.GetRange(start, length).Exists(r => speech.IsRole(r)))
                    && OfficesNamedByRole(phrase) is { } named)
                {
                    (offices ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(named);
                }
            }

            if (offices is not null)
            {
                return offices;
            }
        }

        foreach (var role in roles)
        {
            if (speech.IsRole(role) && OfficesNamedByRole(role) is { } named)
            {
                (offices ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(named);
            }
        }

        return offices;
    }

    /// <summary>
    /// The offices a role noun names: those with a name that holds it, as a word of its own, or, in the scripts that write a
    /// compound as one word (Han, kana, Hangul), anywhere in it (部长 in 俄罗斯外交部长, 장관 in 러시아 외무장관). Null when it names none
    /// (发言人): the role then agrees with anyone.
    /// </summary>
    private HashSet<string>? OfficesNamedByRole(string role)
    {
        var compounds = Scripts.Of(role[0]) is Script.Han or Script.Kana or Script.Hangul;
        HashSet<string>? offices = null;
        foreach (var office in catalog.Offices)
        {
            foreach (var name in office.Names)
            {
                if (compounds ? name.Text.Contains(role, StringComparison.Ordinal) : HasWord(name.Text, role))
                {
                    (offices ??= new HashSet<string>(StringComparer.Ordinal)).Add(office.Id);
                    break;
                }
            }
        }

        return offices;

        static bool HasWord(string name, string word)
        {
            for (var at = name.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = name.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + word.Length;
                if ((at == 0 || !char.IsLetter(name[at - 1])) && (end == name.Length || !char.IsLetter(name[end])))
                {
                    return true;
                }
            }

            return false;
        }
    }

    // Whether the person is the country's, when a demonym gave one (a person the catalog lacks is nobody's known).
    private bool IsOf(string personId, string? country) =>
        country is null || string.Equals(catalog.Find<Person>(personId)?.CountryId, country, StringComparison.Ordinal);

    /// <summary>
    /// Whether the person held one of the offices (any, when <paramref name="offices"/> is null) on <paramref name="date"/>,
    /// or ever, when the date is unknown.
    /// </summary>
    private bool HeldAny(string personId, HashSet<string>? offices, LocalDate? date) =>
        offices is null || catalog.Find<Person>(personId)?.Tenures.Any(t => offices.Contains(t.OfficeId) && (date is not { } d || t.Period.Contains(d))) == true;

    /// <summary>
    /// The day on which a role written at <paramref name="at"/> names an office's holder: the article's date (given or
    /// read from the page), else the last day the story names before it, else unknown.
    /// </summary>
    private LocalDate? OfficeDate(int at)
    {
        if (referenceDate is { } day)
        {
            return day;
        }

        for (var i = SortedSpans.LowerBound(dates, at) - 1; i >= 0; i--)
        {
            if (dates[i] is { Date: { } date, Precision: DatePrecision.Day })
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Whether a description opens with an indefinite ("a spokesman", "un portavoz"): someone not named before.</summary>
    public bool OpensIndefinite(TextSpan description)
    {
        var words = Words.In(Text, description);
        return words.MoveNext() && speech.IsIndefinite(Text.AsSpan(words.Current.Start, words.Current.Length));
    }

    /// <summary>
    /// The words right before a verb that may be its subject, when they open the clause (at the sentence's start or
    /// after a comma, dash or quote mark): "The Japanese premier said", "— подчеркнула дипломат" has none before.
    /// </summary>
    public TextSpan? ClauseOpeningBefore(int verbStart, int sentenceStart)
    {
        const int MaxWords = 5;
        var cursor = SkipAdverbsBack(verbStart, sentenceStart);
        var start = -1;
        var end = -1;
        // A hyphenated word is one ("La porte-parole a affirmé").
        for (var count = 0; count < MaxWords && PreviousWord(cursor, sentenceStart) is { } word && Text.AsSpan(word.End, cursor - word.End) is var gap
            && (gap.IsWhiteSpace() || (gap is "-" && count > 0)); count++)
        {
            end = end < 0 ? word.End : end;
            start = word.Start;
            cursor = word.Start;
        }

        if (start < 0)
        {
            return null;
        }

        var before = start;
        while (before > sentenceStart && char.IsWhiteSpace(Text[before - 1]))
        {
            before--;
        }

        return before == sentenceStart || Text[before - 1] is ',' or '—' or '–' or '-' || speech.Quotes.IsQuoteMark(Text[before - 1]) ? TextSpan.FromBounds(start, end) : null;
    }

    /// <summary>The mention ending at <paramref name="end"/> (or one before it), within the sentence.</summary>
    private Mention? LastEndingAt(int end, int sentenceStart)
    {
        for (var i = SortedSpans.LowerBound(mentions, end) - 1; i >= 0 && mentions[i].Span.Start >= sentenceStart; i--)
        {
            if (mentions[i].Span.End <= end)
            {
                if (mentions[i].Span.End < end - 1)
                {
                    return null;
                }

                // The outermost of the mentions ending here: "[le chef du [Kremlin]]" is the epithet, not the institution.
                var outer = i;
                for (var j = i - 1; j >= 0 && mentions[j].Span.Start >= sentenceStart; j--)
                {
                    if (mentions[j].Span.Contains(mentions[outer].Span))
                    {
                        outer = j;
                    }
                    else if (mentions[j].Span.End <= mentions[outer].Span.Start)
                    {
                        break;
                    }
                }

                return mentions[outer];
            }
        }

        return null;
    }

    /// <summary>The word before <paramref name="before"/> in the same clause: none across punctuation or a quote mark.</summary>
    private TextSpan? PreviousWord(int before, int limit)
    {
        var end = before;
        while (end > limit && !char.IsLetter(Text[end - 1]))
        {
            if (Text[end - 1] is ',' or '.' or ';' or ':' || speech.Quotes.IsQuoteMark(Text[end - 1]))
            {
                return null;
            }

            end--;
        }

        var start = Words.StartOf<Letters>(Text, end, limit);
        return end > start ? TextSpan.FromBounds(start, end) : null;
    }
}
