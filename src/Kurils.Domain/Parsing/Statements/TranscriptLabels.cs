using System.Collections.Frozen;
using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Statements;

/// <summary>
/// The labels a question-and-answer transcript opens its turns with, in the article's languages (the packs'
/// <c>transcripts</c>): "Q" and "A", "Вопрос" and "Ответ", "问" and "答".
/// </summary>
internal sealed class TranscriptLabels
{
    private readonly FrozenDictionary<string, Turn>.AlternateLookup<ReadOnlySpan<char>> _labels;

    public TranscriptLabels(IEnumerable<LanguagePack> packs)
    {
        var labels = new Dictionary<string, Turn>(StringComparer.OrdinalIgnoreCase);
        foreach (var pack in packs)
        {
            foreach (var label in pack.Transcripts.Questions)
            {
                labels.TryAdd(label, Turn.Question);
            }

            foreach (var label in pack.Transcripts.Answers)
            {
                labels.TryAdd(label, Turn.Answer);
            }
        }

        _labels = labels.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whose turn a label opens.</summary>
    public enum Turn
    {
        /// <summary>No transcript label: a speaker's name, or no label at all.</summary>
        None,

        /// <summary>The interviewer's question.</summary>
        Question,

        /// <summary>The answer of the person interviewed or briefing.</summary>
        Answer,
    }

    /// <summary>The turn the label (the words before the colon) opens.</summary>
    public Turn Of(ReadOnlySpan<char> label) => _labels.TryGetValue(label.Trim(), out var turn) ? turn : Turn.None;
}
