namespace Rampart.Pipeline.Scaffolding;

/// <summary>The package manager a Node project's lockfile belongs to.</summary>
internal enum NodePackageManager
{
    Npm,
    Yarn,
    Pnpm,
    Bun,
}
