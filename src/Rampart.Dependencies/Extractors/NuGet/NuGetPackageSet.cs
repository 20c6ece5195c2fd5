using Rampart.Core.Findings;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Extractors.NuGet;

/// <summary>
/// Packages of one file, one per (id, version): ids compare case-insensitively as NuGet does, and
/// the same package under several target frameworks is merged (direct wins, roots are unioned).
/// </summary>
internal sealed class NuGetPackageSet(string path)
{
    private readonly Dictionary<(string, string), Package> _packages = new(new KeyComparer());

    public string Path { get; } = path;

    public void Add(string name, string version, bool isDirect, bool isDev, int line, IReadOnlyList<string> introducedBy)
    {
        var key = (name, version);
        if (_packages.TryGetValue(key, out var existing))
        {
            var direct = existing.IsDirect || isDirect;
            _packages[key] = existing with
            {
                IsDirect = direct,
                IsDev = existing.IsDev && isDev,
                IntroducedBy = direct ? [] : [.. existing.IntroducedBy.Union(introducedBy, StringComparer.OrdinalIgnoreCase)],
            };
            return;
        }

        _packages[key] = new Package(Ecosystem.NuGet, name, version)
        {
            IsDirect = isDirect,
            IsDev = isDev,
            Location = new SourceLocation(Path, line),
            IntroducedBy = introducedBy,
        };
    }

    public List<Package> ToList() => [.. _packages.Values];

    private sealed class KeyComparer : IEqualityComparer<(string, string)>
    {
        public bool Equals((string, string) x, (string, string) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Item1, y.Item1) && StringComparer.OrdinalIgnoreCase.Equals(x.Item2, y.Item2);

        public int GetHashCode((string, string) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Item1), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Item2));
    }
}
