using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>
/// Request data as the URL of an outgoing request (HttpClient, HttpRequestMessage, WebClient, a new
/// Uri): when it is the whole URL or decides the host. A request value in the path or query after a
/// fixed host is not reported.
/// </summary>
internal sealed class SsrfCheck : ICSharpCheck
{
    private static readonly HashSet<string> ClientMethods = new(StringComparer.Ordinal)
    {
        "GetAsync", "GetStringAsync", "GetStreamAsync", "GetByteArrayAsync", "GetFromJsonAsync", "PostAsync", "PostAsJsonAsync", "PutAsync", "PutAsJsonAsync", "PatchAsync", "DeleteAsync",
        "DownloadString", "DownloadStringTaskAsync", "DownloadData", "DownloadDataTaskAsync", "DownloadFile", "DownloadFileTaskAsync", "OpenReadTaskAsync",
    };

    public Rule Rule => CodeRules.ServerSideRequestForgery;

    public IEnumerable<Finding> Check(CSharpFile file)
    {
        foreach (var node in file.Root.DescendantNodes())
        {
            var (url, sink) = node switch
            {
                InvocationExpressionSyntax call when CSharpSyntax.MethodName(call) is { } name && ClientMethods.Contains(name) => (call.ArgumentList.Arguments.FirstOrDefault()?.Expression, name),
                ObjectCreationExpressionSyntax creation when creation.Type.ToString() is "Uri" or "HttpRequestMessage" =>
                    (creation.ArgumentList?.Arguments.ElementAtOrDefault(creation.Type.ToString() == "Uri" ? 0 : 1)?.Expression, $"new {creation.Type}"),
                _ => (null, ""),
            };
            if (url is null || file.TaintAt(node) is var taint && taint.SourceOf(url) is not { } source || !DecidesHost(url, taint))
            {
                continue;
            }

            yield return CodeFinding.Create(Rule, file.LocationOf(node), $"{source} decides the URL {sink} calls: the server can be made to call internal services or cloud metadata", sink, source, CSharpFile.Snippet(node));
        }
    }

    /// <summary>True unless request data only appears after a fixed scheme and host (<c>$"https://api.example.com/items/{id}"</c>).</summary>
    private static bool DecidesHost(ExpressionSyntax url, RequestTaint taint)
    {
        var prefix = url switch
        {
            InterpolatedStringExpressionSyntax interpolated => string.Concat(interpolated.Contents.TakeWhile(c => c is InterpolatedStringTextSyntax || c is InterpolationSyntax hole && !taint.IsTainted(hole.Expression)).Select(c => c is InterpolatedStringTextSyntax text ? text.TextToken.ValueText : "x")),
            BinaryExpressionSyntax binary => LeftmostLiteral(binary),
            _ => "",
        };
        var schemeEnd = prefix.IndexOf("://", StringComparison.Ordinal);
        // No scheme: a relative path on the client's BaseAddress, unless the request value comes first.
        return schemeEnd < 0 ? prefix.Length == 0 : prefix.IndexOf('/', schemeEnd + 3) < 0;
    }

    private static string LeftmostLiteral(BinaryExpressionSyntax binary) => binary.Left switch
    {
        BinaryExpressionSyntax inner => LeftmostLiteral(inner),
        LiteralExpressionSyntax literal => literal.Token.ValueText,
        _ => "",
    };
}
