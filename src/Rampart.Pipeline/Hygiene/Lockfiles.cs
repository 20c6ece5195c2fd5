namespace Rampart.Pipeline.Hygiene;

/// <summary>The lockfile names per ecosystem: a manifest with one of these beside it (or above it, for workspaces) is locked.</summary>
internal static class Lockfiles
{
    public static readonly string[] Npm = ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock", "bun.lockb"];

    /// <summary>Lockfiles that <c>npm ci</c> enforces; the other managers freeze their lockfile on CI by themselves.</summary>
    public static readonly string[] NpmCi = ["package-lock.json", "npm-shrinkwrap.json"];

    public const string NuGet = "packages.lock.json";

    public static readonly string[] Python = ["poetry.lock", "uv.lock", "Pipfile.lock", "pdm.lock"];

    public const string Uv = "uv.lock";

    public const string Go = "go.sum";
}
