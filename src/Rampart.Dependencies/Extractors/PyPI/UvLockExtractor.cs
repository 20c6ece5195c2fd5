using Rampart.Core.Scanning;
using Rampart.Dependencies.Inventory;
using Tomlyn.Model;

namespace Rampart.Dependencies.Extractors.PyPI;

/// <summary>
/// <c>uv.lock</c>: every <c>[[package]]</c>. The project's own entries (source <c>virtual</c> or
/// <c>editable</c>) are not packages: their <c>dependencies</c> and <c>optional-dependencies</c> are
/// the direct ones and their <c>dev-dependencies</c> the development-only ones.
/// </summary>
internal sealed class UvLockExtractor : IPackageExtractor
{
    public string Format => "uv.lock";

    public Ecosystem Ecosystem => Ecosystem.PyPI;

    public bool Handles(string path) => Path.GetFileName(path).Equals("uv.lock", StringComparison.OrdinalIgnoreCase);

    public Task<ExtractionResult> ExtractAsync(FileText file, Func<string, CancellationToken, Task<FileText?>> siblings, CancellationToken cancellationToken)
    {
        if (TomlText.TryParse(file, out var error) is not { } toml)
        {
            return Task.FromResult(new ExtractionResult([]) { Problems = [$"{file.Path}: not valid TOML ({error})"] });
        }

        var problems = new List<string>();
        var entries = new List<PythonLockPackage>();
        var declarations = new List<PythonDeclaration>();
        var index = -1;
        foreach (var package in TomlText.Tables(toml.Model, "package"))
        {
            index++;
            var line = toml.LineOfArrayTable("package", index);
            var name = TomlText.String(package, "name");
            if (string.IsNullOrWhiteSpace(name))
            {
                problems.Add($"{file.Path}:{line}: package without a name");
                continue;
            }

            var source = TomlText.Table(package, "source") ?? new TomlTable();
            if (source.ContainsKey("virtual") || source.ContainsKey("editable"))
            {
                AddProjectDeclarations(package, declarations);
                continue;
            }

            var version = TomlText.String(package, "version");
            if (!source.ContainsKey("registry") || string.IsNullOrWhiteSpace(version))
            {
                var kind = source.Keys.FirstOrDefault() ?? "unknown";
                problems.Add($"{file.Path}:{line}: {name} comes from a {kind} source, not the registry");
                continue;
            }

            entries.Add(new PythonLockPackage(name, version, null, line, Names(TomlText.Items(package, "dependencies"))));
        }

        return Task.FromResult(new ExtractionResult(PythonLockInventory.Build(file.Path, entries, declarations)) { Problems = problems });
    }

    private static void AddProjectDeclarations(TomlTable project, List<PythonDeclaration> declarations)
    {
        declarations.AddRange(Names(TomlText.Items(project, "dependencies")).Select(n => new PythonDeclaration(n, null, null, false, 0)));
        foreach (var (_, items) in TomlText.Table(project, "optional-dependencies") ?? new TomlTable())
        {
            declarations.AddRange(Names(items as TomlArray ?? new TomlArray()).Select(n => new PythonDeclaration(n, null, null, false, 0)));
        }

        foreach (var (_, items) in TomlText.Table(project, "dev-dependencies") ?? new TomlTable())
        {
            declarations.AddRange(Names(items as TomlArray ?? new TomlArray()).Select(n => new PythonDeclaration(n, null, null, true, 0)));
        }
    }

    private static List<string> Names(IEnumerable<object?> items) =>
        [.. items.OfType<TomlTable>().Select(t => TomlText.String(t, "name")).OfType<string>()];
}
