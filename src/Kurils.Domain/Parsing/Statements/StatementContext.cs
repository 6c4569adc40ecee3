using Kurils.Domain.Languages;
using Kurils.Domain.Parsing.Mentions;
using NodaTime;

namespace Kurils.Domain.Parsing.Statements;

/// <summary>
/// What the statement extractor knows while it reads an article in order: the mentions and dates (sorted, searched by
/// binary search), the last speaker and the dates they spoke on, for pronouns and follow-up quotes, and the catalog,
/// for the offices a role may stand for.
/// </summary>
internal sealed partial class StatementContext(
    string text, List<Mention> mentions, IReadOnlyList<DateMention> dates, SpeechLexicon speech, KurilsCatalog catalog,
    IReadOnlyList<Namesake> namesakes, LocalDate? referenceDate)
{
    public SpeechLexicon Speech => speech;

    public IReadOnlyList<DateMention> Dates => dates;

    public IReadOnlyList<Mention> Mentions => mentions;

    private readonly Dictionary<string, LocalDate> _lastDate = new(StringComparer.Ordinal);

    // Institutions speak ("the Foreign Ministry said") but are no antecedent of "he" or "the minister".
    private readonly HashSet<string> _institutions = [.. mentions.Where(m => m.Kind == EntityKind.Institution).Select(m => m.Id)];
    private string? _lastSpeaker;
    private TextSpan? _lastName;
    private int _lastSpokeAt = int.MinValue / 2;

    // The sentence being read and the one before it (see Enter).
    private TextSpan? _sentence;
    private TextSpan? _previousSentence;

    // How far back a sentence without a subject may find the speaker it continues.
    private const int ContinuationWindow = 600;

    public string Text { get; } = text;

    /// <summary>The last speaker when that is a person (not an institution): what a pronoun or a role may stand for.</summary>
    private string? LastPersonSpeaker => _lastSpeaker is { } speaker && !_institutions.Contains(speaker) ? speaker : null;

    public void Remember(string? speaker, LocalDate? date, int at, TextSpan? name = null)
    {
        if (speaker is null)
        {
            if (name is not null)
            {
                // A speaker the catalog lacks: a following sentence without a subject continues them, not an earlier one.
                _lastName = name;
                _lastSpokeAt = at;
                _lastSpeaker = null;
            }

            return;
        }

        _lastSpeaker = speaker;
        _lastName = null;
        _lastSpokeAt = at;
        if (date is { } d)
        {
            _lastDate[speaker] = d;
        }
    }

    /// <summary>
    /// The speaker a sentence without a subject continues ("その上で「…」と指摘した", "— dodał."): in a language that
    /// drops subjects, the topic of an earlier sentence named since the last speaker spoke (Japanese, Korean, Chinese),
    /// else the last speaker, when they spoke shortly before; never when someone is named in the sentence before the verb.
    /// </summary>
    public (string? Speaker, TextSpan? Name)? ContinuedSpeaker(int sentenceStart, int verbStart)
    {
        if (!speech.DropsSubject)
        {
            return null;
        }

        for (var i = SortedSpans.LowerBound(mentions, sentenceStart); i < mentions.Count && mentions[i].Span.Start < verbStart; i++)
        {
            if (mentions[i].Kind is EntityKind.Person or EntityKind.Office)
            {
                return null;
            }
        }

        // "プーチン大統領は5日、会見した。「…」と述べた。": the topic named since the last speaker spoke.
        if (ContinuedTopic(sentenceStart) is { } topic)
        {
            return topic.Speaker is null && topic.Name is null ? null : topic;
        }

        return (_lastSpeaker is null && _lastName is null) || sentenceStart - _lastSpokeAt > ContinuationWindow ? null : (_lastSpeaker, _lastName);
    }

    /// <summary>
    /// The speaker a quotation that opens a paragraph without any attribution continues (“…” after "Sacharowa erklärte:",
    /// or after a paragraph of theirs): the last speaker, when they spoke shortly before and no one else who could speak
    /// has been named since.
    /// </summary>
    public (string? Speaker, TextSpan? Name)? SpeakerContinuedBy(int quoteOpen)
    {
        if ((_lastSpeaker is null && _lastName is null) || quoteOpen - _lastSpokeAt > ContinuationWindow)
        {
            return null;
        }

        for (var i = SortedSpans.LowerBound(mentions, _lastSpokeAt); i < mentions.Count && mentions[i].Span.Start < quoteOpen; i++)
        {
            var mention = mentions[i];
            if (IsSpeakerKind(mention.Kind) && (_lastSpeaker is null || !string.Equals(SpeakerOf(mention), _lastSpeaker, StringComparison.Ordinal)))
            {
                return null;
            }
        }

        return (_lastSpeaker, _lastName);
    }

    /// <summary>Who a mention names as a speaker: the person or institution, or an office's holder.</summary>
    private static string? SpeakerOf(Mention mention) => mention.Kind == EntityKind.Office ? mention.HolderId : mention.Id;

    public LocalDate? LastDateOf(string? speaker) => speaker is not null && _lastDate.TryGetValue(speaker, out var d) ? d : null;

    /// <summary>
    /// A date in the sentence outside the statement's own text, nearest the verb (the earlier one on a tie).
    /// Dates are in text order: walk outward from the verb and stop at the first usable date on each side, so
    /// that a sentence with thousands of quotes and dates is not quadratic.
    /// </summary>
    public LocalDate? DateNear(TextSpan sentence, TextSpan statement, TextSpan? verb)
    {
        var anchor = verb?.Start ?? statement.Start;
        var split = SortedSpans.LowerBound(dates, anchor);
        DateMention? before = null;
        for (var i = split - 1; i >= 0 && dates[i].Span.Start >= sentence.Start; i--)
        {
            if (Usable(dates[i]))
            {
                // Of usable dates starting at the same offset, the first in text order wins.
                before = dates[i];
                for (var j = i - 1; j >= 0 && dates[j].Span.Start == before.Span.Start; j--)
                {
                    before = Usable(dates[j]) ? dates[j] : before;
                }

                break;
            }
        }

        DateMention? after = null;
        for (var i = split; i < dates.Count && dates[i].Span.Start < sentence.End; i++)
        {
            if (Usable(dates[i]))
            {
                after = dates[i];
                break;
            }
        }

        var best = before is null || (after is not null && after.Span.Start - anchor < anchor - before.Span.Start) ? after : before;
        return best?.Date;

        bool Usable(DateMention date) =>
            date.Date is not null && date.Precision == DatePrecision.Day && sentence.Contains(date.Span) && !statement.Contains(date.Span);
    }
}
