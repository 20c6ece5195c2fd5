using Rampart.Code.Lexing.Python;
using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Code.Analysis.Python.Checks;

/// <summary>
/// RMP-C012: <c>jwt.encode</c>/<c>jwt.decode</c> (PyJWT, python-jose) whose key is a string literal,
/// a name bound to one (in the function, the module, an imported module, or a settings class
/// default), or an environment lookup with a literal fallback; and flask-jwt-extended's
/// <c>JWT_SECRET_KEY</c> set to a literal. The key itself never appears in the message.
/// </summary>
internal sealed class WeakJwtKeyCheck : IPythonCheck
{
    private const int MinimumLength = 32;

    public void VisitCall(PyCallSite call, PyFlow flow)
    {
        var canonical = PyNames.Canonical(flow.File.Module, call.Callee);
        if (canonical is not ("jwt.encode" or "jwt.decode" or "jose.jwt.encode" or "jose.jwt.decode") || call.Arg(1, "key") is not { } key)
        {
            return;
        }

        var name = flow.Text(key);
        var (literal, how) = Resolve(flow, key.Start, key.End);
        if (literal is null || literal.Length == 0)
        {
            return;
        }

        var shown = flow.Tokens[key.Start].Kind == PythonTokenKind.String ? "a string literal" : $"`{name}`";
        var length = literal.Length < MinimumLength ? $", {literal.Length} characters (under {MinimumLength})" : "";
        flow.File.Report(CodeRules.WeakJwtSigningKey, call.Line, $"`{call.Callee}` uses {shown} as its key, {how}{length}", call.Callee, null, $"{call.Callee}({name})", secretOnLine: true);
    }

    public void VisitAssignment(PyAssignmentSite assignment, PyFlow flow)
    {
        if (assignment.Key is not "JWT_SECRET_KEY" || PyTaintEvaluator.Literal(flow.Tokens, assignment.ValueStart, assignment.ValueEnd) is not { Length: > 0 })
        {
            return;
        }

        flow.File.Report(CodeRules.WeakJwtSigningKey, assignment.Line, $"`{assignment.Target}` is a string literal in the source", assignment.Target, null, assignment.Target, secretOnLine: true);
    }

    private static (string? Literal, string How) Resolve(PyFlow flow, int start, int end)
    {
        if (flow.ConstantString(start, end) is { } constant)
        {
            return (constant, "hard-coded in the source");
        }

        var expr = PyExprParser.Parse(flow.Tokens, start, end);
        if (EnvironmentFallback(flow, expr) is { } fallback)
        {
            return (fallback, "a hard-coded fallback when the environment variable is missing");
        }

        if (expr is PyName { Dotted: var dotted } && dotted.Contains('.', StringComparison.Ordinal))
        {
            var symbol = flow.File.Workspace.Resolve(flow.File.Module, dotted);
            if (symbol is not null && ClassDefault(flow, symbol) is { } value)
            {
                return value;
            }
        }

        if (expr is PyName { Dotted: var local } && flow.State.Value(local) is { } assigned && ReferenceEquals(assigned.Tokens, flow.Tokens)
            && EnvironmentFallback(flow, PyExprParser.Parse(flow.Tokens, assigned.Start, assigned.End)) is { } localFallback)
        {
            return (localFallback, "a hard-coded fallback when the environment variable is missing");
        }

        // A module-level or imported name: SIGNING_KEY = os.getenv("SIGNING_KEY", "dev-key").
        if (expr is PyName { Dotted: var global } && !global.Contains('.', StringComparison.Ordinal)
            && flow.File.Workspace.Resolve(flow.File.Module, global) is { Assignment: { } moduleAssignment } owner
            && EnvironmentFallback(flow, moduleAssignment.Value, owner.Module) is { } moduleFallback)
        {
            return (moduleFallback, "a hard-coded fallback when the environment variable is missing");
        }

        return (null, "");
    }

    /// <summary><c>os.getenv("JWT_SECRET", "dev-secret")</c>, <c>os.environ.get(..., "...")</c>: the literal default.</summary>
    private static string? EnvironmentFallback(PyFlow flow, PyExpr expr, PyModule? module = null) =>
        expr is PyCall { Name: { } name } call && PyNames.Canonical(module ?? flow.File.Module, name) is "os.getenv" or "os.environ.get" or "environ.get" or "config"
            && call.Arg(1, "default") is PyString { IsFormatted: false } fallback ? fallback.Value : null;

    /// <summary><c>settings.SECRET_KEY</c> where <c>settings = Settings()</c> and the class body says <c>SECRET_KEY: str = "..."</c>.</summary>
    private static (string?, string)? ClassDefault(PyFlow flow, PySymbol symbol)
    {
        var parts = symbol.Name.Split('.');
        if (parts.Length != 2)
        {
            return null;
        }

        var owner = flow.File.Workspace.Resolve(symbol.Module, parts[0]);
        if (owner?.Assignment?.Value is not PyCall { Function: PyName cls } || flow.File.Workspace.Resolve(owner.Module, cls.Dotted) is not { Definition: { IsClass: true } definition } classSymbol)
        {
            return null;
        }

        var attribute = classSymbol.Module.Assignments.LastOrDefault(a => a.Context.Scope == definition && a.Assignment.Target == parts[1]).Assignment;
        return attribute?.Value is PyString { IsFormatted: false } s ? (s.Value, "a hard-coded default of the settings class") : null;
    }
}
