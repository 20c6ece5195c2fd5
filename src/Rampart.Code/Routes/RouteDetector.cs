using Rampart.Code.Routes.Model;
using Rampart.Core.Detectors;
using Rampart.Core.Findings;
using Rampart.Core.Rules;
using Rampart.Core.Scanning;

namespace Rampart.Code.Routes;

/// <summary>Runs every route extractor and reports the route rules over the combined inventory.</summary>
public sealed class RouteDetector(IReadOnlyList<IRouteExtractor> extractors) : IDetector
{
    public string Name => "routes";

    public DetectorFamily Family => DetectorFamily.Code;

    public IReadOnlyList<Rule> Rules { get; } = [.. RouteRules.All, Analysis.CodeRules.UnauthenticatedAiSpend];

    public async Task<IReadOnlyList<Finding>> DetectAsync(ScanContext context, CancellationToken cancellationToken) =>
        RouteFindings.Evaluate(await ExtractAsync(extractors, context, cancellationToken).ConfigureAwait(false));

    /// <summary>The inventory of every framework, in a stable order (project, file, line).</summary>
    public static async Task<RouteInventory> ExtractAsync(IReadOnlyList<IRouteExtractor> extractors, ScanContext context, CancellationToken cancellationToken)
    {
        var parts = new List<RouteInventory>();
        foreach (var extractor in extractors)
        {
            parts.Add(await extractor.ExtractAsync(context, cancellationToken).ConfigureAwait(false));
        }

        return RouteInventory.Combine(parts);
    }
}
