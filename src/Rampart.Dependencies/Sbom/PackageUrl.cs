using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Sbom;

/// <summary>
/// Package URLs (purl spec): <c>pkg:npm/%40scope/name@1.0.0</c>, <c>pkg:nuget/Name@1.0.0</c>,
/// <c>pkg:pypi/name@1.0</c>. Each segment is percent-encoded; PyPI names are normalised as the
/// spec asks (lower case, runs of '-', '_' and '.' become '-', as PEP 503).
/// </summary>
public static class PackageUrl
{
    public static string For(Ecosystem ecosystem, string name, string? version)
    {
        var (type, path) = ecosystem switch
        {
            Ecosystem.Npm => ("npm", Segments(name, '/')),
            Ecosystem.NuGet => ("nuget", Encode(name)),
            Ecosystem.PyPI => ("pypi", Encode(string.Join('-', name.ToLowerInvariant().Split(['-', '_', '.'], StringSplitOptions.RemoveEmptyEntries)))),
            Ecosystem.Go => ("golang", Segments(name, '/')),
            Ecosystem.Cargo => ("cargo", Encode(name)),
            Ecosystem.Maven => ("maven", Segments(name, ':')),
            _ => ("generic", Encode(name)),
        };
        return version is null ? $"pkg:{type}/{path}" : $"pkg:{type}/{path}@{Encode(version)}";
    }

    /// <summary>The npm scope (<c>@types</c>) of a scoped name, which CycloneDX puts in <c>group</c>; null otherwise.</summary>
    public static (string? Group, string Name) SplitScope(Ecosystem ecosystem, string name)
    {
        if (ecosystem != Ecosystem.Npm || !name.StartsWith('@') || name.IndexOf('/', StringComparison.Ordinal) is var slash && slash < 0)
        {
            return (null, name);
        }

        return (name[..slash], name[(slash + 1)..]);
    }

    private static string Segments(string name, char separator) =>
        string.Join('/', name.Split(separator, StringSplitOptions.RemoveEmptyEntries).Select(Encode));

    // EscapeDataString leaves only unreserved characters (A-Z a-z 0-9 - . _ ~): '@' becomes %40, '+' %2B.
    private static string Encode(string segment) => Uri.EscapeDataString(segment);
}
