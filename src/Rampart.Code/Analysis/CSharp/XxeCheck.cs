using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>DtdProcessing.Parse, ProhibitDtd = false, or an XmlResolver other than null on an XML reader or document.</summary>
internal sealed class XxeCheck : ICSharpCheck
{
    public Rule Rule => CodeRules.XmlExternalEntities;

    public IEnumerable<Finding> Check(CSharpFile file)
    {
        foreach (var assignment in file.Root.DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            var target = assignment.Left.ToString().Split('.')[^1];
            var value = assignment.Right.ToString();
            var unsafeSetting = target switch
            {
                "DtdProcessing" => value.EndsWith("Parse", StringComparison.Ordinal),
                "ProhibitDtd" => value == "false",
                "XmlResolver" => value != "null" && !value.Contains("XmlSecureResolver", StringComparison.Ordinal),
                _ => false,
            };
            if (unsafeSetting)
            {
                yield return CodeFinding.Create(Rule, file.LocationOf(assignment), $"{target} = {value} lets an XML document pull in external entities (local files, internal URLs)", target, null, CSharpFile.Snippet(assignment));
            }
        }
    }
}
