using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Code.Routes.Python.Django;

/// <summary>What the settings module says about routes: ROOT_URLCONF, DRF's DEFAULT_PERMISSION_CLASSES, LoginRequiredMiddleware.</summary>
internal sealed record DjangoSettings(PyModule? Module, string? RootUrlConf, IReadOnlyList<(string Name, int Line)> DefaultPermissions, int LoginRequiredMiddlewareLine)
{
    public static DjangoSettings Read(PythonApp app)
    {
        var candidates = app.Workspace.Modules.Where(m => m.Path.EndsWith("settings.py", StringComparison.Ordinal) || m.Path.Contains("/settings/", StringComparison.Ordinal))
            .Where(m => m.Assignments.Any(a => a.Context.Scope is null && a.Assignment.Target is "ROOT_URLCONF" or "REST_FRAMEWORK" or "INSTALLED_APPS" or "MIDDLEWARE"))
            .OrderBy(m => m.Path.Length).ThenBy(m => m.Path, StringComparer.Ordinal).ToList();
        PyModule? settings = null;
        string? root = null;
        var permissions = new List<(string, int)>();
        var middlewareLine = 0;
        foreach (var module in candidates)
        {
            settings ??= module;
            root ??= app.StringValue(module, module.ModuleAssignment("ROOT_URLCONF")?.Value);
            if (permissions.Count == 0 && module.ModuleAssignment("REST_FRAMEWORK")?.Value is PyDict rest && rest["DEFAULT_PERMISSION_CLASSES"] is PySequence defaults)
            {
                permissions.AddRange(defaults.Items.Select(i => (app.StringValue(module, i) ?? i.DottedName ?? "", i.Line)).Where(p => p.Item1.Length > 0).Select(p => (p.Item1.Split('.')[^1], p.Line)));
                settings = module;
            }

            if (middlewareLine == 0 && module.ModuleAssignment("MIDDLEWARE")?.Value is PySequence middleware
                && middleware.Items.FirstOrDefault(i => app.StringValue(module, i)?.EndsWith(".LoginRequiredMiddleware", StringComparison.Ordinal) == true) is { } login)
            {
                middlewareLine = login.Line;
            }
        }

        return new DjangoSettings(settings, root, permissions, middlewareLine);
    }
}
