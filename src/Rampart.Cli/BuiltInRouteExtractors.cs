using Rampart.Code.Routes;

namespace Rampart.Cli;

/// <summary>The one explicit list of route extractors (one per framework family) that `routes` and `scan` use.</summary>
internal static class BuiltInRouteExtractors
{
    public static IReadOnlyList<IRouteExtractor> Create() =>
    [
        new Rampart.Code.Routes.Python.PythonRouteExtractor(),
    ];
}
