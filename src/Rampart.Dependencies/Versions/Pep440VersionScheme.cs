using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Versions;

/// <summary>
/// PyPI versions (PEP 440) and specifier sets, as pip's `packaging` library reads them. Poetry
/// constraints (`^1.2`, `~1.2`, `2.31.0`, `||`), which pyproject files also declare, are read too.
/// </summary>
public sealed class Pep440VersionScheme : IVersionScheme
{
    public Ecosystem Ecosystem => Ecosystem.PyPI;

    public bool TryParse(string text, out IComparable? version)
    {
        var ok = Pep440Version.TryParse(text, out var parsed);
        version = parsed;
        return ok;
    }

    public int Compare(IComparable left, IComparable right) =>
        ((Pep440Version)left).CompareTo((Pep440Version)right);

    public bool Satisfies(string version, string range) =>
        Pep440Version.TryParse(version, out var parsed)
        && SpecifierSets(range) is { } sets
        && sets.Any(set => set.Contains(parsed!));

    public string? LowestAllowed(string range) =>
        SpecifierSets(range)?
            .Select(set => set.LowestAllowed())
            .OfType<Pep440Version>()
            .Order()
            .FirstOrDefault()?
            .ToString();

    private static List<Pep440SpecifierSet>? SpecifierSets(string range)
    {
        if (range is null)
        {
            return null;
        }

        if (Pep440SpecifierSet.TryParse(range, out var set))
        {
            return [set!];
        }

        var sets = new List<Pep440SpecifierSet>();
        foreach (var translated in PoetryConstraint.ToSpecifierSets(range) ?? [])
        {
            if (!Pep440SpecifierSet.TryParse(translated, out var poetrySet))
            {
                return null;
            }

            sets.Add(poetrySet!);
        }

        return sets.Count == 0 ? null : sets;
    }
}
