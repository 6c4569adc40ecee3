using Kurils.Cli;
using Microsoft.Win32.SafeHandles;

using var stdin = Console.OpenStandardInput();

// Start-up builds the catalog, the language packs and the name scanner: about 26 MB, nearly all of it kept. The large
// arrays among them would trigger a full blocking GC that copies what was just built (about 12 % of the CPU time of
// `kurils parse article.txt`, benchmarks/README.md, "Cold start"). The region ends by itself at the first GC, once 64 MB
// are allocated; from there the GC runs as usual.
try
{
    GC.TryStartNoGCRegion(64L << 20);
}
catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
{
    // A runtime that cannot set aside that much: start-up is only slower.
}

var stdout = new Utf8Output(StandardOutput());
return CommandLine.Run(args, stdin, stdout, Console.Error);

// On Unix, a pipe or terminal on standard output is file descriptor 1 opened as a plain FileStream: the console
// stream .NET gives (Console.OpenStandardOutput) drops writes to a closed pipe without a word, so
// `kurils parse many/ | head -1` would parse everything and exit 0; a FileStream reports EPIPE, and the command
// stops with exit code 3. A regular file keeps the console stream (a FileStream would write at its own offset,
// not at the end of a file opened with >>). Buffered, since Console.Out flushes on every write: the commands
// flush when a result is complete and the next one is not ready yet, so output still streams to a pipe.
static Stream StandardOutput()
{
    if (!OperatingSystem.IsWindows())
    {
        var descriptor = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        if (!descriptor.CanSeek)
        {
            return descriptor;
        }

        descriptor.Dispose();
    }

    return Console.OpenStandardOutput();
}
