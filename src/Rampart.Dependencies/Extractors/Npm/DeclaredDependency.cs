namespace Rampart.Dependencies.Extractors.Npm;

/// <summary>One entry of a package.json dependency section.</summary>
internal sealed record DeclaredDependency(string Name, string Range, string Section)
{
    public bool IsDev => Section == "devDependencies";
}
