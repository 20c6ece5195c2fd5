using Rampart.Code.Routes;
using Rampart.Code.Routes.AspNetCore;
using Rampart.Code.Routes.JavaScript;
using Rampart.Code.Routes.Python;

namespace Rampart.Cli;

/// <summary>The one explicit list of route extractors (one per framework family) that `routes` and `scan` use.</summary>
internal static class BuiltInRouteExtractors
{
    public static IReadOnlyList<IRouteExtractor> Create() =>
    [
        new AspNetCoreRouteExtractor(),
        new JavaScriptRouteExtractor(),
        new PythonRouteExtractor(),
    ];
}
