using System.Diagnostics;
using System.Runtime;

namespace Kurils.Domain.Benchmarks;

/// <summary>
/// Runs a pass of a timed mode until the JIT has settled: at least <see cref="Least"/>, and until fewer than
/// <see cref="Stragglers"/> methods were compiled during the last <see cref="Quiet"/> (at most <see cref="Most"/>; a few
/// rarely taken paths go on reaching their call counts for a long time). A fixed 3 s is not enough for a small
/// corpus: the seeds take 4–5 s of passes before their last methods reach tier 1 (7,600 methods compiled), and a
/// minimum taken before then times the instrumented tier, not the parse (2.39 ms on the seeds against 1.15 ms settled).
/// </summary>
internal static class WarmUp
{
    public static readonly TimeSpan Least = TimeSpan.FromSeconds(3);
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Most = TimeSpan.FromSeconds(30);
    public const int Stragglers = 10;

    /// <summary>Calls <paramref name="pass"/> until the JIT settles; returns how long that took.</summary>
    public static TimeSpan Run(Action pass)
    {
        var watch = Stopwatch.StartNew();
        var windowStart = TimeSpan.Zero;
        var compiledAtWindowStart = JitInfo.GetCompiledMethodCount();
        while (watch.Elapsed < Most)
        {
            pass();
            if (watch.Elapsed - windowStart < Quiet)
            {
                continue;
            }

            var compiled = JitInfo.GetCompiledMethodCount();
            if (watch.Elapsed >= Least && compiled - compiledAtWindowStart < Stragglers)
            {
                break;
            }

            (windowStart, compiledAtWindowStart) = (watch.Elapsed, compiled);
        }

        return watch.Elapsed;
    }
}
