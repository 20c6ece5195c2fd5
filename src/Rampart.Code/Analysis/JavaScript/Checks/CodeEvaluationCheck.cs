using Rampart.Code.Lexing.JavaScript;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript.Checks;

/// <summary>
/// RMP-C026: a string run as code: <c>eval</c>, <c>new Function</c>/<c>Function</c>, <c>vm.runIn*Context</c>,
/// <c>vm.compileFunction</c>, <c>new vm.Script</c>, and <c>setTimeout/setInterval</c> given a built string.
/// Code made only of literals is not a finding; request data in it makes the finding critical.
/// </summary>
internal sealed class CodeEvaluationCheck : IJsCodeCheck
{
    private static readonly HashSet<string> VmFunctions = new(StringComparer.Ordinal) { "runInNewContext", "runInThisContext", "runInContext", "compileFunction", "Script" };

    public Rule Rule => CodeRules.CodeEvaluation;

    public IEnumerable<Finding> Check(JsCodeFile file, JsCodeWorkspace workspace)
    {
        var s = file.Syntax;
        foreach (var call in file.Calls)
        {
            var code = CodeArguments(file, call);
            if (code is null)
            {
                continue;
            }

            var timer = call.Name is "setTimeout" or "setInterval" or "setImmediate";
            foreach (var argument in code)
            {
                var taint = file.Taint(argument);
                if (IsLiteral(s, argument) || timer && taint is null && !IsBuiltString(s, argument))
                {
                    continue;
                }

                var message = taint is null
                    ? $"`{call.Callee}` runs a string built at run time as code; parse the data or dispatch over a fixed table instead"
                    : $"request data `{taint.Source}` is run as code by `{call.Callee}`";
                yield return JsFinding.At(Rule, file, call.Start, message, call.Callee, taint?.Source, call.Start, call.Close + 1, severity: taint is null ? Severity.Medium : Severity.Critical);
                break;
            }
        }
    }

    private static IEnumerable<(int Start, int End)>? CodeArguments(JsCodeFile file, JsCall call)
    {
        if (call.Arguments.Count == 0)
        {
            return null;
        }

        if (call.Parts.Count == 1 && call.Name is "eval" or "setTimeout" or "setInterval" && !file.Module.Declarations.ContainsKey(call.Name))
        {
            return [call.Arguments[0]];
        }

        if (call.Parts.Count == 1 && call.Name == "Function" || call.Parts is ["window" or "globalThis" or "global", "Function" or "eval"])
        {
            // new Function('a', 'b', body): every argument is code (parameter names too).
            return call.Arguments;
        }

        var (module, member) = file.Resolve(call);
        if (module == "vm" && VmFunctions.Contains(member) || module is null && call.Parts.Count == 2 && call.Parts[0] == "vm" && VmFunctions.Contains(call.Name))
        {
            return [call.Arguments[0]];
        }

        return null;
    }

    private static bool IsLiteral(JsSyntax s, (int Start, int End) range)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            if (!(s[i].Kind is JsTokenKind.String or JsTokenKind.Template || s.Is(i, "+")))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBuiltString(JsSyntax s, (int Start, int End) range) =>
        s[range.Start].Kind == JsTokenKind.TemplateHead || Enumerable.Range(range.Start, range.End - range.Start).Any(i => s[i].IsStringLiteral) && Enumerable.Range(range.Start, range.End - range.Start).Any(i => s.Is(i, "+"));
}
