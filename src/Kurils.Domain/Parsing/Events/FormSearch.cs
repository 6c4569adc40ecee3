using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Events;

/// <summary>
/// A list of a pack's word forms (its triggers, its stance cues) searched all at once: one <see cref="SearchValues{T}"/>
/// of their first pieces finds every place where any form may start, and there only the forms that begin with that
/// character are compared. A pack has hundreds of forms; searching the text once per form (or once per form and
/// sentence) was most of a long article's parse.
/// </summary>
internal sealed class FormSearch
{
    private static readonly ConditionalWeakTable<EventWords, FormSearch> TriggerSearches = [];
    private static readonly ConditionalWeakTable<EventWords, FormSearch> CueSearches = [];

    private readonly SearchValues<string> _firsts;
    private readonly Dictionary<char, Entry[]> _byFirstChar;

    private FormSearch(IEnumerable<ImmutableArray<WordForm>> groups)
    {
        var byChar = new Dictionary<char, List<Entry>>();
        var ordinal = 0;
        var group = 0;
        foreach (var forms in groups)
        {
            foreach (var form in forms)
            {
                var first = form.Parts[0];
                if (!byChar.TryGetValue(first[0], out var list))
                {
                    byChar[first[0]] = list = [];
                }

                list.Add(new Entry(ordinal++, group, form));
            }

            group++;
        }

        _byFirstChar = byChar.ToDictionary(p => p.Key, p => p.Value.ToArray());
        _firsts = SearchValues.Create([.. byChar.Values.SelectMany(l => l).Select(e => e.Form.Parts[0]).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);
    }

    /// <summary>A form of the list, numbered in the list's order.</summary>
    /// <param name="Ordinal">Its place in the list's order (group by group, form by form).</param>
    /// <param name="Group">The index of its group (its trigger in <see cref="EventWords.Triggers"/>, its cue in <see cref="EventWords.StanceCues"/>).</param>
    /// <param name="Form">The form.</param>
    public readonly record struct Entry(int Ordinal, int Group, WordForm Form);

    /// <summary>A form's first piece at a place in a text.</summary>
    /// <param name="Start">Where the piece starts.</param>
    /// <param name="Entry">The form.</param>
    public readonly record struct Place(int Start, Entry Entry);

    /// <summary>The search of a pack's trigger forms, built at its first use and kept while the pack lives.</summary>
    public static FormSearch Triggers(EventWords words) => TriggerSearches.GetValue(words, static w => new FormSearch(w.Triggers.Select(t => t.Forms)));

    /// <summary>The search of a pack's stance cues, built at its first use and kept while the pack lives.</summary>
    public static FormSearch StanceCues(EventWords words) => CueSearches.GetValue(words, static w => new FormSearch(w.StanceCues.Select(c => c.Forms)));

    /// <summary>The first place at or after <paramref name="from"/> and before <paramref name="limit"/> where some form's first piece starts, or -1.</summary>
    public int NextStart(string folded, int from, int limit)
    {
        var at = folded.AsSpan(from, limit - from).IndexOfAny(_firsts);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>The forms whose first piece starts with <paramref name="c"/>, in the list's order.</summary>
    public ReadOnlySpan<Entry> StartingWith(char c) => _byFirstChar.TryGetValue(c, out var entries) ? entries : [];

    /// <summary>Every place in <paramref name="folded"/> where a form's first piece is, by start and then the list's order.</summary>
    public Place[] PlacesIn(string folded)
    {
        var places = new List<Place>();
        for (var at = NextStart(folded, 0, folded.Length); at >= 0; at = NextStart(folded, at + 1, folded.Length))
        {
            foreach (var entry in StartingWith(folded[at]))
            {
                var first = entry.Form.Parts[0];
                if (at + first.Length <= folded.Length && folded.AsSpan(at, first.Length).SequenceEqual(first))
                {
                    places.Add(new Place(at, entry));
                }
            }
        }

        return [.. places];
    }

    /// <summary>The first of <paramref name="places"/> (sorted by start) that starts at or after <paramref name="offset"/>.</summary>
    public static int FirstFrom(Place[] places, int offset)
    {
        int low = 0, high = places.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (places[mid].Start < offset)
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
}
