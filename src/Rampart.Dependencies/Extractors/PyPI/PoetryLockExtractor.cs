using Rampart.Core.Scanning;
using Rampart.Dependencies.Inventory;
using Tomlyn.Model;

namespace Rampart.Dependencies.Extractors.PyPI;

/// <summary>
/// <c>poetry.lock</c>: each <c>[[package]]</c> with its version and <c>[package.dependencies]</c>;
/// dev from <c>category = "dev"</c> (lock format 1) or from <c>groups</c> without "main" (format 2.1).
/// Direct ones come from the pyproject.toml beside it.
/// </summary>
internal sealed class PoetryLockExtractor : IPackageExtractor
{
    public string Format => "poetry.lock";

    public Ecosystem Ecosystem => Ecosystem.PyPI;

    public bool Handles(string path) => Path.GetFileName(path).Equals("poetry.lock", StringComparison.OrdinalIgnoreCase);

    public async Task<ExtractionResult> ExtractAsync(FileText file, Func<string, CancellationToken, Task<FileText?>> siblings, CancellationToken cancellationToken)
    {
        if (TomlText.TryParse(file, out var error) is not { } toml)
        {
            return new ExtractionResult([]) { Problems = [$"{file.Path}: not valid TOML ({error})"] };
        }

        var problems = new List<string>();
        var entries = new List<PythonLockPackage>();
        var index = -1;
        foreach (var package in TomlText.Tables(toml.Model, "package"))
        {
            index++;
            var line = toml.LineOfArrayTable("package", index);
            var name = TomlText.String(package, "name");
            var version = TomlText.String(package, "version");
            if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(version))
            {
                problems.Add($"{file.Path}:{line}: package without name or version");
                continue;
            }

            if (TomlText.Table(package, "source") is { } source && TomlText.String(source, "type") is { } type && type != "legacy")
            {
                problems.Add($"{file.Path}:{line}: {name} comes from a {type} source, not the registry");
                continue;
            }

            var dependencies = TomlText.Table(package, "dependencies")?.Keys.ToList() ?? [];
            entries.Add(new PythonLockPackage(name, version, IsDev(package), line, dependencies));
        }

        var declarations = await PythonLockInventory.PyprojectBesideAsync(file, siblings, problems, cancellationToken);
        return new ExtractionResult(PythonLockInventory.Build(file.Path, entries, declarations)) { Problems = problems };
    }

    private static bool? IsDev(TomlTable package)
    {
        if (TomlText.String(package, "category") is { } category)
        {
            return category == "dev";
        }

        var groups = TomlText.Items(package, "groups").OfType<string>().ToList();
        return groups.Count == 0 ? null : !groups.Contains("main");
    }
}
