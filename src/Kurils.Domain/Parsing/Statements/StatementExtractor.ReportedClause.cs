namespace Kurils.Domain.Parsing.Statements;

// The reported clause of a speech verb: where what was said starts and ends around the verb, its complementizer and addressee.
internal sealed partial class StatementExtractor
{
    /// <summary>
    /// The reported clause of a speech verb: after it ("Putin said [Wednesday] Russia …", "told local media he …",
    /// "said in Tokyo on Thursday that …"), after the subject of a verb that opens the sentence ("قال لافروف إن …"),
    /// after a second verb of the same subject ("Peskov said, adding that …"), or, when the verb closes the sentence,
    /// before its subject ("The policy … makes it impossible, Rudenko said on Tuesday."); the whole sentence when the
    /// attribution stands between commas inside it ("Those negotiations, Hashimoto said, would be based on …").
    /// </summary>
    private static TextSpan? ReportedClause(StatementContext context, TextSpan verb, TextSpan? subject, TextSpan sentence, List<Quote> quotes)
    {
        if (ClauseAround(context, verb, subject, sentence, quotes) is not var (clause, whole))
        {
            return null;
        }

        // What was said never holds its own verb, but for an attribution set inside it ("Those negotiations, Hashimoto said, would …").
        if (!whole && clause.Contains(verb))
        {
            return null;
        }

        // An object verb says something only with a complement: "characterized the move as unfair", not "criticized the drills".
        return context.Speech.IntroducesClause(context.Text.AsSpan(verb.Start, verb.Length)) || HasPredicative(context, clause)
            ? OutsideQuotes(context, clause, quotes)
            : null;
    }

    /// <summary>Whether a predicative word ("as", "как") stands among the first words of an object verb's clause.</summary>
    private static bool HasPredicative(StatementContext context, TextSpan clause)
    {
        const int MaxObjectWords = 12;
        var count = 0;
        foreach (var word in Words.In(context.Text, clause))
        {
            if (++count > MaxObjectWords)
            {
                break;
            }

            if (context.Speech.IsPredicative(context.Text.AsSpan(word.Start, word.Length)))
            {
                return true;
            }
        }

        return false;
    }

