using FluentAssertions;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing;
using Kurils.Domain.Parsing.Events;
using Xunit;

namespace Kurils.Domain.Tests.Parsing.Events;

/// <summary>
/// A trigger's clause: bounded by the clause marks and words of the pack, the same for every trigger of a sentence as a
/// walk from each trigger to the nearest mark and a search of its stretch for every clause word (the specification below).
/// </summary>
public sealed class ClauseBoundsTests
{
    [Theory]
    [InlineData("en", "Japan protested, but Russia rejected the claim; talks stalled.", "protested", "Japan protested")]
    [InlineData("en", "Japan protested, but Russia rejected the claim; talks stalled.", "rejected", "but Russia rejected the claim")]
    [InlineData("ja", "日本政府は抗議したが、ロシアは拒否した。", "拒否", "ロシアは拒否した")]
    [InlineData("ru", "Япония выразила протест, но Россия отвергла его.", "отвергла", "но Россия отвергла его.")]
    public void The_clause_is_bounded_by_marks_and_clause_words(string code, string sentence, string trigger, string clause)
    {
        var words = Pack(code).Events;
        var folded = sentence.ToLowerInvariant();
        var at = folded.IndexOf(trigger.ToLowerInvariant(), StringComparison.Ordinal);

        var found = new ClauseBounds().Of(folded, new TextSpan(0, folded.Length), new TextSpan(at, trigger.Length), words);

        sentence.Substring(found.Start, found.Length).Should().Be(clause);
    }

    [Theory]
    [InlineData("en", 1)]
    [InlineData("ja", 2)]
    [InlineData("ru", 3)]
    [InlineData("fr", 4)]
    public void Every_trigger_of_every_sentence_gets_the_clause_of_the_specification(string code, int seed)
    {
        var words = Pack(code).Events;
        string[] pieces = ["x", "yy", " ", ", ", "; ", "、", "，", "—", ":", .. words.ClauseWords.Select(w => " " + string.Join(" ", w.Parts) + " ")];
        var random = new Random(seed);
        var bounds = new ClauseBounds();
        for (var article = 0; article < 30; article++)
        {
            bounds.Clear();
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 80)).Select(_ => pieces[random.Next(pieces.Length)]));
            var sentence = new TextSpan(random.Next(0, 3) == 0 ? Math.Min(2, text.Length) : 0, 0);
            sentence = TextSpan.FromBounds(sentence.Start, text.Length);
            for (var t = sentence.Start; t < sentence.End; t += random.Next(1, 4))
            {
                var trigger = TextSpan.FromBounds(t, Math.Min(sentence.End, t + random.Next(1, 4)));
                bounds.Of(text, sentence, trigger, words).Should().Be(Specification(text, sentence, trigger, words), $"'{text}' at {trigger}");
            }
        }
    }

    private static LanguagePack Pack(string code) => LanguagePacks.Default.Find(code) ?? throw new InvalidOperationException(code);

    // The nearest clause mark on each side, then every clause word of the stretch between them.
    private static TextSpan Specification(string folded, TextSpan sentence, TextSpan trigger, EventWords words)
    {
        var start = sentence.Start;
        var end = sentence.End;
        for (var i = trigger.Start - 1; i >= sentence.Start; i--)
        {
            if (IsMark(i))
            {
                start = i + 1;
                break;
            }
        }

        for (var i = trigger.End; i < sentence.End; i++)
        {
            if (IsMark(i))
            {
                end = i;
                break;
            }
        }

        var scratch = new List<TextSpan>();
        foreach (var word in words.ClauseWords)
        {
            scratch.Clear();
            WordMatcher.FindAll(folded, TextSpan.FromBounds(start, end), word, [], scratch);
            foreach (var at in scratch)
            {
                if (at.End <= trigger.Start && at.Start >= start)
                {
                    start = at.Start;
                }
                else if (at.Start >= trigger.End && at.Start < end)
                {
                    end = at.Start;
                }
            }
        }

        return TextSpan.FromBounds(start, end);

        bool IsMark(int i) => words.ClauseMarks.Contains(folded[i], StringComparison.Ordinal)
            && (i + 1 >= sentence.End || char.IsWhiteSpace(folded[i + 1]) || folded[i] > '\u2000');
    }
}
