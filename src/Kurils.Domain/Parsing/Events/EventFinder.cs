using System.Collections.Immutable;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing.Segmentation;

namespace Kurils.Domain.Parsing.Events;

/// <summary>
/// The events stage: finds the trigger words of the article's languages in each sentence of its own text, and
/// codes each as a PLOVER event with actors taken from the sentence's mentions by position. Knows no language:
/// the words, negations, clause breaks and case particles come from the packs' <c>events</c> sections.
/// </summary>
/// <remarks>
/// The actor rules, in order:
/// <list type="number">
/// <item>Words that are the speaker's own act ("unacceptable", "must") count only inside a statement: the speaker is
/// the actor, every other actor of the clause the recipient.</item>
/// <item>Otherwise, in the trigger's clause (inside the statement, when it is in one): a name marked by a subject
/// particle (は, 은) is an actor and one marked by an object particle (に, 를) or preceded by a recipient
/// preposition (对) a recipient; of the unmarked names, those before the trigger are actors and those after it
/// recipients.</item>
/// <item>With no actor in the clause: the statement's speaker, or else the nearest name before the trigger in the
/// sentence (the subject an earlier clause gave: "Moscow announced …, criticizing it for imposing sanctions").</item>
/// </list>
/// A trigger shortly after a negation ("does not refuse") or right before a negative ending (拒否しない) is no event.
/// </remarks>
internal static class EventFinder
{
    // How far back a negation reaches: words in spaced scripts, characters in scripts without spaces.
    private const int NegationWords = 3;
    private const int NegationChars = 3;

    // How far after a name its case particle may follow (Japanese 日本政府は: the particle after 政府).
    private const int MarkerReach = 4;

    /// <summary>Codes the events of the article into <see cref="ParseContext.Events"/> and marks its statements.</summary>
    /// <param name="context">The parse, with its mentions, statements and dates.</param>
    /// <param name="languages">Every pack: a text too short to tell its language (<c>und</c>) is read with the words of all of them.</param>
    public static void Find(ParseContext context, LanguagePacks languages)
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

        var text = context.Text;
        var folded = WordMatcher.Fold(text);
        var actors = Actors(context, folded, packs);
        var scratch = new List<TextSpan>();
        var sentences = new List<TextSpan>();
        var segments = context.Segments;
        for (var s = 0; s < segments.Length; s++)
        {
            if (SegmentMap.IsArticleText(segments[s].Kind))
            {
                sentences.AddRange(context.Map.SentencesOf(s));
            }
        }

