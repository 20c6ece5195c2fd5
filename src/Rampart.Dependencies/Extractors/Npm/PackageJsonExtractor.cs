using System.Text.Json;
using Rampart.Core.Scanning;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Extractors.Npm;

/// <summary>
/// package.json on its own: the declared ranges of dependencies, devDependencies and
/// optionalDependencies, unresolved (Version null). Non-registry sources are skipped and said so.
/// </summary>
public sealed class PackageJsonExtractor : IPackageExtractor
{
    private static readonly string[] NonRegistryPrefixes =
        ["workspace:", "file:", "link:", "portal:", "git:", "git+", "github:", "gitlab:", "bitbucket:", "http:", "https:"];

    public string Format => "package.json";

    public Ecosystem Ecosystem => Ecosystem.Npm;

    public bool Handles(string path) =>
        NpmSpec.FileName(path) == "package.json" && !NpmSpec.IsInNodeModules(path);

    public Task<ExtractionResult> ExtractAsync(FileText file, Func<string, CancellationToken, Task<FileText?>> siblings, CancellationToken cancellationToken)
    {
        try
        {
            return Task.FromResult(Extract(file));
        }
        catch (JsonException e)
        {
            return Task.FromResult(new ExtractionResult([]) { Problems = [$"{file.Path}: not valid JSON ({e.Message})"] });
        }
    }

    private static ExtractionResult Extract(FileText file)
    {
        var lines = JsonKeyLines.Read(file, withScalars: true);
        var manifest = PackageJsonManifest.Parse(file.Text);
        if (manifest is null)
        {
            return new ExtractionResult([]) { Problems = [$"{file.Path}: not a package.json object"] };
        }

        var packages = new List<Package>();
        var problems = new List<string>();
        foreach (var declared in manifest.Dependencies)
        {
            var name = declared.Name;
            var range = declared.Range.Trim();
            if (NpmSpec.TryParseAlias(range, out var realName, out var realRange))
            {
                (name, range) = (realName, realRange);
            }

            if (IsNonRegistry(range))
            {
                problems.Add($"{file.Path}: {declared.Name} \"{declared.Range}\" is not a registry version, skipped");
                continue;
            }

            packages.Add(new Package(Ecosystem.Npm, name, null)
            {
                DeclaredRange = range.Length == 0 ? "*" : range,
                IsDirect = true,
                IsDev = declared.IsDev,
                Location = lines.Of(declared.Section, declared.Name),
            });
        }

        return new ExtractionResult(packages) { Problems = problems };
    }

    private static bool IsNonRegistry(string range)
    {
        if (NonRegistryPrefixes.Any(p => range.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        // GitHub shorthand "user/repo#ref" and local paths ("../lib", "~/lib"); a semver range never has '/'.
        return range.Contains('/');
    }
}
