namespace Kurils.Domain.Parsing.Statements;

// The reported clause of a speech verb: where what was said starts and ends around the verb, its complementizer and addressee.
internal sealed partial class StatementExtractor
{
    /// <summary>Partial quotes ("dismissing … as “interference”") leave the sentence's own reported clause to read; whole quotes do not.</summary>
    private static bool QuotesLeaveAClause(List<Quote> quotes, TextSpan sentence)
    {
        var quoted = 0;
        foreach (var quote in quotes)
        {
            quoted += quote.Close - quote.Open + 1;
        }

        return quoted * 2 < sentence.Length;
    }

    /// <summary>
    /// The reported clause of a speech verb: after it ("Putin said [Wednesday] Russia …", "told local media he …",
    /// "said in Tokyo on Thursday that …"), or, when the verb closes the sentence, before its subject
    /// ("The policy … makes it impossible, Rudenko said on Tuesday.").
    /// </summary>
    private static TextSpan? ReportedClause(StatementContext context, TextSpan verb, TextSpan? subject, TextSpan sentence)
    {
        var text = context.Text;
        var dates = context.Dates;
        var end = sentence.End;
        while (end > verb.End && (text[end - 1] is '.' or '!' or '?' or '。' || char.IsWhiteSpace(text[end - 1])))
        {
            end--;
        }

        // With the subject after the verb ("…, заявил Мацуно", "…, said Putin") what was said stands before the verb.
        var subjectAfterVerb = subject is { } s && s.Start >= verb.End;
        var start = subjectAfterVerb ? end : verb.End;
        var window = text.AsSpan(start, Math.Min(end, start + 80) - start);
        var that = Complementizer(context, window);
        if (that >= 0)
        {
            start += that;
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
            }

            // "…, Lavrov said Friday, dismissing …": a comma right after the verb closes its clause; what was
            // said stands before the subject.
            var next = start;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next < end && text[next] == ',')
            {
                start = end;
            }
        }

        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == ','))
        {
            start++;
        }

        // What a complementizer opens is what was said, even when it starts with a preposition ("что на острова …").
        if (start < end && Words.Count(text, TextSpan.FromBounds(start, end)) >= 3 && (that >= 0 || !OnlyCircumstance(context, TextSpan.FromBounds(start, end))))
        {
            return TextSpan.FromBounds(start, end);
        }

        // Inverted order with the verb first: "Япония не отказывается …, заявил в понедельник Мацуно".
        var beforeVerb = verb.Start;
        while (beforeVerb > sentence.Start && char.IsWhiteSpace(text[beforeVerb - 1]))
        {
            beforeVerb--;
        }

        if (beforeVerb > sentence.Start && text[beforeVerb - 1] is ',' or '—' or '–' or '-')
        {
            var clauseEnd = beforeVerb - 1;
            while (clauseEnd > sentence.Start && (char.IsWhiteSpace(text[clauseEnd - 1]) || text[clauseEnd - 1] is ',' or '-'))
            {
                clauseEnd--;
            }

            if (Words.Count(text, TextSpan.FromBounds(sentence.Start, clauseEnd)) >= 3)
            {
                return TextSpan.FromBounds(sentence.Start, clauseEnd);
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
                return TextSpan.FromBounds(sentence.Start, before);
            }
        }

        return null;
    }

    /// <summary>
    /// Where the clause after a complementizer starts ("said in Tokyo on Thursday that", "noted, however, that",
    /// "заявил, что"), or -1: after a comma anything may precede it; otherwise only circumstances, so that a
    /// relative "that" further on ("islands … that are disputed") is not taken for it.
    /// </summary>
    private static int Complementizer(StatementContext context, ReadOnlySpan<char> window)
    {
        var circumstancesOnly = true;
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
                var afterComma = window[..start].TrimEnd().EndsWith(",");
                if (afterComma || (circumstancesOnly && words <= 6))
                {
                    return i + 1;
                }
            }

            words++;
            circumstancesOnly &= char.IsUpper(word[0]) || context.Speech.IsCircumstance(word);
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
}
