using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Code.Analysis.Python.Checks;

/// <summary>
/// RMP-C041: Starlette/FastAPI <c>CORSMiddleware</c> with <c>allow_origins=["*"]</c> (or a match-all
/// <c>allow_origin_regex</c>) and <c>allow_credentials=True</c>; flask-cors <c>CORS(...)</c>/<c>@cross_origin</c>
/// with <c>supports_credentials=True</c> and every origin; django-cors-headers <c>CORS_ALLOW_ALL_ORIGINS</c>
/// (or <c>CORS_ORIGIN_ALLOW_ALL</c>) with <c>CORS_ALLOW_CREDENTIALS = True</c> in production settings;
/// and an <c>Access-Control-Allow-Origin</c> header copied from the request.
/// </summary>
internal sealed class PermissiveCorsCheck : IPythonCheck
{
    private static readonly string[] AllowAllSettings = ["CORS_ALLOW_ALL_ORIGINS", "CORS_ORIGIN_ALLOW_ALL"];

    public void VisitCall(PyCallSite call, PyFlow flow)
    {
        if (flow.InDevelopmentOnly)
        {
            return;
        }

        var canonical = PyNames.Canonical(flow.File.Module, call.Callee);
        var isStarlette = call.LastName == "CORSMiddleware" || (call.LastName is "add_middleware" or "Middleware" && call.Arg(0) is { } first && flow.Text(first).EndsWith("CORSMiddleware", StringComparison.Ordinal));
        if (isStarlette && call.KeywordIs(flow.Tokens, "allow_credentials", "True") && (AllowsAll(flow, call.Keyword("allow_origins")) || MatchAllRegex(flow, call.Keyword("allow_origin_regex"))))
        {
            flow.File.Report(CodeRules.PermissiveCors, call.Line, $"`{call.Callee}(...)` allows every origin together with credentials (Starlette then echoes the caller's Origin)", call.Callee, null, flow.Text(call.CalleeStart, call.Close + 1));
            return;
        }

        var isFlaskCors = canonical is "flask_cors.CORS" or "flask_cors.cross_origin";
        if (isFlaskCors && call.KeywordIs(flow.Tokens, "supports_credentials", "True") && FlaskCorsAllowsAll(flow, call))
        {
            flow.File.Report(CodeRules.PermissiveCors, call.Line, $"`{call.Callee}(supports_credentials=True)` with every origin allowed: any site can call the API as the signed-in user", call.Callee, null, flow.Text(call.CalleeStart, call.Close + 1));
            return;
        }

        if (call.LastName is "add" or "set" or "setdefault" or "__setitem__" && call.Arg(0) is { } header && call.Arg(1) is { } value
            && string.Equals(flow.ConstantString(header.Start, header.End), "Access-Control-Allow-Origin", StringComparison.OrdinalIgnoreCase) && flow.Taint(value) is { } taint)
        {
            Reflected(flow, call.Line, taint, call.Callee);
        }
    }

    public void VisitAssignment(PyAssignmentSite assignment, PyFlow flow)
    {
        if (string.Equals(assignment.Key, "Access-Control-Allow-Origin", StringComparison.OrdinalIgnoreCase) && flow.Taint(assignment.ValueStart, assignment.ValueEnd) is { } taint)
        {
            Reflected(flow, assignment.Line, taint, assignment.Target);
            return;
        }

        if (!AllowAllSettings.Contains(assignment.Name) || assignment.Key is not null || !PyConfigContext.ValueIs(assignment, flow, "True") || !PyConfigContext.IsProduction(assignment, flow))
        {
            return;
        }

        if (CredentialsAllowed(flow.File, flow.File.Module, 0))
        {
            flow.File.Report(CodeRules.PermissiveCors, assignment.Line, $"`{assignment.Name} = True` with `CORS_ALLOW_CREDENTIALS = True`: any site can call the API as the signed-in user", assignment.Name, null, assignment.Name);
        }
    }

    private static void Reflected(PyFlow flow, int line, PyTaint taint, string sink) =>
        flow.File.Report(CodeRules.PermissiveCors, line, $"`Access-Control-Allow-Origin` is copied from {taint.Display}: every origin is allowed", sink, taint.Source, $"Access-Control-Allow-Origin={taint.Source}");

    /// <summary>The settings module, or one it star-imports (<c>from .base import *</c>), sets CORS_ALLOW_CREDENTIALS = True.</summary>
    private static bool CredentialsAllowed(PythonFile file, PyModule module, int depth)
    {
        if (module.ModuleAssignment("CORS_ALLOW_CREDENTIALS")?.Value is PyOther { Text: "True" })
        {
            return true;
        }

        return depth < 3 && module.Imports.Where(i => i.Name == "*").Select(i => file.Workspace.ResolveModule(module, i.Module, i.Level)).OfType<PyModule>()
            .Any(m => m != module && CredentialsAllowed(file, m, depth + 1));
    }

    private static bool AllowsAll(PyFlow flow, PyArgRange? origins)
    {
        if (origins is null)
        {
            return false;
        }

        var text = flow.Text(origins);
        if (origins.End - origins.Start == 1 && flow.State.Value(text) is { } local)
        {
            text = PyExprParser.Text(local.Tokens, local.Start, local.End);
        }
        else if (origins.End - origins.Start == 1 && flow.File.Module.ModuleAssignment(text) is { } assigned)
        {
            text = PyExprParser.Text(flow.Tokens, assigned.Value.Start, assigned.Value.End);
        }

        return text.Contains("\"*\"", StringComparison.Ordinal) || text.Contains("'*'", StringComparison.Ordinal);
    }

    private static bool MatchAllRegex(PyFlow flow, PyArgRange? regex) =>
        regex is not null && flow.ConstantString(regex.Start, regex.End) is ".*" or "^.*$" or "https?://.*" or "^https?://.*$" or ".+";

    /// <summary>flask-cors allows every origin unless <c>origins</c> (or each <c>resources</c> entry) names them.</summary>
    private static bool FlaskCorsAllowsAll(PyFlow flow, PyCallSite call)
    {
        if (call.Keyword("origins") is { } origins)
        {
            return AllowsAll(flow, origins) || flow.ConstantString(origins.Start, origins.End) == "*";
        }

        if (call.Keyword("resources") is { } resources)
        {
            var text = flow.Text(resources);
            return !text.Contains("origins", StringComparison.Ordinal) || text.Contains("\"origins\": \"*\"", StringComparison.Ordinal) || text.Contains("'origins': '*'", StringComparison.Ordinal);
        }

        return true;
    }
}