    private static (TextSpan Clause, bool Whole)? ClauseAround(StatementContext context, TextSpan verb, TextSpan? subject, TextSpan sentence, List<Quote> quotes)
    {
        // "Как заявил Лавров, Япония …": a clause of manner that opens the sentence holds the verb; the rest was said.
        if (!context.Speech.AsClausesEmpty && AsClauseRest(context, verb, subject, sentence) is { } rest)
        {
            return (rest, false);
        }

        var text = context.Text;
        var quoted = AttributesQuote(context, quotes, Math.Min(verb.Start, subject?.Start ?? verb.Start));
        var end = GluedStop(text, verb.End, sentence.End);
        while (end > verb.End && (text[end - 1] is '.' or '!' or '?' or '。' || char.IsWhiteSpace(text[end - 1])))
        {
            end--;
        }

        // With the subject after the verb ("…, заявил Мацуно", "…, said Putin") what was said stands before the verb,
        // unless the verb opens the sentence ("قال وزير الخارجية … بأن …", "Added Putin: …"): then it follows the subject.
        var subjectAfterVerb = subject is { } s && s.Start >= verb.End;
        var verbFirst = subjectAfterVerb && OpensSentence(context, verb.Start, sentence.Start);
        var start = verbFirst ? subject!.Value.End : subjectAfterVerb ? end : verb.End;
        var window = text.AsSpan(start, Math.Min(end, start + 80) - start);
        var that = Complementizer(context, window);
        if (that >= 0)
        {
            start += that;
        }
        else if (subjectAfterVerb && !verbFirst)
        {
            // "«…», dijo Putin, añadiendo que …": a second verb after the subject of an inverted one.
            var afterSubject = SkipDateRightAfter(context, subject!.Value.End);
            while (afterSubject < end && char.IsWhiteSpace(text[afterSubject]))
            {
                afterSubject++;
            }

            if (afterSubject < end && context.Speech.IsComma(text[afterSubject]) && ChainedVerbClause(context, afterSubject + 1, end) is { } chained)
            {
                return (chained, false);
            }
        }
        else
        {
            start = SkipDateRightAfter(context, start);
            if (context.Speech.TakesAddressee(text.AsSpan(verb.Start, verb.Length)))
            {
                var afterAddressee = SkipAddressee(context, start, end);

                // No clause after "told" and more than an addressee there ("told the editors … to ask …"): an
                // instruction, not a statement of his own.
                if (afterAddressee == end && Words.Count(text, TextSpan.FromBounds(start, end)) > 5)
                {
                    return null;
                }

                start = afterAddressee;
                quoted &= afterAddressee == end;
            }

            // "…, Lavrov said Friday, dismissing …": a comma right after the verb closes its clause; what was
            // said stands before the subject, after a second speech verb ("…,” Peskov said, adding that …"), or
            // around the attribution ("Those negotiations, Hashimoto said, would …").
            var next = start;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            // "Kishida erklärte vor Journalisten, Japan werde …": a comma clause may follow a circumstance of the verb.
            if (context.Speech.CommaClauses && !subjectAfterVerb && CommaAfterCircumstance(context, next, end) is { } comma)
            {
                next = comma;
            }

            if (next < end && context.Speech.IsComma(text[next]))
            {
                if (ChainedVerbClause(context, next + 1, end) is { } chained)
                {
                    return (chained, false);
                }

                if (Parenthetical(context, verb, subject, sentence, end) is { } whole)
                {
                    return (whole, true);
                }

                // "Der Minister sagte, es gebe …": where the language opens a reported clause with the comma alone,
                // what follows it is what was said, unless a subordinator opens a circumstance ("sagte, nachdem …").
                start = context.Speech.CommaClauses && !subjectAfterVerb && !quoted && OpensCommaClause(context, next + 1, end)
                    ? next + 1
                    : end;
            }

            // "“…,” Gorbachev said after laying a wreath …": after the attribution of a quotation only a complementizer,
            // a second verb or a clause after the addressee opens what was said; the rest are circumstances.
            if (quoted)
            {
                return null;
            }
        }

        while (start < end && (char.IsWhiteSpace(text[start]) || context.Speech.IsComma(text[start])))
        {
            start++;
        }

        // What a complementizer opens is what was said, even when it starts with a preposition ("что на острова …").
        if (start < end && Words.Count(text, TextSpan.FromBounds(start, end)) >= 3 && (that >= 0 || !OnlyCircumstance(context, TextSpan.FromBounds(start, end))))
        {
            return (TextSpan.FromBounds(start, end), false);
        }

        // Inverted order with the verb first: "Япония не отказывается …, заявил в понедельник Мацуно".
        var beforeVerb = verb.Start;
        while (beforeVerb > sentence.Start && char.IsWhiteSpace(text[beforeVerb - 1]))
        {
            beforeVerb--;
        }

        if (beforeVerb > sentence.Start && (text[beforeVerb - 1] is '—' or '–' or '-' || context.Speech.IsComma(text[beforeVerb - 1])))
        {
            if (subjectAfterVerb && Parenthetical(context, verb, subject, sentence, end) is { } whole)
            {
                return (whole, true);
            }

            var clauseEnd = beforeVerb - 1;
            while (clauseEnd > sentence.Start && (char.IsWhiteSpace(text[clauseEnd - 1]) || text[clauseEnd - 1] is ',' or '-'))
            {
                clauseEnd--;
            }

            if (Words.Count(text, TextSpan.FromBounds(sentence.Start, clauseEnd)) >= 3)
            {
                return (TextSpan.FromBounds(sentence.Start, clauseEnd), false);
            }
        }

        // Inverted order: the clause stands before the subject (and its title) and a comma or dash.
        if (subject is { } who)
        {
            var separator = who.Start;
            while (separator > sentence.Start && who.Start - separator < 80 && text[separator - 1] is not (',' or '—' or '–' or '.' or '"' or '”' or '»'))
            {
                separator--;
            }

            var before = separator - 1;
            while (before > sentence.Start && char.IsWhiteSpace(text[before - 1]))
            {
                before--;
            }

            if (separator > sentence.Start && text[separator - 1] is ',' or '—' or '–' && Words.Count(text, TextSpan.FromBounds(sentence.Start, before)) >= 3)
            {
                return (TextSpan.FromBounds(sentence.Start, before), false);
            }
        }

        return null;
    }

