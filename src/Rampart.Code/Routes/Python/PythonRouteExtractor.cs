using System.Collections.Concurrent;
using Rampart.Code.Lexing.Python;
using Rampart.Code.Lexing.Python.Syntax;
using Rampart.Code.Routes.Model;
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
        var modules = new ConcurrentBag<PyModule>();
        await context.ForEachTextAsync(f => IsSource(f.Path), (text, _) =>
        {
            try
            {
                modules.Add(PyModule.Parse(text.Path, text.Text));
            }
            catch (PythonLexException e)
            {
                context.Warnings.Add(new ScanWarning($"not valid Python, routes in it are not listed: {e.Message}") { Path = text.Path, Detector = Name });
            }

            return ValueTask.CompletedTask;
        }, cancellationToken).ConfigureAwait(false);

        if (modules.IsEmpty)
        {
            return RouteInventory.Empty;
        }

        var roots = context.Files.Where(f => ProjectMarkers.Contains(f.Name)).Select(f => f.Path.Contains('/', StringComparison.Ordinal) ? f.Path[..f.Path.LastIndexOf('/')] : "").Distinct().ToList();
        var app = new PythonApp(new PyWorkspace(modules), PythonVocabulary.For(context.Config.Routes), roots);
        new FastApiRoutes(app).Extract();
        new FlaskRoutes(app).Extract();
        new DjangoRoutes(app).Extract();
        return new RouteInventory(app.Routes, app.Comments.Problems);
    }

    private static bool IsSource(string path) =>
        path.EndsWith(".py", StringComparison.Ordinal)
        && !path.Contains("site-packages/", StringComparison.Ordinal)
        && !path.Split('/').Any(part => part is ".venv" or "venv" or "env" or ".tox" or "node_modules" or "__pycache__" or "migrations");
}
