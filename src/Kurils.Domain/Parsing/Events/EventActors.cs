using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Kurils.Domain.Languages;
using Kurils.Domain.Parsing.Segmentation;

namespace Kurils.Domain.Parsing.Events;

/// <summary>
/// Who acts on whom in a trigger's clause, read from the sentence's mentions by position and by the pack's
/// markers; knows no language.
/// </summary>
/// <remarks>
/// The rules, in order:
/// <list type="number">
/// <item>Words that are the speaker's own act ("unacceptable", "must") count only inside a statement: the speaker is
/// the actor, every other actor of the clause the recipient.</item>
/// <item>Otherwise, in the trigger's clause (inside the statement, when it is in one): a name after an agent
/// preposition ("by", "par", 被) is an actor and one after a recipient preposition (对, "against") a recipient;
/// a name marked by a subject particle (は, 은) is an actor and one marked by an object particle (に, 를) a
/// recipient; of the unmarked names, those before the trigger are actors and those after it recipients.</item>
/// <item>In a passive clause ("Russia was sanctioned by Japan", "переговоры были приостановлены Россией",
/// ロシアは日本に非難された) the roles turn: the subject receives, unmarked names after the trigger act, and the
/// agent particles (に, によって) mark the actor.</item>
/// <item>With no actor in the clause: the statement's speaker, or else (in an active clause) the nearest name
/// before the trigger in the sentence (the subject an earlier clause gave: "Moscow announced …, criticizing it
/// for imposing sanctions").</item>
/// </list>
/// </remarks>
internal static class EventActors
{
    // How far after a name its case particle may follow (Japanese 日本政府は: the particle after 政府).
    private const int MarkerReach = 4;

    // The longest word taken for an article between a preposition and its name ("by the", "gegen die").
    private const int MaxArticleLength = 3;

    // How many first letters put a pack's metonyms in one group (Москва, Москвы, Москве: "мос").
    private const int GroupLetters = 3;

    private static readonly ConditionalWeakTable<EventWords, MetonymGroup[]> MetonymGroups = [];

    /// <summary>The mentions that can act: people, countries, offices with their holder, institutions; and the capitals that stand for a country.</summary>
    /// <param name="context">The parse.</param>
    /// <param name="folded">The folded text.</param>
    /// <param name="packs">The packs whose metonyms are looked for.</param>
    /// <param name="actors">Filled with the actors, by start.</param>
    /// <param name="places">A working list.</param>
    /// <param name="taken">The places the actors hold, as they are found.</param>
    public static List<(TextSpan Span, string Id)> Find(
        ParseContext context, ReadOnlySpan<char> folded, LanguagePack[] packs, List<(TextSpan Span, string Id)> actors, List<(int Metonym, int Form, TextSpan Span)> places, TakenPlaces taken)
    {
        actors.Clear();
        foreach (var list in (ReadOnlySpan<List<Mention>>)[context.NameMentions, context.Anaphora])
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

        taken.Begin(folded.Length, actors);
        var text = new TextSpan(0, folded.Length);
        foreach (var pack in packs)
        {
            // Every form's matches in the whole text (as WordMatcher.FindAll finds them), one search per group of forms;
            // then taken metonym by metonym, form by form, in text order, each unless an actor already holds its place.
            var metonyms = pack.Events.Metonyms;
            places.Clear();
            foreach (var (key, forms) in MetonymGroups.GetValue(pack.Events, static words => Groups(words.Metonyms)))
            {
                for (var at = folded.IndexOf(key, StringComparison.Ordinal); at >= 0; at = Next(folded, key, at))
                {
                    foreach (var (m, f) in forms)
                    {
                        var form = metonyms[m].Forms[f];
                        if (folded[at..].StartsWith(form.Parts[0], StringComparison.Ordinal)
                            && WordMatcher.MatchAt(folded, text, at, form, pack.Morphology.AttachedPrefixes) is var end and > 0)
                        {
                            places.Add((m, f, TextSpan.FromBounds(at, end)));
                        }
                    }
                }
            }

            places.Sort(static (a, b) => a.Metonym != b.Metonym ? a.Metonym.CompareTo(b.Metonym) : a.Form != b.Form ? a.Form.CompareTo(b.Form) : a.Span.Start.CompareTo(b.Span.Start));
            foreach (var (m, _, span) in places)
            {
                var countryId = metonyms[m].CountryId;
                if (context.Catalog.Find<Country>(countryId) is not null && !taken.Overlaps(span) && SegmentMap.IsArticleText(KindAt(context, span.Start)))
                {
                    actors.Add((span, countryId));
                    taken.Take(span);
                }
            }
        }

        actors.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return actors;
    }

    // The next place of the key after the one at the place.
    private static int Next(ReadOnlySpan<char> folded, string key, int at) =>
        folded[(at + 1)..].IndexOf(key, StringComparison.Ordinal) is var next and >= 0 ? at + 1 + next : -1;

