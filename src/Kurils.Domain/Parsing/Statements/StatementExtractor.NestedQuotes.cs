using Kurils.Domain.Parsing.Mentions;

namespace Kurils.Domain.Parsing.Statements;

// A quotation inside a quotation: "“… Shinzo said, ‘Let us change our approach.’ …,” Putin said" quotes Abe inside Putin's words.
internal sealed partial class StatementExtractor
{
    /// <summary>The nested quotations read in one quotation: bounded work on a hostile one.</summary>
    private const int MaxNestedQuotes = 8;

    /// <summary>
    /// The quotations a quotation holds whose own clause names who said them: "Shinzo a dit ‘’Changeons d'approche !’’",
    /// "Синдзо сказал: „Давайте изменим подход“", "Abe said, ‘…’" in Putin's words are Abe's. The speaker is a person named
    /// right before the nested clause's speech verb, inside the quotation by a name of the catalog, or by one word of the
    /// name under which the article named them earlier (a given name alone, as speakers call each other: Shinzo for
    /// Shinzo Abe). A nested quotation with no such clause, or one whose subject is a pronoun or the speaker again, stays
    /// the enclosing speaker's words.
    /// </summary>
    /// <param name="context">What the extractor knows of the article (its mentions outside quotations).</param>
    /// <param name="mentions">Every mention of the article, those inside quotations too, in <see cref="MentionOrder"/>.</param>
    /// <param name="quote">The enclosing quotation.</param>
    /// <param name="enclosing">Its speaker (null when unknown).</param>
    /// <param name="statements">Where the statements found are added.</param>
    private void QuotationsInsideQuote(StatementContext context, List<Mention> mentions, Quote quote, string? enclosing, List<ArticleStatement> statements)
    {
        var text = context.Text;
        var nested = context.Speech.Quotes.Find(text, [quote.Inner]);
        for (var n = 0; n < nested.Length && n < MaxNestedQuotes; n++)
        {
            var inner = nested[n];
            if (NestedSpeaker(context, mentions, quote, inner) is not var (speaker, span, verb) || string.Equals(speaker, enclosing, StringComparison.Ordinal))
            {
                continue;
            }

            var date = context.LastDateOf(speaker);
            statements.Add(new ArticleStatement(StatementKind.Direct, speaker, inner.Inner, verb, span, date, Link(speaker, date)));
        }
    }

    /// <summary>The person the clause before a nested quotation names as the subject of its speech verb, with the name's span and the verb.</summary>
    private static (string Speaker, TextSpan Span, TextSpan Verb)? NestedSpeaker(StatementContext context, List<Mention> mentions, Quote quote, Quote inner)
    {
        var text = context.Text;
        // The clause: back from the nested quotation's opening to a sentence stop or the enclosing quotation's start.
        var end = inner.Open;
        while (end > quote.Inner.Start && (char.IsWhiteSpace(text[end - 1]) || context.Speech.IsComma(text[end - 1]) || text[end - 1] is ':' or '：'))
        {
            end--;
        }

        var start = end;
        while (start > quote.Inner.Start && text[start - 1] is not ('.' or '!' or '?' or ';' or '\n') && !context.Speech.Quotes.IsQuoteMark(text[start - 1]))
        {
            start--;
        }

        var verbStart = Words.StartOf<Letters>(text, end, start);
        if (verbStart == end || context.Speech.VerbEndingAt(text, TextSpan.FromBounds(verbStart, end), start) is not { } verb || verb.End != end)
        {
            return null;
        }

        var subjectEnd = SkipAdverbsBack(context, verb.Start, start);
        while (subjectEnd > start && char.IsWhiteSpace(text[subjectEnd - 1]))
        {
            subjectEnd--;
        }

        // A catalog person named inside the quotation right before the verb: "Abe said, ‘…’".
        for (var i = SortedSpans.LowerBound(mentions, quote.Inner.Start); i < mentions.Count && mentions[i].Span.Start < subjectEnd; i++)
        {
            if (mentions[i] is { Kind: EntityKind.Person, Id: { } id } person && person.Span.End == subjectEnd && person.Span.Start >= start)
            {
                return (id, person.Span, verb);
            }
        }

        // One word of a name the article gave earlier: "Shinzo a dit" after "le Premier ministre Shinzo Abe".
        var wordStart = Words.StartOf<Letters>(text, subjectEnd, start);
        if (wordStart == subjectEnd || !char.IsUpper(text[wordStart]) || context.Speech.IsPronoun(text.AsSpan(wordStart, subjectEnd - wordStart))
            || wordStart > start && !char.IsWhiteSpace(text[wordStart - 1]))
        {
            return null;
        }

        var word = text.AsSpan(wordStart, subjectEnd - wordStart);
        var articleMentions = context.Mentions;
        for (var i = SortedSpans.LowerBound(articleMentions, quote.Open) - 1; i >= 0; i--)
        {
            if (articleMentions[i] is { Kind: EntityKind.Person, Id: { } id } person && HasWord(text.AsSpan(person.Span.Start, person.Span.Length), word))
            {
                return (id, TextSpan.FromBounds(wordStart, subjectEnd), verb);
            }
        }

        return null;
    }

    /// <summary>Whether a name holds the word as one of its words ("Shinzo Abe" holds "Shinzo").</summary>
    private static bool HasWord(ReadOnlySpan<char> name, ReadOnlySpan<char> word)
    {
        for (var at = name.IndexOf(word, StringComparison.Ordinal); at >= 0; at = name[(at + 1)..].IndexOf(word, StringComparison.Ordinal) is var next && next >= 0 ? at + 1 + next : -1)
        {
            var after = at + word.Length;
            if ((at == 0 || !char.IsLetter(name[at - 1])) && (after == name.Length || !char.IsLetter(name[after])))
            {
                return true;
            }
        }

        return false;
    }
}
