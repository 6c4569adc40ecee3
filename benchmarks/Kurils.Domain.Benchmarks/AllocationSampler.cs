using System.Diagnostics.Tracing;
using System.Globalization;

namespace Kurils.Domain.Benchmarks;

/// <summary>
/// The runtime's allocation samples (<c>GCAllocationTick</c>, one per ~100 KB a thread allocates) summed by type, from
/// an in-process listener: which types a stage's bytes go to, without a tracing tool. Samples, not a count: a type
/// allocated rarely in small objects may be missed, and each sample stands for the ~100 KB before it.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    // The GC keyword of the runtime provider; AllocationTick is written at its verbose level.
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private readonly Dictionary<string, (long Samples, long Bytes)> _byType = [];
    private volatile bool _on;

    /// <summary>Counts samples from now on, forgetting those before.</summary>
    public void Start()
    {
        lock (_byType)
        {
            _byType.Clear();
        }

        _on = true;
    }

    /// <summary>The types by sampled bytes, largest first, with each one's share.</summary>
    public void Report(TextWriter output)
    {
        _on = false;
        Thread.Sleep(500); // the listener receives the runtime's events on its own thread, a little late
        lock (_byType)
        {
            var total = Math.Max(1, _byType.Values.Sum(v => v.Bytes));
            foreach (var (type, (samples, bytes)) in _byType.OrderByDescending(p => p.Value.Bytes).Take(25))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {100.0 * bytes / total,5:F1} %  {samples,6} samples  {type}"));
            }
        }
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_on || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null)
        {
            return;
        }

        var type = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var i and >= 0 ? Convert.ToInt64(e.Payload[i], CultureInfo.InvariantCulture) : 100_000;
        lock (_byType)
        {
            var (samples, bytes) = _byType.GetValueOrDefault(type);
            _byType[type] = (samples + 1, bytes + amount);
        }
    }
}
