using System.Collections.Concurrent;
using Rampart.Code.Lexing.JavaScript;
using Rampart.Core.Scanning;

namespace Rampart.Code.Routes.JavaScript;

/// <summary>
/// Every JavaScript/TypeScript file of the scan, lexed once, with module resolution: relative
/// specifiers (with the extension and /index guesses Node and bundlers make) and the
/// <c>@/</c> and <c>~/</c> aliases of Next.js and Vite templates. Packages stay unresolved.
/// </summary>
internal sealed class JsWorkspace
{
    private static readonly string[] Extensions = [".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts"];

    private readonly Dictionary<string, JsFile> _files;

    private readonly Dictionary<string, HashSet<string>> _packages = new(StringComparer.Ordinal);

    private JsWorkspace(Dictionary<string, JsFile> files)
    {
        _files = files;
        foreach (var file in files.Values)
        {
            if (!_packages.TryGetValue(file.Project, out var packages))
            {
                _packages[file.Project] = packages = new HashSet<string>(StringComparer.Ordinal);
            }

            packages.UnionWith(PackagesOf(file));
        }
    }

    /// <summary>True when some file of the project imports or requires the package (or one of its subpaths: <c>hono/jwt</c> is <c>hono</c>).</summary>
    public bool ProjectUses(string project, string package) => _packages.TryGetValue(project, out var packages) && packages.Contains(package);

    /// <summary>The packages a file imports or requires, inline <c>require('fastify')({ ... })</c> calls included.</summary>
    public static IEnumerable<string> PackagesOf(JsFile file)
    {
        var s = file.Syntax;
        var specifiers = file.Module.Imports.Values.Select(i => i.Specifier).ToList();
        for (var i = 0; i + 3 < s.Count; i++)
        {
            if ((s.Is(i, "require") || s.Is(i, "import")) && s.Is(i + 1, "(") && s.Is(i + 3, ")") && s.StringAt(i + 2, i + 3) is { } spec)
            {
                specifiers.Add(spec);
            }
        }

        return specifiers.Where(spec => !spec.StartsWith('.') && !spec.StartsWith("@/", StringComparison.Ordinal) && !spec.StartsWith("~/", StringComparison.Ordinal)).Select(PackageName);
    }

    private static string PackageName(string specifier)
    {
        var parts = specifier.Split('/');
        return specifier.StartsWith('@') && parts.Length > 1 ? parts[0] + "/" + parts[1] : parts[0];
    }

    public IEnumerable<JsFile> Files => _files.Values.OrderBy(f => f.Path, StringComparer.Ordinal);

    public JsFile? this[string path] => _files.GetValueOrDefault(path);

