using System.Text.Json;
using Rampart.Core.Scanning;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Extractors.Npm;

/// <summary>
/// bun.lock, Bun's text lockfile (JSON with trailing commas). <c>packages</c> keys are install paths
/// joined by '/' (<c>debug/ms</c> is the <c>ms</c> nested under <c>debug</c>); each value is
/// <c>["name@version", registry, { dependencies }, integrity]</c>. <c>workspaces</c> gives the direct ones.
/// </summary>
public sealed class BunLockExtractor : IPackageExtractor
{
    private static readonly string[] GraphSections = ["dependencies", "optionalDependencies", "peerDependencies"];
    private static readonly string[] WorkspaceSections = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];

    public string Format => "bun.lock";

    public Ecosystem Ecosystem => Ecosystem.Npm;

    public bool Handles(string path) =>
        NpmSpec.FileName(path) == "bun.lock" && !NpmSpec.IsInNodeModules(path);

    public Task<ExtractionResult> ExtractAsync(FileText file, Func<string, CancellationToken, Task<FileText?>> siblings, CancellationToken cancellationToken)
    {
        try
        {
            using var document = JsonDocument.Parse(file.Text.TrimStart('\uFEFF'), JsonKeyLines.DocumentOptions);
            var lines = JsonKeyLines.Read(file, withScalars: false);
            return Task.FromResult(Extract(file, document.RootElement, lines));
        }
        catch (JsonException e)
        {
            return Task.FromResult(new ExtractionResult([]) { Problems = [$"{file.Path}: not valid JSON ({e.Message})"] });
        }
    }

    private static ExtractionResult Extract(FileText file, JsonElement root, JsonKeyLines lines)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("packages", out var packages) || packages.ValueKind != JsonValueKind.Object)
        {
            return new ExtractionResult([]) { Problems = [$"{file.Path}: no \"packages\" object"] };
        }

        var keys = new HashSet<string>(packages.EnumerateObject().Select(p => p.Name), StringComparer.Ordinal);
        var problems = new List<string>();
        var nodes = new List<LockedNode>();
        foreach (var entry in packages.EnumerateObject())
        {
            var value = entry.Value;
            if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0 || value[0].ValueKind != JsonValueKind.String
                || !NpmSpec.TrySplit(value[0].GetString()!, out var name, out var version))
            {
                problems.Add($"{file.Path}: package \"{entry.Name}\" not understood, skipped");
                continue;
            }

            if (version.Contains(':'))
            {
                continue; // workspace:, file:, link:, github: — not a registry package
            }

            var node = new LockedNode(entry.Name, name, version, lines.Of("packages", entry.Name));
            if (value.GetArrayLength() > 2 && value[2].ValueKind == JsonValueKind.Object)
            {
                var optionalPeers = value[2].TryGetProperty("optionalPeers", out var peers) && peers.ValueKind == JsonValueKind.Array
                    ? peers.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.String).Select(p => p.GetString()!).ToHashSet(StringComparer.Ordinal)
                    : [];
                foreach (var dependency in Names(value[2], GraphSections))
                {
                    // An optional peer is only used when something else installs it: not an edge.
                    if (dependency.Section == "peerDependencies" && optionalPeers.Contains(dependency.Name))
                    {
                        continue;
                    }

                    if (Resolve(keys, Segments(entry.Name), dependency.Name) is { } target)
                    {
                        node.Dependencies.Add(target);
                    }
                }
            }

            nodes.Add(node);
        }

        var directs = new List<DirectDependency>();
        if (root.TryGetProperty("workspaces", out var workspaces) && workspaces.ValueKind == JsonValueKind.Object)
        {
            foreach (var workspace in workspaces.EnumerateObject())
            {
                // Packages nested under a workspace member are keyed by its name ("shop-utils/ms").
                List<string> from = workspace.Name.Length > 0 && workspace.Value.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
                    ? [n.GetString()!]
                    : [];
                foreach (var dependency in Names(workspace.Value, WorkspaceSections))
                {
                    if (Resolve(keys, from, dependency.Name) is { } target)
                    {
                        directs.Add(new DirectDependency(target, dependency.Section == "devDependencies"));
                    }
                }
            }
        }

        return new ExtractionResult(NpmInventory.Build(nodes, directs)) { Problems = problems };
    }

    private static string? Resolve(HashSet<string> keys, List<string> from, string dependency)
    {
        for (var depth = from.Count; depth >= 0; depth--)
        {
            var candidate = depth == 0 ? dependency : string.Join('/', from.Take(depth)) + "/" + dependency;
            if (keys.Contains(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>"send/@types/node" → ["send", "@types/node"].</summary>
    private static List<string> Segments(string key)
    {
        var parts = key.Split('/');
        var segments = new List<string>();
        for (var i = 0; i < parts.Length; i++)
        {
            segments.Add(parts[i].StartsWith('@') && i + 1 < parts.Length ? parts[i] + "/" + parts[++i] : parts[i]);
        }

        return segments;
    }

    private static IEnumerable<(string Name, string Section)> Names(JsonElement entry, string[] sections)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var section in sections)
        {
            if (entry.TryGetProperty(section, out var deps) && deps.ValueKind == JsonValueKind.Object)
            {
                foreach (var dep in deps.EnumerateObject())
                {
                    yield return (dep.Name, section);
                }
            }
        }
    }
}