    /// <summary>
    /// Where a sentence glued to the next by a lost paragraph break ends ("… said on Thursday.Japan lays claim …"): at a
    /// stop between a lower-case letter and a capital, which no abbreviation ("U.S.") or number ("Feb. 1") writes; the end otherwise.
    /// </summary>
    private static int GluedStop(string text, int from, int end)
    {
        for (var i = text.AsSpan(from, end - from).IndexOfAny('.', '!', '?'); i >= 0 && from + i + 1 < end; i = text.AsSpan(from, end - from).IndexOfAny('.', '!', '?'))
        {
            var at = from + i;
            if (at > 0 && char.IsLower(text[at - 1]) && char.IsUpper(text[at + 1]))
            {
                return at + 1;
            }

            from = at + 1;
        }

        return end;
    }

    /// <summary>
    /// Where the clause after a complementizer starts ("said in Tokyo on Thursday that", "noted, however, that",
    /// "заявил, что"), as an offset into <paramref name="window"/>, or -1: after a comma anything may precede it;
    /// otherwise only circumstances and the objects of their prepositions ("said in a statement that", "told
    /// journalists following the talks there that"), so that a relative "that" further on ("islands … that are
    /// disputed") is not taken for it.
    /// </summary>
    private static int Complementizer(StatementContext context, ReadOnlySpan<char> window)
    {
        const int MaxWords = 6;
        const int MaxWordsWithPhrases = 12;
        const int MaxPhraseObject = 3; // words a preposition's object may have: "in [an interview] with [Bloomberg]"
        var circumstancesOnly = true;
        var phraseObject = MaxPhraseObject; // none open
        var inPhrases = 0;
        var words = 0;
        var i = 0;
        while (i < window.Length)
        {
            while (i < window.Length && !char.IsLetter(window[i]))
            {
                i++;
            }

            var start = i;
            while (i < window.Length && char.IsLetter(window[i]))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            // An elided complementizer is written with the next word: "qu'il".
            var elided = i < window.Length - 1 && window[i] is '\'' or '’' && char.IsLetter(window[i + 1]);
            var word = window[start..(elided ? i + 1 : i)];
            var standsAlone = elided || (i < window.Length && window[i] == ' ');
            if (standsAlone && start > 0 && window[start - 1] == ' ' && context.Speech.IsComplementizer(word))
            {
                var afterComma = window[..start].TrimEnd() is [.., var last] && context.Speech.IsComma(last);
                if (afterComma || (circumstancesOnly && (words <= MaxWords || (inPhrases > 0 && words <= MaxWordsWithPhrases))))
                {
                    return i + 1;
                }
            }

            // A clitic after an apostrophe belongs to the word before it: "Japan's position that".
            if (start > 1 && window[start - 1] is '\'' or '’' && char.IsLetter(window[start - 2]))
            {
                continue;
            }

            words++;
            if (context.Speech.IsPreposition(word))
            {
                phraseObject = 0;
                inPhrases++;
            }
            else if (!char.IsUpper(word[0]) && !context.Speech.IsCircumstance(word))
            {
                circumstancesOnly &= ++phraseObject <= MaxPhraseObject;
            }
        }

        return -1;
    }

