using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Core.Findings;
using Rampart.Core.Scanning;

namespace Rampart.Code.CSharp;

/// <summary>
/// The C# files of one project (the folder of a .csproj, or the scan root for loose files) parsed
/// by Roslyn into one compilation. Only the core library is referenced: ASP.NET Core types stay
/// unresolved, but same-project base classes, constants and method declarations bind, which is
/// what route resolution needs, and no build or restore is required.
/// </summary>
internal sealed class CSharpProject
{
    private static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview);

    private static readonly MetadataReference CoreLibrary = MetadataReference.CreateFromFile(typeof(object).Assembly.Location);

    private readonly Dictionary<SyntaxTree, SemanticModel> _models = [];

    private CSharpProject(string folder, CSharpCompilation compilation, IReadOnlyList<FileText> markupFiles, IReadOnlyList<FileText> protoFiles, string? targetFramework)
    {
        ProtoFiles = protoFiles;
        Folder = folder;
        Compilation = compilation;
        MarkupFiles = markupFiles;
        TargetFramework = targetFramework;
        Classes = compilation.SyntaxTrees
            .SelectMany(t => t.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or ClassDeclarationSyntax).OfType<ClassDeclarationSyntax>())
            .ToList();
        ExtensionMethods = Classes
            .Where(c => c.Modifiers.Any(SyntaxKind.StaticKeyword))
            .SelectMany(c => c.Members.OfType<MethodDeclarationSyntax>())
            .Where(m => m.ParameterList.Parameters.FirstOrDefault()?.Modifiers.Any(SyntaxKind.ThisKeyword) == true)
            .ToLookup(m => m.Identifier.ValueText, StringComparer.Ordinal);
    }

    /// <summary>The project folder relative to the scan root ("" for the root).</summary>
    public string Folder { get; }

    public CSharpCompilation Compilation { get; }

    /// <summary>The project's .cshtml and .razor files (Razor Pages, Blazor components).</summary>
    public IReadOnlyList<FileText> MarkupFiles { get; }

    /// <summary>The project's .proto files (gRPC service and package names).</summary>
    public IReadOnlyList<FileText> ProtoFiles { get; }

    /// <summary>The TargetFramework of the .csproj, e.g. <c>net8.0</c>; null when unknown.</summary>
    public string? TargetFramework { get; }

    public IReadOnlyList<ClassDeclarationSyntax> Classes { get; }

    /// <summary>Names of the classes, records and structs declared in the project.</summary>
    public IReadOnlySet<string> DeclaredTypeNames => _typeNames ??= Compilation.SyntaxTrees
        .SelectMany(t => t.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax).OfType<TypeDeclarationSyntax>())
        .Select(t => t.Identifier.ValueText)
        .ToHashSet(StringComparer.Ordinal);

    private IReadOnlySet<string>? _typeNames;

    /// <summary>Extension methods declared in the project, by name (<c>MapOrdersApi</c>).</summary>
    public ILookup<string, MethodDeclarationSyntax> ExtensionMethods { get; }

    public SemanticModel Model(SyntaxTree tree)
    {
        lock (_models)
        {
            if (!_models.TryGetValue(tree, out var model))
            {
                model = Compilation.GetSemanticModel(tree);
                _models[tree] = model;
            }

            return model;
        }
    }

    /// <summary>The value of a string literal, a const field or a constant interpolation; null when computed at run time.</summary>
    public string? ConstantString(ExpressionSyntax? expression)
    {
        if (expression is null)
        {
            return null;
        }

        if (expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return literal.Token.ValueText;
        }

        var constant = Model(expression.SyntaxTree).GetConstantValue(expression);
        return constant is { HasValue: true, Value: string text } ? text : null;
    }

    /// <summary>
    /// The projects of a scan, parsed once and shared by the route inventory and the code rules
    /// (so a syntax error is also reported once).
    /// </summary>
    public static Task<IReadOnlyList<CSharpProject>> ForScanAsync(ScanContext context, CancellationToken cancellationToken) =>
        context.SharedAsync("csharp-projects", () => LoadAllAsync(context, "csharp", cancellationToken));

    /// <summary>Reads, groups and parses every C# project under the root; syntax errors become warnings.</summary>
    private static async Task<IReadOnlyList<CSharpProject>> LoadAllAsync(ScanContext context, string extractorName, CancellationToken cancellationToken)
    {
        var projectFiles = context.Files.Where(f => f.Extension.Equals(".csproj", StringComparison.OrdinalIgnoreCase)).ToList();
        var folders = projectFiles.Select(f => FolderOf(f.Path)).Distinct().OrderByDescending(f => f.Length).ToList();
        var sources = new List<(string Folder, FileText Text)>();
        var parsed = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
        var gate = new object();
        await context.ForEachTextAsync(
            f => f.Extension is ".cs" or ".cshtml" or ".razor" or ".csproj" or ".proto",
            (text, token) =>
            {
                // Parsing is the bulk of the work: do it on the reading threads.
                var tree = text.Path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase)
                    ? CSharpSyntaxTree.ParseText(text.Text, ParseOptions, text.Path, cancellationToken: token)
                    : null;
                lock (gate)
                {
                    sources.Add((OwningFolder(text.Path, folders), text));
                    if (tree is not null)
                    {
                        parsed[text.Path] = tree;
                    }
                }

                return ValueTask.CompletedTask;
            },
            cancellationToken).ConfigureAwait(false);

        var projects = new List<CSharpProject>();
        foreach (var group in sources.GroupBy(s => s.Folder).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var files = group.Select(s => s.Text).OrderBy(t => t.Path, StringComparer.Ordinal).ToList();
            var code = files.Where(f => f.Path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase)).ToList();
            if (code.Count == 0 && !files.Any(f => f.Path.EndsWith(".razor", StringComparison.OrdinalIgnoreCase) || f.Path.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var trees = new List<SyntaxTree>();
            foreach (var file in code)
            {
                var tree = parsed[file.Path];
                var error = tree.GetDiagnostics(cancellationToken).FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
                if (error is not null)
                {
                    var line = error.Location.GetLineSpan().StartLinePosition.Line + 1;
                    context.Warnings.Add(new ScanWarning($"{file.Path}:{line}: C# syntax error ({error.GetMessage()}); routes and code rules after it may be missed") { Path = file.Path, Detector = extractorName });
                }

                trees.Add(tree);
            }

            var compilation = CSharpCompilation.Create(
                "project",
                trees,
                [CoreLibrary],
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
            var markup = files.Where(f => f.Path.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase) || f.Path.EndsWith(".razor", StringComparison.OrdinalIgnoreCase)).ToList();
            var csproj = files.FirstOrDefault(f => f.Path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase));
            var protos = files.Where(f => f.Path.EndsWith(".proto", StringComparison.OrdinalIgnoreCase)).ToList();
            projects.Add(new CSharpProject(group.Key, compilation, markup, protos, csproj is null ? null : TargetFrameworkOf(csproj.Text)));
        }

        return projects;
    }

    /// <summary>The 1-based location of a node, relative to the scan root.</summary>
    public static SourceLocation LocationOf(SyntaxNode node)
    {
        var span = node.GetLocation().GetLineSpan();
        return new SourceLocation(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    public static SourceLocation LocationOf(SyntaxToken token)
    {
        var span = token.GetLocation().GetLineSpan();
        return new SourceLocation(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    private static string? TargetFrameworkOf(string csproj)
    {
        try
        {
            var document = System.Xml.Linq.XDocument.Parse(csproj);
            var value = document.Descendants().FirstOrDefault(e => e.Name.LocalName is "TargetFramework" or "TargetFrameworks")?.Value;
            return value?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }

    private static string FolderOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    /// <summary>The deepest project folder containing the file; "" when no .csproj encloses it.</summary>
    private static string OwningFolder(string path, IReadOnlyList<string> foldersLongestFirst) =>
        foldersLongestFirst.FirstOrDefault(f => f.Length == 0 || path.StartsWith(f + "/", StringComparison.Ordinal)) ?? "";
}
