using System.Collections.Concurrent;
using Rampart.Core.Scanning;

namespace Rampart.Code.Lexing.Python.Syntax;

/// <summary>
/// The project's Python modules, lexed and parsed once per scan and shared by the route inventory
/// and the code rules (so a file that does not lex is also reported once). Virtual environments,
/// installed packages, caches and migrations are not the project's code.
/// </summary>
public static class PythonSources
{
    public static Task<IReadOnlyList<PyModule>> ForScanAsync(ScanContext context, CancellationToken cancellationToken) =>
        context.SharedAsync("python-modules", () => ParseAsync(context, cancellationToken));

    public static bool IsSource(string path) =>
        path.EndsWith(".py", StringComparison.Ordinal)
        && !path.Contains("site-packages/", StringComparison.Ordinal)
        && !path.Split('/').Any(part => part is ".venv" or "venv" or "env" or ".tox" or "node_modules" or "__pycache__" or "migrations");

    private static async Task<IReadOnlyList<PyModule>> ParseAsync(ScanContext context, CancellationToken cancellationToken)
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
                context.Warnings.Add(new ScanWarning($"not valid Python, routes and code rules in it are not checked: {e.Message}") { Path = text.Path, Detector = "python" });
            }

            return ValueTask.CompletedTask;
        }, cancellationToken).ConfigureAwait(false);

        // Parallel reads finish in any order: keep the modules in path order so results are stable.
        return modules.OrderBy(m => m.Path, StringComparer.Ordinal).ToList();
    }
}
