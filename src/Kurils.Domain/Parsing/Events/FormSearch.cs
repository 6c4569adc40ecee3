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

    // First pieces all ASCII, searched by the runtime with vector instructions (null when there are none).
    private readonly SearchValues<string>? _asciiFirsts;

    // The first characters of the other first pieces (Cyrillic, kana, Han): found by a vectorized search for any of them,
    // which skips the text of other scripts quickly, and checked there. A multi-string search over those pieces walks
    // every character of the text, which in an article mostly in English was most of the trigger search.
    private readonly SearchValues<char>? _otherFirstChars;
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
        var firsts = byChar.Values.SelectMany(l => l).Select(e => e.Form.Parts[0]).Distinct(StringComparer.Ordinal).ToArray();
        var ascii = firsts.Where(f => System.Text.Ascii.IsValid(f)).ToArray();
        var others = firsts.Where(f => !System.Text.Ascii.IsValid(f)).ToArray();
        _asciiFirsts = ascii.Length == 0 ? null : SearchValues.Create(ascii, StringComparison.Ordinal);
        _otherFirstChars = others.Length == 0 ? null : SearchValues.Create([.. others.Select(f => f[0]).Distinct()]);
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

    /// <summary>A search for the places of a text where some form's first piece starts, from left to right.</summary>
    /// <param name="search">The forms.</param>
    /// <param name="folded">The folded text.</param>
    /// <param name="limit">Where the text searched ends: a piece must end by then.</param>
    public struct Cursor(FormSearch search, string folded, int limit)
    {
        // The next place of each kind found so far (valid while the search has not passed it): -1 not yet searched, MaxValue none.
        private int _nextAscii = -1;
        private int _nextOther = -1;

        /// <summary>The first place at or after <paramref name="from"/> where some form's first piece starts, or -1; <paramref name="from"/> never decreases.</summary>
        public int Next(int from)
        {
            if (_nextAscii < from)
            {
                _nextAscii = search._asciiFirsts is null ? int.MaxValue : search.NextAscii(folded, from, limit);
            }

            if (_nextOther < from)
            {
                _nextOther = search._otherFirstChars is null ? int.MaxValue : search.NextOther(folded, from, limit);
            }

            var next = Math.Min(_nextAscii, _nextOther);
            return next == int.MaxValue ? -1 : next;
        }
    }

    private int NextAscii(string folded, int from, int limit)
    {
        var at = from < limit ? folded.AsSpan(from, limit - from).IndexOfAny(_asciiFirsts!) : -1;
        return at < 0 ? int.MaxValue : from + at;
    }

    private int NextOther(string folded, int from, int limit)
    {
        while (from < limit)
        {
            var at = folded.AsSpan(from, limit - from).IndexOfAny(_otherFirstChars!);
            if (at < 0)
            {
                break;
            }

            at += from;
            foreach (var entry in StartingWith(folded[at]))
            {
                var first = entry.Form.Parts[0];
                if (at + first.Length <= limit && !System.Text.Ascii.IsValid(first) && folded.AsSpan(at, first.Length).SequenceEqual(first))
                {
                    return at;
                }
            }

            from = at + 1;
        }

        return int.MaxValue;
    }

    /// <summary>The forms whose first piece starts with <paramref name="c"/>, in the list's order.</summary>
    public ReadOnlySpan<Entry> StartingWith(char c) => _byFirstChar.TryGetValue(c, out var entries) ? entries : [];

    /// <summary>Every place in <paramref name="folded"/> where a form's first piece is, by start and then the list's order.</summary>
    public Place[] PlacesIn(string folded)
    {
        var places = new List<Place>();
        var cursor = new Cursor(this, folded, folded.Length);
        for (var at = cursor.Next(0); at >= 0; at = cursor.Next(at + 1))
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
