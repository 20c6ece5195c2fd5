using System.Text.Json;
using NuGet.Versioning;
using Rampart.Core.Scanning;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Extractors.NuGet;

/// <summary>
/// <c>packages.lock.json</c> (RestorePackagesWithLockFile): per target framework, each package with
/// its type (Direct, Transitive, CentralTransitive; Project entries are project references, not
/// packages), resolved version and dependencies, from which IntroducedBy is computed.
/// </summary>
internal sealed class PackagesLockJsonExtractor : IPackageExtractor
{
    public string Format => "packages.lock.json";

    public Ecosystem Ecosystem => Ecosystem.NuGet;

    public bool Handles(string path) => Path.GetFileName(path).Equals("packages.lock.json", StringComparison.OrdinalIgnoreCase);

    public Task<ExtractionResult> ExtractAsync(FileText file, Func<string, CancellationToken, Task<FileText?>> siblings, CancellationToken cancellationToken) =>
        NuGetJson.ExtractAsync(file, (root, lines) => Extract(file, root, lines));

    private static ExtractionResult Extract(FileText file, JsonElement root, JsonPropertyLines lines)
    {
        var problems = new List<string>();
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("dependencies", out var frameworks)
            || frameworks.ValueKind != JsonValueKind.Object)
        {
            return new ExtractionResult([]) { Problems = [$"{file.Path}: no \"dependencies\" object, not a packages.lock.json"] };
        }

        var packages = new NuGetPackageSet(file.Path);
        foreach (var framework in frameworks.EnumerateObject())
        {
            if (framework.Value.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{file.Path}:{lines.LineOf("dependencies", framework.Name)}: target {framework.Name} is not an object");
                continue;
            }

            ReadFramework(framework, lines, packages, problems);
        }

        return new ExtractionResult(packages.ToList()) { Problems = problems };
    }

    private static void ReadFramework(JsonProperty framework, JsonPropertyLines lines, NuGetPackageSet packages, List<string> problems)
    {
        var graph = new IntroducedByGraph(StringComparer.OrdinalIgnoreCase);
        var directs = new List<string>();
        var entries = new List<(string Name, string Version, bool Direct, int Line)>();
        foreach (var entry in framework.Value.EnumerateObject())
        {
            var line = lines.LineOf("dependencies", framework.Name, entry.Name);
            var type = NuGetJson.String(entry.Value, "type");
            if (string.Equals(type, "Project", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var resolved = NuGetJson.String(entry.Value, "resolved");
            if (resolved is null || !NuGetVersion.TryParse(resolved, out _))
            {
                problems.Add($"{packages.Path}:{line}: {entry.Name} has no valid resolved version ({resolved ?? "missing"})");
                continue;
            }

            var direct = string.Equals(type, "Direct", StringComparison.OrdinalIgnoreCase);
            if (direct)
            {
                directs.Add(entry.Name);
            }

            if (entry.Value.ValueKind == JsonValueKind.Object && entry.Value.TryGetProperty("dependencies", out var dependencies) && dependencies.ValueKind == JsonValueKind.Object)
            {
                foreach (var dependency in dependencies.EnumerateObject())
                {
                    graph.AddEdge(entry.Name, dependency.Name);
                }
            }

            entries.Add((entry.Name, resolved, direct, line));
        }

        var introducedBy = graph.Walk(directs);
        foreach (var (name, version, direct, line) in entries)
        {
            var roots = direct ? [] : introducedBy.GetValueOrDefault(name) ?? [];
            packages.Add(name, version, direct, isDev: false, line, roots);
        }
    }
}
