using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>Roslyn scripting (CSharpScript.EvaluateAsync/RunAsync/Create) or DynamicExpressionParser fed with request data.</summary>
internal sealed class CodeEvaluationCheck : ICSharpCheck
{
    public Rule Rule => CodeRules.CodeEvaluation;

    public IEnumerable<Finding> Check(CSharpFile file)
    {
        foreach (var call in file.Invocations)
        {
            var receiver = CSharpSyntax.ReceiverOf(call);
            if (!(receiver.EndsWith("CSharpScript", StringComparison.Ordinal) && CSharpSyntax.MethodName(call) is "EvaluateAsync" or "RunAsync" or "Create"
                || receiver.EndsWith("DynamicExpressionParser", StringComparison.Ordinal)))
            {
                continue;
            }

            var code = call.ArgumentList.Arguments.FirstOrDefault()?.Expression;
            if (code is not null && file.TaintAt(call).SourceOf(code) is { } source)
            {
                yield return CodeFinding.Create(Rule, file.LocationOf(call), $"{source} is evaluated as code by {receiver}.{CSharpSyntax.MethodName(call)}", $"{receiver}.{CSharpSyntax.MethodName(call)}", source, CSharpFile.Snippet(call));
            }
        }
    }
}
