using Rampart.Code.Routes.Model;
using Rampart.Core.Scanning;

namespace Rampart.Code.Routes;

/// <summary>
/// Lists the HTTP routes of one framework family from source. Reads files only through the
/// <see cref="ScanContext"/>; a file that does not parse becomes a warning, never an abort.
/// </summary>
public interface IRouteExtractor
{
    /// <summary>Short name for warnings, e.g. <c>aspnetcore-routes</c>.</summary>
    string Name { get; }

    Task<RouteInventory> ExtractAsync(ScanContext context, CancellationToken cancellationToken);
}
