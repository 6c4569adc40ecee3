using System.Buffers;
using Kurils.Domain.Languages;

namespace Kurils.Domain.Parsing.Events;

/// <summary>
/// One pack's trigger forms, so that one pass over a text finds where every form's first piece occurs: a multi-string
/// search for all the first pieces at once (<see cref="SearchValues{T}"/> of strings, Teddy or Aho-Corasick), and at
/// each place it stops, a comparison with the forms whose first piece starts with that character. Searching each of a
/// pack's hundreds of forms over a short page costs a search's set-up hundreds of times (on the 1.5 KB pages of the
/// throughput corpus that was the largest single cost of the parse).
/// </summary>
internal sealed class TriggerIndex
{
    private readonly (EventTrigger Trigger, WordForm Form)[] _forms;
    private readonly int[]?[] _ascii = new int[]?[128];
    private readonly Dictionary<char, int[]> _other = [];
    private readonly SearchValues<string> _firstPieces;

    /// <param name="triggers">The pack's triggers; a form's number is its place in trigger order, then form order.</param>
    public TriggerIndex(IEnumerable<EventTrigger> triggers)
    {
        var forms = new List<(EventTrigger, WordForm)>();
        var byFirst = new Dictionary<char, List<int>>();
        var pieces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var trigger in triggers)
        {
            foreach (var form in trigger.Forms)
            {
                var first = form.Parts[0][0];
                if (!byFirst.TryGetValue(first, out var list))
                {
                    byFirst[first] = list = [];
                }

                list.Add(forms.Count);
                pieces.Add(form.Parts[0]);
                forms.Add((trigger, form));
            }
        }

        _forms = [.. forms];
        foreach (var (first, list) in byFirst)
        {
            if (first < 128)
            {
                _ascii[first] = [.. list];
            }
            else
            {
                _other[first] = [.. list];
            }
        }

        _firstPieces = SearchValues.Create([.. pieces.Order(StringComparer.Ordinal)], StringComparison.Ordinal);
    }

    /// <summary>The form numbered <paramref name="number"/> and its trigger.</summary>
    public (EventTrigger Trigger, WordForm Form) this[int number] => _forms[number];

    /// <summary>
    /// Adds to <paramref name="hits"/> every place in <paramref name="range"/> of <paramref name="folded"/> where some
    /// form's first piece occurs whole inside the range (overlapping places included), as (form number, start), in
    /// text order and, at one place, in form order.
    /// </summary>
    public void FirstPieces(string folded, TextSpan range, List<(int Form, int Start)> hits)
    {
        var text = folded.AsSpan(0, range.End);
        var at = range.Start;
        while (at < range.End)
        {
            var next = text[at..].IndexOfAny(_firstPieces);
            if (next < 0)
            {
                return;
            }

            at += next;
            var c = text[at];
            var candidates = c < 128 ? _ascii[c] : _other.GetValueOrDefault(c);
            foreach (var number in candidates!)
            {
                if (text[at..].StartsWith(_forms[number].Form.Parts[0], StringComparison.Ordinal))
                {
                    hits.Add((number, at));
                }
            }

            at++;
        }
    }
}
