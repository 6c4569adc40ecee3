using System.Collections.Immutable;

namespace Kurils.Domain.Parsing.Statements;

// Transcripts: a paragraph that opens with its speaker and a colon ("CHIEF CABINET SECRETARY FUJIMURA: …") is what they said.
internal sealed partial class StatementExtractor
{
    /// <summary>
    /// "Prime Minister of Japan Shinzo Abe (retranslated): I would like …", "CHIEF CABINET SECRETARY FUJIMURA: I …":
    /// a paragraph of a transcript that opens with a speaker label and a colon gives the speaker's words. The label is
    /// short, holds no quotation or sentence stop, and names a person (the catalog's, or capitalised words after titles).
    /// </summary>
    private static (string? Speaker, TextSpan SpeakerSpan, TextSpan? Name, TextSpan Words)? TranscriptTurn(StatementContext context, ImmutableArray<Quote> quotes, TextSpan paragraph)
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
        if (Words.Count(text, words) < MinWords || !text.AsSpan(labelEnd + 1, paragraph.End - labelEnd - 1).ContainsAny(".!?。"))
        {
            return null;
        }

        if (context.LastPersonBetween(paragraph.Start, nameEnd) is { Speaker: { } speaker, Span: var at } && at.End == nameEnd)
        {
            return (speaker, at, null, words);
        }

        return context.LabelName(paragraph.Start, nameEnd) is { } name ? (null, name, name, words) : null;
    }
}
