using System.Buffers;
using System.Text;
using Kurils.Domain.Parsing;

namespace Kurils.Cli;

/// <summary>
/// Parses articles on several cores and writes the results in input order. <c>jobs</c> threads (the caller's and
/// <c>jobs</c> − 1 more) each take the next input (reading it), parse and format it, and write every result that is
/// next in input order; a result that is ahead waits for those before it. At most <see cref="WindowPerJob"/> ×
/// <c>jobs</c> articles are in flight (taken, not yet written), so memory is bounded however many inputs there are,
/// and a records stream is read only as fast as results are written. When the output fails (a closed pipe), the
/// exception leaves on the caller's thread once the others have stopped: nothing more is read, and the articles in
/// flight are dropped.
/// </summary>
/// <remarks>
/// Threads of their own rather than tasks on the thread pool with the caller's thread reading and writing: the
/// pool's workers spin before they sleep and the writing thread woke once per article, both CPU time a second core
/// spent besides parsing (benchmarks/README.md, "Two cores").
/// </remarks>
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
        if (_jobs == 1)
        {
            var allGood = true;
            foreach (var item in items)
            {
                allGood &= Write(Process(item), output, errors);
                output.Flush();
            }

            return allGood;
        }

        using var inputs = items.GetEnumerator();
        var run = new Workers(this, inputs, output, errors);
        var others = new Thread[_jobs - 1];
        for (var i = 0; i < others.Length; i++)
        {
            others[i] = new Thread(run.Work) { IsBackground = true, Name = "kurils parse" };
            others[i].Start();
        }

        run.Work();
        foreach (var thread in others)
        {
            thread.Join();
        }

        return run.Finish();
    }

    /// <summary>Writes one outcome; false when it is an error.</summary>
    private static bool Write(Outcome outcome, TextWriter output, TextWriter errors)
    {
        if (outcome.Error is { } error)
        {
            errors.WriteLine(error);
            return false;
        }

        outcome.Output.WriteTo(output);
        return true;
    }

    private Outcome Process(ArticleItem item) =>
        item.TryParse(_parser, out var result, out var error)
            ? new Outcome(_format(result), null)
            : new Outcome(default, $"kurils: {item.Location}: {error}");

    /// <summary>One run over several threads: the inputs they take from, the results waiting for their turn, the first failure.</summary>
    private sealed class Workers(ParsePipeline pipeline, IEnumerator<ArticleItem> inputs, TextWriter output, TextWriter errors)
    {
        private readonly object _reading = new();
        private readonly object _writing = new();
        private readonly SemaphoreSlim _window = new(pipeline._jobs * WindowPerJob);
        private readonly Dictionary<long, Outcome> _waiting = [];
        private long _taken;
        private long _written;
        private bool _allGood = true;
        private volatile bool _stopped;
        private Exception? _failure;

        public void Work()
        {
            try
            {
                while (Take() is { } next)
                {
                    Put(next.Number, pipeline.Process(next.Item));
                }
            }
            catch (Exception e)
            {
                Stop(e);
            }
        }

        /// <summary>The outcome of the run on the caller's thread: the first failure thrown again, else whether every input was good.</summary>
        public bool Finish()
        {
            _window.Dispose();
            if (_failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_failure);
            }

            return _allGood;
        }

        /// <summary>The next input and its number, once the window has room for it; null at the end or after a failure.</summary>
        private (long Number, ArticleItem Item)? Take()
        {
            _window.Wait();
            lock (_reading)
            {
                if (_stopped || !inputs.MoveNext())
                {
                    _window.Release(); // another thread waiting for room finds the end too
                    return null;
                }

                return (_taken++, inputs.Current);
            }
        }

        /// <summary>Writes the outcome if its turn has come, with every waiting one after it; else leaves it waiting.</summary>
        private void Put(long number, Outcome outcome)
        {
            lock (_writing)
            {
                if (_stopped)
                {
                    return;
                }

                if (number != _written)
                {
                    _waiting.Add(number, outcome);
                    return;
                }

                do
                {
                    _allGood &= Write(outcome, output, errors);
                    _written++;
                    _window.Release();
                }
                while (_waiting.Remove(_written, out outcome));

                // The next result is not ready: what is written goes out now, so output streams without a write per article.
                output.Flush();
            }
        }

        private void Stop(Exception failure)
        {
            lock (_writing)
            {
                _failure ??= failure;
                _stopped = true;
            }

            _window.Release(pipeline._jobs); // wake every thread waiting for room: they find the run stopped
        }
    }
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
