using System.Collections.Frozen;

namespace Kurils.Domain.Parsing.Events;

/// <summary>
/// What the PLOVER codebook fixes and no language changes: the names of its event types as written in data and
/// output (lower case in packs, upper case in PLOVER records), and the modes each type allows.
/// </summary>
internal static class PloverCodebook
{
    private static readonly FrozenDictionary<EventType, string[]> ModesByType = new Dictionary<EventType, string[]>
    {
        [EventType.Consult] = ["visit", "third-party", "multilateral", "phone"],
        [EventType.Retreat] = ["withdraw", "release", "disarm", "ceasefire", "access", "resign"],
        [EventType.Demand] = ["assist", "change", "yield", "meet"],
        [EventType.Reject] = ["assist", "change", "yield", "meet"],
        [EventType.Threaten] = ["restrict", "arrest", "relations", "expel", "territory", "violence"],
        [EventType.Protest] = ["demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"],
        [EventType.Sanction] = ["convict", "expel", "withdraw", "discontinue"],
        [EventType.Mobilize] = ["troops", "weapons", "police", "militia"],
        [EventType.Coerce] = ["seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold", "misinformation", "cyber"],
        [EventType.Assault] = ["abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional"],
    }.ToFrozenDictionary();

    /// <summary>The type names as packs write them: <c>agree</c>, <c>consult</c>, …, in <see cref="EventType"/> order.</summary>
    public static string[] TypeNames { get; } = [.. Enum.GetValues<EventType>().Select(Name)];

    /// <summary>The lower-case name of <paramref name="type"/> (<c>disapprove</c>).</summary>
    public static string Name(EventType type) => type switch
    {
        EventType.Agree => "agree",
        EventType.Consult => "consult",
        EventType.Support => "support",
        EventType.Concede => "concede",
        EventType.Cooperate => "cooperate",
        EventType.Aid => "aid",
        EventType.Retreat => "retreat",
        EventType.Investigate => "investigate",
        EventType.Demand => "demand",
        EventType.Disapprove => "disapprove",
        EventType.Reject => "reject",
        EventType.Threaten => "threaten",
        EventType.Protest => "protest",
        EventType.Mobilize => "mobilize",
        EventType.Sanction => "sanction",
        EventType.Coerce => "coerce",
        EventType.Assault => "assault",
        EventType.Fight => "fight",
        _ => "crime",
    };

    /// <summary>The modes PLOVER gives <paramref name="type"/> (empty when it gives none).</summary>
    public static IReadOnlyList<string> Modes(EventType type) => ModesByType.TryGetValue(type, out var modes) ? modes : [];
}
