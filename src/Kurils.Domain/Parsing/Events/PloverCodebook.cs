namespace Kurils.Domain.Parsing.Events;

/// <summary>
/// What the PLOVER codebook fixes and no language changes: the names of its event types as written in data and
/// output (lower case in packs, upper case in PLOVER records), and the modes each type allows.
/// </summary>
internal static class PloverCodebook
{
    // A table by type number (the types are numbered from 0 in order) rather than a dictionary keyed by the enum,
    // which the JIT would compile for that enum alone at the first parse (benchmarks/README.md, "Cold start").
    private static readonly string[][] ModesByType = ModesTable();

    /// <summary>The type names as packs write them: <c>agree</c>, <c>consult</c>, …, in <see cref="EventType"/> order.</summary>
    public static string[] TypeNames { get; } = Names();

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
    public static IReadOnlyList<string> Modes(EventType type) => (uint)type < (uint)ModesByType.Length ? ModesByType[(int)type] : [];

    private static string[] Names()
    {
        var types = Enum.GetValues<EventType>();
        var names = new string[types.Length];
        for (var i = 0; i < types.Length; i++)
        {
            names[i] = Name(types[i]);
        }

        return names;
    }

    private static string[][] ModesTable()
    {
        var modes = new string[Enum.GetValues<EventType>().Length][];
        Array.Fill(modes, []);
        modes[(int)EventType.Consult] = ["visit", "third-party", "multilateral", "phone"];
        modes[(int)EventType.Retreat] = ["withdraw", "release", "disarm", "ceasefire", "access", "resign"];
        modes[(int)EventType.Demand] = ["assist", "change", "yield", "meet"];
        modes[(int)EventType.Reject] = ["assist", "change", "yield", "meet"];
        modes[(int)EventType.Threaten] = ["restrict", "arrest", "relations", "expel", "territory", "violence"];
        modes[(int)EventType.Protest] = ["demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"];
        modes[(int)EventType.Sanction] = ["convict", "expel", "withdraw", "discontinue"];
        modes[(int)EventType.Mobilize] = ["troops", "weapons", "police", "militia"];
        modes[(int)EventType.Coerce] = ["seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold", "misinformation", "cyber"];
        modes[(int)EventType.Assault] = ["abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional"];
        return modes;
    }
}
