using Rampart.Core.Detectors;
using Rampart.Core.Findings;
using Rampart.Core.Rules;
using Rampart.Core.Scanning;

namespace Rampart.Tests.TestSupport;

/// <summary>A detector that crashes, to check that one failure makes the scan incomplete (exit 3) and nothing else.</summary>
internal sealed class FailingDetector : IDetector
{
    public string Name => "always-fails";

    public DetectorFamily Family => DetectorFamily.Code;

    public IReadOnlyList<Rule> Rules => [];

    public Task<IReadOnlyList<Finding>> DetectAsync(ScanContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("parser blew up");
}
