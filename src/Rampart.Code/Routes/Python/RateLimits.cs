using Rampart.Code.Lexing.Python.Syntax;
using Rampart.Code.Routes.Model;

namespace Rampart.Code.Routes.Python;

/// <summary>
/// Marks Python routes whose handler carries a rate-limit decorator: slowapi and Flask-Limiter
/// (<c>@limiter.limit("5/minute")</c>), django-ratelimit (<c>@ratelimit(key="ip", rate="5/m")</c>),
/// and decorators named like them. Used by the unauthenticated-AI-spend rule (RMP-C050).
/// </summary>
internal static class RateLimits
{
    public static IReadOnlyList<HttpRoute> Mark(IReadOnlyList<HttpRoute> routes, IEnumerable<PyModule> modules)
    {
        var byPath = modules.ToDictionary(m => m.Path, StringComparer.Ordinal);
        var limitedByName = modules
            .SelectMany(m => m.Definitions.Where(d => !d.IsClass && d.Decorators.Any(IsRateLimit)).Select(d => d.Name))
            .ToHashSet(StringComparer.Ordinal);
        return routes.Select(route => IsLimited(route, byPath, limitedByName)
            ? route with { RateLimited = true, Evidence = [.. route.Evidence, new AuthEvidence(AuthEffect.Note, "rate limited", route.Location)] }
            : route).ToList();
    }

    private static bool IsLimited(HttpRoute route, Dictionary<string, PyModule> byPath, HashSet<string> limitedByName)
    {
        if (route.RateLimited)
        {
            return false;
        }

        // The decorator stack the route was declared in (FastAPI, Flask), else the view by name (Django urls.py).
        if (byPath.TryGetValue(route.Location.Path, out var module)
            && module.Definitions.FirstOrDefault(d => !d.IsClass && route.Location.Line >= d.FirstLine && route.Location.Line <= d.Statement.Line) is { } definition)
        {
            return definition.Decorators.Any(IsRateLimit);
        }

        return limitedByName.Contains(route.Handler.Split('.')[^1]);
    }

    private static bool IsRateLimit(PyDecorator decorator) =>
        decorator.Name is { } name && (name.Split('.')[^1] is "ratelimit" or "rate_limit" or "throttle" || name.EndsWith("limiter.limit", StringComparison.Ordinal) || name.EndsWith("limiter.shared_limit", StringComparison.Ordinal));
}
