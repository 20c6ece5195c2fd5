using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>
/// Request data in a path that is read, written, deleted or sent: File.*, Directory.*, FileStream,
/// StreamReader/Writer, FileInfo, PhysicalFile/Results.File. Path.GetFileName cleans the value.
/// </summary>
internal sealed class PathTraversalCheck : ICSharpCheck
{
    private static readonly HashSet<string> FileMethods = new(StringComparer.Ordinal)
    {
        "ReadAllText", "ReadAllTextAsync", "ReadAllBytes", "ReadAllBytesAsync", "ReadAllLines", "ReadAllLinesAsync", "ReadLines", "OpenRead", "OpenWrite", "Open", "OpenText", "Create", "CreateText",
        "WriteAllText", "WriteAllTextAsync", "WriteAllBytes", "WriteAllBytesAsync", "WriteAllLines", "AppendAllText", "AppendAllTextAsync", "Delete", "Copy", "Move", "Replace", "GetFiles", "EnumerateFiles",
    };

    private static readonly HashSet<string> FileTypes = new(StringComparer.Ordinal) { "FileStream", "StreamReader", "StreamWriter", "FileInfo", "DirectoryInfo" };

    public Rule Rule => CodeRules.PathTraversal;

    public IEnumerable<Finding> Check(CSharpFile file)
    {
        foreach (var node in file.Root.DescendantNodes())
        {
            var (path, sink) = node switch
            {
                InvocationExpressionSyntax call when CSharpSyntax.MethodName(call) is { } name && FileMethods.Contains(name) && CSharpSyntax.ReceiverOf(call) is "File" or "Directory" or "System.IO.File" =>
                    (call.ArgumentList.Arguments.FirstOrDefault()?.Expression, $"{CSharpSyntax.ReceiverOf(call)}.{name}"),
                // Results.File(path) takes a path; Results.File(File.ReadAllBytes(...)) takes bytes, reported at the inner read.
                InvocationExpressionSyntax call when (CSharpSyntax.MethodName(call) is "PhysicalFile" || CSharpSyntax.MethodName(call) == "File" && CSharpSyntax.ReceiverOf(call) is "Results" or "TypedResults")
                    && call.ArgumentList.Arguments.FirstOrDefault()?.Expression is not InvocationExpressionSyntax =>
                    (call.ArgumentList.Arguments.FirstOrDefault()?.Expression, CSharpSyntax.MethodName(call)!),
                ObjectCreationExpressionSyntax creation when FileTypes.Contains(creation.Type.ToString().Split('.')[^1]) =>
                    (creation.ArgumentList?.Arguments.FirstOrDefault()?.Expression, $"new {creation.Type}"),
                _ => (null, ""),
            };
            if (path is null || file.TaintAt(node).SourceOf(path) is not { } source)
            {
                continue;
            }

            yield return CodeFinding.Create(Rule, file.LocationOf(node), $"{source} reaches the file path of {sink}: '../' reaches any file the app can read", sink, source, CSharpFile.Snippet(node));
        }
    }
}
