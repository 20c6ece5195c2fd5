using System.Text.Json;
using Rampart.Core.Scanning;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Extractors.Npm;

/// <summary>
/// package-lock.json (v1, v2, v3) and npm-shrinkwrap.json. v2/v3 are read from <c>packages</c>
/// (keys are install paths, so nested copies resolve like Node does); v1 from the nested
/// <c>dependencies</c> tree, with the direct ones taken from the package.json next to it.
/// </summary>
public sealed class PackageLockExtractor : IPackageExtractor
{
    private const string NodeModules = "node_modules/";

    public string Format => "package-lock.json";

    public Ecosystem Ecosystem => Ecosystem.Npm;

    public bool Handles(string path)
    {
        var name = NpmSpec.FileName(path);
        return (name == "package-lock.json" || name == "npm-shrinkwrap.json") && !NpmSpec.IsInNodeModules(path);
    }

    public async Task<ExtractionResult> ExtractAsync(FileText file, Func<string, CancellationToken, Task<FileText?>> siblings, CancellationToken cancellationToken)
    {
        JsonDocument document;
        JsonKeyLines lines;
        try
        {
            document = JsonDocument.Parse(file.Text.TrimStart('\uFEFF'), JsonKeyLines.DocumentOptions);
            lines = JsonKeyLines.Read(file, withScalars: false);
        }
        catch (JsonException e)
        {
            return new ExtractionResult([]) { Problems = [$"{file.Path}: not valid JSON ({e.Message})"] };
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new ExtractionResult([]) { Problems = [$"{file.Path}: not a package-lock object"] };
            }

            var problems = new List<string>();
            if (root.TryGetProperty("packages", out var packages) && packages.ValueKind == JsonValueKind.Object)
            {
                return new ExtractionResult(ReadPackages(file, packages, lines, problems)) { Problems = problems };
            }

            if (root.TryGetProperty("dependencies", out var dependencies) && dependencies.ValueKind == JsonValueKind.Object)
            {
                var manifest = await PackageJsonManifest.ReadSiblingAsync(file, siblings, cancellationToken).ConfigureAwait(false);
                return new ExtractionResult(PackageLockV1Reader.Read(file, dependencies, manifest, lines, problems)) { Problems = problems };
            }

            return new ExtractionResult([]) { Problems = [$"{file.Path}: neither \"packages\" nor \"dependencies\" is an object"] };
        }
    }

    private static List<Package> ReadPackages(FileText file, JsonElement packages, JsonKeyLines lines, List<string> problems)
    {
        var entries = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var entry in packages.EnumerateObject())
        {
            if (entry.Value.ValueKind == JsonValueKind.Object)
            {
                entries[entry.Name] = entry.Value;
            }
        }

        var nodes = new List<LockedNode>();
        var directs = new List<DirectDependency>();
        foreach (var (path, entry) in entries)
        {
            var isPackage = path.StartsWith(NodeModules, StringComparison.Ordinal) || path.Contains("/" + NodeModules, StringComparison.Ordinal);
            if (!isPackage)
            {
                // The root ("") or a workspace member folder: what it declares is direct.
                foreach (var (dependency, section) in DependencyNames(entry, includeDev: true))
                {
                    var target = Resolve(entries, path, dependency);
                    if (target is not null)
                    {
                        directs.Add(new DirectDependency(target, section == "devDependencies"));
                    }
                }

                continue;
            }

            if (IsTrue(entry, "link"))
            {
                continue; // a symlink to a workspace folder, which is read as its own entry
            }

            var name = entry.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
                ? n.GetString()!
                : path[(path.LastIndexOf(NodeModules, StringComparison.Ordinal) + NodeModules.Length)..];
            if (!entry.TryGetProperty("version", out var v) || v.ValueKind != JsonValueKind.String || v.GetString()!.Length == 0)
            {
                problems.Add($"{file.Path}: \"{path}\" has no version, skipped");
                continue;
            }

            var node = new LockedNode(path, name, v.GetString()!, lines.Of("packages", path)) { IsDev = IsTrue(entry, "dev") };
            foreach (var (dependency, _) in DependencyNames(entry, includeDev: false))
            {
                var target = Resolve(entries, path, dependency);
                if (target is not null)
                {
                    node.Dependencies.Add(target);
                }
            }

            nodes.Add(node);
        }

        return NpmInventory.Build(nodes, directs);
    }

    /// <summary>Node's lookup: <c>from/node_modules/name</c>, then the same from each ancestor up to the root.</summary>
    internal static string? Resolve(IReadOnlyDictionary<string, JsonElement> entries, string from, string dependency)
    {
        var folder = from;
        while (true)
        {
            var candidate = folder.Length == 0 ? NodeModules + dependency : folder + "/" + NodeModules + dependency;
            if (entries.TryGetValue(candidate, out var found))
            {
                return IsTrue(found, "link") ? null : candidate;
            }

            if (folder.Length == 0)
            {
                return null;
            }

            var parent = folder.LastIndexOf("/" + NodeModules, StringComparison.Ordinal);
            folder = parent < 0 ? "" : folder[..parent];
        }
    }

    private static IEnumerable<(string Name, string Section)> DependencyNames(JsonElement entry, bool includeDev)
    {
        string[] sections = includeDev
            ? ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"]
            : ["dependencies", "optionalDependencies", "peerDependencies"];
        foreach (var section in sections)
        {
            if (!entry.TryGetProperty(section, out var deps) || deps.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var dep in deps.EnumerateObject())
            {
                // An optional peer is only used when something else installs it: not an edge.
                if (section == "peerDependencies" && entry.TryGetProperty("peerDependenciesMeta", out var meta) && meta.ValueKind == JsonValueKind.Object
                    && meta.TryGetProperty(dep.Name, out var peer) && peer.ValueKind == JsonValueKind.Object
                    && peer.TryGetProperty("optional", out var optional) && optional.ValueKind == JsonValueKind.True)
                {
                    continue;
                }

                yield return (dep.Name, section);
            }
        }
    }

    private static bool IsTrue(JsonElement entry, string property) =>
        entry.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.True;
}
