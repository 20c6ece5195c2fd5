namespace Rampart.Pipeline.Scaffolding;

/// <summary>What <c>rampart init</c> needs to know about the .NET projects of a repository.</summary>
/// <param name="Solutions">Solution files (.sln, .slnx), shallowest first.</param>
/// <param name="Projects">Project files, shallowest first.</param>
/// <param name="TestProjects">The projects that reference a test framework.</param>
/// <param name="TargetFrameworks">The target frameworks the projects declare, e.g. <c>net8.0</c>.</param>
internal sealed record DotnetStack(
    IReadOnlyList<string> Solutions,
    IReadOnlyList<string> Projects,
    IReadOnlyList<string> TestProjects,
    IReadOnlyList<string> TargetFrameworks)
{
    public bool HasGlobalJson { get; init; }

    /// <summary>True when a Directory.Packages.props manages package versions centrally.</summary>
    public string? CentralPackagesFile { get; init; }

    /// <summary>Projects with no packages.lock.json beside them.</summary>
    public IReadOnlyList<string> ProjectsWithoutLockfile { get; init; } = [];

    public bool HasTests => TestProjects.Count > 0;

    /// <summary>The app a first test project should reference: the shallowest project that is not a test project.</summary>
    public string? AppProject => Projects.FirstOrDefault(p => !TestProjects.Contains(p));
}
