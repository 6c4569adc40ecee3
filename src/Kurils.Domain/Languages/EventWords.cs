using System.Collections.Immutable;
using Kurils.Domain.Parsing;

namespace Kurils.Domain.Languages;

/// <summary>
/// What the events stage needs of a language (the pack's <c>events</c> section): the words and constructions
/// that signal each PLOVER event type, the negations that cancel them, where a clause ends, the particles and
/// prepositions that mark who acts on whom, the capitals that stand for a country, and the cues of a stance.
/// </summary>
/// <param name="Triggers">The trigger lists, one per type (and mode) with what they imply.</param>
/// <param name="Negations">Words that cancel a trigger when they stand shortly before it ("not", "не").</param>
/// <param name="NegationsAfter">Endings that cancel a trigger right after it (Japanese ない, Korean 않).</param>
/// <param name="ClauseMarks">Punctuation that ends a clause (, ; : 、 ，).</param>
/// <param name="ClauseWords">Words that start a new clause ("but", "while", "но").</param>
/// <param name="SourceMarkers">Particles right after a name that make it the actor (Japanese は, が; Korean 은, 는).</param>
/// <param name="TargetMarkers">Particles right after a name that make it the recipient (Japanese に, を; Korean 에, 를).</param>
/// <param name="TargetPrepositions">Words right before a name that make it the recipient wherever it stands (Chinese 对, 向).</param>
/// <param name="AgentPrepositions">Words right before a name that make it the actor wherever it stands (the agent of a passive: "by", "par", 被).</param>
/// <param name="AgentMarkers">Particles right after a name that make it the actor in a passive clause (Japanese に, によって).</param>
/// <param name="PassiveAuxiliaries">Words shortly before a trigger that make its clause passive ("were", "были", "wurde").</param>
/// <param name="PassiveReach">How many words before the trigger a passive auxiliary may stand (2; more where the participle ends the clause: German "wurde von Russland kritisiert").</param>
/// <param name="ActiveEndings">Endings of a trigger's first word that keep it active after an auxiliary (English -ing: "is holding talks").</param>
/// <param name="PassiveEndings">Endings right after a trigger that make its clause passive (Japanese された, Korean 되었).</param>
/// <param name="References">Prepositions of cause or time shortly before a trigger that make it a mention of an earlier event, not an event of its sentence ("due to", "following", "из-за").</param>
/// <param name="ReferencesAfter">Postpositions of cause or time right after a trigger, with the same effect (Japanese を受け, による).</param>
/// <param name="Metonyms">Capitals and seats of government that stand for a country in this language's press (Moscow, 永田町).</param>
/// <param name="StanceCues">Words that give a statement or event its stance.</param>
internal sealed record EventWords(
    ImmutableArray<EventTrigger> Triggers,
    ImmutableArray<WordForm> Negations,
    ImmutableArray<WordForm> NegationsAfter,
    string ClauseMarks,
    ImmutableArray<WordForm> ClauseWords,
    ImmutableArray<WordForm> SourceMarkers,
    ImmutableArray<WordForm> TargetMarkers,
    ImmutableArray<WordForm> TargetPrepositions,
    ImmutableArray<WordForm> AgentPrepositions,
    ImmutableArray<WordForm> AgentMarkers,
    ImmutableArray<WordForm> PassiveAuxiliaries,
    int PassiveReach,
    ImmutableArray<WordForm> ActiveEndings,
    ImmutableArray<WordForm> PassiveEndings,
    ImmutableArray<WordForm> References,
    ImmutableArray<WordForm> ReferencesAfter,
    ImmutableArray<Metonym> Metonyms,
    ImmutableArray<StanceCue> StanceCues)
{
    public static EventWords Empty { get; } = new([], [], [], "", [], [], [], [], [], [], [], DefaultPassiveReach, [], [], [], [], [], []);

    /// <summary>The passive reach of a pack that gives none: an auxiliary and an adverb ("were swiftly imposed").</summary>
    public const int DefaultPassiveReach = 2;

    public bool IsEmpty => Triggers.IsEmpty;
}

/// <summary>
/// A word or phrase as a pack writes it, folded; a <c>*</c> after a word makes it match any word it begins
/// (<c>санкци*</c>, <c>совместн* хозяйственн* деятельност*</c>).
/// </summary>
internal sealed record WordForm
{
    public WordForm(string written)
    {
        Prefix = written.EndsWith('*');
        Text = Prefix ? written[..^1] : written;
        Parts = Text.Split('*');
    }

    /// <summary>The folded form, without its last asterisk (inner ones stay: they mark word endings).</summary>
    public string Text { get; }

    /// <summary>Whether the last word matches the start of a longer word.</summary>
    public bool Prefix { get; }

    /// <summary>The pieces between asterisks: the first is searched for, each next one follows the ending of the word before.</summary>
    public string[] Parts { get; }
}

/// <summary>The words that signal one PLOVER event type.</summary>
/// <param name="Type">The type.</param>
/// <param name="Mode">The PLOVER mode the words imply, if any.</param>
/// <param name="SpeakerActs">Whether the speaker of the statement that holds the words is the actor whatever the sentence names ("unacceptable", "must": an evaluation or a demand by the one who says it).</param>
/// <param name="Stance">The stance the words imply (one of <see cref="Stances.All"/>), if any.</param>
/// <param name="Passive">Whether the words are passive forms themselves (Russian приостановлены, введены): their subject is acted on.</param>
/// <param name="Forms">The words and phrases.</param>
internal sealed record EventTrigger(EventType Type, string? Mode, bool SpeakerActs, string? Stance, bool Passive, ImmutableArray<WordForm> Forms);

/// <summary>Names that stand for a country's government (Moscow for Russia, Tokyo for Japan).</summary>
/// <param name="CountryId">The catalog id of the country.</param>
/// <param name="Forms">The names.</param>
internal sealed record Metonym(string CountryId, ImmutableArray<WordForm> Forms);

/// <summary>Words that give a stance.</summary>
/// <param name="Stance">One of <see cref="Stances.All"/>.</param>
/// <param name="Forms">The words and phrases.</param>
internal sealed record StanceCue(string Stance, ImmutableArray<WordForm> Forms);
