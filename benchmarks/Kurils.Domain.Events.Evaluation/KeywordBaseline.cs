using System.Text.RegularExpressions;
using Kurils.Domain.Parsing;

namespace Kurils.Domain.Events.Evaluation;

/// <summary>
/// The baseline a user would otherwise write: one English keyword list per PLOVER type (from the codebook's
/// definitions, not from the gold records), matched as whole words ignoring case; the keyword that occurs first
/// in the sentence wins (the longer at the same place). Knows nothing of negation, voice, references or actors.
/// </summary>
internal sealed class KeywordBaseline
{
    // A trailing * stands for any ending.
    private static readonly (EventType Type, string[] Words)[] Lists =
    [
        (EventType.Agree, ["agree*", "accord*", "deal", "pact", "sign*", "settle*", "accept*", "ratif*"]),
        (EventType.Consult, ["meet*", "met", "talks", "negotiat*", "visit*", "consult*", "discuss*", "summit", "host*"]),
        (EventType.Support, ["support*", "prais*", "endors*", "welcom*", "backed", "approv*", "commend*"]),
        (EventType.Concede, ["conced*", "concession*", "apologi*", "compromis*", "eas*", "lift*", "yield*"]),
        (EventType.Cooperate, ["cooperat*", "co-operat*", "collaborat*", "joint", "partnership", "alliance"]),
        (EventType.Aid, ["aid", "assistance", "donat*", "relief", "humanitarian", "supplies"]),
        (EventType.Retreat, ["withdr*", "retreat*", "releas*", "freed", "pull* out", "ceasefire", "cease-fire", "disarm*", "resign*"]),
        (EventType.Investigate, ["investigat*", "inquiry", "probe*", "inspect*", "examin*"]),
        (EventType.Demand, ["demand*", "urg*", "call* on", "call* for", "insist*", "appeal*", "ask*", "request*"]),
        (EventType.Disapprove, ["criticiz*", "criticis*", "condemn*", "denounc*", "accus*", "blam*", "complain*", "deplor*"]),
        (EventType.Reject, ["reject*", "refus*", "deny", "denied", "denies", "dismiss*", "veto*", "turn* down"]),
        (EventType.Threaten, ["threat*", "warn*", "ultimatum"]),
        (EventType.Protest, ["protest*", "demonstrat*", "rally", "rallies", "rallied", "strike*", "march*", "riot*", "boycott*"]),
        (EventType.Mobilize, ["mobiliz*", "mobilis*", "deploy*", "troops", "alert", "exercises", "drills", "reinforc*"]),
        (EventType.Sanction, ["sanction*", "embargo*", "expel*", "suspend*", "cut* off", "sever*", "break* off", "broke off"]),
        (EventType.Coerce, ["arrest*", "detain*", "seiz*", "confiscat*", "ban", "banned", "bans", "curfew", "deport*", "censor*", "raid*"]),
        (EventType.Assault, ["kill*", "bomb*", "shot", "shoot*", "assassinat*", "tortur*", "abduct*", "kidnap*", "massacre*"]),
        (EventType.Fight, ["fight*", "fought", "attack*", "clash*", "battl*", "invad*", "invasion", "shell*", "war"]),
        (EventType.Crime, ["smuggl*", "traffick*", "steal*", "stole*", "robb*", "murder*", "poach*"]),
    ];

    private readonly (EventType Type, Regex Pattern)[] _patterns = [.. Lists.Select(l => (l.Type, Compile(l.Words)))];

    /// <summary>The type of the keyword that occurs first in <paramref name="text"/>, and where it is; null when none occurs.</summary>
    public (EventType Type, int Start, int Length)? Code(string text)
    {
        (EventType Type, int Start, int Length)? best = null;
        foreach (var (type, pattern) in _patterns)
        {
            var match = pattern.Match(text);
            if (match.Success && (best is null || match.Index < best.Value.Start || (match.Index == best.Value.Start && match.Length > best.Value.Length)))
            {
                best = (type, match.Index, match.Length);
            }
        }

        return best;
    }

    private static Regex Compile(string[] words) =>
        new(@"\b(?:" + string.Join("|", words.Select(w => string.Join(@"\s+", w.Split(' ').Select(p => Regex.Escape(p.TrimEnd('*')) + (p.EndsWith('*') ? @"\w*" : ""))))) + @")\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
