using System.Text.RegularExpressions;
using Rampart.Core.Findings;
using Rampart.Core.Scanning;
using Rampart.Dependencies.Inventory;
using Tomlyn.Model;

namespace Rampart.Dependencies.Extractors.PyPI;

/// <summary>
/// <c>pyproject.toml</c> declared dependencies: PEP 621 <c>[project] dependencies</c> and
/// <c>optional-dependencies</c>, PEP 735 <c>[dependency-groups]</c>, and Poetry's
/// <c>[tool.poetry.dependencies]</c>, <c>dev-dependencies</c> and groups. Ranges only (an exact
/// <c>==</c> pin, or a bare Poetry version, is a version); the lockfile beside it resolves the rest.
/// Extras and groups named like dev, test, lint, docs or typing are development-only.
/// </summary>
internal sealed partial class PyprojectTomlExtractor : IPackageExtractor
{
    public string Format => "pyproject.toml";

    public Ecosystem Ecosystem => Ecosystem.PyPI;

    public bool Handles(string path) => Path.GetFileName(path).Equals("pyproject.toml", StringComparison.OrdinalIgnoreCase);

    public Task<ExtractionResult> ExtractAsync(FileText file, Func<string, CancellationToken, Task<FileText?>> siblings, CancellationToken cancellationToken)
    {
        if (TomlText.TryParse(file, out var error) is not { } toml)
        {
            return Task.FromResult(new ExtractionResult([]) { Problems = [$"{file.Path}: not valid TOML ({error})"] });
        }

        var problems = new List<string>();
        var packages = Declarations(toml, file.Path, problems).Select(d => new Package(Ecosystem.PyPI, d.Name, d.Version)
        {
            DeclaredRange = d.Range,
            IsDirect = true,
            IsDev = d.IsDev,
            Location = new SourceLocation(file.Path, d.Line),
        }).ToList();
        return Task.FromResult(new ExtractionResult(packages) { Problems = problems });
    }

    /// <summary>Every declared dependency, in file order of the sections; also used by the lockfile extractors to tell direct ones.</summary>
    public static List<PythonDeclaration> Declarations(TomlText toml, string path, List<string> problems)
    {
        var result = new List<PythonDeclaration>();
        if (TomlText.Table(toml.Model, "project") is { } project)
        {
            AddPep508(toml, path, "project", TomlText.Items(project, "dependencies"), isDev: false, result, problems);
            foreach (var (extra, items) in TomlText.Table(project, "optional-dependencies") ?? new TomlTable())
            {
                AddPep508(toml, path, "project.optional-dependencies", items as TomlArray ?? new TomlArray(), IsDevGroup(extra), result, problems);
            }
        }

        foreach (var (group, items) in TomlText.Table(toml.Model, "dependency-groups") ?? new TomlTable())
        {
            AddPep508(toml, path, "dependency-groups", items as TomlArray ?? new TomlArray(), IsDevGroup(group), result, problems);
        }

        if (TomlText.Table(toml.Model, "tool", "poetry") is { } poetry)
        {
            AddPoetry(toml, path, "tool.poetry.dependencies", TomlText.Table(poetry, "dependencies"), isDev: false, result, problems);
            AddPoetry(toml, path, "tool.poetry.dev-dependencies", TomlText.Table(poetry, "dev-dependencies"), isDev: true, result, problems);
            foreach (var (group, value) in TomlText.Table(poetry, "group") ?? new TomlTable())
            {
                var table = value is TomlTable t ? TomlText.Table(t, "dependencies") : null;
                AddPoetry(toml, path, $"tool.poetry.group.{group}.dependencies", table, group != "main", result, problems);
            }
        }

        return result;
    }

    private static void AddPep508(TomlText toml, string path, string table, IEnumerable<object?> items, bool isDev, List<PythonDeclaration> result, List<string> problems)
    {
        foreach (var text in items.OfType<string>())
        {
            var line = toml.LineIn(table, text: text);
            if (PythonRequirement.TryParse(text) is not { } requirement)
            {
                problems.Add($"{path}:{line}: not a PEP 508 requirement: {text}");
                continue;
            }

            if (requirement.Url is not null)
            {
                problems.Add($"{path}:{line}: {requirement.Name} comes from a URL, not the registry");
                continue;
            }

            var range = requirement.Specifier.Length == 0 ? null : requirement.Specifier;
            result.Add(new PythonDeclaration(requirement.Name, requirement.PinnedVersion, range, isDev, line));
        }
    }

    private static void AddPoetry(TomlText toml, string path, string table, TomlTable? dependencies, bool isDev, List<PythonDeclaration> result, List<string> problems)
    {
        foreach (var (name, value) in dependencies ?? new TomlTable())
        {
            if (name.Equals("python", StringComparison.OrdinalIgnoreCase))
            {
                continue; // the interpreter, not a package
            }

            var line = toml.LineIn(table, key: name);
            var constraint = value switch
            {
                string s => s,
                TomlTable t => TomlText.String(t, "version"),
                TomlArray a => string.Join("||", a.OfType<TomlTable>().Select(t => TomlText.String(t, "version")).OfType<string>()),
                _ => null,
            };
            if (string.IsNullOrWhiteSpace(constraint))
            {
                problems.Add($"{path}:{line}: {name} is not from the registry (git, path or url) or has no version");
                continue;
            }

            var range = Whitespace().Replace(constraint, string.Empty);

            // Poetry reads a bare version ("2.31.0") as an exact requirement.
            var exact = ExactVersion().Match(range) is { Success: true } m ? m.Groups[1].Value : null;
            result.Add(new PythonDeclaration(name, exact, range, isDev, line));
        }
    }

    private static bool IsDevGroup(string name) => DevGroup().IsMatch(name);

    [GeneratedRegex(@"^(dev|develop|development|test|tests|testing|lint|linting|docs|typing)([-_].*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DevGroup();

    [GeneratedRegex(@"^(?:==)?(\d+(?:\.\d+)*(?:(?:a|b|rc|\.post|\.dev)\d+)*)$")]
    private static partial Regex ExactVersion();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
