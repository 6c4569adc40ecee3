namespace Kurils.Domain.Html.Dom;

/// <summary>
/// HTML's stack of open elements, with a count of open elements per name so that the frequent checks ("is a
/// <c>p</c> open?", "are we inside <c>svg</c>?") cost nothing when the answer is no.
/// </summary>
internal sealed class OpenElements
{
    private readonly List<PageElement> _stack = new(64);
    private readonly Dictionary<string, int> _open = new(StringComparer.Ordinal);

    public int Count => _stack.Count;

    public PageElement this[int index] => _stack[index];

    public void Add(PageElement element)
    {
        _stack.Add(element);
        _open[element.Name] = _open.GetValueOrDefault(element.Name) + 1;
    }

    /// <summary>Removes the element at <paramref name="index"/> and everything above it.</summary>
    public void RemoveFrom(int index)
    {
        for (var i = _stack.Count - 1; i >= index; i--)
        {
            _open[_stack[i].Name]--;
        }

        _stack.RemoveRange(index, _stack.Count - index);
    }

    /// <summary>Whether an element named <paramref name="name"/> is open anywhere on the stack.</summary>
    public bool IsOpen(string name) => _open.TryGetValue(name, out var count) && count > 0;

    public List<PageElement>.Enumerator GetEnumerator() => _stack.GetEnumerator();
}
