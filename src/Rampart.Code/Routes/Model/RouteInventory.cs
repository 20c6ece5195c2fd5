namespace Rampart.Code.Routes.Model;

/// <summary>What route extraction found: the routes, and the auth problems not tied to one route's state.</summary>
public sealed record RouteInventory(IReadOnlyList<HttpRoute> Routes, IReadOnlyList<RouteProblem> Problems)
{
    public static RouteInventory Empty { get; } = new([], []);

    public static RouteInventory Combine(IEnumerable<RouteInventory> parts)
    {
        var list = parts.ToList();
        return new RouteInventory(
            list.SelectMany(p => p.Routes).OrderBy(r => r.Project, StringComparer.Ordinal).ThenBy(r => r.Location.Path, StringComparer.Ordinal).ThenBy(r => r.Location.Line).ThenBy(r => r.Path, StringComparer.Ordinal).ToList(),
            list.SelectMany(p => p.Problems).OrderBy(p => p.Location.Path, StringComparer.Ordinal).ThenBy(p => p.Location.Line).ToList());
    }
}
