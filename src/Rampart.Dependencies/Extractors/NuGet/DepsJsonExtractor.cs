using System.Text.Json;
using NuGet.Versioning;
using Rampart.Core.Scanning;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Extractors.NuGet;

/// <summary>
/// <c>*.deps.json</c> next to a built application: <c>libraries</c> of type package are what ships;
/// the project libraries' dependencies in <c>targets</c> are the direct ones.
/// </summary>
internal sealed class DepsJsonExtractor : IPackageExtractor
{
    public string Format => "deps.json";

    public Ecosystem Ecosystem => Ecosystem.NuGet;

    public bool Handles(string path) => Path.GetFileName(path).EndsWith(".deps.json", StringComparison.OrdinalIgnoreCase);

    public Task<ExtractionResult> ExtractAsync(FileText file, Func<string, CancellationToken, Task<FileText?>> siblings, CancellationToken cancellationToken) =>
        NuGetJson.ExtractAsync(file, (root, lines) => Extract(file, root, lines));

    private static ExtractionResult Extract(FileText file, JsonElement root, JsonPropertyLines lines)
    {
        if (NuGetJson.Object(root, "libraries") is not { } libraries)
        {
            return new ExtractionResult([]) { Problems = [$"{file.Path}: no \"libraries\" object, not a deps.json"] };
        }

        var projects = libraries.EnumerateObject()
            .Where(l => !string.Equals(NuGetJson.String(l.Value, "type"), "package", StringComparison.OrdinalIgnoreCase))
            .Select(l => NuGetJson.SplitLibraryKey(l.Name)?.Name)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var graph = new IntroducedByGraph(StringComparer.OrdinalIgnoreCase);
        var directs = new List<string>();
        foreach (var target in NuGetJson.Properties(root, "targets"))
        {
            foreach (var library in target.Value.ValueKind == JsonValueKind.Object ? target.Value.EnumerateObject() : [])
            {
                if (NuGetJson.SplitLibraryKey(library.Name) is not { } key)
                {
                    continue;
                }

                foreach (var dependency in NuGetJson.Properties(library.Value, "dependencies"))
                {
                    graph.AddEdge(key.Name, dependency.Name);
                    if (projects.Contains(key.Name) && !projects.Contains(dependency.Name) && !directs.Contains(dependency.Name, StringComparer.OrdinalIgnoreCase))
                    {
                        directs.Add(dependency.Name);
                    }
                }
            }
        }

        var introducedBy = graph.Walk(directs);
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

            var isDirect = directs.Contains(key.Name, StringComparer.OrdinalIgnoreCase);
            var roots = isDirect ? [] : introducedBy.GetValueOrDefault(key.Name) ?? [];
            packages.Add(key.Name, key.Version, isDirect, isDev: false, line, roots);
        }

        return new ExtractionResult(packages.ToList()) { Problems = problems };
    }
}