    /// <summary>
    /// A pack's metonym forms grouped by their first letters, each group searched for by the beginning all its forms' first
    /// pieces share: the metonym and form indexes of its forms, in the pack's order.
    /// </summary>
    private static MetonymGroup[] Groups(ImmutableArray<Metonym> metonyms)
    {
        var groups = new List<(string Letters, string Key, List<(int Metonym, int Form)> Forms)>();
        for (var m = 0; m < metonyms.Length; m++)
        {
            for (var f = 0; f < metonyms[m].Forms.Length; f++)
            {
                var first = metonyms[m].Forms[f].Parts[0];
                if (first.Length == 0)
                {
                    continue;
                }

                var letters = first[..Math.Min(GroupLetters, first.Length)];
                var g = groups.FindIndex(g => g.Letters == letters);
                if (g < 0)
                {
                    groups.Add((letters, first, [(m, f)]));
                    continue;
                }

                var key = groups[g].Key;
                var shared = key.AsSpan().CommonPrefixLength(first);
                groups[g] = (letters, key[..shared], groups[g].Forms);
                groups[g].Forms.Add((m, f));
            }
        }

        return [.. groups.Select(g => new MetonymGroup(g.Key, [.. g.Forms]))];
    }

    /// <summary>Metonym forms whose first pieces all begin with <paramref name="Key"/>, by their indexes.</summary>
    private sealed record MetonymGroup(string Key, (int Metonym, int Form)[] Forms);

