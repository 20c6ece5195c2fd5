using System.Text.Json;
using Rampart.Core.Scanning;
using Rampart.Dependencies.Inventory;
using Tomlyn.Model;

namespace Rampart.Dependencies.Extractors.PyPI;

/// <summary>
/// <c>Pipfile.lock</c>: <c>default</c> (prod) and <c>develop</c> (dev) sections, each package pinned
/// <c>==version</c>. The file has no graph; the Pipfile beside it says which are direct.
/// </summary>
internal sealed class PipfileLockExtractor : IPackageExtractor
{
    private static readonly (string Section, bool IsDev)[] Sections = [("default", false), ("develop", true)];

    public string Format => "Pipfile.lock";

    public Ecosystem Ecosystem => Ecosystem.PyPI;

    public bool Handles(string path) => Path.GetFileName(path).Equals("Pipfile.lock", StringComparison.OrdinalIgnoreCase);

    public async Task<ExtractionResult> ExtractAsync(FileText file, Func<string, CancellationToken, Task<FileText?>> siblings, CancellationToken cancellationToken)
    {
        JsonPropertyLines lines;
        JsonDocument document;
        try
        {
            lines = JsonPropertyLines.Read(file.Text);
            document = JsonDocument.Parse(file.Text);
        }
        catch (JsonException e)
        {
            return new ExtractionResult([]) { Problems = [$"{file.Path}: not valid JSON ({e.Message})"] };
        }

        using (document)
        {
            var problems = new List<string>();
            var entries = new List<PythonLockPackage>();
            foreach (var (section, isDev) in Sections)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object
                    || !document.RootElement.TryGetProperty(section, out var packages) || packages.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                foreach (var package in packages.EnumerateObject())
                {
                    var line = lines.LineOf(section, package.Name);
                    var version = package.Value.ValueKind == JsonValueKind.Object && package.Value.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String
                        ? v.GetString()
                        : null;
                    if (version is null || !version.StartsWith("==", StringComparison.Ordinal))
                    {
                        problems.Add($"{file.Path}:{line}: {package.Name} has no pinned version (git, path or editable)");
                        continue;
                    }

                    entries.Add(new PythonLockPackage(package.Name, version.TrimStart('='), isDev, line, []));
                }
            }

            var declarations = await PipfileDeclarationsAsync(file, siblings, problems, cancellationToken);
            return new ExtractionResult(PythonLockInventory.Build(file.Path, entries, declarations)) { Problems = problems };
        }
    }

    private static async Task<List<PythonDeclaration>?> PipfileDeclarationsAsync(
        FileText lockfile, Func<string, CancellationToken, Task<FileText?>> siblings, List<string> problems, CancellationToken cancellationToken)
    {
        var path = lockfile.Path[..^".lock".Length];
        if (await siblings(path, cancellationToken) is not { } pipfile)
        {
            return null;
        }

        if (TomlText.TryParse(pipfile, out var error) is not { } toml)
        {
            problems.Add($"{pipfile.Path}: not valid TOML ({error})");
            return null;
        }

        return [.. Sections.SelectMany(s => (TomlText.Table(toml.Model, s.IsDev ? "dev-packages" : "packages") ?? new TomlTable()).Keys
            .Select(name => new PythonDeclaration(name, null, null, s.IsDev, 0)))];
    }
}
