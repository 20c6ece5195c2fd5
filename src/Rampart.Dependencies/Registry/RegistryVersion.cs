namespace Rampart.Dependencies.Registry;

/// <summary>One published version: when, and (npm) the lifecycle scripts that run on install.</summary>
public sealed record RegistryVersion(string Version, DateTimeOffset? Published)
{
    /// <summary>`preinstall`, `install` and `postinstall` with their commands, as the version's manifest has them.</summary>
    public IReadOnlyDictionary<string, string> InstallScripts { get; init; } = new Dictionary<string, string>();

    /// <summary>Where the package file of this version is downloaded from (NuGet's <c>packageContent</c>), when the registry says.</summary>
    public Uri? ContentUrl { get; init; }
}
