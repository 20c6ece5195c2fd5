using Rampart.Core.Findings;

namespace Rampart.Code.Analysis.Python.Checks;

/// <summary>
/// RMP-C026: built-in <c>eval</c>/<c>exec</c> of anything but a constant string. With request data
/// in it the finding keeps the rule's severity; a non-constant string of unknown origin is medium.
/// Methods named <c>eval</c> (<c>model.eval()</c>) and <c>ast.literal_eval</c> are not the built-in.
/// </summary>
internal sealed class CodeEvaluationCheck : IPythonCheck
{
    public void VisitCall(PyCallSite call, PyFlow flow)
    {
        if (call.Callee is not ("eval" or "exec" or "builtins.eval" or "builtins.exec") || call.Arg(0, "source") is not { } code)
        {
            return;
        }

        if (flow.Taint(code) is { } taint)
        {
            flow.File.Report(CodeRules.CodeEvaluation, call.Line, $"{taint.Display} is run as Python code by `{call.Callee}(...)`", call.Callee, taint.Source, flow.Text(call.CalleeStart, call.Close + 1));
            return;
        }

        if (flow.ConstantString(code.Start, code.End) is null)
        {
            var shown = flow.Text(code) is var text && text.Length <= 60 && !text.Contains('\n', StringComparison.Ordinal) ? $"`{call.Callee}({text})`" : $"`{call.Callee}(...)`";
            flow.File.Report(CodeRules.CodeEvaluation, call.Line, $"{shown} runs a string built at run time as Python code", call.Callee, null, flow.Text(call.CalleeStart, call.Close + 1), Severity.Medium);
        }
    }
}
