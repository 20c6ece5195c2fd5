using Rampart.Dependencies.Extractors.Npm;
using Rampart.Dependencies.Extractors.NuGet;
using Rampart.Dependencies.Extractors.PyPI;

namespace Rampart.Dependencies.Extractors;

/// <summary>The one explicit list of extractors, one per file format.</summary>
internal static class PackageExtractors
{
    public static IReadOnlyList<IPackageExtractor> All { get; } =
    [
        new PackageLockExtractor(), new YarnLockExtractor(), new PnpmLockExtractor(), new BunLockExtractor(), new PackageJsonExtractor(),
        new PackagesLockJsonExtractor(), new ProjectAssetsJsonExtractor(), new ProjectFileExtractor(), new PackagesConfigExtractor(), new DepsJsonExtractor(),
        new RequirementsTxtExtractor(), new PoetryLockExtractor(), new PipfileLockExtractor(), new UvLockExtractor(), new PyprojectTomlExtractor(),
    ];
}
