using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>
/// A session/auth/token cookie appended without HttpOnly and Secure (ASP.NET Core's CookieOptions
/// default both to false), or cookie auth options that switch them off.
/// </summary>
internal sealed class InsecureAuthCookieCheck : ICSharpCheck
{
    public Rule Rule => CodeRules.InsecureAuthCookie;

    public IEnumerable<Finding> Check(CSharpFile file)
    {
        foreach (var node in file.Root.DescendantNodes())
        {
            if (node is InvocationExpressionSyntax call && CSharpSyntax.MethodName(call) == "Append" && CSharpSyntax.ReceiverOf(call).EndsWith("Cookies", StringComparison.Ordinal)
                && call.ArgumentList.Arguments is [var name, var value, ..] arguments && IsAuthCookie(name.Expression, value.Expression))
            {
                var options = arguments.Count > 2 ? arguments[2].Expression as BaseObjectCreationExpressionSyntax : null;
                if (arguments.Count > 2 && options is null)
                {
                    continue; // options built elsewhere: not known here
                }

                var settings = options?.Initializer?.Expressions.OfType<AssignmentExpressionSyntax>().ToDictionary(a => a.Left.ToString(), a => a.Right.ToString()) ?? [];
                var missing = new[] { "HttpOnly", "Secure" }.Where(flag => settings.GetValueOrDefault(flag) != "true").ToList();
                if (missing.Count > 0)
                {
                    yield return CodeFinding.Create(Rule, file.LocationOf(call), $"the {name} cookie carries a session or token without {string.Join(" and ", missing)}: scripts can read it or it travels over plain HTTP", "Cookies.Append", null, CSharpFile.Snippet(call));
                }
            }
            else if (node is AssignmentExpressionSyntax assignment && assignment.Left.ToString().Contains("Cookie.", StringComparison.Ordinal)
                && (assignment.Left.ToString().EndsWith("HttpOnly", StringComparison.Ordinal) && assignment.Right.ToString() == "false"
                    || assignment.Left.ToString().EndsWith("SecurePolicy", StringComparison.Ordinal) && assignment.Right.ToString().EndsWith("None", StringComparison.Ordinal))
                && !CSharpSyntax.IsDevelopmentOnly(assignment))
            {
                yield return CodeFinding.Create(Rule, file.LocationOf(assignment), $"{assignment}: the authentication cookie loses its protection", assignment.Left.ToString(), null, CSharpFile.Snippet(assignment));
            }
        }
    }

    private static bool IsAuthCookie(ExpressionSyntax name, ExpressionSyntax value)
    {
        var text = (name is LiteralExpressionSyntax literal ? literal.Token.ValueText : name.ToString()) + " " + value;
        var words = Routes.RouteSensitivityClassifier.Words(text).ToHashSet(StringComparer.Ordinal);
        return words.Overlaps(["session", "sid", "token", "jwt", "auth", "access", "refresh", "identity"]);
    }
}
