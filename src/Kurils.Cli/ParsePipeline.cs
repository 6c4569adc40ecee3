using System.Buffers;
using System.Text;
using Kurils.Domain.Parsing;

namespace Kurils.Cli;

/// <summary>
/// Parses articles on several cores and writes the results in input order. The caller's thread reads the inputs
/// and writes the outputs; up to <c>jobs</c> workers parse and format. At most <see cref="WindowPerJob"/> ×
/// <c>jobs</c> articles are in flight (read, not yet written), so memory is bounded however many inputs there are,
/// and a records stream is read only as fast as results are written. When the output fails (a closed pipe), the
/// exception leaves at once: nothing more is read, and the articles in flight are dropped.
/// </summary>
internal sealed class ParsePipeline
{
    /// <summary>Articles in flight per worker: enough that a worker never waits for a slow neighbour's result.</summary>
    public const int WindowPerJob = 4;

    private readonly ArticleParser _parser;
    private readonly Func<ParsedResult, Utf8Chunk> _format;
    private readonly int _jobs;

    /// <param name="parser">The parser (thread-safe).</param>
    /// <param name="format">Turns one parse into its output, encoded (on a worker thread).</param>
    /// <param name="jobs">How many articles to parse at once.</param>
    public ParsePipeline(ArticleParser parser, Func<ParsedResult, Utf8Chunk> format, int jobs)
    {
        _parser = parser;
        _format = format;
        _jobs = jobs;
    }

    /// <summary>What became of one article: its output, or the one line that says why there is none.</summary>
    /// <param name="Output">The formatted result (empty when there is none).</param>
    /// <param name="Error">The error line (<c>kurils: LOCATION: reason</c>), or null.</param>
    private readonly record struct Outcome(Utf8Chunk Output, string? Error);

    /// <summary>Parses every item and hands each outcome, in input order, to the writers.</summary>
    /// <returns>False when some item could not be read or parsed.</returns>
    public bool Run(IEnumerable<ArticleItem> items, TextWriter output, TextWriter errors)
    {
        var allGood = true;
        void Write(Outcome outcome)
        {
            if (outcome.Error is { } error)
            {
                errors.WriteLine(error);
                allGood = false;
            }
            else
            {
                outcome.Output.WriteTo(output);
            }
        }

        if (_jobs == 1)
        {
            foreach (var item in items)
            {
                Write(Process(item));
                output.Flush();
            }

            return allGood;
        }

        using var stop = new CancellationTokenSource();
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, _jobs).ConcurrentScheduler;
        var window = new Queue<Task<Outcome>>();
        try
        {
            foreach (var item in items)
            {
                window.Enqueue(Task.Factory.StartNew(() => stop.IsCancellationRequested ? default : Process(item), stop.Token, TaskCreationOptions.None, scheduler));
                while (window.Count >= _jobs * WindowPerJob || (window.Count > 0 && window.Peek().IsCompleted))
                {
                    Emit(window, output, Write);
                }
            }

            while (window.Count > 0)
            {
                Emit(window, output, Write);
            }
        }
        finally
        {
            // After an output failure: the articles still in flight are not wanted.
            stop.Cancel();
        }

        return allGood;
    }

    /// <summary>Writes the oldest result; flushes first when it is not ready yet, so output streams without a write per article.</summary>
    private static void Emit(Queue<Task<Outcome>> window, TextWriter output, Action<Outcome> write)
    {
        var next = window.Dequeue();
        if (!next.IsCompleted)
        {
            output.Flush();
        }

        write(next.GetAwaiter().GetResult());
    }

    private Outcome Process(ArticleItem item) =>
        item.TryParse(_parser, out var result, out var error)
            ? new Outcome(_format(result), null)
            : new Outcome(default, $"kurils: {item.Location}: {error}");
}

/// <summary>
/// One article's output as UTF-8, in an array rented from <see cref="ArrayPool{T}.Shared"/> and returned once written:
/// a worker encodes it, the writing thread only copies it out (see <see cref="Utf8Output"/>).
/// </summary>
internal readonly struct Utf8Chunk
{
    private readonly byte[]? _array;
    private readonly int _length;

    private Utf8Chunk(byte[] array, int length)
    {
        _array = array;
        _length = length;
    }

    /// <summary>A copy of <paramref name="bytes"/>.</summary>
    public static Utf8Chunk Of(ReadOnlySpan<byte> bytes)
    {
        var array = ArrayPool<byte>.Shared.Rent(Math.Max(bytes.Length, 1));
        bytes.CopyTo(array);
        return new(array, bytes.Length);
    }

    /// <summary><paramref name="text"/> encoded.</summary>
    public static Utf8Chunk Of(string text)
    {
        var array = ArrayPool<byte>.Shared.Rent(Math.Max(Encoding.UTF8.GetMaxByteCount(text.Length), 1));
        return new(array, Encoding.UTF8.GetBytes(text, array));
    }

    /// <summary>Writes the bytes (as they are to a <see cref="Utf8Output"/>, decoded to any other writer) and returns the array to the pool.</summary>
    public void WriteTo(TextWriter output)
    {
        if (_array is null)
        {
            return;
        }

        var bytes = _array.AsSpan(0, _length);
        if (output is Utf8Output utf8)
        {
            utf8.WriteUtf8(bytes);
        }
        else
        {
            output.Write(Encoding.UTF8.GetString(bytes));
        }

        ArrayPool<byte>.Shared.Return(_array);
    }
}
