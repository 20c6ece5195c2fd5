using Rampart.Core.Scanning;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Extractors.Npm;

/// <summary>
/// yarn.lock, v1 and Berry (v2+). The lockfile does not say which packages are direct or dev:
/// Berry lists the workspaces' dependencies, v1 needs the package.json next to it; dev-ness comes
/// from package.json and the graph.
/// </summary>
public sealed class YarnLockExtractor : IPackageExtractor
{
    public string Format => "yarn.lock";

    public Ecosystem Ecosystem => Ecosystem.Npm;

    public bool Handles(string path) =>
        NpmSpec.FileName(path) == "yarn.lock" && !NpmSpec.IsInNodeModules(path);

    public async Task<ExtractionResult> ExtractAsync(FileText file, Func<string, CancellationToken, Task<FileText?>> siblings, CancellationToken cancellationToken)
    {
        var manifest = await PackageJsonManifest.ReadSiblingAsync(file, siblings, cancellationToken).ConfigureAwait(false);
        var problems = new List<string>();
        var (entries, isBerry) = YarnLockParser.Parse(file, problems);

        var bySpec = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            foreach (var spec in entries[i].Specs)
            {
                bySpec.TryAdd(spec, Id(i));
            }
        }

        var nodes = new List<LockedNode>();
        var directs = new List<DirectDependency>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (!TryNameAndVersion(entry, isBerry, out var name, out var version, out var isWorkspace))
            {
                if (isWorkspace)
                {
                    var isRoot = entry.Resolution?.EndsWith("@workspace:.", StringComparison.Ordinal) == true;
                    directs.AddRange(entry.Dependencies
                        .Select(d => Lookup(bySpec, d.Name, d.Range, isBerry) is { } id ? new DirectDependency(id, isRoot && manifest?.IsDevOnly(d.Name) == true) : null)
                        .OfType<DirectDependency>());
                }
                else if (version is null)
                {
                    problems.Add($"{file.Path}:{entry.Location.Line}: \"{string.Join(", ", entry.Specs)}\" has no version, skipped");
                }

                continue;
            }

            var node = new LockedNode(Id(i), name, version!, entry.Location);
            node.Dependencies.AddRange(entry.Dependencies.Select(d => Lookup(bySpec, d.Name, d.Range, isBerry)).OfType<string>());
            nodes.Add(node);
        }

        if (!isBerry)
        {
            foreach (var declared in manifest?.Dependencies ?? [])
            {
                if (Lookup(bySpec, declared.Name, declared.Range, isBerry) is { } id)
                {
                    directs.Add(new DirectDependency(id, declared.IsDev));
                }
            }
        }

        return new ExtractionResult(NpmInventory.Build(nodes, directs)) { Problems = problems };
    }

    private static string Id(int index) => index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? Lookup(Dictionary<string, string> bySpec, string name, string range, bool isBerry)
    {
        if (bySpec.TryGetValue(name + "@" + range, out var id))
        {
            return id;
        }

        return isBerry && bySpec.TryGetValue(name + "@npm:" + range, out id) ? id : null;
    }

    private static bool TryNameAndVersion(YarnLockEntry entry, bool isBerry, out string name, out string? version, out bool isWorkspace)
    {
        isWorkspace = false;
        version = entry.Version;
        name = "";
        if (isBerry)
        {
            // The resolution names the real package (aliases included) and its protocol.
            if (entry.Resolution is null || !NpmSpec.TrySplit(entry.Resolution, out name, out var resolved))
            {
                return false;
            }

            isWorkspace = resolved.StartsWith("workspace:", StringComparison.Ordinal);
            return !isWorkspace && resolved.StartsWith("npm:", StringComparison.Ordinal) && version is not null;
        }

        if (entry.Specs.Count == 0 || !NpmSpec.TrySplit(entry.Specs[0], out name, out var range))
        {
            return false;
        }

        if (NpmSpec.TryParseAlias(range, out var realName, out _))
        {
            name = realName;
        }

        isWorkspace = range.StartsWith("workspace:", StringComparison.Ordinal) || range.StartsWith("file:", StringComparison.Ordinal);
        return !isWorkspace && version is not null;
    }
}
