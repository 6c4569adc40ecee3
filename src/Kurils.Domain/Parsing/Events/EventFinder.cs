using Kurils.Domain.Languages;
using Kurils.Domain.Parsing.Segmentation;

namespace Kurils.Domain.Parsing.Events;

/// <summary>
/// The events stage: finds the trigger words of the article's languages in each sentence of its own text, and
/// codes each as a PLOVER event with its actors (<see cref="EventActors"/>), date, the islands and instruments
/// its sentence names, and its stance (<see cref="EventStances"/>). Knows no language: the words, negations,
/// references, passives, clause breaks and case particles come from the packs' <c>events</c> sections.
/// </summary>
/// <remarks>
/// A trigger cancelled by a negation ("does not refuse", 拒否しない) or that only refers to an earlier event as a
/// cause or time ("due to the invasion", 侵攻を受けて) is no event (<see cref="TriggerFilters"/>); at each place
/// the longest trigger wins, and no trigger inside another counts ("lodged a protest" over "protest").
/// </remarks>
internal static class EventFinder
{
    /// <summary>Codes the events of the article into <see cref="ParseContext.Events"/> and marks its statements.</summary>
    /// <param name="context">The parse, with its mentions, statements and dates.</param>
    /// <param name="languages">Every pack: a text too short to tell its language (<c>und</c>) is read with the words of all of them.</param>
    /// <param name="requireActor">False to keep events whose actor the catalog does not know (with no source), as the
    /// evaluation against PLOVER's gold records does to measure the triggers apart from the catalog; PLOVER itself,
    /// and the parser, code no event without an actor.</param>
    public static void Find(ParseContext context, LanguagePacks languages, bool requireActor = true)
    {
        var packs = context.Language.Active.Where(p => !p.Events.IsEmpty).ToArray();
        if (packs.Length == 0 && context.Language.Primary is null)
        {
            packs = [.. languages.Where(p => !p.Events.IsEmpty)];
        }

        if (packs.Length == 0)
        {
            return;
        }

        var folded = WordMatcher.Fold(context.Text);
        var actors = EventActors.Find(context, folded, packs);
        var scratch = new List<TextSpan>();
        var candidates = new List<(TextSpan Span, EventTrigger Trigger, LanguagePack Pack)>();
        var segments = context.Segments;
        for (var s = 0; s < segments.Length; s++)
        {
            if (!SegmentMap.IsArticleText(segments[s].Kind))
            {
                continue;
            }

            foreach (var sentence in context.Map.SentencesOf(s))
            {
                Candidates(folded, sentence, packs, candidates, scratch);

                // Longest first at each place, then no trigger inside another ("lodged a protest" over "protest").
                candidates.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
                var taken = -1;
                foreach (var (span, trigger, pack) in candidates)
                {
                    if (span.Start < taken)
                    {
                        continue;
                    }

                    taken = span.End;
                    if (TriggerFilters.IsNegated(folded, sentence, span, pack, scratch) || TriggerFilters.IsReference(folded, sentence, span, trigger, pack, scratch))
                    {
                        continue;
                    }

                    var coded = Code(context, folded, sentence, span, trigger, pack, actors, requireActor, scratch);
                    if (coded is not null && !Repeats(context.Events, coded))
                    {
                        context.Events.Add(coded);
                    }
                }
            }
        }

        EventStances.MarkStatements(context, folded, packs, scratch);
    }

    /// <summary>Every trigger of every pack in the sentence.</summary>
    private static void Candidates(string folded, TextSpan sentence, LanguagePack[] packs, List<(TextSpan Span, EventTrigger Trigger, LanguagePack Pack)> candidates, List<TextSpan> scratch)
    {
        candidates.Clear();
        foreach (var pack in packs)
        {
            foreach (var trigger in pack.Events.Triggers)
            {
                foreach (var form in trigger.Forms)
                {
                    scratch.Clear();
                    WordMatcher.FindAll(folded, sentence, form, pack.Morphology.AttachedPrefixes, scratch);
                    foreach (var span in scratch)
                    {
                        candidates.Add((span, trigger, pack));
                    }
                }
            }
        }
    }

    /// <summary>Whether the sentence already has this event: the same type by the same actors ("unfair and totally unacceptable" is one disapproval).</summary>
    private static bool Repeats(List<ArticleEvent> events, ArticleEvent coded)
    {
        for (var i = events.Count - 1; i >= 0 && events[i].Sentence == coded.Sentence; i--)
        {
            if (events[i].Type == coded.Type && events[i].SourceIds.Equals(coded.SourceIds) && events[i].StatementIndex == coded.StatementIndex)
            {
                return true;
            }
        }

        return false;
    }

    private static ArticleEvent? Code(
        ParseContext context, string folded, TextSpan sentence, TextSpan trigger, EventTrigger rule, LanguagePack pack,
        List<(TextSpan Span, string Id)> actors, bool requireActor, List<TextSpan> scratch)
    {
        var (statementIndex, statement) = StatementAt(context.Statements, trigger);
        var speaker = statement?.SpeakerId;
        if (rule.SpeakerActs && speaker is null)
        {
            // An evaluation ("unacceptable") with nobody saying it is the outlet's wording, not an event.
            return null;
        }

        var clause = EventActors.Clause(folded, sentence, trigger, pack.Events, scratch);
        if (statement is not null && statement.Span.Contains(trigger))
        {
            clause = TextSpan.FromBounds(Math.Max(clause.Start, statement.Span.Start), Math.Min(clause.End, statement.Span.End));
        }

        var (sources, targets) = EventActors.Roles(context, folded, sentence, clause, trigger, rule, pack, speaker, actors, scratch);
        if (sources.Count == 0 && requireActor)
        {
            // PLOVER codes no event without an actor.
            return null;
        }

        var concerned = new List<string>();
        foreach (var mention in context.NameMentions)
        {
            if (mention.Kind is EntityKind.Territory or EntityKind.Instrument && sentence.Contains(mention.Span) && !concerned.Contains(mention.Id))
            {
                concerned.Add(mention.Id);
            }
        }

        var date = context.Dates.FirstOrDefault(d => d.Date is not null && sentence.Contains(d.Span))?.Date
            ?? (speaker is not null && sources.Contains(speaker) ? statement!.Date : null);
        var scope = statement is not null && statement.Span.Contains(trigger) ? statement.Span : sentence;
        var stance = EventStances.Of(rule, folded, scope, pack, scratch);
        return new ArticleEvent(
            rule.Type, rule.Mode, EquatableArray.From(sources), EquatableArray.From(targets), date, sentence, trigger,
            EquatableArray.From(concerned), stance, statementIndex);
    }

    /// <summary>The widest statement whose text holds the trigger or whose speech verb is the trigger.</summary>
    private static (int? Index, ArticleStatement? Statement) StatementAt(List<ArticleStatement> statements, TextSpan trigger)
    {
        (int? Index, ArticleStatement? Statement) best = (null, null);
        for (var i = 0; i < statements.Count; i++)
        {
            var s = statements[i];
            var holds = s.Span.Contains(trigger) || (s.Verb is { } verb && verb.Start < trigger.End && trigger.Start < verb.End);
            if (holds && (best.Statement is null || s.Span.Length > best.Statement.Span.Length))
            {
                best = (i, s);
            }
        }

        return best;
    }
}
