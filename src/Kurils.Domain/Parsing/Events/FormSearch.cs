using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Events;

/// <summary>
/// A list of a pack's word forms (its triggers, its stance cues) searched all at once: a pass over the text finds every
/// place where any form's first piece may start, and there only the forms that begin with that character are compared.
/// A pack has hundreds of forms; searching the text once per form (or once per form and sentence) was most of a long
/// article's parse.
/// </summary>
/// <remarks>
/// The pass is written here rather than left to a <see cref="SearchValues{T}"/> of the first pieces: a set of a few
/// hundred strings is searched by the runtime with a multi-string automaton that walks every character, and a smaller
/// ASCII set with vector shuffles that NativeAOT's default instruction set does not have (the <c>kurils</c> binary then
/// calls a software shuffle per block: most of the search's time in its profile, benchmarks/README.md).
/// </remarks>
internal sealed class FormSearch
{
    private static readonly ConditionalWeakTable<EventWords, FormSearch> TriggerSearches = [];
    private static readonly ConditionalWeakTable<EventWords, FormSearch> CueSearches = [];
    private static readonly ConditionalWeakTable<EventWords, List<(EventWords[] Packs, FormSearch Search)>> Unions = [];

    // ASCII first pieces: their first two characters as a bit set over pairs of 7-bit characters, and the characters
    // that are a first piece alone. A place is checked only where its pair (or its single character) is in the set.
    private readonly ulong[]? _asciiPairs;
    private readonly bool[] _asciiSingles = new bool[128];
    private readonly bool _anyAscii;

    // And their first three characters hashed into a bit set (a piece of two characters sets every third): most places
    // whose pair is in the set are ruled out by the three, the rest walked in the trie.
    private readonly ulong[] _asciiTriples = new ulong[TripleBits / 64];
    private const int TripleBits = 1 << 16;

    // The other first pieces (Cyrillic, kana, Han): the range their first characters span, found with a vectorized range
    // search that skips text in other scripts, and which characters of that range start one.
    private readonly char _otherLow;
    private readonly bool[]? _otherStarts;

    // Every first piece in a trie, by its first character: the forms whose piece starts at a place are found by walking the
    // text from there (as far as the longest piece that matches), not by comparing every form that starts with its
    // character (dozens in a pack: most of the stage's time at each place before).
    private readonly Dictionary<char, Node> _byFirstChar;

    // The same for ASCII first characters, by the character: no dictionary look-up at each place of English text.
    private readonly Node?[] _asciiRoots = new Node?[128];

    // Each source (a list of groups of forms) numbers its groups from 0; the forms are numbered across all of them.
    private FormSearch(IEnumerable<IEnumerable<ImmutableArray<WordForm>>> sources)
    {
        var trie = new Dictionary<char, NodeBuilder>();
        var firsts = new List<string>();
        var ordinal = 0;
        var source = 0;
        foreach (var groups in sources)
        {
            var group = 0;
            foreach (var forms in groups)
            {
                foreach (var form in forms)
                {
                    var first = form.Parts[0];
                    if (!trie.TryGetValue(first[0], out var node))
                    {
                        trie[first[0]] = node = new NodeBuilder();
                    }

                    for (var i = 1; i < first.Length; i++)
                    {
                        node = node.Child(first[i]);
                    }

                    if (node.Ends.Count == 0)
                    {
                        firsts.Add(first);
                    }

                    node.Ends.Add(new Entry(ordinal++, group, form, source));
                }

                group++;
            }

            source++;
        }

        _byFirstChar = trie.ToDictionary(p => p.Key, p => p.Value.Build());
        foreach (var (c, root) in _byFirstChar)
        {
            if (c < 128)
            {
                _asciiRoots[c] = root;
            }
        }
        foreach (var first in firsts.Where(f => System.Text.Ascii.IsValid(f)))
        {
            _anyAscii = true;
            if (first.Length == 1)
            {
                _asciiSingles[first[0]] = true;
                continue;
            }

            _asciiPairs ??= new ulong[128 * 128 / 64];
            var pair = (first[0] << 7) | first[1];
            _asciiPairs[pair >> 6] |= 1UL << (pair & 63);
            for (var third = first.Length > 2 ? first[2] : 0; third < (first.Length > 2 ? first[2] + 1 : 128); third++)
            {
                var triple = Triple(pair, (char)third);
                _asciiTriples[triple >> 6] |= 1UL << (triple & 63);
            }
        }

        var otherChars = firsts.Where(f => !System.Text.Ascii.IsValid(f)).Select(f => f[0]).ToArray();
        if (otherChars.Length > 0)
        {
            _otherLow = otherChars.Min();
            _otherStarts = new bool[otherChars.Max() - _otherLow + 1];
            foreach (var c in otherChars)
            {
                _otherStarts[c - _otherLow] = true;
            }
        }
    }