    public static bool IsSource(RepoFile file)
    {
        var path = file.Path;
        if (path.Contains("node_modules/", StringComparison.Ordinal) || path.Contains(".next/", StringComparison.Ordinal) || path.EndsWith(".d.ts", StringComparison.Ordinal) || path.EndsWith(".min.js", StringComparison.Ordinal))
        {
            return false;
        }

        return Extensions.Contains(file.Extension, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The scan's workspace, lexed once and shared by the route inventory and the code rules (a file that does not lex is reported once).</summary>
    public static Task<JsWorkspace> ForScanAsync(ScanContext context, CancellationToken cancellationToken) =>
        context.SharedAsync("javascript-workspace", () => LoadAsync(context, "javascript", cancellationToken));

    private static async Task<JsWorkspace> LoadAsync(ScanContext context, string detector, CancellationToken cancellationToken)
    {
        var projects = context.Files.Where(f => f.Name == "package.json" && !f.Path.Contains("node_modules/", StringComparison.Ordinal))
            .Select(f => f.Path.Contains('/') ? f.Path[..f.Path.LastIndexOf('/')] : "")
            .ToList();
        var files = new ConcurrentDictionary<string, JsFile>(StringComparer.Ordinal);
        await context.ForEachTextAsync(IsSource, (text, _) =>
        {
            try
            {
                var module = JsModule.Read(JsSyntax.Parse(text.Text, text.Path));
                files[text.Path] = new JsFile(text.Path, ProjectOf(text.Path, projects), module);
            }
            catch (JsLexException e)
            {
                context.Warnings.Add(new ScanWarning($"could not read as JavaScript/TypeScript ({e.Message}); its routes and code rules are not checked") { Path = text.Path, Detector = detector });
            }

            return ValueTask.CompletedTask;
        }, cancellationToken).ConfigureAwait(false);
        return new JsWorkspace(new Dictionary<string, JsFile>(files, StringComparer.Ordinal));
    }

    /// <summary>The folder of the nearest package.json above a file.</summary>
    public static string ProjectOf(string path, IReadOnlyList<string> projects)
    {
        var best = "";
        foreach (var project in projects)
        {
            if ((project.Length == 0 || path.StartsWith(project + "/", StringComparison.Ordinal)) && project.Length > best.Length)
            {
                best = project;
            }
        }

        return best;
    }

    /// <summary>The file a module specifier points at, or null for a package or a file outside the scan.</summary>
    public JsFile? Resolve(JsFile from, string specifier)
    {
        string basePath;
        if (specifier.StartsWith("./", StringComparison.Ordinal) || specifier.StartsWith("../", StringComparison.Ordinal) || specifier is "." or "..")
        {
            var dir = from.Path.Contains('/') ? from.Path[..from.Path.LastIndexOf('/')] : "";
            basePath = Normalize(dir.Length == 0 ? specifier : dir + "/" + specifier);
        }
        else if (specifier.StartsWith("@/", StringComparison.Ordinal) || specifier.StartsWith("~/", StringComparison.Ordinal))
        {
            var root = from.Project.Length == 0 ? "" : from.Project + "/";
            return Find(root + specifier[2..]) ?? Find(root + "src/" + specifier[2..]);
        }
        else
        {
            return null;
        }

        return Find(basePath);
    }

    private JsFile? Find(string basePath)
    {
        if (_files.TryGetValue(basePath, out var exact))
        {
            return exact;
        }

        // ESM TypeScript imports name the compiled file: './users.js' is './users.ts' in the source.
        var withoutExtension = Extensions.Any(e => basePath.EndsWith(e, StringComparison.Ordinal)) ? basePath[..basePath.LastIndexOf('.')] : basePath;
        foreach (var candidate in Extensions.Select(e => withoutExtension + e).Concat(Extensions.Select(e => basePath + "/index" + e)))
        {
            if (_files.TryGetValue(candidate, out var file))
            {
                return file;
            }
        }

        return null;
    }

    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part is "." or "")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0)
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return string.Join('/', parts);
    }

    /// <summary>What a name used in a file stands for, following imports and re-exports into other files.</summary>
    public JsValue? ResolveName(JsFile file, string name, int depth = 0)
    {
        if (depth > 8)
        {
            return null;
        }

        if (file.Module.Declarations.TryGetValue(name, out var declaration))
        {
            return new JsValue(file, name, declaration.InitStart, declaration.InitEnd, declaration.Function);
        }

        if (file.Module.Imports.TryGetValue(name, out var import) && Resolve(file, import.Specifier) is { } target)
        {
            return ResolveExport(target, import.ExportName, depth + 1);
        }

        return null;
    }

    /// <summary><c>ns.member</c> where <c>ns</c> is a whole imported module (<c>const auth = require('./auth')</c>).</summary>
    public JsValue? ResolveMember(JsFile file, string name, string member)
    {
        if (!file.Module.Imports.TryGetValue(name, out var import) || import.ExportName is not ("default" or "*") || Resolve(file, import.Specifier) is not { } target)
        {
            return null;
        }

        return target.Module.Exports.ContainsKey(member) ? ResolveExport(target, member, 1) : null;
    }

    public JsValue? ResolveExport(JsFile file, string exportName, int depth = 0)
    {
        if (depth > 8)
        {
            return null;
        }

        if (exportName == "*")
        {
            return new JsValue(file, "*", 0, 0, null) { Namespace = true };
        }

        if (file.Module.Exports.TryGetValue(exportName, out var export))
        {
            if (export.ReExport is { } reExport)
            {
                return Resolve(file, reExport.Specifier) is { } next ? ResolveExport(next, reExport.ExportName, depth + 1) : null;
            }

            if (export.LocalName is { } local && ResolveName(file, local, depth + 1) is { } value)
            {
                return value;
            }

            if (export.Start >= 0)
            {
                return new JsValue(file, export.LocalName ?? exportName, export.Start, export.End, JsExpressions.FunctionAt(file.Syntax, export.Start));
            }

            return null;
        }

        foreach (var star in file.Module.StarReExports)
        {
            if (Resolve(file, star) is { } next && ResolveExport(next, exportName, depth + 1) is { } value)
            {
                return value;
            }
        }

        return null;
    }
}
