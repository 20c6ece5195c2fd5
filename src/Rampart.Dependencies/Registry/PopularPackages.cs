using System.Reflection;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Registry;

/// <summary>
/// The most depended-upon names of one ecosystem (embedded data, most popular first), indexed by
/// normalised name and by skeleton, so a scan can tell a popular package from its look-alikes offline.
/// </summary>
public sealed class PopularPackages
{
    private readonly List<string> _names;
    private readonly Dictionary<string, string> _byNormalised;
    private readonly Dictionary<string, string> _bySkeleton;

    public PopularPackages(Ecosystem ecosystem, IEnumerable<string> names)
    {
        Ecosystem = ecosystem;
        _names = [.. names.Select(n => n.Trim()).Where(n => n.Length > 0 && !n.StartsWith('#'))];
        _byNormalised = new(StringComparer.Ordinal);
        _bySkeleton = new(StringComparer.Ordinal);
        foreach (var name in _names)
        {
            _byNormalised.TryAdd(PackageNames.Normalise(ecosystem, name), name);
            _bySkeleton.TryAdd(PackageNames.Skeleton(name), name);
        }
    }

    public Ecosystem Ecosystem { get; }

    public IReadOnlyList<string> Names => _names;

    /// <summary>The embedded list for an ecosystem; empty for ecosystems without one.</summary>
    public static PopularPackages For(Ecosystem ecosystem) => Embedded.TryGetValue(ecosystem, out var list) ? list.Value : new PopularPackages(ecosystem, []);

    public bool Contains(string name) => _byNormalised.ContainsKey(PackageNames.Normalise(Ecosystem, name));

    /// <summary>The popular name that looks exactly like <paramref name="name"/> but is another package.</summary>
    public string? LookAlikeOf(string name) =>
        !Contains(name) && _bySkeleton.TryGetValue(PackageNames.Skeleton(name), out var popular) ? popular : null;

    /// <summary>
    /// The most popular name within typing distance (≤ 1 edit for names of 5 characters or fewer,
    /// ≤ 2 otherwise), or null. Names of 3 characters or fewer are not compared: too many real
    /// packages are one key away from each other.
    /// </summary>
    public (string Popular, int Distance)? NearestTypo(string name)
    {
        var normalised = PackageNames.Normalise(Ecosystem, name);
        if (normalised.Length <= 3 || _byNormalised.ContainsKey(normalised))
        {
            return null;
        }

        (string Popular, int Distance)? best = null;
        // In list order, so a tie goes to the more popular name.
        foreach (var popular in _names)
        {
            var candidate = PackageNames.Normalise(Ecosystem, popular);
            var max = Math.Min(normalised.Length, candidate.Length) <= 5 ? 1 : 2;
            if (candidate.Length <= 3 || Math.Abs(candidate.Length - normalised.Length) > max)
            {
                continue;
            }

            var distance = DamerauLevenshtein.Distance(normalised, candidate, max);
            if (distance <= max && (best is null || distance < best.Value.Distance))
            {
                best = (popular, distance);
            }
        }

        return best;
    }

    private static readonly Dictionary<Ecosystem, Lazy<PopularPackages>> Embedded = new()
    {
        [Ecosystem.Npm] = new(() => Load(Ecosystem.Npm, "npm")),
        [Ecosystem.PyPI] = new(() => Load(Ecosystem.PyPI, "pypi")),
        [Ecosystem.NuGet] = new(() => Load(Ecosystem.NuGet, "nuget")),
    };

    private static PopularPackages Load(Ecosystem ecosystem, string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"popular-packages/{file}.txt")
            ?? throw new InvalidOperationException($"popular-packages/{file}.txt is not embedded");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return new PopularPackages(ecosystem, lines);
    }
}
