using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;
using Rampart.Code.Routes.Model;
using Rampart.Core.Findings;

namespace Rampart.Code.Routes.AspNetCore;

/// <summary>
/// Finds <c>// [Authorize]</c>, <c>// .RequireAuthorization()</c> and <c>@* @attribute [Authorize] *@</c>
/// left in comments next to a route that is not protected without them (or protected less: a
/// commented-out role or policy on a route that only needs a signed-in user).
/// </summary>
internal static class CommentedOutAuth
{
    public static IEnumerable<RouteProblem> Find(CSharpProject project, IReadOnlyList<HttpRoute> routes)
    {
        foreach (var tree in project.Compilation.SyntaxTrees)
        {
            foreach (var trivia in tree.GetRoot().DescendantTrivia().Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia)))
            {
                var text = trivia.ToString();
                if (!LooksLikeAuthCode(text))
                {
                    continue;
                }

                var line = trivia.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                var affected = Affected(trivia, routes, tree.FilePath, line).ToList();
                if (Report(text, affected) is { } route)
                {
                    yield return Problem(text, new SourceLocation(tree.FilePath, line), route);
                }
            }
        }

        foreach (var file in project.MarkupFiles)
        {
            for (var line = 1; line <= file.Lines.LineCount; line++)
            {
                var text = file.Line(line).Trim();
                if (text.StartsWith("@*", StringComparison.Ordinal) && LooksLikeAuthCode(text)
                    && Report(text, routes.Where(r => r.Location.Path == file.Path).ToList()) is { } route)
                {
                    yield return Problem(text, new SourceLocation(file.Path, line), route);
                }
            }
        }
    }

    private static bool LooksLikeAuthCode(string comment) =>
        comment.Contains("[Authorize", StringComparison.Ordinal) || comment.Contains(".RequireAuthorization(", StringComparison.Ordinal) || comment.Contains("@attribute [Authorize", StringComparison.Ordinal);

    /// <summary>The routes a comment sits next to: the class it precedes, the method it precedes, or the statement it is in.</summary>
    private static IEnumerable<HttpRoute> Affected(SyntaxTrivia trivia, IReadOnlyList<HttpRoute> routes, string path, int line)
    {
        var token = trivia.Token;
        var owner = token.Parent?.AncestorsAndSelf().FirstOrDefault(n => n is MemberDeclarationSyntax or StatementSyntax);
        switch (owner)
        {
            case ClassDeclarationSyntax type when type.GetFirstToken() == token:
                return routes.Where(r => r.SiblingGroup == $"controller {type.Identifier.ValueText}");
            case MethodDeclarationSyntax method:
                var methodLine = method.Identifier.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                return routes.Where(r => r.Location.Path == path && r.Location.Line == methodLine);
            case StatementSyntax statement:
                var span = statement.GetLocation().GetLineSpan();
                var (first, last) = (span.StartLinePosition.Line + 1, span.EndLinePosition.Line + 1);
                // A commented-out line right after a Map call belongs to it too.
                return routes.Where(r => r.Location.Path == path && r.Location.Line >= first && r.Location.Line <= Math.Max(last, line) && line - r.Location.Line <= 3);
            default:
                return routes.Where(r => r.Location.Path == path && Math.Abs(r.Location.Line - line) <= 2);
        }
    }

    /// <summary>The first affected route the comment would have protected more than it is now.</summary>
    private static HttpRoute? Report(string comment, IReadOnlyList<HttpRoute> affected)
    {
        var namesRoleOrPolicy = comment.Contains("Roles", StringComparison.Ordinal) || comment.Contains("Policy", StringComparison.Ordinal) || comment.Contains("(\"", StringComparison.Ordinal);
        return affected.FirstOrDefault(r => r.Auth is AuthState.None or AuthState.Anonymous || namesRoleOrPolicy && r.Auth == AuthState.Required && r.Requirement.Roles.Count == 0 && r.Requirement.Policies.Count == 0);
    }

    /// <summary>
    /// Only the auth code of the comment (<c>[Authorize(Roles = "Admin")]</c>, <c>.RequireAuthorization("Finance")</c>):
    /// the rest of a comment is prose that may hold anything, and findings quote what they show.
    /// </summary>
    private static string AuthFragment(string comment)
    {
        var start = comment.IndexOf("[Authorize", StringComparison.Ordinal);
        var close = ']';
        if (start < 0)
        {
            start = comment.IndexOf(".RequireAuthorization(", StringComparison.Ordinal);
            close = ')';
        }

        var end = start < 0 ? -1 : comment.IndexOf(close, start);
        var fragment = start < 0 ? comment.Trim() : end < 0 ? comment[start..].Trim() : comment[start..(end + 1)];
        return fragment.Length > 80 ? fragment[..80] + "..." : fragment;
    }

    private static RouteProblem Problem(string comment, SourceLocation location, HttpRoute route)
    {
        var code = AuthFragment(comment);
        var state = route.Auth == AuthState.Required ? $"requires only {route.Requirement}" : $"has auth '{RouteNames.Of(route.Auth)}'";
        return new RouteProblem(RouteProblemKind.CommentedOutAuth, $"`{code}` is commented out next to {string.Join('|', route.Methods)} {route.Path}, which {state}", location)
        {
            Framework = RouteFramework.AspNetCore,
            Detail = code,
            Related = [route.Location with { Label = $"{string.Join('|', route.Methods)} {route.Path}" }],
        };
    }
}
