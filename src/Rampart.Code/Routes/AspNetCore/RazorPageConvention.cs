using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;
using Rampart.Code.Routes.Model;
using Rampart.Core.Findings;

namespace Rampart.Code.Routes.AspNetCore;

/// <summary>
/// A Razor Pages authorization convention from <c>AddRazorPages(o => o.Conventions.AuthorizeFolder("/Admin"))</c>:
/// which page path or folder it covers (optionally in an area) and whether it requires auth or allows anonymous.
/// </summary>
internal sealed record RazorPageConvention(AuthEffect Effect, string? Area, string PagePath, bool IsFolder, AuthRequirement Requirement, string Call, SourceLocation Location)
{
    public static RazorPageConvention? TryRead(InvocationExpressionSyntax invocation, string name)
    {
        var (effect, isFolder, hasArea) = name switch
        {
            "AuthorizeFolder" => (AuthEffect.Requires, true, false),
            "AuthorizePage" => (AuthEffect.Requires, false, false),
            "AllowAnonymousToFolder" => (AuthEffect.AllowsAnonymous, true, false),
            "AllowAnonymousToPage" => (AuthEffect.AllowsAnonymous, false, false),
            "AuthorizeAreaFolder" => (AuthEffect.Requires, true, true),
            "AuthorizeAreaPage" => (AuthEffect.Requires, false, true),
            "AllowAnonymousToAreaFolder" => (AuthEffect.AllowsAnonymous, true, true),
            "AllowAnonymousToAreaPage" => (AuthEffect.AllowsAnonymous, false, true),
            _ => (AuthEffect.Note, false, false),
        };
        if (effect == AuthEffect.Note)
        {
            return null;
        }

        var values = invocation.ArgumentList.Arguments.Select(a => AuthAttributeReader.Literal(a.Expression)).ToList();
        var pathIndex = hasArea ? 1 : 0;
        if (values.Count <= pathIndex || values[pathIndex] is not { } path)
        {
            return null;
        }

        var requirement = values.Count > pathIndex + 1 && values[pathIndex + 1] is { } policy ? AuthAttributeReader.Add(AuthRequirement.AnyUser, "policy", policy) : AuthRequirement.AnyUser;
        return new RazorPageConvention(effect, hasArea ? values[0] : null, path.TrimEnd('/'), isFolder, requirement, $"{name}(\"{path}\")", CSharpProject.LocationOf(invocation));
    }

    /// <summary>True when the convention covers the page at this path (<c>/Admin/Index</c>, relative to the Pages folder).</summary>
    public bool Covers(string? area, string pagePath)
    {
        if (!string.Equals(area, Area, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return IsFolder
            ? PagePath.Length == 0 || pagePath.StartsWith(PagePath + "/", StringComparison.OrdinalIgnoreCase)
            : string.Equals(pagePath, PagePath, StringComparison.OrdinalIgnoreCase);
    }
}
