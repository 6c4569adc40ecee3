using System.Collections.Immutable;
using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Statements;

// Transcripts: a paragraph that opens with its speaker and a colon ("CHIEF CABINET SECRETARY FUJIMURA: …") is what they said.
internal sealed partial class StatementExtractor
{
    /// <summary>
    /// "Prime Minister of Japan Shinzo Abe (retranslated): I would like …", "CHIEF CABINET SECRETARY FUJIMURA: I …":
    /// a paragraph of a transcript that opens with a speaker label and a colon gives the speaker's words. The label is
    /// short, holds no quotation or sentence stop, and names a person (the catalog's, or capitalised words after titles).
    /// </summary>
    /// <param name="context">What the extractor knows.</param>
    /// <param name="quotes">The article's quotations.</param>
    /// <param name="paragraph">The paragraph.</param>
    /// <param name="interviewee">The person a question-and-answer transcript is of (see <see cref="Interviewee"/>), who gives an answer turn ("Ответ: …", "答：…").</param>
    private static (string? Speaker, TextSpan SpeakerSpan, TextSpan? Name, TextSpan Words)? TranscriptTurn(StatementContext context, ImmutableArray<Quote> quotes, TextSpan paragraph, string? interviewee)
    {
        const int MaxLabel = 80;
        const int MinWords = 3;
        var text = context.Text;
        var head = text.AsSpan(paragraph.Start, Math.Min(paragraph.Length, MaxLabel));
        var colon = head.IndexOfAny(':', '：');
        const int MaxLabelWords = 10;
        if (colon <= 0 || head[..colon].IndexOfAny(".!?。\"“”«»„「」") >= 0 || Words.Count(text, new TextSpan(paragraph.Start, colon)) > MaxLabelWords)
        {
            return null;
        }

        // An aside in brackets after the name stays outside the label: "Shinzo Abe (retranslated):".
        var labelEnd = paragraph.Start + colon;
        var bracket = head[..colon].IndexOf('(');
        var nameEnd = bracket > 0 ? paragraph.Start + bracket : labelEnd;
        while (nameEnd > paragraph.Start && char.IsWhiteSpace(text[nameEnd - 1]))
        {
            nameEnd--;
        }

        // A paragraph with quotations is read by them ("Putin: “…”").
        var next = SortedSpans.LowerBound(quotes, paragraph.Start, static (Quote q) => q.Open);
        if (next < quotes.Length && quotes[next].Open < paragraph.End)
        {
            return null;
        }

        var words = Trimmed(text, labelEnd + 1, paragraph.End);
        if (IsFewWords(text, words, MinWords) || !text.AsSpan(labelEnd + 1, paragraph.End - labelEnd - 1).ContainsAny(".!?。？！"))
        {
            return null;
        }

        // "Вопрос: …" is the interviewer's; "Ответ: …" the interviewee's, when the page says who that is.
        var label = TextSpan.FromBounds(paragraph.Start, nameEnd);
        switch (context.Speech.Transcripts.Of(text.AsSpan(label.Start, label.Length)))
        {
            case TranscriptLabels.Turn.Question:
                return null;
            case TranscriptLabels.Turn.Answer:
                return interviewee is null ? null : (interviewee, label, null, words);
        }

        if (context.LastPersonBetween(paragraph.Start, nameEnd) is { Speaker: { } speaker, Span: var at } && at.End == nameEnd)
        {
            return (speaker, at, null, words);
        }

        return context.LabelName(paragraph.Start, nameEnd) is { } name ? (null, name, name, words) : null;
    }

    /// <summary>
    /// "Брифинг официального представителя МИД России М.В.Захаровой", "外交部发言人毛宁主持例行记者会": the person whose
    /// interview or briefing the article is, the one person its headline names; null when it names none or several.
    /// </summary>
    private static string? Interviewee(ImmutableArray<Segment> segments, List<Mention> mentions)
    {
        if (segments.FirstOrDefault(s => s.Kind == SegmentKind.Headline) is not { } headline)
        {
            return null;
        }

        string? person = null;
        var first = SortedSpans.LowerBound(mentions, headline.Content.Start, static (Mention m) => m.Span.Start);
        for (var i = first; i < mentions.Count && mentions[i].Span.Start < headline.Content.End; i++)
        {
            var id = mentions[i] switch
            {
                { Kind: EntityKind.Person } m => m.Id,
                { Kind: EntityKind.Office, HolderId: { } holder } => holder,
                _ => null,
            };

            if (id is null)
            {
                continue;
            }

            if (person is not null && !string.Equals(person, id, StringComparison.Ordinal))
            {
                return null;
            }

            person = id;
        }

        return person;
    }

    /// <summary>Fewer than <paramref name="min"/> words; in a script without spaces, fewer than twice as many letters.</summary>
    private static bool IsFewWords(string text, TextSpan span, int min)
    {
        var letters = 0;
        var unspaced = 0;
        foreach (var c in text.AsSpan(span.Start, span.Length))
        {
            if (char.IsLetter(c))
            {
                letters++;
                unspaced += Scripts.SeparatesWords(Scripts.Of(c)) ? 0 : 1;
            }
        }

        return unspaced > letters / 2 ? letters < 2 * min : Words.Count(text, span) < min;
    }
}
