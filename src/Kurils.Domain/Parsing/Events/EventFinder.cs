using System.Runtime.InteropServices;
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
    // The stage's working lists, kept for the thread's next article: lists made per article, sentence and event were
    // most of the stage's allocation (benchmarks/README.md, "Eighth round").
    [ThreadStatic]
    private static Working? working;

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

        var foldedText = context.WordFolded;
        var folded = foldedText.Span;
        var work = working ??= new Working();
        var scratch = work.Spans;
        work.Clauses.Clear();
        work.SentenceRead = new TextSpan(-1, 0);
        var actors = EventActors.Find(context, folded, packs, work.Actors, work.MetonymPlaces, work.Taken);
        var sentences = work.Sentences;
        sentences.Clear();
        var segments = context.Segments;
        for (var s = 0; s < segments.Length; s++)
        {
            if (SegmentMap.IsArticleText(segments[s].Kind))
            {
                sentences.AddRange(context.Map.SentencesOf(s));
            }
        }

        var lookups = work.Lookups;
        lookups.Index(context, foldedText, sentences);
        var found = CollectionsMarshal.AsSpan(Candidates(folded, sentences, packs, lookups.Cues, RangeStarts(context, sentences, packs), work));
        for (int from = 0, to; from < found.Length; from = to)
        {
            var k = found[from].Sentence;
            for (to = from + 1; to < found.Length && found[to].Sentence == k; to++)
            {
            }

            // Pack, then form in the pack's order, then offset: the order a search form by form gave; then longest first at
            // each place, and no trigger inside another ("lodged a protest" over "protest").
            var sentence = sentences[k];
            var candidates = found[from..to];
            candidates.Sort(static (a, b) => a.Pack != b.Pack ? a.Pack.CompareTo(b.Pack) : a.Ordinal != b.Ordinal ? a.Ordinal.CompareTo(b.Ordinal) : a.Span.Start.CompareTo(b.Span.Start));
            candidates.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
            var taken = -1;
            foreach (var (_, p, _, span, trigger) in candidates)
            {
                var pack = packs[p];
                if (span.Start < taken)
                {
                    continue;
                }

                taken = span.End;
                if (TriggerFilters.IsNegated(folded, sentence, span, pack, scratch) || TriggerFilters.IsReference(folded, sentence, span, trigger, pack, scratch))
                {
                    continue;
                }

                var coded = Code(context, folded, sentence, span, trigger, pack, actors, lookups, requireActor, work);
                if (coded is not null && !Repeats(context.Events, coded))
                {
                    context.Events.Add(coded);
                }
            }
        }

        EventStances.MarkStatements(context, lookups, packs);
        lookups.Clear();
    }

    /// <summary>
    /// The trigger words of the packs in the sentences (text order, disjoint): one list, a sentence's hits together and the
    /// sentences in order, each sentence's in the order the search finds them; and the stance cues of each pack in the stretch
    /// <paramref name="cues"/> is asked about, given to it. Every pack's triggers and cues are searched together in one
    /// pass over the text (<see cref="FormSearch.TriggersAndCues"/>: hundreds of forms, one search each was most of a long
    /// article's parse, and then a pass per pack and list), and each trigger is checked against its sentence as
    /// <see cref="WordMatcher.FindAll"/> checks it in that sentence.
    /// </summary>
    private static List<Hit> Candidates(ReadOnlySpan<char> folded, List<TextSpan> sentences, LanguagePack[] packs, EventStances.CuePlaces cues, int[]? rangeStarts, Working work)
    {
        var found = work.Hits;
        found.Clear();
        var scopes = cues.Scopes;
        var cuePlaces = work.Cues;
        cuePlaces.Clear();
        var cueCounts = new int[packs.Length];
        int start = scopes.Start, limit = scopes.End;
        if (sentences.Count > 0)
        {
            (start, limit) = scopes.IsEmpty ? (sentences[0].Start, sentences[^1].End) : (Math.Min(start, sentences[0].Start), Math.Max(limit, sentences[^1].End));
        }

        var search = FormSearch.TriggersAndCues([.. packs.Select(p => p.Events)]);
        var forms = work.Forms;
        var cursor = new FormSearch.Cursor(search, folded, limit, rangeStarts);
        var k = 0;
        for (var at = cursor.Next(start); at >= 0; at = cursor.Next(at + 1))
        {
            forms.Clear();
            search.FormsAt(folded, at, limit, forms);
            while (k < sentences.Count && sentences[k].End <= at)
            {
                k++;
            }

            foreach (var entry in forms)
            {
                var pack = entry.Source >> 1;
                var end = at + entry.Form.Parts[0].Length;
                if ((entry.Source & 1) == 1)
                {
                    if (at >= scopes.Start && end <= scopes.End)
                    {
                        cuePlaces.Add((pack, new FormSearch.Place(at, entry)));
                        cueCounts[pack]++;
                    }
                }
                else if (k < sentences.Count && sentences[k] is var sentence && at >= sentence.Start && end <= sentence.End
                    && WordMatcher.MatchAt(folded, sentence, at, entry.Form, packs[pack].Morphology.AttachedPrefixes) is var matched and > 0)
                {
                    found.Add(new Hit(k, pack, entry.Ordinal, TextSpan.FromBounds(at, matched), packs[pack].Events.Triggers[entry.Group]));
                }
            }
        }

        for (var p = 0; p < packs.Length; p++)
        {
            var places = new FormSearch.Place[cueCounts[p]];
            var n = 0;
            foreach (var (pack, place) in cuePlaces)
            {
                if (pack == p)
                {
                    places[n++] = place;
                }
            }

            cues.Found(packs[p], places);
        }

        cuePlaces.Clear();
        return found;
    }

    /// <summary>
    /// Where the ranges the triggers and cues are matched in start (sentences, statements), sorted, when no pack's
    /// particles let a form match inside a word (<see cref="WordMatcher.MatchesInsideWords"/>: those ending in a letter,
    /// Arabic و; not French l'): a form then starts a word, a range, or is in a script without spaces
    /// (<see cref="FormSearch.Cursor"/>); else null.
    /// </summary>
    private static int[]? RangeStarts(ParseContext context, List<TextSpan> sentences, LanguagePack[] packs)
    {
        foreach (var pack in packs)
        {
            if (WordMatcher.MatchesInsideWords(pack.Morphology.AttachedPrefixes))
            {
                return null;
            }
        }

        var starts = new int[sentences.Count + context.Statements.Count];
        for (var k = 0; k < sentences.Count; k++)
        {
            starts[k] = sentences[k].Start;
        }

        for (var i = 0; i < context.Statements.Count; i++)
        {
            starts[sentences.Count + i] = context.Statements[i].Span.Start;
        }

        Array.Sort(starts);
        return starts;
    }

    /// <summary>A trigger form found in a sentence: the sentence and the pack (their indexes), the form's place in the pack, where it is.</summary>
    private readonly record struct Hit(int Sentence, int Pack, int Ordinal, TextSpan Span, EventTrigger Trigger);

    /// <summary>The stage's working lists (<see cref="working"/>), cleared by each user.</summary>
    private sealed class Working
    {
        /// <summary>The article's mentions, dates, statements and cues by place.</summary>
        public EventLookups.Lookups Lookups { get; } = new();

        /// <summary>The stance cues an article's search found, in text order with their pack's index, before they go to their packs.</summary>
        public List<(int Pack, FormSearch.Place Place)> Cues { get; } = [];

        /// <summary>The triggers it found (<see cref="Candidates"/>).</summary>
        public List<Hit> Hits { get; } = [];

        /// <summary>The forms found at one place.</summary>
        public List<FormSearch.Entry> Forms { get; } = [];

        /// <summary>The article's actors (<see cref="EventActors.Find"/>).</summary>
        public List<(TextSpan Span, string Id)> Actors { get; } = [];

        /// <summary>Where one pack's metonyms are (<see cref="EventActors.Find"/>).</summary>
        public List<(int Metonym, int Form, TextSpan Span)> MetonymPlaces { get; } = [];

        /// <summary>The clauses of the triggers (<see cref="ClauseBounds"/>).</summary>
        public ClauseBounds Clauses { get; } = new();

        /// <summary>The places the actors hold (<see cref="EventActors.Find"/>).</summary>
        public TakenPlaces Taken { get; } = new();

        /// <summary>The sentences of the article's text.</summary>
        public List<TextSpan> Sentences { get; } = [];

        /// <summary>Scratch for the rules' searches.</summary>
        public List<TextSpan> Spans { get; } = [];

        /// <summary>One event's actors, recipients and concerned territories and instruments, before they are copied into it.</summary>
        public List<string> Sources { get; } = [];

        /// <inheritdoc cref="Sources"/>
        public List<string> Targets { get; } = [];

        /// <inheritdoc cref="Sources"/>
        public List<string> Concerned { get; } = [];

        /// <summary>The sentence whose concerns and date <see cref="SentenceConcerns"/> and <see cref="SentenceDate"/> hold.</summary>
        public TextSpan SentenceRead { get; set; } = new(-1, 0);

        /// <summary>The territories and instruments <see cref="SentenceRead"/> names, in order.</summary>
        public EquatableArray<string> SentenceConcerns { get; set; }

        /// <summary>The first date <see cref="SentenceRead"/> gives.</summary>
        public NodaTime.LocalDate? SentenceDate { get; set; }
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
        ParseContext context, ReadOnlySpan<char> folded, TextSpan sentence, TextSpan trigger, EventTrigger rule, LanguagePack pack,
        List<(TextSpan Span, string Id)> actors, EventLookups.Lookups lookups, bool requireActor, Working work)
    {
        var scratch = work.Spans;
        var (statementIndex, statement) = lookups.Statements.At(trigger);
        var speaker = statement?.SpeakerId;
        if (rule.SpeakerActs && speaker is null)
        {
            // An evaluation ("unacceptable") with nobody saying it is the outlet's wording, not an event.
            return null;
        }

        var clause = work.Clauses.Of(folded, sentence, trigger, pack.Events);
        if (statement is not null && statement.Span.Contains(trigger))
        {
            clause = TextSpan.FromBounds(Math.Max(clause.Start, statement.Span.Start), Math.Min(clause.End, statement.Span.End));
        }

        var (sources, targets) = (work.Sources, work.Targets);
        EventActors.Roles(context, folded, sentence, clause, trigger, rule, pack, speaker, actors, scratch, sources, targets);
        if (sources.Count == 0 && requireActor)
        {
            // PLOVER codes no event without an actor.
            return null;
        }

        // What the sentence concerns and its first date, once per sentence: a sentence of a page without full stops holds
        // thousands of triggers and mentions.
        if (work.SentenceRead != sentence)
        {
            var concerned = work.Concerned;
            concerned.Clear();
            lookups.Concerned.Inside(sentence, lookups.Hits);
            foreach (var m in lookups.Hits)
            {
                if (!concerned.Contains(context.NameMentions[m].Id))
                {
                    concerned.Add(context.NameMentions[m].Id);
                }
            }

            lookups.Dates.Inside(sentence, lookups.Hits);
            work.SentenceConcerns = EquatableArray.From(concerned);
            work.SentenceDate = lookups.Hits.Count > 0 ? context.Dates[lookups.Hits[0]].Date : null;
            work.SentenceRead = sentence;
        }

        var date = work.SentenceDate ?? (speaker is not null && sources.Contains(speaker) ? statement!.Date : null);
        var scope = statement is not null && statement.Span.Contains(trigger) ? statement.Span : sentence;
        var stance = EventStances.Of(rule, lookups.Cues, scope, pack);
        return new ArticleEvent(
            rule.Type, rule.Mode, EquatableArray.From(sources), EquatableArray.From(targets), date, sentence, trigger,
            work.SentenceConcerns, stance, statementIndex);
    }
}
