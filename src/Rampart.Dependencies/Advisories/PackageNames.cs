using System.Text.RegularExpressions;

namespace Rampart.Dependencies.Advisories;

/// <summary>
/// The key a package name is indexed and looked up by: NuGet ids are case-insensitive, PyPI names
/// are compared after PEP 503 normalisation, npm (and the rest) as written.
/// </summary>
public static partial class PackageNames
{
    public static string Normalize(string osvEcosystem, string name) => osvEcosystem switch
    {
        "NuGet" => name.ToLowerInvariant(),
        "PyPI" => Pep503Separators().Replace(name, "-").ToLowerInvariant(),
        _ => name,
    };

    [GeneratedRegex("[-_.]+")]
    private static partial Regex Pep503Separators();
}
