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
    public static string? Of(EventTrigger rule, CuePlaces cues, TextSpan scope, LanguagePack pack)
    {
        var talks = rule.Stance is Stances.ForTalks or Stances.AgainstTalks || rule.Type is EventType.Consult or EventType.Agree or EventType.Reject or EventType.Demand;
        if (talks && cues.First(pack, scope, only: Stances.Conditional) is not null)
        {
            return Stances.Conditional;
        }

        return rule.Stance ?? cues.First(pack, scope, except: Stances.Conditional);
    }

    /// <summary>Gives each statement the event it is (the first it holds) and its stance (the event's, or the cues of its text).</summary>
    public static void MarkStatements(ParseContext context, EventLookups.Lookups lookups, LanguagePack[] packs)
    {
        var statements = context.Statements;
        var events = context.Events;
        var cues = lookups.Cues;
        var byTrigger = lookups.Triggers;
        byTrigger.Clear();
        var firstOf = new Dictionary<int, int>();
        for (var e = 0; e < events.Count; e++)
        {
            byTrigger.Add(events[e].Trigger, e);
            if (events[e].StatementIndex is { } index)
            {
                firstOf.TryAdd(index, e);
            }
        }

        byTrigger.Sort();
        var hits = lookups.Hits;
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
                stance ??= cues.First(pack, statement.Span);
            }

            if (first is not null || stance is not null)
            {
                statements[i] = statement with { Event = first?.Type, Stance = stance };
            }
        }
    }

    /// <summary>
    /// The stance cues of the article's packs, each pack's found once over the stretch of the folded text that holds every
    /// scope asked for (<see cref="FormSearch"/>), so that the cues of a statement or sentence are looked up by place instead
    /// of searched for form by form.
    /// </summary>
    public sealed class CuePlaces
    {
        private readonly Dictionary<LanguagePack, FormSearch.Place[]> _places = [];
        private ReadOnlyMemory<char> _folded;

        /// <summary>The stretch of the text every scope asked about lies in.</summary>
        public TextSpan Scopes { get; private set; }

        /// <summary>Begins an article (forgetting the cues of the one before).</summary>
        /// <param name="folded">The folded text.</param>
        /// <param name="scopes">The stretch of it every scope of <see cref="First"/> lies in.</param>
        public void Begin(ReadOnlyMemory<char> folded, TextSpan scopes)
        {
            _places.Clear();
            (_folded, Scopes) = (folded, scopes);
        }

        /// <summary>
        /// Gives the places of the pack's cues in <see cref="Scopes"/>, found by a search of more than its cues (by start, then
        /// the pack's order; each ending in the stretch): what <see cref="First"/> would otherwise search for.
        /// </summary>
        public void Found(LanguagePack pack, FormSearch.Place[] places) => _places[pack] = places;

        /// <summary>
        /// The first stance (in the pack's order) whose cue occurs in <paramref name="scope"/> as <see cref="WordMatcher.FindAll"/> finds it there,
        /// among the stances that are <paramref name="only"/> (when given) and not <paramref name="except"/>.
        /// </summary>
        public string? First(LanguagePack pack, TextSpan scope, string? only = null, string? except = null)
        {
            var cues = pack.Events.StanceCues;
            if (cues.IsEmpty)
            {
                return null;
            }

            if (!_places.TryGetValue(pack, out var places))
            {
                _places[pack] = places = FormSearch.StanceCues(pack.Events).PlacesIn(_folded.Span, Scopes);
            }

            var text = _folded.Span;
            var best = int.MaxValue;
            for (var i = FormSearch.FirstFrom(places, scope.Start); i < places.Length && places[i].Start < scope.End; i++)
            {
                var (start, entry) = places[i];
                var stance = cues[entry.Group].Stance;
                if (entry.Group < best && stance != except && (only is null || stance == only)
                    && start + entry.Form.Parts[0].Length <= scope.End
                    && WordMatcher.MatchAt(text, scope, start, entry.Form, pack.Morphology.AttachedPrefixes) > 0)
                {
                    best = entry.Group;
                }
            }

            return best == int.MaxValue ? null : cues[best].Stance;
        }
    }
}
