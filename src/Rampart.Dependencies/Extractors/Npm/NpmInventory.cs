using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Extractors.Npm;

/// <summary>
/// Turns locked nodes and the project's direct dependencies into packages: direct or transitive,
/// dev or prod, and the direct dependencies that pull each transitive one in (BFS per direct).
/// </summary>
internal static class NpmInventory
{
    public static List<Package> Build(IReadOnlyList<LockedNode> nodes, IReadOnlyList<DirectDependency> directs)
    {
        var byId = new Dictionary<string, LockedNode>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            byId.TryAdd(node.Id, node);
        }

        var directDev = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var direct in directs)
        {
            if (!byId.ContainsKey(direct.NodeId))
            {
                continue;
            }

            directDev[direct.NodeId] = directDev.TryGetValue(direct.NodeId, out var dev) ? dev && direct.IsDev : direct.IsDev;
        }

        var introducers = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var reachedByProd = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (directId, isDev) in directDev)
        {
            var directName = byId[directId].Name;
            var seen = new HashSet<string>(StringComparer.Ordinal) { directId };
            var queue = new Queue<string>([directId]);
            while (queue.TryDequeue(out var id))
            {
                if (!isDev)
                {
                    reachedByProd.Add(id);
                }

                if (id != directId)
                {
                    if (!introducers.TryGetValue(id, out var set))
                    {
                        introducers[id] = set = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(directName);
                }

                foreach (var next in byId[id].Dependencies)
                {
                    if (byId.ContainsKey(next) && seen.Add(next))
                    {
                        queue.Enqueue(next);
                    }
                }
            }
        }

        var packages = new List<Package>(nodes.Count);
        foreach (var node in nodes)
        {
            var isDirect = directDev.TryGetValue(node.Id, out var directIsDev);
            var reached = isDirect || introducers.ContainsKey(node.Id);
            var derivedDev = isDirect ? directIsDev : reached && !reachedByProd.Contains(node.Id);
            packages.Add(new Package(Ecosystem.Npm, node.Name, node.Version)
            {
                IsDirect = isDirect,
                IsDev = node.IsDev ?? derivedDev,
                Location = node.Location,
                IntroducedBy = !isDirect && introducers.TryGetValue(node.Id, out var by) ? [.. by] : [],
            });
        }

        return packages;
    }
}
