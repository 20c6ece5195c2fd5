using Rampart.Dependencies.Extractors;
using Rampart.Dependencies.Extractors.NuGet;

namespace Rampart.Tests.Dependencies.Extractors.NuGet;

/// <summary>The NuGet extractors, as an explicit list.</summary>
internal static class NuGetExtractors
{
    public static IReadOnlyList<IPackageExtractor> All { get; } =
    [
        new PackagesLockJsonExtractor(),
        new ProjectAssetsJsonExtractor(),
        new ProjectFileExtractor(),
        new PackagesConfigExtractor(),
        new DepsJsonExtractor(),
    ];
}
