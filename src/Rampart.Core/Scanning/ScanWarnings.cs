using System.Collections.Concurrent;

namespace Rampart.Core.Scanning;

/// <summary>Thread-safe collector of scan warnings; detectors add to it while reading in parallel.</summary>
public sealed class ScanWarnings
{
    private readonly ConcurrentQueue<ScanWarning> _warnings = new();

    public void Add(ScanWarning warning) => _warnings.Enqueue(warning);

    public IReadOnlyList<ScanWarning> ToList() =>
        [.. _warnings.OrderBy(w => w.Path ?? string.Empty, StringComparer.Ordinal).ThenBy(w => w.Message, StringComparer.Ordinal)];
}
