using Rampart.Core.Findings;
using Rampart.Core.Scanning;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Extractors.PyPI;

/// <summary>
/// Turns a Python lockfile's entries into packages. Direct ones come from the project's declarations
/// (pyproject.toml or Pipfile beside the lockfile); without them, a package nothing else depends on
/// must have been asked for, so it counts as direct. Names match per PEP 503.
/// </summary>
internal static class PythonLockInventory
{
    public static List<Package> Build(string path, IReadOnlyList<PythonLockPackage> entries, IReadOnlyCollection<PythonDeclaration>? declarations)
    {
        var graph = new IntroducedByGraph(PythonNames.Comparer);
        foreach (var entry in entries)
        {
            foreach (var dependency in entry.Dependencies)
            {
                graph.AddEdge(entry.Name, dependency);
            }
        }

        var dependedOn = entries.SelectMany(e => e.Dependencies).ToHashSet(PythonNames.Comparer);
        var directs = declarations is { Count: > 0 }
            ? declarations.Select(d => d.Name).Distinct(PythonNames.Comparer).ToList()
            : entries.Where(e => !dependedOn.Contains(e.Name)).Select(e => e.Name).ToList();
        var directSet = directs.ToHashSet(PythonNames.Comparer);
        var declaredDev = declarations?.GroupBy(d => d.Name, PythonNames.Comparer)
            .ToDictionary(g => g.Key, g => g.All(d => d.IsDev), PythonNames.Comparer) ?? [];
        var introducedBy = graph.Walk(directs);
        return [.. entries.Select(e =>
        {
            var isDirect = directSet.Contains(e.Name);
            var roots = isDirect ? [] : introducedBy.GetValueOrDefault(e.Name) ?? [];

            // The lockfile's own dev marking wins; otherwise a package is dev when all that bring it in are.
            var isDev = e.IsDev ?? (isDirect
                ? declaredDev.GetValueOrDefault(e.Name)
                : roots.Count > 0 && roots.All(r => declaredDev.GetValueOrDefault(r)));
            return new Package(Ecosystem.PyPI, e.Name, e.Version)
            {
                IsDirect = isDirect,
                IsDev = isDev,
                Location = new SourceLocation(path, e.Line),
                IntroducedBy = roots,
            };
        })];
    }

    /// <summary>The declarations of the pyproject.toml in the lockfile's folder, or null when there is none.</summary>
    public static async Task<List<PythonDeclaration>?> PyprojectBesideAsync(
        FileText lockfile, Func<string, CancellationToken, Task<FileText?>> siblings, List<string> problems, CancellationToken cancellationToken)
    {
        var folder = lockfile.Path.Contains('/') ? lockfile.Path[..lockfile.Path.LastIndexOf('/')] + "/" : string.Empty;
        if (await siblings(folder + "pyproject.toml", cancellationToken) is not { } pyproject)
        {
            return null;
        }

        if (TomlText.TryParse(pyproject, out var error) is not { } toml)
        {
            problems.Add($"{pyproject.Path}: not valid TOML ({error})");
            return null;
        }

        return PyprojectTomlExtractor.Declarations(toml, pyproject.Path, []);
    }
}
