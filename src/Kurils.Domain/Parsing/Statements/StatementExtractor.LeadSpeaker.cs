namespace Kurils.Domain.Parsing.Statements;

// The speaker a story's first statement only describes ("a Japanese government spokesperson said"), named by the next one.
internal sealed partial class StatementExtractor
{
    private const int MaxLeadGap = 400;

    /// <summary>
    /// "Japan urged Russia to …, a Japanese government spokesperson said on Thursday. “We lodged …,” Deputy Chief Cabinet
    /// Secretary Yoshihiko Isozaki told a regular news conference.": a story that opens with a statement whose speaker is only
    /// described names them in the statement right after, as news writing does. The description must say whose side they
    /// speak for (a country or an institution of one), and the next statement's speaker must agree: a catalog person or
    /// institution of that country, or a person named after an office of it. Otherwise the first statement stays unattributed.
    /// </summary>
    /// <param name="context">What the extractor knows.</param>
    /// <param name="statements">The statements, the article's from <paramref name="first"/> on, in the order they were found.</param>
    /// <param name="first">Where the article's statements start.</param>
    /// <param name="index">The first statement, the one whose speaker is described.</param>
    /// <param name="described">The description of its speaker.</param>
    /// <param name="sentenceEnd">Where its sentence ends.</param>
    private void NameTheLeadsSpeaker(StatementContext context, List<ArticleStatement> statements, int first, int index, TextSpan described, int sentenceEnd)
    {
        if (CountryOf(context, described) is not { } country)
        {
            return;
        }

        ArticleStatement? next = null;
        for (var i = first; i < statements.Count; i++)
        {
            if (statements[i].Span.Start >= sentenceEnd && (next is null || statements[i].Span.Start < next.Span.Start))
            {
                next = statements[i];
            }
        }

        if (next is null || next.Span.Start - sentenceEnd > MaxLeadGap || (next.SpeakerId is null && next.SpeakerName is null))
        {
            return;
        }

        var theirs = next.SpeakerId is { } id
            ? _catalog.Find<Person>(id)?.CountryId ?? _catalog.Find<Institution>(id)?.CountryId
            : next.SpeakerNameSpan is { } name ? CountryRightBefore(context, name.Start) : null;
        if (!string.Equals(theirs, country, StringComparison.Ordinal))
        {
            return;
        }

        var date = statements[index].Date;
        statements[index] = statements[index] with
        {
            SpeakerId = next.SpeakerId,
            SpeakerSpan = described,
            SpeakerName = next.SpeakerName,
            SpeakerNameSpan = next.SpeakerNameSpan,
            CatalogStatementId = Link(next.SpeakerId, date),
            Unattributed = null,
        };
    }

    /// <summary>The one country a description speaks for: the countries it names and those of the institutions and offices it names; null for none or several.</summary>
    private string? CountryOf(StatementContext context, TextSpan description)
    {
        string? country = null;
        var mentions = context.Mentions;
        for (var i = SortedSpans.LowerBound(mentions, description.Start); i < mentions.Count && mentions[i].Span.Start < description.End; i++)
        {
            if (mentions[i].Span.End > description.End || CountryOf(mentions[i]) is not { } of)
            {
                continue;
            }

            if (country is not null && !string.Equals(country, of, StringComparison.Ordinal))
            {
                return null;
            }

            country = of;
        }

        return country;
    }

    /// <summary>The country of the office or institution named right before a name ("Deputy Chief Cabinet Secretary Yoshihiko Isozaki").</summary>
    private string? CountryRightBefore(StatementContext context, int nameStart)
    {
        const int MaxGap = 2;
        var mentions = context.Mentions;
        var i = SortedSpans.LowerBound(mentions, nameStart) - 1;
        return i >= 0 && mentions[i].Span.End <= nameStart && nameStart - mentions[i].Span.End <= MaxGap && mentions[i].Kind is EntityKind.Office or EntityKind.Institution
            ? CountryOf(mentions[i])
            : null;
    }

    private string? CountryOf(Mention mention) => mention.Kind switch
    {
        EntityKind.Country => mention.Id,
        EntityKind.Institution => _catalog.Find<Institution>(mention.Id)?.CountryId,
        EntityKind.Office => _catalog.Find<Office>(mention.Id)?.CountryId,
        _ => null,
    };
}