    /// <summary>A form of the list, numbered in the list's order.</summary>
    /// <param name="Ordinal">Its place in the list's order (group by group, form by form).</param>
    /// <param name="Group">The index of its group (its trigger in <see cref="EventWords.Triggers"/>, its cue in <see cref="EventWords.StanceCues"/>).</param>
    /// <param name="Form">The form.</param>
    /// <param name="Source">The list it came from, in a search of several (<see cref="TriggersAndCues"/>); 0 in a search of one.</param>
    public readonly record struct Entry(int Ordinal, int Group, WordForm Form, int Source = 0);

    /// <summary>A form's first piece at a place in a text.</summary>
    /// <param name="Start">Where the piece starts.</param>
    /// <param name="Entry">The form.</param>
    public readonly record struct Place(int Start, Entry Entry);

    /// <summary>The search of a pack's trigger forms, built at its first use and kept while the pack lives.</summary>
    public static FormSearch Triggers(EventWords words) => TriggerSearches.GetValue(words, static w => new FormSearch([w.Triggers.Select(t => t.Forms)]));

    /// <summary>The search of a pack's stance cues, built at its first use and kept while the pack lives.</summary>
    public static FormSearch StanceCues(EventWords words) => CueSearches.GetValue(words, static w => new FormSearch([w.StanceCues.Select(c => c.Forms)]));

    /// <summary>
    /// The search of the trigger forms and the stance cues of several packs at once, so that one pass over the text finds
    /// them all (a pass per pack and list was most of the stage's search): an entry's <see cref="Entry.Source"/> is twice its
    /// pack's index in <paramref name="packs"/> for a trigger, plus one for a cue. Built at the first use of that list of packs.
    /// </summary>
    public static FormSearch TriggersAndCues(IReadOnlyList<EventWords> packs)
    {
        if (packs.Count == 0)
        {
            return new FormSearch([]);
        }

        var built = Unions.GetValue(packs[0], static _ => []);
        lock (built)
        {
            foreach (var (known, search) in built)
            {
                if (Same(known, packs))
                {
                    return search;
                }
            }

            var union = new FormSearch(packs.SelectMany(p => (IEnumerable<ImmutableArray<WordForm>>[])[p.Triggers.Select(t => t.Forms), p.StanceCues.Select(c => c.Forms)]));
            built.Add(([.. packs], union));
            return union;
        }
    }

    /// <summary>A search for the places of a text where some form's first piece starts, from left to right.</summary>
    /// <param name="search">The forms.</param>
    /// <param name="folded">The folded text.</param>
    /// <param name="limit">Where the text searched ends: a piece must end by then.</param>
    /// <param name="rangeStarts">
    /// When given (sorted): the places a form is ever matched from (the starts of the sentences and statements its
    /// places are checked in), for forms that match a word of a script with spaces only at its start (no pack with
    /// particles that let one match inside, <see cref="WordMatcher.MatchesInsideWords"/>). A letter of such a script
    /// right after a letter (<see cref="WordMatcher.IsSpacedWordChar"/> after <see cref="WordMatcher.IsWordChar"/>) is then
    /// no place unless it is one of these: the search skips the inside of words instead of looking each letter up.
    /// </param>
    public ref struct Cursor(FormSearch search, ReadOnlySpan<char> folded, int limit, int[]? rangeStarts = null)
    {
        private readonly FormSearch _search = search;
        private readonly ReadOnlySpan<char> _folded = folded;
        private readonly int _limit = limit;
        private readonly int[]? _rangeStarts = rangeStarts;

        // The next place of each kind found so far (valid while the search has not passed it): -1 not yet searched, MaxValue none.
        private int _nextAscii = -1;
        private int _nextOther = -1;

        // The first of rangeStarts not before the place each search has reached.
        private int _asciiRangeStart;
        private int _otherRangeStart;

        /// <summary>The first place at or after <paramref name="from"/> where some form's first piece starts, or -1; <paramref name="from"/> never decreases.</summary>
        public int Next(int from)
        {
            if (_nextAscii < from)
            {
                _nextAscii = _search.NextAscii(_folded, from, _limit, _rangeStarts, ref _asciiRangeStart);
            }

            if (_nextOther < from)
            {
                _nextOther = _search.NextOther(_folded, from, _limit, _rangeStarts, ref _otherRangeStart);
            }

            var next = Math.Min(_nextAscii, _nextOther);
            return next == int.MaxValue ? -1 : next;
        }
    }

