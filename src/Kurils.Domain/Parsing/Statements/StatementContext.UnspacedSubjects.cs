using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Statements;

// The speaker of a speech verb in a language written without spaces (普京说, 亚历山德拉诺娃安慰我说): the person, office
// holder or pronoun the verb's clause opens with, or a transliterated name the catalog lacks.
internal sealed partial class StatementContext
{
    // How far a speaker named anywhere in the clause may end before the verb: a short date ("普京5日表示").
    private const int MaxDateGap = 4;

    // How much may stand between the speaker who opens the clause and the verb ("在记者会上", "对记者", "安慰我").
    private const int MaxUnspacedGap = 12;

    // The shortest transliterated name read as a speaker the catalog lacks (two letters are too often a word).
    private const int MinNameLetters = 3;

    // A name in Han characters next to its title: a family name and a given name of one or two letters each (李明, 中村浩, 鈴木宗男).
    private const int MinHanName = 2;
    private const int MaxHanName = 4;

    /// <summary>
    /// The subject of a speech verb in a language written without spaces, in the clause from
    /// <paramref name="clauseStart"/> to the verb: a person or office (with its holder) named right before the verb, perhaps
    /// with a date between ("普京5日表示"); else the one person the clause opens with, a place, an addressee or a manner
    /// between them and the verb (<see cref="SpeechLexicon.BeforeVerb"/>: "普京在记者会上说", "普京对记者说"); else a pronoun
    /// opening the clause ("他说"); else an institution opening it ("克里姆林宫表示"); else a name the catalog lacks, a run of
    /// transliteration letters opening the clause, or following the office or institution that does ("亚历山德拉诺娃安慰我说",
    /// "俄罗斯外交部发言人扎哈罗娃表示").
    /// </summary>
    /// <param name="sentenceStart">Where the sentence starts (a pronoun's antecedent may be named in it).</param>
    /// <param name="clauseStart">Where the verb's clause starts: the sentence start, or after a comma, colon or quotation.</param>
    /// <param name="verbStart">Where the speech verb starts.</param>
    public (string? Speaker, TextSpan Span, bool ByPronoun, TextSpan? Name)? UnspacedSubject(int sentenceStart, int clauseStart, int verbStart)
    {
        while (clauseStart < verbStart && char.IsWhiteSpace(Text[clauseStart]))
        {
            clauseStart++;
        }

        // The persons and offices named in the clause, a title and its name ("俄罗斯总统普京", "普京总统") counted once, as the person.
        Mention? first = null;
        Mention? last = null;
        var count = 0;
        var firstUnitStart = 0;
        var firstStart = SortedSpans.LowerBound(mentions, clauseStart);
        for (var i = firstStart; i < mentions.Count && mentions[i].Span.End <= verbStart; i++)
        {
            var mention = mentions[i];
            if (mention.Kind is not (EntityKind.Person or EntityKind.Office))
            {
                continue;
            }

            if (last is not null && mention.Span.Start - last.Span.End <= 1 && (mention.Kind == EntityKind.Person || last.Kind == EntityKind.Person))
            {
                var person = mention.Kind == EntityKind.Person ? mention : last;
                first = count == 1 ? person : first;
                last = person;
                continue;
            }

            if (first is null)
            {
                first = mention;
                firstUnitStart = mention.Span.Start;
            }

            last = mention;
            count++;
        }

        if (last is not null && verbStart - last.Span.End <= MaxDateGap && SpeakerOf(last) is { } named)
        {
            return (named, last.Span, false, null);
        }

        // "外交部发言人扎哈罗娃表示": a name the catalog lacks after an office whose holder is not known.
        if (count == 1 && first is { Kind: EntityKind.Office, HolderId: null } && TransliteratedNameAfter(first.Span.End, verbStart) is { } afterTitle)
        {
            return (null, afterTitle, false, afterTitle);
        }

        if (count == 1 && first is not null && SpeakerOf(first) is { } opener && OpensClause(clauseStart, firstUnitStart) && GapBeforeVerb(first.Span.End, verbStart))
        {
            return (opener, first.Span, false, null);
        }

        if (count > 0)
        {
            // Someone else is named in the clause, or an office whose holder is not known: not sure whose the words are.
            return null;
        }

        // An institution opening the clause ("克里姆林宫表示", "俄罗斯外交部在声明中说"), unless a name follows it ("…发言人扎哈罗娃").
        var opening = firstStart < mentions.Count && mentions[firstStart].Span.Start == clauseStart ? mentions[firstStart] : null;
        if (opening is { Kind: EntityKind.Institution } && TransliteratedNameAfter(opening.Span.End, verbStart) is null && GapBeforeVerb(opening.Span.End, verbStart))
        {
            return (opening.Id, opening.Span, false, null);
        }

        // "该部指出，…", "該省表示，…": a noun naming again the institution of its kind named shortly before.
        if (InstitutionAnaphorOpening(clauseStart, verbStart) is var (again, againSpan))
        {
            return again is null ? null : (again, againSpan, false, null);
        }

        for (var length = Math.Min(3, verbStart - clauseStart); length > 0; length--)
        {
            var word = new TextSpan(clauseStart, length);
            if (speech.IsPronoun(Text.AsSpan(word.Start, word.Length)) && GapBeforeVerb(word.End, verbStart))
            {
                var antecedent = PronounAntecedent(sentenceStart, word);
                return (antecedent.Speaker, word, true, antecedent.Name);
            }
        }

        // "这位部长表示", "该发言人称": a role, perhaps after a determiner, for the person named before who held an office it names.
        if (ReferenceOpening(sentenceStart, clauseStart, verbStart, out var referenceEnd) is { } role && role.Span.Start == clauseStart
            && GapBeforeVerb(referenceEnd, verbStart))
        {
            return (role.Speaker, role.Span, role.Speaker is not null, role.Name);
        }

        // A name the catalog lacks, opening the clause or right after the country or institution that does ("俄罗斯外交部发言人扎哈罗娃").
        var from = clauseStart;
        for (var i = firstStart; i < mentions.Count && mentions[i].Span.Start == from && mentions[i].Span.End <= verbStart; i++)
        {
            from = mentions[i].Span.End;
        }

        return (TransliteratedNameAfter(from, verbStart) ?? TitledHanName(from, verbStart)) is { } name ? (null, name, false, name) : null;
    }

