namespace Rampart.Dependencies.Registry;

/// <summary>A registry that can list the files inside a published version (NuGet: the entries of the .nupkg).</summary>
public interface IPackageContents
{
    /// <summary>The package's file paths ('/' separated), or null when the registry has no package file for the version.</summary>
    Task<IReadOnlyList<string>?> FilesAsync(RegistryVersion version, CancellationToken cancellationToken);
}
