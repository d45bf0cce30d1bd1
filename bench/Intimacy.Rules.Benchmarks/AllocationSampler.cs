using System.Diagnostics.Tracing;

namespace Intimacy.Rules.Benchmarks;

/// <summary>Samples allocations by type (the runtime's AllocationTick event, about one per 100 KB).</summary>
public sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, long> _bytes = [];

    public IReadOnlyDictionary<string, long> Bytes => _bytes;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName != "GCAllocationTick_V4" || eventData.Payload is null)
        {
            return;
        }

        var index = eventData.PayloadNames!.IndexOf("TypeName");
        var amount = eventData.PayloadNames.IndexOf("AllocationAmount64");
        var type = index >= 0 ? eventData.Payload[index]?.ToString() ?? "?" : "?";
        var bytes = amount >= 0 ? Convert.ToInt64(eventData.Payload[amount], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        lock (_bytes)
        {
            _bytes[type] = _bytes.GetValueOrDefault(type) + bytes;
        }
    }
}
