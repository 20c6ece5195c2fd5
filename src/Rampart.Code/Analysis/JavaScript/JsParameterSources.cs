using Rampart.Code.Lexing.JavaScript;

namespace Rampart.Code.Analysis.JavaScript;

/// <summary>
/// Which function parameters hold the caller's data: NestJS <c>@Body/@Query/@Param/@Headers</c>
/// (and <c>@Req</c>), a Next.js route handler's request and context, every argument of a server
/// action, and a handler's request object.
/// </summary>
internal static class JsParameterSources
{
    private static readonly HashSet<string> HttpVerbs = new(StringComparer.Ordinal) { "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS" };

    public static JsTaint? TaintOf(JsCodeFile file, JsCodeFunction function, int p)
    {
        var parameters = function.Parameters;
        var parameter = parameters[p];
        if (parameter.Decorator is { } decorator)
        {
            return JsRequestSources.Decorated(decorator, parameter.DecoratorArgument);
        }

        if (function.Name is { } name && HttpVerbs.Contains(name) && file.IsNextRouteFile)
        {
            return p == 0 ? JsTaint.Request(parameter.Name ?? "request") : p == 1 ? new JsTaint(parameter.Name ?? "context") : null;
        }

        if (function.IsServerAction || file.Module.IsServerModule && file.OuterFunctionAt(function.Start) == function)
        {
            return new JsTaint(parameter.Name ?? "server action argument", MayBeObject: true);
        }

        return parameter.Name is { } n && IsRequestParameter(file, parameters, p) ? JsTaint.Request(n) : null;
    }

    /// <summary>
    /// A handler's request parameter: <c>req</c>; the first of <c>(x, res)</c> / <c>(x, reply)</c>; or a
    /// <c>request</c>/<c>ctx</c> typed as a request or context, or in a file that imports a web framework
    /// (elsewhere <c>request</c> is as often an outgoing fetch Request).
    /// </summary>
    private static bool IsRequestParameter(JsCodeFile file, IReadOnlyList<JsParameter> parameters, int p)
    {
        var name = parameters[p].Name;
        if (name == "req" || p == 0 && parameters.Count > 1 && parameters[1].Name is { } second && (JsRequestSources.IsResponseName(second) || second == "next" && name is "request" or "ctx"))
        {
            return true;
        }

        if (name is not ("request" or "ctx"))
        {
            return false;
        }

        var s = file.Syntax;
        var end = parameters[p].End;
        if (s.Is(end, ":") || s.Is(end, "?"))
        {
            for (var i = end + 1; i < s.Count && !s.Is(i, ",") && !s.Is(i, ")") && !s.Is(i, "="); i++)
            {
                if (s.IsIdentifier(i) && (s[i].Text.EndsWith("Request", StringComparison.Ordinal) || s[i].Text.EndsWith("Context", StringComparison.Ordinal) || s[i].Text == "IncomingMessage"))
                {
                    return true;
                }
            }
        }

        return file.ImportsAny(JsRequestSources.ServerModules);
    }
}
