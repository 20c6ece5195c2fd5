using Rampart.Core.Findings;
using Rampart.Core.Rules;
using Rampart.Core.Scanning;

namespace Rampart.Core.Detectors;

/// <summary>
/// A detector reads the repository through the <see cref="ScanContext"/> only (never the disk,
/// console or environment directly) and returns findings for its own rules.
/// </summary>
public interface IDetector
{
    /// <summary>Short name used in progress and warnings, e.g. <c>repository-hygiene</c>.</summary>
    string Name { get; }

    DetectorFamily Family { get; }

    IReadOnlyList<Rule> Rules { get; }

    Task<IReadOnlyList<Finding>> DetectAsync(ScanContext context, CancellationToken cancellationToken);
}
