namespace Rampart.Dependencies.Extractors;

/// <summary>
/// A dependency graph of package names, answering "which direct dependencies pull this one in?"
/// by walking down from each direct dependency (cycles are visited once).
/// </summary>
internal sealed class IntroducedByGraph
{
    private readonly Dictionary<string, HashSet<string>> _edges;
    private readonly IEqualityComparer<string> _comparer;

    public IntroducedByGraph(IEqualityComparer<string> comparer)
    {
        _comparer = comparer;
        _edges = new Dictionary<string, HashSet<string>>(comparer);
    }

    public void AddEdge(string from, string to)
    {
        if (!_edges.TryGetValue(from, out var children))
        {
            children = new HashSet<string>(_comparer);
            _edges[from] = children;
        }

        children.Add(to);
    }

    /// <summary>For every reachable name, the direct dependencies (as given) that reach it, in the given order.</summary>
    public Dictionary<string, List<string>> Walk(IEnumerable<string> directs)
    {
        var result = new Dictionary<string, List<string>>(_comparer);
        foreach (var direct in directs)
        {
            var seen = new HashSet<string>(_comparer) { direct };
            var queue = new Queue<string>([direct]);
            while (queue.TryDequeue(out var current))
            {
                if (!_edges.TryGetValue(current, out var children))
                {
                    continue;
                }

                foreach (var child in children.Where(seen.Add))
                {
                    if (!result.TryGetValue(child, out var roots))
                    {
                        roots = [];
                        result[child] = roots;
                    }

                    roots.Add(direct);
                    queue.Enqueue(child);
                }
            }
        }

        return result;
    }
}
