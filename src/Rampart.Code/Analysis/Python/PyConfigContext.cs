namespace Rampart.Code.Analysis.Python;

/// <summary>
/// Where a configuration assignment (<c>DEBUG = True</c>, <c>SESSION_COOKIE_SECURE = False</c>)
/// takes effect in production: a module-level line of the production settings module
/// (<c>settings.py</c>, <c>settings/base.py</c>, <c>settings/production.py</c>, Flask's <c>config.py</c>),
/// a class named for production (<c>class ProductionConfig</c>), or <c>app.config[...]</c> / <c>app.debug</c>
/// set in code; never under a development-only condition.
/// </summary>
internal static class PyConfigContext
{
    public static bool IsProduction(PyAssignmentSite assignment, PyFlow flow)
    {
        if (flow.InDevelopmentOnly || flow.Function is not null && assignment.Key is null && !assignment.Target.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }

        if (assignment.Key is not null || assignment.Owner.Length > 0)
        {
            // app.config["DEBUG"] = True, app.debug = True: code that runs wherever the app runs.
            return flow.Class is null || IsProductionClass(flow);
        }

        if (flow.Class is not null)
        {
            return IsProductionClass(flow);
        }

        return flow.File.IsProductionSettings || flow.File.FileName == "config.py";
    }

    private static bool IsProductionClass(PyFlow flow) =>
        flow.Class!.Name.Contains("prod", StringComparison.OrdinalIgnoreCase) || flow.Class.Name.Contains("Live", StringComparison.Ordinal);

    /// <summary>True when the value is exactly the literal <paramref name="literal"/> (<c>True</c>, <c>False</c>).</summary>
    public static bool ValueIs(PyAssignmentSite assignment, PyFlow flow, string literal) =>
        assignment.ValueEnd - assignment.ValueStart == 1 && flow.Tokens[assignment.ValueStart].IsName(literal);
}