    private static bool Same(EventWords[] known, IReadOnlyList<EventWords> packs)
    {
        if (known.Length != packs.Count)
        {
            return false;
        }

        for (var i = 0; i < known.Length; i++)
        {
            if (!ReferenceEquals(known[i], packs[i]))
            {
                return false;
            }
        }

        return true;
    }

    // Whether a range starts at the place; the places asked about never go back.
    private static bool IsRangeStart(int[] rangeStarts, int at, ref int rangeStart)
    {
        while (rangeStart < rangeStarts.Length && rangeStarts[rangeStart] < at)
        {
            rangeStart++;
        }

        return rangeStart < rangeStarts.Length && rangeStarts[rangeStart] == at;
    }

    private static bool IsAsciiLetterOrDigit(char c) => (uint)((c | 0x20) - 'a') < 26 || (uint)(c - '0') < 10;

    // Where the run of ASCII letters and digits from the place ends.
    private static int AsciiWordEnd(ReadOnlySpan<char> folded, int at, int limit)
    {
        while (at < limit && IsAsciiLetterOrDigit(folded[at]))
        {
            at++;
        }

        return at;
    }

    // Where a skip over the inside of a word from the place stops: at the end of the run (given), or at a range start
    // before it (the first not before the place is rangeStarts[rangeStart]).
    private static int SkipTo(int runEnd, int[] rangeStarts, int rangeStart) =>
        rangeStart < rangeStarts.Length && rangeStarts[rangeStart] < runEnd ? rangeStarts[rangeStart] : runEnd;

    private static int Triple(int pair, char third) => ((pair * 131) + third) & (TripleBits - 1);

    private int NextAscii(ReadOnlySpan<char> folded, int from, int limit, int[]? rangeStarts, ref int rangeStart)
    {
        if (!_anyAscii)
        {
            return int.MaxValue;
        }

        var pairs = _asciiPairs;
        var singles = _asciiSingles;
        for (var at = from; at < limit; at++)
        {
            int c = folded[at];
            if (c >= 128)
            {
                // On to the next ASCII character (text in other scripts is NextOther's): the loop's step lands on it.
                var ascii = folded[at..limit].IndexOfAnyInRange('\0', '\u007F');
                if (ascii < 0)
                {
                    break;
                }

                at += ascii - 1;
                continue;
            }

            // Inside a word no form starts, but where a range starts (its first word is one even after a letter): on to the
            // word's end, or to the next range start inside it (IsRangeStart leaves the first at or after the place).
            if (rangeStarts is not null && at > 0 && IsAsciiLetterOrDigit((char)c) && WordMatcher.IsWordChar(folded[at - 1]) && !IsRangeStart(rangeStarts, at, ref rangeStart))
            {
                at = SkipTo(AsciiWordEnd(folded, at + 1, limit), rangeStarts, rangeStart) - 1;
                continue;
            }

            if (singles[c])
            {
                return at;
            }

            if (pairs is null || at + 1 >= limit || folded[at + 1] is not (var d and < (char)128))
            {
                continue;
            }

            var pair = (c << 7) | d;
            if ((pairs[pair >> 6] & (1UL << (pair & 63))) == 0)
            {
                continue;
            }

            // A piece of two characters matches whatever follows; a longer one needs its (ASCII) third.
            var third = at + 2 < limit ? folded[at + 2] : char.MaxValue;
            if (third < 128 && (_asciiTriples[Triple(pair, third) >> 6] & (1UL << (Triple(pair, third) & 63))) == 0)
            {
                continue;
            }

            if (StartsAt(folded, at, limit))
            {
                return at;
            }
        }

        return int.MaxValue;
    }

