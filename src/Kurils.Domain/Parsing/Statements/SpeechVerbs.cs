using System.Collections.Frozen;

namespace Kurils.Domain.Parsing.Statements;

/// <summary>The verbs that introduce speech, in English, Russian and Japanese.</summary>
internal static class SpeechVerbs
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "said", "says", "say", "told", "tells", "noted", "notes", "added", "adds", "stressed", "stresses", "insisted", "insists",
        "indicated", "indicates", "suggested", "suggests", "mentioned", "stated", "states", "argued", "argues", "warned", "warns",
        "asserted", "asserts", "reiterated", "reiterates", "emphasized", "emphasised", "emphasizes", "claimed", "explained",
        "declared", "announced", "described", "characterized", "characterised", "signaled", "signalled", "urged", "confirmed",
        "pledged", "vowed", "affirmed", "reaffirmed", "remarked", "replied", "responded", "acknowledged", "admitted", "complained",
        "commented", "maintained", "maintains", "wrote", "saying", "adding", "noting", "stressing", "telling", "insisting",
        "indicating", "warning", "describing", "emphasizing", "reiterating", "asserting", "called", "criticized", "criticised",
        "dismissed", "rejected", "denounced", "dismissing", "calling",
        "заявил", "заявила", "заявили", "сказал", "сказала", "отметил", "отметила", "подчеркнул", "подчеркнула", "сообщил",
        "сообщила", "добавил", "добавила", "указал", "указала", "пояснил", "пояснила", "заверил", "заверила", "считает",
        "признал", "признала", "заявляет", "говорит", "напомнил", "напомнила",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Japanese speech verbs follow the quotation particle と: 「…」と述べた.</summary>
    private static readonly string[] JapaneseStems = ["述べ", "語っ", "語り", "強調", "話し", "表明", "明らかにし", "指摘", "説明", "言及"];

    public static bool IsVerb(ReadOnlySpan<char> word) => Lookup.Contains(word);

    /// <summary>Verbs that attribute a quotation but take an object, not a reported clause ("called the remarks “regrettable”").</summary>
    public static bool IntroducesClause(ReadOnlySpan<char> word) =>
        !(word.Equals("called", StringComparison.OrdinalIgnoreCase) || word.Equals("calling", StringComparison.OrdinalIgnoreCase)
          || word.Equals("criticized", StringComparison.OrdinalIgnoreCase) || word.Equals("criticised", StringComparison.OrdinalIgnoreCase)
          || word.Equals("dismissed", StringComparison.OrdinalIgnoreCase) || word.Equals("dismissing", StringComparison.OrdinalIgnoreCase)
          || word.Equals("rejected", StringComparison.OrdinalIgnoreCase) || word.Equals("denounced", StringComparison.OrdinalIgnoreCase)
          || word.Equals("described", StringComparison.OrdinalIgnoreCase) || word.Equals("describing", StringComparison.OrdinalIgnoreCase)
          || word.Equals("characterized", StringComparison.OrdinalIgnoreCase) || word.Equals("characterised", StringComparison.OrdinalIgnoreCase));

    /// <summary>The length of a Japanese speech verb starting at <paramref name="index"/> (after と), or 0.</summary>
    public static int JapaneseVerbAt(string text, int index)
    {
        foreach (var stem in JapaneseStems)
        {
            if (text.AsSpan(index).StartsWith(stem, StringComparison.Ordinal))
            {
                return stem.Length;
            }
        }

        return 0;
    }

    public static bool IsPronoun(ReadOnlySpan<char> word) =>
        word is "he" or "He" or "she" or "She" or "his" or "His" or "her" or "Her" or "он" or "Он" or "она" or "Она";

    /// <summary>Words that may stand between a subject and its verb ("Putin also said").</summary>
    public static bool IsAdverb(ReadOnlySpan<char> word) =>
        word is "also" or "further" or "however" or "later" or "again" or "then" or "earlier" or "repeatedly" or "reportedly"
            or "previously" or "once" or "has" or "had" or "have" or "also" or "recently" or "separately" or "subsequently"
            or "также" or "ранее" or "же";
}
