using System.Collections.Frozen;
using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Statements;

/// <summary>
/// The labels a question-and-answer transcript opens its turns with, in the article's languages (the packs'
/// <c>transcripts</c>): "Q" and "A", "Вопрос" and "Ответ", "问" and "答".
/// </summary>
internal sealed class TranscriptLabels
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _questions;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _answers;

    public TranscriptLabels(IEnumerable<LanguagePack> packs)
    {
        // Two sets rather than a table of labels to turns: sets of strings are what every lexicon is made of, while
        // a dictionary to an enum is compiled anew by the JIT at the first parse (benchmarks/README.md, "Cold start").
        // A label that is a question in one pack and an answer in another keeps the turn it was first given.
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var questions = new List<string>();
        var answers = new List<string>();
        foreach (var pack in packs)
        {
            foreach (var label in pack.Transcripts.Questions)
            {
                if (seen.Add(label))
                {
                    questions.Add(label);
                }
            }

            foreach (var label in pack.Transcripts.Answers)
            {
                if (seen.Add(label))
                {
                    answers.Add(label);
                }
            }
        }

        _questions = questions.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _answers = answers.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
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
    public Turn Of(ReadOnlySpan<char> label)
    {
        label = label.Trim();
        return _questions.Contains(label) ? Turn.Question : _answers.Contains(label) ? Turn.Answer : Turn.None;
    }
}
