namespace Kurils.Domain.Parsing.Statements;

// A person who speaks for an institution, described and not named: "Представитель Кремля заявил", "A Kremlin spokesman said".
internal sealed partial class StatementContext
{
    /// <summary>Words that may stand between a member noun and the institution's name: "un portavoz del Kremlin", "a spokesman for the Kremlin".</summary>
    private const int MaxMemberGapWords = 2;

    /// <summary>
    /// The subject right before a speech verb when it describes a person of an institution rather than naming the
    /// institution or a person: an office opened by an indefinite ("A Kremlin spokesman said", "Ein Kremlsprecher sagte"),
    /// or an institution's name after a noun for one who speaks for it (<c>speech.institutions.members</c>:
    /// "Представитель Кремля заявил", "Un portavoz del Kremlin dijo", "Ein Sprecher des Kremls sagte", "Источник в
    /// японском МИД сообщил"). A described person is neither the institution nor an office holder the parser could
    /// name: the statement is theirs, unattributed. Null when the subject is anything else (a definite office, "the
    /// Kremlin spokesman", stands for its holder).
    /// </summary>
    public TextSpan? DescribedMemberBefore(int verbStart, int sentenceStart)
    {
        var end = SkipAdverbsBack(verbStart, sentenceStart);
        while (end > sentenceStart && char.IsWhiteSpace(Text[end - 1]))
        {
            end--;
        }

        if (LastEndingAt(end, sentenceStart) is not { Kind: EntityKind.Institution or EntityKind.Office } mention || mention.Span.End < end - 1)
        {
            return null;
        }

        var cursor = mention.Span.Start;
        for (var count = 0; count <= MaxMemberGapWords && PreviousWord(cursor, sentenceStart) is { } found; count++)
        {
            var word = Compound(found, sentenceStart);
            if (!Text.AsSpan(word.End, cursor - word.End).IsWhiteSpace())
            {
                return null;
            }

            var text = Text.AsSpan(word.Start, word.Length);
            if (count == 0 && mention.Kind == EntityKind.Office && speech.IsIndefinite(text))
            {
                return TextSpan.FromBounds(word.Start, mention.Span.End);
            }

            if (mention.Kind == EntityKind.Institution && speech.IsMember(text))
            {
                var start = PreviousWord(word.Start, sentenceStart) is { } article && speech.IsIndefinite(Text.AsSpan(article.Start, article.Length))
                    ? article.Start
                    : word.Start;
                return TextSpan.FromBounds(start, mention.Span.End);
            }

            // Only the short words of a genitive or a preposition stand between: "des", "del", "of the", "в".
            if (!(speech.IsPreposition(text) || speech.IsInstitutionArticle(text) || text.Length <= 3 && char.IsLower(text[0])))
            {
                return null;
            }

            cursor = word.Start;
        }

        return null;
    }

    /// <summary>A word with the words joined to it by hyphens before it: "porte-parole", "porta-voz".</summary>
    private TextSpan Compound(TextSpan word, int sentenceStart)
    {
        var start = word.Start;
        while (start - 1 > sentenceStart && Text[start - 1] == '-' && char.IsLetter(Text[start - 2]))
        {
            start = Words.StartOf<Letters>(Text, start - 1, sentenceStart);
        }

        return TextSpan.FromBounds(start, word.End);
    }
}
