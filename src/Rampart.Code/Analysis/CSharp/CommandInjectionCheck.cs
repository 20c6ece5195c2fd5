using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>Request data in the file name or argument string of Process.Start / ProcessStartInfo.</summary>
internal sealed class CommandInjectionCheck : ICSharpCheck
{
    public Rule Rule => CodeRules.CommandInjection;

    public IEnumerable<Finding> Check(CSharpFile file)
    {
        foreach (var node in file.Root.DescendantNodes())
        {
            IEnumerable<ExpressionSyntax> inputs = node switch
            {
                InvocationExpressionSyntax call when CSharpSyntax.MethodName(call) == "Start" && CSharpSyntax.ReceiverOf(call).EndsWith("Process", StringComparison.Ordinal) => call.ArgumentList.Arguments.Select(a => a.Expression),
                ObjectCreationExpressionSyntax creation when creation.Type.ToString().EndsWith("ProcessStartInfo", StringComparison.Ordinal) =>
                    (creation.ArgumentList?.Arguments.Select(a => a.Expression) ?? [])
                        .Concat(creation.Initializer?.Expressions.OfType<AssignmentExpressionSyntax>().Where(a => a.Left.ToString() is "FileName" or "Arguments").Select(a => a.Right) ?? []),
                AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Arguments" or "FileName" } } assignment => [assignment.Right],
                _ => [],
            };
            foreach (var input in inputs)
            {
                if (file.TaintAt(node).SourceOf(input) is { } source)
                {
                    yield return CodeFinding.Create(Rule, file.LocationOf(node), $"{source} reaches the command line of a started process: the caller can run other commands", "Process.Start", source, CSharpFile.Snippet(node));
                    break;
                }
            }
        }
    }
}
