using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;
using Rampart.Code.Routes.Model;
using Rampart.Core.Findings;
using Rampart.Core.Scanning;

namespace Rampart.Code.Routes.AspNetCore;

/// <summary>
/// Routes declared in markup: Razor Pages (<c>@page</c> in Pages/ or Areas/X/Pages/, with the page
/// model's handlers and the folder conventions) and Blazor components (<c>@page "/x"</c> in .razor).
/// <c>@attribute [Authorize]</c> counts in the file itself and in every _ViewImports.cshtml or
/// _Imports.razor above it.
/// </summary>
internal sealed class MarkupRoutes(CSharpProject project, AuthAttributeReader attributes, PipelineFacts facts)
{
    public IEnumerable<EndpointCandidate> RazorPages(EndpointNode mapping)
    {
        foreach (var file in project.MarkupFiles.Where(f => f.Path.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase)))
        {
            var relative = ProjectRelative(file.Path);
            var (area, pagesRelative) = PagePath(relative);
            if (pagesRelative is null || System.IO.Path.GetFileName(relative).StartsWith('_') || Directive(file, "@page") is not { } page)
            {
                continue;
            }

            var pagePath = "/" + pagesRelative[..^".cshtml".Length];
            var route = pagePath.EndsWith("/Index", StringComparison.OrdinalIgnoreCase) ? pagePath[..^"/Index".Length] : pagePath;
            var template = page.Argument;
            var path = template is null ? route : template.StartsWith('/') ? template : $"{route}/{template}";
            var modelClass = PageModel(file, Directive(file, "@model")?.Argument);
            var declarations = new List<AuthDeclaration>(mapping.InheritedConventions);
            declarations.AddRange(facts.PageConventions.Where(c => c.Covers(area, pagePath)).Select(c => new AuthDeclaration(c.Effect, c.Requirement, $"Razor Pages convention `{c.Call}`", c.Location)));
            declarations.AddRange(ImportedAttributes(file.Path, "_ViewImports.cshtml"));
            declarations.AddRange(AttributeDirectives(file));
            if (modelClass is not null)
            {
                declarations.AddRange(attributes.Read(modelClass.AttributeLists, $"on page model `{modelClass.Identifier.ValueText}`"));
            }

            yield return new EndpointCandidate
            {
                Methods = HandlerVerbs(modelClass),
                Path = RoutePath.Normalise((area is null ? "" : "/" + area) + path),
                Kind = RouteKind.RazorPage,
                Handler = modelClass?.Identifier.ValueText ?? pagesRelative,
                Location = new SourceLocation(file.Path, page.Line),
                Declarations = declarations,
                MvcFiltersApply = true,
                SiblingGroup = $"pages folder {System.IO.Path.GetDirectoryName(relative)?.Replace('\\', '/')}",
                DevelopmentOnly = mapping.InheritedDevelopmentOnly,
                UnknownReason = mapping.InheritedUnknownReason,
                Body = modelClass is null ? HandlerFacts.Empty : HandlerReader.Facts(modelClass),
            };
        }
    }

    public IEnumerable<EndpointCandidate> Components(EndpointNode mapping)
    {
        foreach (var file in project.MarkupFiles.Where(f => f.Path.EndsWith(".razor", StringComparison.OrdinalIgnoreCase)))
        {
            var pages = Directives(file, "@page").ToList();
            if (pages.Count == 0)
            {
                continue;
            }

            var declarations = new List<AuthDeclaration>(mapping.InheritedConventions);
            declarations.AddRange(ImportedAttributes(file.Path, "_Imports.razor"));
            declarations.AddRange(AttributeDirectives(file));
            var component = System.IO.Path.GetFileNameWithoutExtension(file.Path);
            foreach (var page in pages.Where(p => p.Argument is not null))
            {
                yield return new EndpointCandidate
                {
                    Methods = ["GET"],
                    Path = RoutePath.Normalise(page.Argument!),
                    Kind = RouteKind.BlazorComponent,
                    Handler = component,
                    Location = new SourceLocation(file.Path, page.Line),
                    Declarations = declarations,
                    SiblingGroup = $"components folder {System.IO.Path.GetDirectoryName(ProjectRelative(file.Path))?.Replace('\\', '/')}",
                    DevelopmentOnly = mapping.InheritedDevelopmentOnly,
                    UnknownReason = mapping.InheritedUnknownReason,
                };
            }
        }
    }

    /// <summary>The page model class: the one in the code-behind file, else the only class of that name.</summary>
    private ClassDeclarationSyntax? PageModel(FileText page, string? model)
    {
        if (model is null)
        {
            return null;
        }

        var named = project.Classes.Where(c => c.Identifier.ValueText == model.Split('.')[^1]).ToList();
        var folder = System.IO.Path.GetDirectoryName(page.Path);
        return named.FirstOrDefault(c => c.SyntaxTree.FilePath == page.Path + ".cs") ?? named.FirstOrDefault(c => System.IO.Path.GetDirectoryName(c.SyntaxTree.FilePath) == folder);
    }

    /// <summary>OnGet, OnPostAsync, OnPostDeleteAsync... of the page model; GET when there is none.</summary>
    private static IReadOnlyList<string> HandlerVerbs(ClassDeclarationSyntax? model)
    {
        if (model is null)
        {
            return ["GET"];
        }

        string[] verbs = ["Get", "Post", "Put", "Patch", "Delete"];
        var found = model.Members.OfType<MethodDeclarationSyntax>()
            .Select(m => m.Identifier.ValueText)
            .Where(n => n.StartsWith("On", StringComparison.Ordinal))
            .Select(n => verbs.FirstOrDefault(v => n.AsSpan(2).StartsWith(v, StringComparison.Ordinal)))
            .OfType<string>()
            .Select(v => v.ToUpperInvariant())
            .Distinct()
            .OrderBy(v => Array.IndexOf(["GET", "POST", "PUT", "PATCH", "DELETE"], v))
            .ToList();
        return found.Count > 0 ? found : ["GET"];
    }

    /// <summary>The area and the path below the Pages folder: <c>Pages/Admin/Index.cshtml</c> → (null, Admin/Index.cshtml).</summary>
    private static (string? Area, string? PagesRelative) PagePath(string relative)
    {
        if (relative.StartsWith("Pages/", StringComparison.Ordinal))
        {
            return (null, relative["Pages/".Length..]);
        }

        var parts = relative.Split('/');
        return parts.Length > 3 && parts[0] == "Areas" && parts[2] == "Pages" ? (parts[1], string.Join('/', parts[3..])) : (null, null);
    }

    private string ProjectRelative(string path) => project.Folder.Length == 0 ? path : path[(project.Folder.Length + 1)..];

    private IEnumerable<AuthDeclaration> ImportedAttributes(string path, string importsName)
    {
        var folder = System.IO.Path.GetDirectoryName(path)?.Replace('\\', '/') ?? "";
        var imports = project.MarkupFiles.Where(f => System.IO.Path.GetFileName(f.Path) == importsName)
            .Where(f => System.IO.Path.GetDirectoryName(f.Path)?.Replace('\\', '/') is { } dir && (dir.Length == 0 || folder == dir || folder.StartsWith(dir + "/", StringComparison.Ordinal)))
            .OrderBy(f => f.Path.Length);
        return imports.SelectMany(AttributeDirectives).Select(d => d.WithDescription(d.Description.Replace("in the file", $"from {System.IO.Path.GetFileName(d.Location.Path)}", StringComparison.Ordinal)));
    }

    /// <summary><c>@attribute [Authorize(Roles = "Admin")]</c> lines, parsed as C# attributes.</summary>
    private IEnumerable<AuthDeclaration> AttributeDirectives(FileText file)
    {
        foreach (var directive in Directives(file, "@attribute", quoted: false))
        {
            var parsed = SyntaxFactory.ParseCompilationUnit($"{directive.Argument} class C {{ }}");
            var attribute = parsed.DescendantNodes().OfType<AttributeSyntax>().FirstOrDefault();
            if (attribute is not null && attributes.Read(attribute, "in the file") is { } declaration)
            {
                yield return declaration with { Location = new SourceLocation(file.Path, directive.Line) };
            }
        }
    }

    private static Directive? Directive(FileText file, string name, bool quoted = true) => Directives(file, name, quoted).FirstOrDefault();

    /// <summary>Razor directives at the start of a line (<c>@page "/x"</c>); <c>@* ... *@</c> comments are skipped.</summary>
    private static IEnumerable<Directive> Directives(FileText file, string name, bool quoted = true)
    {
        var inComment = false;
        for (var line = 1; line <= file.Lines.LineCount; line++)
        {
            var text = file.Line(line).Trim();
            if (inComment)
            {
                inComment = !text.Contains("*@", StringComparison.Ordinal);
                continue;
            }

            if (text.StartsWith("@*", StringComparison.Ordinal))
            {
                inComment = !text.Contains("*@", StringComparison.Ordinal);
                continue;
            }

            if (!text.StartsWith(name, StringComparison.Ordinal) || text.Length > name.Length && !char.IsWhiteSpace(text[name.Length]))
            {
                continue;
            }

            var rest = text[name.Length..].Trim();
            if (quoted)
            {
                var start = rest.IndexOf('"');
                var end = start < 0 ? -1 : rest.IndexOf('"', start + 1);
                yield return new Directive(line, end > start ? rest[(start + 1)..end] : rest.Length == 0 ? null : rest);
            }
            else
            {
                yield return new Directive(line, rest);
            }
        }
    }
}

/// <summary>A Razor directive line and its argument (unquoted).</summary>
internal sealed record Directive(int Line, string? Argument);