    // The pieces not all ASCII; one may still start with an ASCII letter ("ré…"), and then not inside a word either.
    private int NextOther(ReadOnlySpan<char> folded, int from, int limit, int[]? rangeStarts, ref int rangeStart)
    {
        var starts = _otherStarts;
        if (starts is null)
        {
            return int.MaxValue;
        }

        var high = (char)(_otherLow + starts.Length - 1);
        while (from < limit)
        {
            var at = folded.Slice(from, limit - from).IndexOfAnyInRange(_otherLow, high);
            if (at < 0)
            {
                break;
            }

            at += from;
            var c = folded[at];
            if (rangeStarts is not null && at > 0 && WordMatcher.IsSpacedWordChar(c) && WordMatcher.IsWordChar(folded[at - 1]) && !IsRangeStart(rangeStarts, at, ref rangeStart))
            {
                // Inside a word (of a script with spaces): on to its end, or to a range start inside it.
                var run = at + 1;
                while (run < limit && WordMatcher.IsSpacedWordChar(folded[run]))
                {
                    run++;
                }

                from = SkipTo(run, rangeStarts, rangeStart);
                continue;
            }

            if (starts[c - _otherLow] && StartsAt(folded, at, limit))
            {
                return at;
            }

            from = at + 1;
        }

        return int.MaxValue;
    }

    private Node? Root(char c) => c < 128 ? _asciiRoots[c] : _byFirstChar.GetValueOrDefault(c);

    // Whether a form's first piece starts at the place and ends by the limit.
    private bool StartsAt(ReadOnlySpan<char> folded, int at, int limit)
    {
        if (Root(folded[at]) is not { } node)
        {
            return false;
        }

        for (var i = at + 1; node.Ends.Length == 0; i++)
        {
            if (i >= limit || node.ChildOf(folded[i]) is not { } next)
            {
                return false;
            }

            node = next;
        }

        return true;
    }

    /// <summary>
    /// Appends to <paramref name="forms"/> the forms whose first piece starts at <paramref name="at"/> in <paramref name="folded"/>
    /// and ends by <paramref name="limit"/>, in the list's order.
    /// </summary>
    public void FormsAt(ReadOnlySpan<char> folded, int at, int limit, List<Entry> forms)
    {
        if (at >= limit || Root(folded[at]) is not { } node)
        {
            return;
        }

        var before = forms.Count;
        var pieces = 0;
        for (var i = at + 1; ; i++)
        {
            if (node.Ends.Length > 0)
            {
                forms.AddRange(node.Ends);
                pieces++;
            }

            if (i >= limit || node.ChildOf(folded[i]) is not { } next)
            {
                break;
            }

            node = next;
        }

        // Shorter pieces were met first; forms of several pieces ("pro*" and "protest") go back to the list's order.
        if (pieces > 1)
        {
            forms.Sort(before, forms.Count - before, EntryOrder.Instance);
        }
    }

    /// <summary>Every place in <paramref name="folded"/> where a form's first piece is, by start and then the list's order.</summary>
    public Place[] PlacesIn(ReadOnlySpan<char> folded) => PlacesIn(folded, new TextSpan(0, folded.Length));

    /// <summary>Every place in <paramref name="range"/> of <paramref name="folded"/> where a form's first piece is (ending in it too), by start and then the list's order.</summary>
    public Place[] PlacesIn(ReadOnlySpan<char> folded, TextSpan range)
    {
        var places = new List<Place>();
        var forms = new List<Entry>();
        var cursor = new Cursor(this, folded, range.End);
        for (var at = cursor.Next(range.Start); at >= 0; at = cursor.Next(at + 1))
        {
            forms.Clear();
            FormsAt(folded, at, range.End, forms);
            foreach (var entry in forms)
            {
                places.Add(new Place(at, entry));
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

    private sealed class EntryOrder : IComparer<Entry>
    {
        public static readonly EntryOrder Instance = new();

        public int Compare(Entry x, Entry y) => x.Ordinal.CompareTo(y.Ordinal);
    }

    /// <summary>A node of the trie of first pieces: the characters that may follow, and the forms whose first piece ends here.</summary>
    private sealed class Node(char[] keys, Node[] children, Entry[] ends)
    {
        public Entry[] Ends { get; } = ends;

        public Node? ChildOf(char c)
        {
            // Most nodes have a few children: a plain loop beats the vectorized search's set-up.
            if (keys.Length <= 8)
            {
                for (var k = 0; k < keys.Length; k++)
                {
                    if (keys[k] == c)
                    {
                        return children[k];
                    }
                }

                return null;
            }

            var at = keys.AsSpan().IndexOf(c);
            return at < 0 ? null : children[at];
        }
    }

    private sealed class NodeBuilder
    {
        private readonly Dictionary<char, NodeBuilder> _children = [];

        public List<Entry> Ends { get; } = [];

        public NodeBuilder Child(char c)
        {
            if (!_children.TryGetValue(c, out var child))
            {
                _children[c] = child = new NodeBuilder();
            }

            return child;
        }

        public Node Build() => new([.. _children.Keys], [.. _children.Values.Select(c => c.Build())], [.. Ends]);
    }
}
