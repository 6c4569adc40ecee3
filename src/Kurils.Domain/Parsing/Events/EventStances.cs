using System.Collections.Immutable;
using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Events;

/// <summary>
/// The stance of events and statements (<see cref="Stances"/>): a condition stated around a position on talks
/// makes it conditional; else the trigger's own; else the first cue (in the pack's order) in its scope.
/// </summary>
internal static class EventStances
{
    /// <summary>The stance of an event: conditional beside a condition, else the trigger's, else the cues of <paramref name="scope"/> (its statement or sentence).</summary>
    public static string? Of(EventTrigger rule, string folded, TextSpan scope, LanguagePack pack, List<TextSpan> scratch)
    {
        var cues = pack.Events.StanceCues;
        var talks = rule.Stance is Stances.ForTalks or Stances.AgainstTalks || rule.Type is EventType.Consult or EventType.Agree or EventType.Reject or EventType.Demand;
        if (talks && cues.Any(c => c.Stance == Stances.Conditional && c.Forms.Any(f => WordMatcher.Occurs(folded, scope, f, pack.Morphology.AttachedPrefixes, scratch))))
        {
            return Stances.Conditional;
        }

        return rule.Stance ?? Cue(cues, folded, scope, pack, scratch, except: Stances.Conditional);
    }

    /// <summary>Gives each statement the event it is (the first it holds) and its stance (the event's, or the cues of its text).</summary>
    public static void MarkStatements(ParseContext context, string folded, LanguagePack[] packs, List<TextSpan> scratch)
    {
        var statements = context.Statements;
        var events = context.Events;
        var triggers = new List<(TextSpan Span, int Index)>(events.Count);
        var firstOf = new Dictionary<int, int>();
        for (var e = 0; e < events.Count; e++)
        {
            triggers.Add((events[e].Trigger, e));
            if (events[e].StatementIndex is { } index)
            {
                firstOf.TryAdd(index, e);
            }
        }

        var byTrigger = new EventLookups.SpanIndex(triggers);
        var hits = new List<int>();
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];

            // The first event (in the list's order) that is this statement's or whose trigger its text holds.
            byTrigger.Inside(statement.Span, hits);
            var at = hits.Count > 0 ? hits[0] : int.MaxValue;
            if (firstOf.TryGetValue(i, out var own) && own < at)
            {
                at = own;
            }

            var first = at == int.MaxValue ? null : events[at];

            var stance = first?.Stance;
            foreach (var pack in packs)
            {
                stance ??= Cue(pack.Events.StanceCues, folded, statement.Span, pack, scratch);
            }

            if (first is not null || stance is not null)
            {
                statements[i] = statement with { Event = first?.Type, Stance = stance };
            }
        }
    }

    /// <summary>The first stance (in the pack's order) whose cue occurs in <paramref name="scope"/>.</summary>
    private static string? Cue(ImmutableArray<StanceCue> cues, string folded, TextSpan scope, LanguagePack pack, List<TextSpan> scratch, string? except = null)
    {
        foreach (var cue in cues)
        {
            if (cue.Stance != except && cue.Forms.Any(f => WordMatcher.Occurs(folded, scope, f, pack.Morphology.AttachedPrefixes, scratch)))
            {
                return cue.Stance;
            }
        }

        return null;
    }
}
