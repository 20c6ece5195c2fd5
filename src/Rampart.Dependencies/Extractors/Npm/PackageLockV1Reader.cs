using System.Text.Json;
using Rampart.Core.Scanning;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Extractors.Npm;

/// <summary>
/// lockfileVersion 1: a nested <c>dependencies</c> tree with <c>requires</c> maps. It is flattened into
/// install paths (<c>node_modules/a/node_modules/b</c>) so it resolves like v2/v3.
/// </summary>
internal static class PackageLockV1Reader
{
    public static List<Package> Read(FileText file, JsonElement dependencies, PackageJsonManifest? manifest, JsonKeyLines lines, List<string> problems)
    {
        var entries = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var keyPaths = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Flatten(dependencies, "", ["dependencies"], entries, keyPaths);

        var nodes = new List<LockedNode>();
        var directs = new List<DirectDependency>();
        foreach (var (path, entry) in entries)
        {
            var version = entry.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
            var name = path[(path.LastIndexOf("node_modules/", StringComparison.Ordinal) + "node_modules/".Length)..];
            var requires = Requires(entries, entry, path);
            if (version.StartsWith("file:", StringComparison.Ordinal) || version.StartsWith("link:", StringComparison.Ordinal))
            {
                // A workspace member or local folder: not a registry package, what it requires is direct.
                directs.AddRange(requires.Select(r => new DirectDependency(r, false)));
                continue;
            }

            if (NpmSpec.TryParseAlias(version, out var realName, out var realVersion))
            {
                (name, version) = (realName, realVersion);
            }

            if (version.Length == 0)
            {
                problems.Add($"{file.Path}: \"{name}\" has no version, skipped");
                continue;
            }

            var node = new LockedNode(path, name, version, lines.Of(keyPaths[path]))
            {
                IsDev = entry.TryGetProperty("dev", out var dev) && dev.ValueKind == JsonValueKind.True,
            };
            node.Dependencies.AddRange(requires);
            nodes.Add(node);
        }

        foreach (var declared in manifest?.Dependencies ?? [])
        {
            var target = PackageLockExtractor.Resolve(entries, "", declared.Name);
            if (target is not null)
            {
                directs.Add(new DirectDependency(target, declared.IsDev));
            }
        }

        return NpmInventory.Build(nodes, directs);
    }

    private static List<string> Requires(Dictionary<string, JsonElement> entries, JsonElement entry, string path)
    {
        var result = new List<string>();
        if (!entry.TryGetProperty("requires", out var requires) || requires.ValueKind != JsonValueKind.Object)
        {
            return result;
        }

        foreach (var required in requires.EnumerateObject())
        {
            var target = PackageLockExtractor.Resolve(entries, path, required.Name);
            if (target is not null)
            {
                result.Add(target);
            }
        }

        return result;
    }

    private static void Flatten(JsonElement dependencies, string parent, string[] keyPath, Dictionary<string, JsonElement> entries, Dictionary<string, string[]> keyPaths)
    {
        foreach (var dependency in dependencies.EnumerateObject())
        {
            if (dependency.Value.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var path = parent.Length == 0 ? "node_modules/" + dependency.Name : parent + "/node_modules/" + dependency.Name;
            string[] entryKeyPath = [.. keyPath, dependency.Name];
            entries[path] = dependency.Value;
            keyPaths[path] = entryKeyPath;
            if (dependency.Value.TryGetProperty("dependencies", out var nested) && nested.ValueKind == JsonValueKind.Object)
            {
                Flatten(nested, path, [.. entryKeyPath, "dependencies"], entries, keyPaths);
            }
        }
    }
}
