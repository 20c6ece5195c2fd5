using Rampart.Code.Lexing.Python;
using Rampart.Code.Lexing.Python.Syntax;
using Rampart.Code.Routes.Model;
using Rampart.Code.Routes.Python.Connexion;
using Rampart.Code.Routes.Python.Django;
using Rampart.Code.Routes.Python.FastApi;
using Rampart.Code.Routes.Python.Flask;
using Rampart.Core.Scanning;

namespace Rampart.Code.Routes.Python;

/// <summary>
/// Routes of Python web apps (FastAPI, Flask, Django/DRF): every .py file is lexed and parsed once,
/// imports are resolved across files, then each framework reads the same parsed workspace.
/// </summary>
public sealed class PythonRouteExtractor : IRouteExtractor
{
    private static readonly string[] ProjectMarkers = ["pyproject.toml", "requirements.txt", "manage.py"];

    public string Name => "python-routes";

    public async Task<RouteInventory> ExtractAsync(ScanContext context, CancellationToken cancellationToken)
    {
        var modules = await PythonSources.ForScanAsync(context, cancellationToken).ConfigureAwait(false);
        if (modules.Count == 0)
        {
            return RouteInventory.Empty;
        }

        var roots = context.Files.Where(f => ProjectMarkers.Contains(f.Name)).Select(f => f.Path.Contains('/', StringComparison.Ordinal) ? f.Path[..f.Path.LastIndexOf('/')] : "").Distinct().ToList();
        var app = new PythonApp(new PyWorkspace(modules), PythonVocabulary.For(context.Config.Routes), roots);
        new FastApiRoutes(app).Extract();
        new FlaskRoutes(app).Extract();
        new DjangoRoutes(app).Extract();
        var connexion = await ConnexionRoutes.ExtractAsync(app, context, cancellationToken).ConfigureAwait(false);
        return new RouteInventory(RateLimits.Mark(app.Routes, modules), [.. app.Comments.Problems, .. connexion]);
    }
}
