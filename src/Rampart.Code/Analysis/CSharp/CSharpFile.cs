using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;
using Rampart.Core.Findings;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>One C# file as the checks see it: its syntax tree, its project (for the semantic model) and shared helpers.</summary>
internal sealed class CSharpFile(SyntaxTree tree, CSharpProject project)
{
    private readonly Dictionary<SyntaxNode, RequestTaint> _taint = [];

    public SyntaxTree Tree { get; } = tree;

    public CSharpProject Project { get; } = project;

    public SyntaxNode Root { get; } = tree.GetRoot();

    public string Path => Tree.FilePath;

    public SemanticModel Model => Project.Model(Tree);

    public IEnumerable<InvocationExpressionSyntax> Invocations => Root.DescendantNodes().OfType<InvocationExpressionSyntax>();

    public SourceLocation LocationOf(SyntaxNode node) => CSharpProject.LocationOf(node);

    /// <summary>The request-data facts of the function <paramref name="node"/> is in (computed once per function).</summary>
    public RequestTaint TaintAt(SyntaxNode node)
    {
        var function = RequestTaint.FunctionOf(node);
        if (!_taint.TryGetValue(function, out var taint))
        {
            taint = RequestTaint.Analyse(function, Project);
            _taint[function] = taint;
        }

        return taint;
    }

    /// <summary>Code shortened for a message: one line, at most 80 characters.</summary>
    public static string Snippet(SyntaxNode node)
    {
        var text = string.Join(' ', node.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length > 80 ? text[..77] + "..." : text;
    }
}