        var found = Candidates(folded, sentences, packs);
        var lookups = new Lookups(context);
        for (var k = 0; k < sentences.Count; k++)
        {
            var sentence = sentences[k];
            if (found[k] is not { } candidates)
            {
                continue;
            }

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
                if (IsNegated(folded, sentence, span, pack, scratch))
                {
                    continue;
                }

                var coded = Code(context, folded, sentence, span, trigger, pack, actors, lookups, scratch);
                if (coded is not null && !Repeats(context.Events, coded))
                {
                    context.Events.Add(coded);
                }
            }
        }

        MarkStatements(context, folded, packs, scratch);
    }

    /// <summary>
    /// The trigger words of the packs in the sentences (text order, disjoint): one list per sentence, null where there is
    /// none, each in the order pack, trigger, form, offset. Each form is searched once over the text rather than once
    /// per sentence (hundreds of forms: a search per form and sentence was most of a long article's parse), and each
    /// hit is checked against its sentence as <see cref="WordMatcher.FindAll"/> checks it in that sentence.
    /// </summary>
    private static List<(TextSpan Span, EventTrigger Trigger, LanguagePack Pack)>?[] Candidates(string folded, List<TextSpan> sentences, LanguagePack[] packs)
    {
        var found = new List<(TextSpan Span, EventTrigger Trigger, LanguagePack Pack)>?[sentences.Count];
        if (sentences.Count == 0)
        {
            return found;
        }

        var limit = sentences[^1].End;
        foreach (var pack in packs)
        {
            foreach (var trigger in pack.Events.Triggers)
            {
                foreach (var form in trigger.Forms)
                {
                    var first = form.Parts[0];
                    var k = 0;
                    var from = sentences[0].Start;
                    while (from < limit)
                    {
                        var at = folded.AsSpan(from, limit - from).IndexOf(first, StringComparison.Ordinal);
                        if (at < 0)
                        {
                            break;
                        }

                        var start = from + at;
                        while (k < sentences.Count && sentences[k].End <= start)
                        {
                            k++;
                        }

                        if (k == sentences.Count)
                        {
                            break;
                        }

                        var sentence = sentences[k];
                        if (start < sentence.Start)
                        {
                            from = sentence.Start;
                            continue;
                        }

                        if (start + first.Length <= sentence.End && WordMatcher.MatchAt(folded, sentence, start, form, pack.Morphology.AttachedPrefixes) is var end and > 0)
                        {
                            (found[k] ??= []).Add((TextSpan.FromBounds(start, end), trigger, pack));
                        }

                        from = start + 1;
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The first actor (in the sorted list) whose span starts at or after <paramref name="offset"/>.</summary>
    private static int FirstActorFrom(List<(TextSpan Span, string Id)> actors, int offset)
    {
        int low = 0, high = actors.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (actors[mid].Span.Start < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>
    /// Spans sorted by start, each with its index in the list it came from, so that the ones inside a sentence are found
    /// without a pass over the whole article's (a long article has thousands of events, mentions and dates).
    /// </summary>
    private sealed class SpanIndex
    {
        private readonly (TextSpan Span, int Index)[] _items;

        public SpanIndex(List<(TextSpan Span, int Index)> items)
        {
            _items = [.. items];
            Array.Sort(_items, static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Index.CompareTo(b.Index));
        }

        /// <summary>The indexes of the spans that lie within <paramref name="range"/>, ascending.</summary>
        public void Inside(TextSpan range, List<int> result)
        {
            result.Clear();
            int low = 0, high = _items.Length;
            while (low < high)
            {
                var mid = (low + high) >>> 1;
                if (_items[mid].Span.Start < range.Start)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            for (var i = low; i < _items.Length && _items[i].Span.Start <= range.End; i++)
            {
                if (range.Contains(_items[i].Span))
                {
                    result.Add(_items[i].Index);
                }
            }

            result.Sort();
        }
    }

    /// <summary>The article's territory and instrument mentions and its resolved dates, indexed by place.</summary>
    private sealed class Lookups
    {
        public Lookups(ParseContext context)
        {
            var concerned = new List<(TextSpan Span, int Index)>();
            for (var i = 0; i < context.NameMentions.Count; i++)
            {
                if (context.NameMentions[i].Kind is EntityKind.Territory or EntityKind.Instrument)
                {
                    concerned.Add((context.NameMentions[i].Span, i));
                }
            }

            var dates = new List<(TextSpan Span, int Index)>();
            for (var i = 0; i < context.Dates.Length; i++)
            {
                if (context.Dates[i].Date is not null)
                {
                    dates.Add((context.Dates[i].Span, i));
                }
            }

            Concerned = new SpanIndex(concerned);
            Dates = new SpanIndex(dates);
        }

        /// <summary>Indexes into <see cref="ParseContext.NameMentions"/> of territories and instruments.</summary>
        public SpanIndex Concerned { get; }

        /// <summary>Indexes into <see cref="ParseContext.Dates"/> of the dates with a value.</summary>
        public SpanIndex Dates { get; }

        /// <summary>Scratch for <see cref="SpanIndex.Inside"/>.</summary>
        public List<int> Hits { get; } = [];
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

    /// <summary>The mentions that can act: people, countries, offices with their holder, institutions; and the capitals that stand for a country.</summary>
    private static List<(TextSpan Span, string Id)> Actors(ParseContext context, string folded, LanguagePack[] packs)
    {
        var actors = new List<(TextSpan Span, string Id)>();
        foreach (var list in (IEnumerable<List<Mention>>)[context.NameMentions, context.Anaphora])
        {
            foreach (var mention in list)
            {
                if (mention.InComment)
                {
                    continue;
                }

                var id = mention.Kind switch
                {
                    EntityKind.Territory or EntityKind.Instrument or EntityKind.Outlet or EntityKind.Event => null,
                    EntityKind.Office => mention.HolderId,
                    _ => mention.Id,
                };
                if (id is not null)
                {
                    actors.Add((mention.Span, id));
                }
            }
        }

        var scratch = new List<TextSpan>();
        foreach (var pack in packs)
        {
            foreach (var metonym in pack.Events.Metonyms)
            {
                if (context.Catalog.Find<Country>(metonym.CountryId) is null)
                {
                    continue;
                }

                foreach (var form in metonym.Forms)
                {
                    scratch.Clear();
                    WordMatcher.FindAll(folded, new TextSpan(0, folded.Length), form, pack.Morphology.AttachedPrefixes, scratch);
                    foreach (var span in scratch)
                    {
                        if (!actors.Exists(a => a.Span.Start < span.End && span.Start < a.Span.End) && SegmentMap.IsArticleText(KindAt(context, span.Start)))
                        {
                            actors.Add((span, metonym.CountryId));
                        }
                    }
                }
            }
        }

        actors.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return actors;
    }

    private static SegmentKind KindAt(ParseContext context, int offset) =>
        context.Map.SegmentOf(offset) is var s and >= 0 ? context.Segments[s].Kind : SegmentKind.Unknown;

    private static bool IsNegated(string folded, TextSpan sentence, TextSpan trigger, LanguagePack pack, List<TextSpan> scratch)
    {
        var words = pack.Events;
        if (!words.Negations.IsEmpty)
        {
            // The window: the few words (or characters, in scripts without spaces) before the trigger.
            var start = trigger.Start;
            if (WordMatcher.Unspaced(folded[trigger.Start]))
            {
                start = Math.Max(sentence.Start, trigger.Start - NegationChars);
            }
            else
            {
                for (var w = 0; w < NegationWords && start > sentence.Start; w++)
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
            foreach (var negation in words.Negations)
            {
                if (WordMatcher.Occurs(folded, window, negation, pack.Morphology.AttachedPrefixes, scratch))
                {
                    return true;
                }
            }
        }

        if (!words.NegationsAfter.IsEmpty)
        {
            var after = TextSpan.FromBounds(trigger.End, Math.Min(sentence.End, trigger.End + 6));
            foreach (var negation in words.NegationsAfter)
            {
                if (folded.AsSpan(after.Start, after.Length).IndexOf(negation.Parts[0], StringComparison.Ordinal) is >= 0 and <= 2)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ArticleEvent? Code(
        ParseContext context, string folded, TextSpan sentence, TextSpan trigger, EventTrigger rule, LanguagePack pack,
        List<(TextSpan Span, string Id)> actors, Lookups lookups, List<TextSpan> scratch)
    {
        var (statementIndex, statement) = StatementAt(context.Statements, trigger);
        var speaker = statement?.SpeakerId;
        if (rule.SpeakerActs && speaker is null)
        {
            // An evaluation ("unacceptable") with nobody saying it is the outlet's wording, not an event.
            return null;
        }

        var clause = Clause(folded, sentence, trigger, pack.Events, scratch);
        if (statement is not null && statement.Span.Contains(trigger))
        {
            clause = TextSpan.FromBounds(Math.Max(clause.Start, statement.Span.Start), Math.Min(clause.End, statement.Span.End));
        }

        var sources = new List<string>();
        var targets = new List<string>();
        if (rule.SpeakerActs)
        {
            // The speaker judges or demands of the others the clause names, not of the speaker's own country.
            sources.Add(speaker!);
            var own = context.Catalog.Find<Person>(speaker!)?.CountryId;
            for (var a = FirstActorFrom(actors, clause.Start); a < actors.Count && actors[a].Span.Start <= clause.End; a++)
            {
                var (span, id) = actors[a];
                if (clause.Contains(span) && id != own && !sources.Contains(id) && !targets.Contains(id))
                {
                    targets.Add(id);
                }
            }
        }
        else
        {
            for (var a = FirstActorFrom(actors, clause.Start); a < actors.Count && actors[a].Span.Start <= clause.End; a++)
            {
                var (span, id) = actors[a];
                if (!clause.Contains(span) || span.Start < trigger.End && trigger.Start < span.End)
                {
                    continue;
                }

                var side = Side(folded, clause, span, trigger, pack, scratch);
                var list = side ? sources : targets;
                if (!list.Contains(id))
                {
                    list.Add(id);
                }
            }

            if (sources.Count == 0)
            {
                if (speaker is not null)
                {
                    sources.Add(speaker);
                }
                else
                {
                    // Only actors that start by the clause's start can end by it; none before the sentence is in it.
                    for (var i = FirstActorFrom(actors, clause.Start + 1) - 1; i >= 0 && actors[i].Span.Start >= sentence.Start; i--)
                    {
                        var (span, id) = actors[i];
                        if (sentence.Contains(span) && span.End <= clause.Start)
                        {
                            sources.Add(id);
                            break;
                        }
                    }
                }
            }

            targets.RemoveAll(sources.Contains);
        }

        // A person acting is not acting on his own country ("Japanese Prime Minister Kishida's plans to promote sanctions within Japan's presidency").
        foreach (var source in sources)
        {
            if (context.Catalog.Find<Person>(source)?.CountryId is { } country)
            {
                targets.Remove(country);
            }
        }

        if (sources.Count == 0)
        {
            // PLOVER codes no event without an actor.
            return null;
        }

        var concerned = new List<string>();
        lookups.Concerned.Inside(sentence, lookups.Hits);
        foreach (var m in lookups.Hits)
        {
            if (!concerned.Contains(context.NameMentions[m].Id))
            {
                concerned.Add(context.NameMentions[m].Id);
            }
        }

        lookups.Dates.Inside(sentence, lookups.Hits);
        var date = (lookups.Hits.Count > 0 ? context.Dates[lookups.Hits[0]].Date : null)
            ?? (speaker is not null && sources.Contains(speaker) ? statement!.Date : null);
        var scope = statement is not null && statement.Span.Contains(trigger) ? statement.Span : sentence;
        var stance = Stance(rule, folded, scope, pack, scratch);
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

    /// <summary>The clause around the trigger: bounded by the pack's clause marks (followed by a space, or in scripts without spaces) and clause words.</summary>
    private static TextSpan Clause(string folded, TextSpan sentence, TextSpan trigger, EventWords words, List<TextSpan> scratch)
    {
        var start = sentence.Start;
        var end = sentence.End;
        for (var i = trigger.Start - 1; i >= sentence.Start; i--)
        {
            if (IsClauseMark(folded, i, sentence.End, words.ClauseMarks))
            {
                start = i + 1;
                break;
            }
        }

        for (var i = trigger.End; i < sentence.End; i++)
        {
            if (IsClauseMark(folded, i, sentence.End, words.ClauseMarks))
            {
                end = i;
                break;
            }
        }

        foreach (var word in words.ClauseWords)
        {
            scratch.Clear();
            WordMatcher.FindAll(folded, TextSpan.FromBounds(start, end), word, [], scratch);
            foreach (var at in scratch)
            {
                if (at.End <= trigger.Start && at.Start >= start)
                {
                    start = at.Start;
                }
                else if (at.Start >= trigger.End && at.Start < end)
                {
                    end = at.Start;
                }
            }
        }

        return TextSpan.FromBounds(start, end);
    }

    private static bool IsClauseMark(string folded, int i, int end, string marks) =>
        marks.Contains(folded[i], StringComparison.Ordinal) && (i + 1 >= end || char.IsWhiteSpace(folded[i + 1]) || folded[i] > '\u2000');

    /// <summary>Whether the name at <paramref name="name"/> acts (true) or receives (false) in the clause.</summary>
    private static bool Side(string folded, TextSpan clause, TextSpan name, TextSpan trigger, LanguagePack pack, List<TextSpan> scratch)
    {
        var words = pack.Events;
        foreach (var preposition in words.TargetPrepositions)
        {
            var length = preposition.Text.Length;
            var before = name.Start;
            while (before > clause.Start && char.IsWhiteSpace(folded[before - 1]))
            {
                before--;
            }

            if (before - length >= clause.Start && folded.AsSpan(before - length, length).SequenceEqual(preposition.Parts[0]))
            {
                return false;
            }
        }

        if (!words.SourceMarkers.IsEmpty || !words.TargetMarkers.IsEmpty)
        {
            // The first particle after the name (within a few letters: 日本政府は) says its role.
            var reach = TextSpan.FromBounds(name.End, Math.Min(clause.End, name.End + MarkerReach + 3));
            var best = (At: int.MaxValue, Length: 0, Source: false);
            foreach (var (markers, source) in (IEnumerable<(ImmutableArray<WordForm>, bool)>)[(words.SourceMarkers, true), (words.TargetMarkers, false)])
            {
                foreach (var marker in markers)
                {
                    var at = folded.AsSpan(reach.Start, reach.Length).IndexOf(marker.Parts[0], StringComparison.Ordinal);
                    if (at >= 0 && at <= MarkerReach && (at < best.At || (at == best.At && marker.Text.Length > best.Length)))
                    {
                        best = (at, marker.Text.Length, source);
                    }
                }
            }

            if (best.At != int.MaxValue)
            {
                return best.Source;
            }
        }

        return name.End <= trigger.Start;
    }

    /// <summary>The stance: a condition stated around a position on talks makes it conditional; else the trigger's own, else the cues of the scope.</summary>
    private static string? Stance(EventTrigger rule, string folded, TextSpan scope, LanguagePack pack, List<TextSpan> scratch)
    {
        var cues = pack.Events.StanceCues;
        var talks = rule.Stance is Stances.ForTalks or Stances.AgainstTalks || rule.Type is EventType.Consult or EventType.Agree or EventType.Reject or EventType.Demand;
        if (talks && HasCue(Stances.Conditional))
        {
            return Stances.Conditional;
        }

        if (rule.Stance is not null)
        {
            return rule.Stance;
        }

        return CueStance(cues, folded, scope, pack, scratch, except: Stances.Conditional);

        bool HasCue(string stance) => cues.Any(c => c.Stance == stance && c.Forms.Any(f => WordMatcher.Occurs(folded, scope, f, pack.Morphology.AttachedPrefixes, scratch)));
    }

    /// <summary>The first stance (in the pack's order) whose cue occurs in <paramref name="scope"/>.</summary>
    private static string? CueStance(ImmutableArray<StanceCue> cues, string folded, TextSpan scope, LanguagePack pack, List<TextSpan> scratch, string? except = null)
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

    /// <summary>Gives each statement the event it is (the first it holds) and its stance (the event's, or the cues of its text).</summary>
    private static void MarkStatements(ParseContext context, string folded, LanguagePack[] packs, List<TextSpan> scratch)
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

        var byTrigger = new SpanIndex(triggers);
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
                stance ??= CueStance(pack.Events.StanceCues, folded, statement.Span, pack, scratch);
            }

            if (first is not null || stance is not null)
            {
                statements[i] = statement with { Event = first?.Type, Stance = stance };
            }
        }
    }
}
