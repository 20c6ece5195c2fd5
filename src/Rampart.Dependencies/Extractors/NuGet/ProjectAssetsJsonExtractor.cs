using System.Text.Json;
using NuGet.Versioning;
using Rampart.Core.Scanning;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Extractors.NuGet;

/// <summary>
/// <c>obj/project.assets.json</c>, written by every restore: <c>libraries</c> of type package are the
/// resolved set, <c>targets</c> give each framework's graph, and
/// <c>project.frameworks.*.dependencies</c> the direct ones (<c>suppressParent: All</c>, i.e.
/// PrivateAssets=all, marks a development-only package).
/// </summary>
internal sealed class ProjectAssetsJsonExtractor : IPackageExtractor
{
    public string Format => "project.assets.json";

    public Ecosystem Ecosystem => Ecosystem.NuGet;

    public bool Handles(string path) => Path.GetFileName(path).Equals("project.assets.json", StringComparison.OrdinalIgnoreCase);

    public Task<ExtractionResult> ExtractAsync(FileText file, Func<string, CancellationToken, Task<FileText?>> siblings, CancellationToken cancellationToken) =>
        NuGetJson.ExtractAsync(file, (root, lines) => Extract(file, root, lines));

    private static ExtractionResult Extract(FileText file, JsonElement root, JsonPropertyLines lines)
    {
        if (NuGetJson.Object(root, "libraries") is not { } libraries)
        {
            return new ExtractionResult([]) { Problems = [$"{file.Path}: no \"libraries\" object, not a project.assets.json"] };
        }

        var directs = ReadDirects(root);
        var allDirects = directs.Values.SelectMany(d => d).GroupBy(d => d.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.All(d => d.Value), StringComparer.OrdinalIgnoreCase);
        var introducedBy = ReadIntroducedBy(root, directs, allDirects);
        var problems = new List<string>();
        var packages = new NuGetPackageSet(file.Path);
        foreach (var library in libraries.EnumerateObject())
        {
            if (!string.Equals(NuGetJson.String(library.Value, "type"), "package", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var line = lines.LineOf("libraries", library.Name);
            if (NuGetJson.SplitLibraryKey(library.Name) is not { } key || !NuGetVersion.TryParse(key.Version, out _))
            {
                problems.Add($"{file.Path}:{line}: library {library.Name} is not Name/Version");
                continue;
            }

            var (name, version) = key;
            var isDirect = allDirects.TryGetValue(name, out var devOnly);
            var roots = isDirect ? [] : introducedBy.GetValueOrDefault(name) ?? [];

            // A transitive package is development-only when every direct package that brings it in is.
            var isDev = isDirect ? devOnly : roots.Count > 0 && roots.All(r => allDirects.GetValueOrDefault(r));
            packages.Add(name, version, isDirect, isDev, line, roots);
        }

        return new ExtractionResult(packages.ToList()) { Problems = problems };
    }

    /// <summary>Per framework alias: direct package id → true when PrivateAssets=all.</summary>
    private static Dictionary<string, Dictionary<string, bool>> ReadDirects(JsonElement root)
    {
        var result = new Dictionary<string, Dictionary<string, bool>>(StringComparer.OrdinalIgnoreCase);
        if (NuGetJson.Object(root, "project") is not { } project || NuGetJson.Object(project, "frameworks") is not { } frameworks)
        {
            return result;
        }

        foreach (var framework in frameworks.EnumerateObject())
        {
            var directs = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
            foreach (var dependency in NuGetJson.Properties(framework.Value, "dependencies"))
            {
                if (NuGetJson.String(dependency.Value, "target") is { } target && !target.Equals("Package", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var suppress = NuGetJson.String(dependency.Value, "suppressParent");
                directs[dependency.Name] = string.Equals(suppress, "All", StringComparison.OrdinalIgnoreCase);
            }

            result[framework.Name] = directs;
            if (NuGetJson.String(framework.Value, "framework") is { } moniker)
            {
                result.TryAdd(moniker, directs);
            }
        }

        return result;
    }

    private static Dictionary<string, List<string>> ReadIntroducedBy(
        JsonElement root, Dictionary<string, Dictionary<string, bool>> directs, Dictionary<string, bool> allDirects)
    {
        var merged = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var target in NuGetJson.Properties(root, "targets"))
        {
            if (target.Value.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var graph = new IntroducedByGraph(StringComparer.OrdinalIgnoreCase);
            foreach (var library in target.Value.EnumerateObject())
            {
                if (NuGetJson.SplitLibraryKey(library.Name) is not { } key)
                {
                    continue;
                }

                foreach (var dependency in NuGetJson.Properties(library.Value, "dependencies"))
                {
                    graph.AddEdge(key.Name, dependency.Name);
                }
            }

            // Target keys are "net10.0" or "net10.0/linux-x64"; unknown ones fall back to every direct.
            var framework = target.Name.Split('/')[0];
            var roots = directs.TryGetValue(framework, out var own) ? own.Keys : allDirects.Keys;
            foreach (var (name, by) in graph.Walk(roots))
            {
                merged[name] = merged.TryGetValue(name, out var existing) ? [.. existing.Union(by, StringComparer.OrdinalIgnoreCase)] : by;
            }
        }

        return merged;
    }
}
