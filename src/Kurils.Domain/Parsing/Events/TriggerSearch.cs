using System.Buffers;
using System.Runtime.CompilerServices;
using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Events;

/// <summary>
/// A pack's trigger forms searched all at once: one <see cref="SearchValues{T}"/> of their first pieces finds every
/// place where any form may start, and there only the forms that begin with that character are compared. A pack has
/// hundreds of forms; searching the text once per form was most of a long article's parse.
/// </summary>
internal sealed class TriggerSearch
{
    private static readonly ConditionalWeakTable<EventWords, TriggerSearch> Built = [];

    private readonly SearchValues<string> _firsts;
    private readonly Dictionary<char, Entry[]> _byFirstChar;

    private TriggerSearch(EventWords words)
    {
        var byChar = new Dictionary<char, List<Entry>>();
        var ordinal = 0;
        for (var t = 0; t < words.Triggers.Length; t++)
        {
            foreach (var form in words.Triggers[t].Forms)
            {
                var first = form.Parts[0];
                if (!byChar.TryGetValue(first[0], out var list))
                {
                    byChar[first[0]] = list = [];
                }

                list.Add(new Entry(ordinal++, words.Triggers[t], form));
            }
        }

        _byFirstChar = byChar.ToDictionary(p => p.Key, p => p.Value.ToArray());
        _firsts = SearchValues.Create([.. byChar.Values.SelectMany(l => l).Select(e => e.Form.Parts[0]).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);
    }

    /// <summary>A trigger form, numbered in the pack's order (trigger by trigger, form by form).</summary>
    /// <param name="Ordinal">Its place in that order.</param>
    /// <param name="Trigger">The trigger it belongs to.</param>
    /// <param name="Form">The form.</param>
    public readonly record struct Entry(int Ordinal, EventTrigger Trigger, WordForm Form);

    /// <summary>The search of a pack's triggers, built at its first use and kept while the pack lives.</summary>
    public static TriggerSearch Of(EventWords words) => Built.GetValue(words, static w => new TriggerSearch(w));

    /// <summary>The first place at or after <paramref name="from"/> and before <paramref name="limit"/> where some form's first piece starts, or -1.</summary>
    public int NextStart(string folded, int from, int limit)
    {
        var at = folded.AsSpan(from, limit - from).IndexOfAny(_firsts);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>The forms whose first piece starts with <paramref name="c"/>, in the pack's order.</summary>
    public ReadOnlySpan<Entry> StartingWith(char c) => _byFirstChar.TryGetValue(c, out var entries) ? entries : [];
}
