using Rampart.Dependencies.Extractors;
using Rampart.Dependencies.Extractors.PyPI;

namespace Rampart.Tests.Dependencies.Extractors.PyPI;

/// <summary>The PyPI extractors, as an explicit list.</summary>
internal static class PyPIExtractors
{
    public static IReadOnlyList<IPackageExtractor> All { get; } =
    [
        new RequirementsTxtExtractor(),
        new PoetryLockExtractor(),
        new PipfileLockExtractor(),
        new UvLockExtractor(),
        new PyprojectTomlExtractor(),
    ];
}
