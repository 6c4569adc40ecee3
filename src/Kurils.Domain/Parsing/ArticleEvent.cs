using NodaTime;

namespace Kurils.Domain.Parsing;

/// <summary>
/// The 19 event types of the PLOVER codebook (Political Language Ontology for Verifiable Event Records, the Open
/// Event Data Alliance's successor to CAMEO), grouped by their quad category.
/// </summary>
public enum EventType
{
    /// <summary>Verbal cooperation: agree to, or sign, an agreement; settle; accept a proposal.</summary>
    Agree,

    /// <summary>Verbal cooperation: meet, talk, negotiate, visit (modes <c>visit</c>, <c>third-party</c>, <c>multilateral</c>, <c>phone</c>).</summary>
    Consult,

    /// <summary>Verbal cooperation: praise, endorse, express support.</summary>
    Support,

    /// <summary>Verbal cooperation: make a concession, give ground, apologize.</summary>
    Concede,

    /// <summary>Material cooperation: cooperate economically, militarily or otherwise (joint activities).</summary>
    Cooperate,

    /// <summary>Material cooperation: give economic, military or humanitarian aid.</summary>
    Aid,

    /// <summary>Material cooperation: withdraw forces, release captives, ease a ban (modes <c>withdraw</c>, <c>release</c>, <c>disarm</c>, <c>ceasefire</c>, <c>access</c>, <c>resign</c>).</summary>
    Retreat,

    /// <summary>Verbal conflict: investigate, inquire.</summary>
    Investigate,

    /// <summary>Verbal conflict: demand, urge, call on (modes <c>assist</c>, <c>change</c>, <c>yield</c>, <c>meet</c>).</summary>
    Demand,

    /// <summary>Verbal conflict: criticize, condemn, complain, lodge a diplomatic protest, accuse.</summary>
    Disapprove,

    /// <summary>Verbal conflict: reject, refuse, deny (modes <c>assist</c>, <c>change</c>, <c>yield</c>, <c>meet</c>).</summary>
    Reject,

    /// <summary>Verbal conflict: threaten (modes <c>restrict</c>, <c>arrest</c>, <c>relations</c>, <c>expel</c>, <c>territory</c>, <c>violence</c>).</summary>
    Threaten,

    /// <summary>Material conflict: demonstrate, rally, strike, boycott (modes <c>demo</c>, <c>riot</c>, <c>strike</c>, <c>hunger</c>, <c>boycott</c>, <c>obstruct</c>, <c>vandalize</c>).</summary>
    Protest,

    /// <summary>Material conflict: hold drills, deploy or put forces on alert (modes <c>troops</c>, <c>weapons</c>, <c>police</c>, <c>militia</c>).</summary>
    Mobilize,

    /// <summary>Material conflict: impose sanctions, expel diplomats, suspend or break off talks and relations (modes <c>convict</c>, <c>expel</c>, <c>withdraw</c>, <c>discontinue</c>).</summary>
    Sanction,

    /// <summary>Material conflict: seize, arrest, detain, deport, restrict (modes <c>seize</c>, <c>restrict</c>, <c>censor</c>, <c>curfew</c>, <c>martial-law</c>, <c>arrest</c>, <c>deport</c>, <c>withhold</c>, <c>misinformation</c>, <c>cyber</c>).</summary>
    Coerce,

    /// <summary>Material conflict: one-sided or unconventional violence (shooting at a fishing boat).</summary>
    Assault,

    /// <summary>Material conflict: armed combat between organized forces (invasion, occupation by force).</summary>
    Fight,

    /// <summary>Material conflict: criminal acts (poaching, smuggling).</summary>
    Crime,
}

/// <summary>
/// The stances toward the dispute that statements and events carry: a small scheme, written in kebab-case in
/// the JSON and CSV output and in <c>data/statements.yaml</c>.
/// </summary>
public static class Stances
{
    /// <summary>Claims the islands for Japan ("Japan's inherent territory", "the return of the four islands").</summary>
    public const string ClaimsSovereigntyJapan = "claims-sovereignty:japan";

    /// <summary>Claims the islands for Russia ("part of Russia's territory", "Russian land").</summary>
    public const string ClaimsSovereigntyRussia = "claims-sovereignty:russia";

    /// <summary>For talks: to hold, resume or speed up negotiations.</summary>
    public const string ForTalks = "for-talks";

    /// <summary>Against talks: suspending them, calling them impossible, refusing them.</summary>
    public const string AgainstTalks = "against-talks";

    /// <summary>Talks or a settlement on a condition ("only if Japan changes its position").</summary>
    public const string Conditional = "conditional";

    /// <summary>A protest: a diplomatic protest lodged, or a rejection of the other side's words or acts as unacceptable.</summary>
    public const string Protest = "protest";

    /// <summary>An offer or proposal (to talk, to hand over islands, to cooperate).</summary>
    public const string Offer = "offer";

    /// <summary>Every stance of the scheme.</summary>
    public static IReadOnlyList<string> All { get; } = [ClaimsSovereigntyJapan, ClaimsSovereigntyRussia, ForTalks, AgainstTalks, Conditional, Protest, Offer];
}

/// <summary>
/// An event found in the article, coded in PLOVER: who did what to whom, when, and about which island or
/// instrument, with the sentence and the words (the trigger) that signal it.
/// </summary>
/// <param name="Type">The PLOVER event type.</param>
/// <param name="Mode">The PLOVER mode of the type (for example <c>visit</c> for <see cref="EventType.Consult"/>, <c>discontinue</c> for <see cref="EventType.Sanction"/>), when the trigger gives one.</param>
/// <param name="SourceIds">The actors (PLOVER's actor): catalog ids of countries, people and institutions; several when the sentence joins them.</param>
/// <param name="TargetIds">The recipients (PLOVER's recipient): catalog ids; empty when the sentence names none.</param>
/// <param name="Date">When it happened: the date of the statement that reports it, or of a date expression in its sentence, or the article's reference date.</param>
/// <param name="Sentence">The sentence that holds the event.</param>
/// <param name="Trigger">The words that signal the event type ("lodged a protest", "санкции", "抗議").</param>
/// <param name="ConcernedIds">The territories and instruments the sentence names: what the event is about.</param>
/// <param name="Stance">The stance toward the dispute (one of <see cref="Stances.All"/>), when the words give one.</param>
/// <param name="StatementIndex">The index in <see cref="ParsedArticle.Statements"/> of the statement that holds the trigger, if any.</param>
public sealed record ArticleEvent(
    EventType Type,
    string? Mode,
    EquatableArray<string> SourceIds,
    EquatableArray<string> TargetIds,
    LocalDate? Date,
    TextSpan Sentence,
    TextSpan Trigger,
    EquatableArray<string> ConcernedIds,
    string? Stance,
    int? StatementIndex);
