using System.Text.RegularExpressions;
using Rampart.Code.Lexing.JavaScript;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript.Checks;

/// <summary>
/// RMP-C024: request data as the URL (or the host of the URL) of an outgoing request: <c>fetch</c>,
/// axios, got, needle, superagent, ky, request, undici and <c>http(s).get/request</c> (also
/// <c>{ url }</c>, <c>{ baseURL }</c>, <c>{ host }</c> options). A fixed scheme and host with request
/// data only in the path or query (<c>`https://api.example.com/users/${id}`</c>) is not a finding.
/// </summary>
internal sealed partial class SsrfCheck : IJsCodeCheck
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal) { "get", "post", "put", "patch", "delete", "del", "head", "options", "request", "stream" };
    private static readonly string[] ClientModules = ["axios", "got", "needle", "superagent", "ky", "request", "undici", "node-fetch", "cross-fetch", "isomorphic-fetch", "http", "https", "phin", "bent"];
    private static readonly string[] UrlKeys = ["url", "baseURL", "baseUrl", "uri", "host", "hostname", "prefixUrl"];

    public Rule Rule => CodeRules.ServerSideRequestForgery;

    public IEnumerable<Finding> Check(JsCodeFile file, JsCodeWorkspace workspace)
    {
        foreach (var call in file.Calls)
        {
            if (UrlArgument(file, call) is not { } argument)
            {
                continue;
            }

            if (UrlTaint(file, argument, 0) is { } taint)
            {
                yield return JsFinding.At(Rule, file, call.Start, $"request data `{taint.Source}` decides the URL of `{call.Callee}`; allow-list the host or keep a fixed base URL", call.Callee, taint.Source, call.Start, call.Close + 1);
            }
        }
    }

    private static (int Start, int End)? UrlArgument(JsCodeFile file, JsCall call)
    {
        if (call.Arguments.Count == 0 || call.IsNew)
        {
            return null;
        }

        var (module, member) = file.Resolve(call);
        if (module is null)
        {
            return call.Parts.Count == 1 && call.Name == "fetch" || call.Parts.Count == 2 && call.Parts[0] is "axios" or "got" or "superagent" && Verbs.Contains(call.Name)
                ? call.Arguments[0]
                : null;
        }

        if (!ClientModules.Contains(module))
        {
            return null;
        }

        if (module == "needle" && member == "" && call.Arguments.Count > 1)
        {
            return call.Arguments[1];
        }

        return member == "" || Verbs.Contains(member) || member is "fetch" or "default" ? call.Arguments[0] : null;
    }

    /// <summary>The taint of a URL when request data decides its scheme or host (not only a path or query part).</summary>
    private static JsTaint? UrlTaint(JsCodeFile file, (int Start, int End) range, int depth)
    {
        var s = file.Syntax;
        var scope = file.ScopeAt(range.Start);
        var options = JsObjectLiteral.At(file, range);
        if (options >= 0)
        {
            foreach (var key in UrlKeys)
            {
                if (JsObjectLiteral.Property(s, options, key) is { } value && UrlTaint(file, value, depth + 1) is { } taint)
                {
                    return taint;
                }
            }

            return null;
        }

        if (scope.Evaluate(range.Start, range.End, JsSinkKind.Url) is not { } urlTaint)
        {
            return null;
        }

        // A name: judge the expression it was built from.
        if (depth < 3 && range.End == range.Start + 1 && s.IsIdentifier(range.Start) && scope.BindingOf(s[range.Start].Text, range.Start) is { ValueStart: >= 0 } binding)
        {
            var built = UrlTaint(file, (binding.ValueStart, binding.ValueEnd), depth + 1);
            return built is null && IsBuiltString(s, binding.ValueStart, binding.ValueEnd) ? null : urlTaint;
        }

        return FixedHostPrefix(file, scope, range) ? null : urlTaint;
    }

    private static bool IsBuiltString(JsSyntax s, int start, int end) => s[start].Kind == JsTokenKind.TemplateHead && s.Partner(start) == end - 1 || Enumerable.Range(start, end - start).Any(i => s.Is(i, "+") && s.Parent(i) == s.Parent(start));

    /// <summary>True when the text before the first request value already fixes scheme and host: <c>https://host/</c>, a base URL followed by <c>/</c>, or a relative path.</summary>
    private static bool FixedHostPrefix(JsCodeFile file, JsTaintScope scope, (int Start, int End) range)
    {
        var s = file.Syntax;
        var prefix = new System.Text.StringBuilder();
        if (s[range.Start].Kind == JsTokenKind.TemplateHead && s.Partner(range.Start) == range.End - 1)
        {
            prefix.Append(JsStrings.Value(s[range.Start]));
            var segmentStart = range.Start + 1;
            for (var i = range.Start + 1; i < range.End; i++)
            {
                if (s[i].Kind is JsTokenKind.TemplateMiddle or JsTokenKind.TemplateTail && s.Parent(i) == range.Start || i == range.End - 1)
                {
                    if (scope.Evaluate(segmentStart, i, JsSinkKind.Url) is not null)
                    {
                        break;
                    }

                    prefix.Append("BASE").Append(JsStrings.Value(s[i]));
                    segmentStart = i + 1;
                    continue;
                }

                i = s.Partner(i) > i ? s.Partner(i) : i;
            }
        }
        else
        {
            var operandStart = range.Start;
            for (var i = range.Start; i <= range.End; i++)
            {
                if (i < range.End && !(s.Is(i, "+") && s.Parent(i) == s.Parent(range.Start)))
                {
                    i = s.Partner(i) > i ? s.Partner(i) : i;
                    continue;
                }

                if (scope.Evaluate(operandStart, i, JsSinkKind.Url) is not null)
                {
                    break;
                }

                prefix.Append(i == operandStart + 1 && s[operandStart].IsStringLiteral ? JsStrings.Value(s[operandStart]) : "BASE");
                operandStart = i + 1;
            }
        }

        return FixedHost().IsMatch(prefix.ToString());
    }

    [GeneratedRegex(@"^([a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]+[/?#]|BASE[/?#]|/)")]
    private static partial Regex FixedHost();
}
