namespace Rampart.Pipeline.Scaffolding;

/// <summary>The Node project nearest the root: where its package.json is, its package manager and scripts.</summary>
/// <param name="Directory">The folder of package.json, '' for the root.</param>
/// <param name="Lockfile">The lockfile path, or null when none is committed.</param>
/// <param name="Scripts">package.json scripts by name.</param>
internal sealed record NodeStack(string Directory, NodePackageManager PackageManager, string? Lockfile, IReadOnlyDictionary<string, string> Scripts)
{
    public bool HasTests { get; init; }

    /// <summary>.nvmrc or .node-version, when the project names its Node version.</summary>
    public string? VersionFile { get; init; }

    /// <summary>A real test script: present and not npm's placeholder that always fails.</summary>
    public bool HasTestScript => Scripts.TryGetValue("test", out var test) && !test.Contains("no test specified", StringComparison.Ordinal);
}
