namespace Rampart.Dependencies.Advisories;

/// <summary>The package an OSV `affected` entry is about, with its ecosystem as OSV spells it.</summary>
public sealed record OsvPackage(string Ecosystem, string Name)
{
    public string? Purl { get; init; }
}