    /// <summary>
    /// "told local media he will …": the reported clause starts at its subject (a pronoun, a country); with none
    /// ("…,” Hayashi told reporters on Monday.") what follows the verb is only its addressee, and there is no clause.
    /// </summary>
    private static int SkipAddressee(StatementContext context, int start, int end)
    {
        var text = context.Text;
        var words = 0;
        foreach (var word in Words.In(text, TextSpan.FromBounds(start, end)))
        {
            if (++words > 6)
            {
                break;
            }

            if (context.Speech.IsClauseStart(text.AsSpan(word.Start, word.Length)) || StartsPlaceOrCountry(context, word.Start))
            {
                return word.Start;
            }
        }

        return end;
    }

    /// <summary>A country or territory named at <paramref name="offset"/>: the subject of a clause ("told reporters Japan will …").</summary>
    private static bool StartsPlaceOrCountry(StatementContext context, int offset)
    {
        var index = SortedSpans.LowerBound(context.Mentions, offset);
        return index < context.Mentions.Count && context.Mentions[index].Span.Start == offset
            && context.Mentions[index].Kind is not (EntityKind.Person or EntityKind.Office);
    }

    /// <summary>"said Wednesday the conditions …", "said on Feb. 1 the revision …": the date belongs to the verb, not the clause.</summary>
    private static int SkipDateRightAfter(StatementContext context, int start)
    {
        var text = context.Text;
        var i = start;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        // A preposition may stand before the date ("on").
        var word = i;
        while (word < text.Length && char.IsLetter(text[word]))
        {
            word++;
        }

        if (word > i && word < text.Length && text[word] == ' ' && context.Speech.IsPreposition(text.AsSpan(i, word - i)))
        {
            i = word + 1;
        }

        var dates = context.Dates;
        var index = SortedSpans.LowerBound(dates, i);
        return index < dates.Count && dates[index].Span.Start == i ? dates[index].Span.End : start;
    }

    /// <summary>A clause made only of a place or date ("on the sidelines", "in Tokyo on Thursday") is not what was said.</summary>
    private static bool OnlyCircumstance(StatementContext context, TextSpan clause)
    {
        var text = context.Text;
        var dates = context.Dates;
        var words = Words.In(text, clause);
        var first = words.MoveNext() ? words.Current : default;
        if (context.Speech.IsPreposition(text.AsSpan(first.Start, first.Length)) && Words.Count(text, clause) <= 8 && !HasComplementizer(context, clause))
        {
            return true;
        }

        return SortedSpans.LowerBound(dates, clause.Start) is var i && i < dates.Count && dates[i].Span.Start == clause.Start && dates[i].Span.End >= clause.End - 1;
    }

    private static bool HasComplementizer(StatementContext context, TextSpan span)
    {
        foreach (var word in Words.In(context.Text, span))
        {
            if (context.Speech.IsComplementizer(context.Text.AsSpan(word.Start, word.Length)))
            {
                return true;
            }
        }

        return false;
    }

    // A comma clause holds a few words and does not open with a subordinator or another speech verb.
    private static bool OpensCommaClause(StatementContext context, int from, int end)
    {
        var text = context.Text;
        var clause = TextSpan.FromBounds(from, end);
        var words = Words.In(text, clause);
        if (!words.MoveNext())
        {
            return false;
        }

        var first = text.AsSpan(words.Current.Start, words.Current.Length);
        return !context.Speech.IsSubordinator(first) && !context.Speech.IsVerb(first) && Words.Count(text, clause) >= 3;
    }

    // The comma after one to four words that are all circumstances ("vor Journalisten", "am Dienstag"), or null.
    private static int? CommaAfterCircumstance(StatementContext context, int from, int end)
    {
        var text = context.Text;
        var comma = from;
        while (comma < end && !context.Speech.IsComma(text[comma]))
        {
            comma++;
        }

        if (comma == end)
        {
            return null;
        }

        var count = 0;
        foreach (var word in Words.In(text, TextSpan.FromBounds(from, comma)))
        {
            if (++count > 4 || !context.Speech.IsCircumstance(text.AsSpan(word.Start, word.Length)))
            {
                return null;
            }
        }

        return count > 0 ? comma : null;
    }
}
