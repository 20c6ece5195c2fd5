using System.Collections.Concurrent;

namespace Rampart.Core.Scanning;

/// <summary>Thread-safe collector of scan warnings; detectors add to it while reading in parallel.</summary>
public sealed class ScanWarnings
{
    private readonly ConcurrentQueue<ScanWarning> _warnings = new();

    /// <summary>Adds a warning; a credential in a URL it quotes (a requirement line, a git error) is removed first.</summary>
    public void Add(ScanWarning warning) => _warnings.Enqueue(warning with { Message = UrlCredentials.Redact(warning.Message) });

    public IReadOnlyList<ScanWarning> ToList() =>
        [.. _warnings.OrderBy(w => w.Path ?? string.Empty, StringComparer.Ordinal).ThenBy(w => w.Message, StringComparer.Ordinal)];
}