    /// <summary>
    /// A name the catalog lacks written in Han characters, as Chinese and Japanese names are, from <paramref name="from"/>:
    /// after a title ("渔民中村浩说", "专家李明表示") or before one that is no role noun ("李明教授表示", "中村先生说"); the title
    /// is what tells a name from any other word, and it is not part of the name.
    /// </summary>
    private TextSpan? TitledHanName(int from, int verbStart)
    {
        foreach (var title in speech.SuffixTitles)
        {
            if (Text.AsSpan(from, verbStart - from).StartsWith(title, StringComparison.Ordinal))
            {
                return HanNameRun(from + title.Length, verbStart, out var end) is { } after && GapBeforeVerb(end, verbStart) ? after : null;
            }
        }

        for (var end = from + MinHanName; end <= Math.Min(from + MaxHanName, verbStart); end++)
        {
            foreach (var title in speech.SuffixTitles)
            {
                if (!speech.IsRole(title) && Text.AsSpan(end, verbStart - end).StartsWith(title, StringComparison.Ordinal)
                    && GapBeforeVerb(end + title.Length, verbStart) && HanNameRun(from, end, out var runEnd) is { } before && runEnd == end)
                {
                    return before;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The Han letters of a name from <paramref name="start"/>, two to four, up to <paramref name="limit"/> or a word that
    /// may stand before the verb; none a title's, overlapping no mention.
    /// </summary>
    private TextSpan? HanNameRun(int start, int limit, out int end)
    {
        end = start;
        while (end < limit && end - start < MaxHanName && Scripts.Of(Text[end]) == Script.Han && (end == start || speech.BeforeVerbAt(Text, end, limit) == 0))
        {
            end++;
        }

        var run = TextSpan.FromBounds(start, end);
        if (run.Length < MinHanName || StartsMention(run))
        {
            return null;
        }

        foreach (var title in speech.SuffixTitles)
        {
            if (Text.AsSpan(run.Start, run.Length).Contains(title, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return run;
    }

    /// <summary>
    /// The speaker of a speech verb that opens its sentence with no subject ("普京5日举行记者会。表示：“…”" is rare, "随后表示"
    /// common): the topic or speaker it continues (<see cref="ContinuedSpeaker"/>), when nothing but adverbs and dates stands
    /// before the verb in the sentence.
    /// </summary>
    public (string? Speaker, TextSpan? Span, bool ByPronoun, TextSpan? Name)? SubjectlessContinued(int sentenceStart, int verbStart)
    {
        var at = SkipLead(sentenceStart, verbStart);
        if (speech.AdverbEndingAt(Text, verbStart, at) != at && at != verbStart)
        {
            return null;
        }

        return ContinuedSpeaker(sentenceStart, verbStart) is { } continued ? (continued.Speaker, null, false, continued.Name) : null;
    }

    /// <summary>A transliterated name from <paramref name="from"/>, after a title the catalog does not hold as an office ("发言人扎哈罗娃").</summary>
    private TextSpan? TransliteratedNameAfter(int from, int verbStart)
    {
        foreach (var title in speech.SuffixTitles)
        {
            if (Text.AsSpan(from, verbStart - from).StartsWith(title, StringComparison.Ordinal))
            {
                from += title.Length;
                break;
            }
        }

        return NameRun(from, verbStart);
    }

    /// <summary>
    /// A transliterated name from <paramref name="start"/>: the run of name letters up to a <see cref="SpeechLexicon.BeforeVerb"/>
    /// word or the verb, three letters at least, overlapping no mention, with nothing before the verb but what may stand there.
    /// </summary>
    private TextSpan? NameRun(int start, int verbStart)
    {
        var end = start;
        while (end < verbStart && speech.IsNameLetter(Text[end]) && (end == start || speech.BeforeVerbAt(Text, end, verbStart) == 0))
        {
            end++;
        }

        if (end - start < MinNameLetters || !GapBeforeVerb(end, verbStart))
        {
            return null;
        }

        var index = SortedSpans.LowerBound(mentions, start);
        var overlaps = index < mentions.Count && mentions[index].Span.Start < end || index > 0 && mentions[index - 1].Span.End > start;
        return overlaps ? null : TextSpan.FromBounds(start, end);
    }

    /// <summary>
    /// Whether nothing but spaces, a date, or the country or institution a title belongs to ("日本外相茂木敏充") stands between
    /// the clause's start and its subject.
    /// </summary>
    private bool OpensClause(int clauseStart, int subjectStart)
    {
        var at = clauseStart;
        while (at < subjectStart)
        {
            if (char.IsWhiteSpace(Text[at]))
            {
                at++;
            }
            else if (SortedSpans.LowerBound(dates, at) is var d && d < dates.Count && dates[d].Span.Start == at && dates[d].Span.Length > 0)
            {
                at = dates[d].Span.End;
            }
            else if (SortedSpans.LowerBound(mentions, at) is var m && m < mentions.Count && mentions[m].Span.Start == at && mentions[m].Span.Length > 0)
            {
                at = mentions[m].Span.End;
            }
            else
            {
                return false;
            }
        }

        return at == subjectStart;
    }

    /// <summary>
    /// Whether what stands between a speaker and the verb may: nothing, an adverb ("普京也说"), a date ("普京5日说"), or a short
    /// phrase a <see cref="SpeechLexicon.BeforeVerb"/> word opens ("在记者会上", "对记者", "安慰我").
    /// </summary>
    private bool GapBeforeVerb(int from, int verbStart)
    {
        if (from == verbStart || speech.AdverbEndingAt(Text, verbStart, from) == from)
        {
            return true;
        }

        if (verbStart - from > MaxUnspacedGap)
        {
            return false;
        }

        if (speech.BeforeVerbAt(Text, from, verbStart) > 0)
        {
            return true;
        }

        var d = SortedSpans.LowerBound(dates, from);
        return d < dates.Count && dates[d].Span.Start == from && dates[d].Span.End <= verbStart && dates[d].Span.End > from && GapBeforeVerb(dates[d].Span.End, verbStart);
    }
}
