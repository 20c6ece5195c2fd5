using Rampart.Code.Lexing.JavaScript;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript.Checks;

/// <summary>
/// RMP-C025: data turned back into objects by a format that can run code: node-serialize's
/// <c>unserialize</c> (its <c>_$$ND_FUNC$$_</c> functions run on load), funcster / cryo, and js-yaml's
/// <c>load</c> with the full schema (<c>DEFAULT_FULL_SCHEMA</c>, js-yaml-js-types), which builds
/// <c>!!js/function</c>. js-yaml 4's plain <c>load</c> is safe. eval round trips of
/// serialize-javascript output are RMP-C026.
/// </summary>
internal sealed class UnsafeDeserializationCheck : IJsCodeCheck
{
    public Rule Rule => CodeRules.UnsafeDeserialization;

    public IEnumerable<Finding> Check(JsCodeFile file, JsCodeWorkspace workspace)
    {
        var s = file.Syntax;
        foreach (var call in file.Calls)
        {
            if (call.Arguments.Count == 0)
            {
                continue;
            }

            var (module, member) = file.Resolve(call);
            var unsafeFormat = (module, member) switch
            {
                ("node-serialize" or "serialize-to-js", "unserialize" or "deserialize") => module,
                ("funcster", "deepDeserialize") => module,
                ("cryo", "parse") => module,
                ("js-yaml" or "yaml", "load" or "loadAll") when UsesFullSchema(file, call) => "js-yaml with the full schema",
                _ => null,
            };
            if (unsafeFormat is null || s[call.Arguments[0].Start].IsStringLiteral && call.Arguments[0].End == call.Arguments[0].Start + 1)
            {
                continue;
            }

            var taint = file.Taint(call.Arguments[0]);
            var message = taint is null
                ? $"`{call.Callee}` ({unsafeFormat}) can run code embedded in the data it loads; use JSON.parse or a safe schema"
                : $"request data `{taint.Source}` is loaded by `{call.Callee}` ({unsafeFormat}), which runs code embedded in it";
            yield return JsFinding.At(Rule, file, call.Start, message, call.Callee, taint?.Source, call.Start, call.Close + 1, severity: taint is null ? null : Severity.Critical);
        }
    }

    private static bool UsesFullSchema(JsCodeFile file, JsCall call)
    {
        var s = file.Syntax;
        foreach (var argument in call.Arguments.Skip(1))
        {
            for (var i = argument.Start; i < argument.End; i++)
            {
                if (s.IsIdentifier(i) && s[i].Text is "DEFAULT_FULL_SCHEMA" or "FULL_SCHEMA" || s.IsIdentifier(i) && file.Imports(s[i].Text, "js-yaml-js-types"))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
