using NodaTime;

namespace Kurils.Domain.Parsing;

/// <summary>
/// The parse contexts of one parser: rented for a parse and returned in its <c>finally</c>, so concurrent parses
/// each have their own and sequential ones reuse the same few. Thread-safe.
/// </summary>
internal sealed class ParseContextPool(KurilsCatalog catalog)
{
    // A few more than the threads that usually parse at once; a context beyond them is left to the collector.
    private readonly ParseContext?[] _kept = new ParseContext?[Math.Max(4, Environment.ProcessorCount * 2)];

    /// <summary>A cleared context for a parse of <paramref name="text"/>.</summary>
    public ParseContext Rent(string text, LocalDate? published)
    {
        var context = TakeKept() ?? new ParseContext(catalog);
        context.Begin(text, published);
        return context;
    }

    /// <summary>Gives <paramref name="context"/> back, cleared; after this the caller must not use it.</summary>
    public void Return(ParseContext context)
    {
        context.Clear();
        if (!context.Reusable)
        {
            return;
        }

        for (var i = 0; i < _kept.Length; i++)
        {
            if (Interlocked.CompareExchange(ref _kept[i], context, null) is null)
            {
                return;
            }
        }
    }

    private ParseContext? TakeKept()
    {
        for (var i = 0; i < _kept.Length; i++)
        {
            if (Volatile.Read(ref _kept[i]) is not null && Interlocked.Exchange(ref _kept[i], null) is { } context)
            {
                return context;
            }
        }

        return null;
    }
}
