using System.Collections.Immutable;
using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Events;

/// <summary>
/// Which trigger words are no event of their sentence: a negated one ("does not refuse", 拒否しない), and one
/// that names an earlier event as the cause or time of this one ("due to the invasion", "из-за вторжения",
/// 侵攻を受けて): a reference, which PLOVER does not code again where it is only mentioned.
/// </summary>
internal static class TriggerFilters
{
    // How far back a negation reaches: words in spaced scripts, characters in scripts without spaces.
    private const int NegationWords = 3;
    private const int NegationChars = 3;

    // How far back a preposition of cause or time governs the trigger ("following Russia's full-scale invasion").
    private const int ReferenceWords = 3;
    private const int ReferenceChars = 6;

    // A name may stand a word further into the phrase than a trigger ("over its invasion of Ukraine").
    private const int NameReferenceWords = 4;

    // How far after the trigger an ending or postposition may follow it (制裁による, 拒否しない).
    private const int AfterReach = 6;
    private const int AfterAt = 2;

    /// <summary>Whether a negation shortly before the trigger, or a negative ending right after it, cancels it.</summary>
    public static bool IsNegated(ReadOnlySpan<char> folded, TextSpan sentence, TextSpan trigger, LanguagePack pack, List<TextSpan> scratch)
    {
        var words = pack.Events;
        return Before(folded, sentence, trigger, words.Negations, NegationWords, NegationChars, pack, scratch)
            || After(folded, sentence, trigger, words.NegationsAfter);
    }

    /// <summary>Whether the trigger is governed by a preposition (or followed by a postposition) of cause or time: it refers to an earlier event.</summary>
    /// <remarks>Not for the speaker's own words ("impossible", "unacceptable"): they are no noun a preposition governs.</remarks>
    public static bool IsReference(ReadOnlySpan<char> folded, TextSpan sentence, TextSpan trigger, EventTrigger rule, LanguagePack pack, List<TextSpan> scratch)
    {
        var words = pack.Events;
        return !rule.SpeakerActs && Before(folded, sentence, trigger, words.References, ReferenceWords, ReferenceChars, pack, scratch)
            || After(folded, sentence, trigger, words.ReferencesAfter);
    }

    /// <summary>Whether a name stands in a phrase of cause or time ("sanctions on Russia over its invasion of Ukraine"): a circumstance, not a participant.</summary>
    public static bool InReference(ReadOnlySpan<char> folded, TextSpan clause, TextSpan name, LanguagePack pack, List<TextSpan> scratch) =>
        Before(folded, clause, name, pack.Events.References, NameReferenceWords, ReferenceChars, pack, scratch);

    /// <summary>Whether the trigger is passive: a passive form itself, after a passive auxiliary, or before a passive ending (された).</summary>
    public static bool IsPassive(ReadOnlySpan<char> folded, TextSpan clause, TextSpan trigger, EventTrigger rule, LanguagePack pack, List<TextSpan> scratch)
    {
        var words = pack.Events;
        return rule.Passive
            || (Before(folded, clause, trigger, words.PassiveAuxiliaries, words.PassiveReach, ReferenceChars, pack, scratch) && !EndsActive(folded, trigger, words))
            || After(folded, clause, trigger, words.PassiveEndings);
    }

    /// <summary>Whether the trigger's first word ends in one of the pack's active endings (a progressive: "is holding talks").</summary>
    private static bool EndsActive(ReadOnlySpan<char> folded, TextSpan trigger, EventWords words)
    {
        var end = trigger.Start;
        while (end < trigger.End && !char.IsWhiteSpace(folded[end]))
        {
            end++;
        }

        var word = folded.Slice(trigger.Start, end - trigger.Start);
        foreach (var ending in words.ActiveEndings)
        {
            if (word.Length > ending.Text.Length && word.EndsWith(ending.Text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of <paramref name="forms"/> stands within <paramref name="words"/> words (or <paramref name="chars"/> characters) before the trigger, in its clause.</summary>
    private static bool Before(ReadOnlySpan<char> folded, TextSpan sentence, TextSpan trigger, ImmutableArray<WordForm> forms, int words, int chars, LanguagePack pack, List<TextSpan> scratch)
    {
        if (forms.IsEmpty)
        {
            return false;
        }

        // The window: the few words (or characters, in scripts without spaces) before the trigger, not past a comma.
        var start = trigger.Start;
        if (WordMatcher.Unspaced(folded[trigger.Start]))
        {
            start = Math.Max(sentence.Start, trigger.Start - chars);
        }
        else
        {
            for (var w = 0; w < words && start > sentence.Start; w++)
            {
                while (start > sentence.Start && char.IsWhiteSpace(folded[start - 1]))
                {
                    start--;
                }

                while (start > sentence.Start && !char.IsWhiteSpace(folded[start - 1]) && folded[start - 1] is not (',' or ';'))
                {
                    start--;
                }
            }
        }

        var window = TextSpan.FromBounds(start, trigger.Start);
        foreach (var form in forms)
        {
            if (WordMatcher.Occurs(folded, window, form, pack.Morphology.AttachedPrefixes, scratch))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of <paramref name="forms"/> begins within two characters after the trigger (an ending or postposition, written on).</summary>
    private static bool After(ReadOnlySpan<char> folded, TextSpan sentence, TextSpan trigger, ImmutableArray<WordForm> forms)
    {
        if (forms.IsEmpty)
        {
            return false;
        }

        var after = TextSpan.FromBounds(trigger.End, Math.Min(sentence.End, trigger.End + AfterReach));
        foreach (var form in forms)
        {
            if (folded.Slice(after.Start, after.Length).IndexOf(form.Parts[0], StringComparison.Ordinal) is >= 0 and <= AfterAt)
            {
                return true;
            }
        }

        return false;
    }
}
