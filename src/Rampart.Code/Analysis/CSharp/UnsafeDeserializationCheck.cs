using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>BinaryFormatter and its relatives, and Json.NET's TypeNameHandling set to anything but None.</summary>
internal sealed class UnsafeDeserializationCheck : ICSharpCheck
{
    private static readonly HashSet<string> Formatters = new(StringComparer.Ordinal) { "BinaryFormatter", "NetDataContractSerializer", "LosFormatter", "SoapFormatter", "ObjectStateFormatter" };

    public Rule Rule => CodeRules.UnsafeDeserialization;

    public IEnumerable<Finding> Check(CSharpFile file)
    {
        foreach (var node in file.Root.DescendantNodes())
        {
            switch (node)
            {
                case ObjectCreationExpressionSyntax creation when Formatters.Contains(creation.Type.ToString().Split('.')[^1]):
                    yield return CodeFinding.Create(Rule, file.LocationOf(node), $"{creation.Type} deserialises any type the data names: a crafted payload runs code", creation.Type.ToString(), null, CSharpFile.Snippet(node));
                    break;
                case AssignmentExpressionSyntax { Left: var left, Right: MemberAccessExpressionSyntax value } when left.ToString().EndsWith("TypeNameHandling", StringComparison.Ordinal) && value.Name.Identifier.ValueText != "None":
                    yield return CodeFinding.Create(Rule, file.LocationOf(node), $"Json.NET TypeNameHandling.{value.Name.Identifier.ValueText} lets the JSON choose the .NET type to create: a crafted payload runs code", "TypeNameHandling", null, CSharpFile.Snippet(node));
                    break;
            }
        }
    }
}