    /// <summary>The actors and recipients of the trigger, by the rules of the class remarks.</summary>
    /// <param name="context">The parse.</param>
    /// <param name="folded">The folded text.</param>
    /// <param name="sentence">The trigger's sentence.</param>
    /// <param name="clause">The trigger's clause (inside its statement, when it is in one).</param>
    /// <param name="trigger">The trigger's span.</param>
    /// <param name="rule">The trigger list it matched.</param>
    /// <param name="pack">The pack of that list.</param>
    /// <param name="speaker">The speaker of the statement holding the trigger, if any.</param>
    /// <param name="actors">The article's actors, from <see cref="Find"/>.</param>
    /// <param name="scratch">A working list.</param>
    /// <param name="sources">Filled with the actors' ids.</param>
    /// <param name="targets">Filled with the recipients' ids.</param>
    public static void Roles(
        ParseContext context, ReadOnlySpan<char> folded, TextSpan sentence, TextSpan clause, TextSpan trigger, EventTrigger rule, LanguagePack pack,
        string? speaker, List<(TextSpan Span, string Id)> actors, List<TextSpan> scratch, List<string> sources, List<string> targets)
    {
        sources.Clear();
        targets.Clear();
        if (rule.SpeakerActs)
        {
            // The speaker judges or demands of the others the clause names, not of the speaker's own country.
            sources.Add(speaker!);
            var own = context.Catalog.Find<Person>(speaker!)?.CountryId;
            for (var a = EventLookups.FirstActorFrom(actors, clause.Start); a < actors.Count && actors[a].Span.Start <= clause.End; a++)
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
            var passive = TriggerFilters.IsPassive(folded, clause, trigger, rule, pack, scratch);
            if (passive)
            {
                // A later auxiliary starts another passive predicate ("were seized by the Soviet Union … and are called the Southern Kurils by Russia").
                clause = TextSpan.FromBounds(clause.Start, NextAuxiliary(folded, clause, trigger, pack, scratch));
            }

            // A passive with its agent named ("seized by the Soviet Union following Japan's surrender"): the other
            // names after the trigger are its circumstances, not its actors.
            var first = EventLookups.FirstActorFrom(actors, clause.Start);
            var agentNamed = false;
            for (var a = first; passive && a < actors.Count && actors[a].Span.Start <= clause.End; a++)
            {
                agentNamed |= clause.Contains(actors[a].Span) && Preceded(folded, clause, actors[a].Span, pack.Events.AgentPrepositions);
            }

            for (var a = first; a < actors.Count && actors[a].Span.Start <= clause.End; a++)
            {
                var (span, id) = actors[a];
                if (!clause.Contains(span) || span.Start < trigger.End && trigger.Start < span.End)
                {
                    continue;
                }

                if (span.Start >= trigger.End && TriggerFilters.InReference(folded, clause, span, pack, scratch))
                {
                    continue;
                }

                var acts = Side(folded, clause, span, trigger, pack.Events, passive);
                if (agentNamed && acts && span.Start >= trigger.End && !Preceded(folded, clause, span, pack.Events.AgentPrepositions))
                {
                    continue;
                }

                var list = acts ? sources : targets;
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
                else if (!passive)
                {
                    // The subject of an earlier clause; never in a passive, where the name before is the one acted on.
                    // Only actors that start by the clause's start can end by it; none before the sentence is in it.
                    for (var i = EventLookups.FirstActorFrom(actors, clause.Start + 1) - 1; i >= 0 && actors[i].Span.Start >= sentence.Start; i--)
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

            for (var i = targets.Count - 1; i >= 0; i--)
            {
                if (sources.Contains(targets[i]))
                {
                    targets.RemoveAt(i);
                }
            }
        }

        // A person acting is not acting on his own country ("Japanese Prime Minister Kishida's plans to promote sanctions within Japan's presidency").
        foreach (var source in sources)
        {
            if (context.Catalog.Find<Person>(source)?.CountryId is { } country)
            {
                targets.Remove(country);
            }
        }
    }

    private static SegmentKind KindAt(ParseContext context, int offset) =>
        context.Map.SegmentOf(offset) is var s and >= 0 ? context.Segments[s].Kind : SegmentKind.Unknown;

    /// <summary>Whether the name at <paramref name="name"/> acts (true) or receives (false) in the clause.</summary>
    private static bool Side(ReadOnlySpan<char> folded, TextSpan clause, TextSpan name, TextSpan trigger, EventWords words, bool passive)
    {
        if (Preceded(folded, clause, name, words.AgentPrepositions))
        {
            return true;
        }

        if (Preceded(folded, clause, name, words.TargetPrepositions))
        {
            return false;
        }

        if (!words.SourceMarkers.IsEmpty || !words.TargetMarkers.IsEmpty || !words.AgentMarkers.IsEmpty)
        {
            // The first particle after the name (within a few letters: 日本政府は) says its role; in a passive the
            // subject particle marks the one acted on and the agent particles the actor, which win a tie (に).
            var reach = TextSpan.FromBounds(name.End, Math.Min(clause.End, name.End + MarkerReach + 3));
            var best = (At: int.MaxValue, Length: 0, Source: false);
            ReadOnlySpan<(ImmutableArray<WordForm> Markers, bool Source)> sets = passive
                ? [(words.AgentMarkers, true), (words.SourceMarkers, false), (words.TargetMarkers, false)]
                : [(words.SourceMarkers, true), (words.TargetMarkers, false)];
            foreach (var (markers, source) in sets)
            {
                foreach (var marker in markers)
                {
                    var at = folded.Slice(reach.Start, reach.Length).IndexOf(marker.Parts[0], StringComparison.Ordinal);
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

        return passive ? name.Start >= trigger.End : name.End <= trigger.Start;
    }

    /// <summary>Where the first passive auxiliary after the trigger starts in the clause, or the clause's end.</summary>
    private static int NextAuxiliary(ReadOnlySpan<char> folded, TextSpan clause, TextSpan trigger, LanguagePack pack, List<TextSpan> scratch)
    {
        var end = clause.End;
        foreach (var auxiliary in pack.Events.PassiveAuxiliaries)
        {
            scratch.Clear();
            WordMatcher.FindAll(folded, TextSpan.FromBounds(trigger.End, clause.End), auxiliary, pack.Morphology.AttachedPrefixes, scratch);
            if (scratch.Count > 0 && scratch[0].Start < end)
            {
                end = scratch[0].Start;
            }
        }

        return end;
    }

    /// <summary>Whether one of <paramref name="prepositions"/> stands right before the name, or before a short word before it ("by the Soviet Union").</summary>
    private static bool Preceded(ReadOnlySpan<char> folded, TextSpan clause, TextSpan name, ImmutableArray<WordForm> prepositions)
    {
        var before = SkipSpaces(folded, clause, name.Start);
        if (Ends(folded, clause, before, prepositions))
        {
            return true;
        }

        // One article or possessive between (the, its, der, la: at most three letters) in a spaced script.
        var word = before;
        while (word > clause.Start && char.IsLetter(folded[word - 1]) && !WordMatcher.Unspaced(folded[word - 1]))
        {
            word--;
        }

        return word < before && before - word <= MaxArticleLength && (word == clause.Start || char.IsWhiteSpace(folded[word - 1]))
            && Ends(folded, clause, SkipSpaces(folded, clause, word), prepositions);
    }

    private static int SkipSpaces(ReadOnlySpan<char> folded, TextSpan clause, int at)
    {
        while (at > clause.Start && char.IsWhiteSpace(folded[at - 1]))
        {
            at--;
        }

        return at;
    }

    /// <summary>Whether one of <paramref name="prepositions"/> ends at <paramref name="before"/> as a whole word.</summary>
    private static bool Ends(ReadOnlySpan<char> folded, TextSpan clause, int before, ImmutableArray<WordForm> prepositions)
    {
        foreach (var preposition in prepositions)
        {
            var length = preposition.Text.Length;
            if (before - length >= clause.Start && folded.Slice(before - length, length).SequenceEqual(preposition.Parts[0])
                && (before - length == clause.Start || !char.IsLetterOrDigit(folded[before - length - 1]) || WordMatcher.Unspaced(preposition.Text[0])))
            {
                return true;
            }
        }

        return false;
    }
}
