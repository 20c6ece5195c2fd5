using System.Globalization;
using System.Text.RegularExpressions;

namespace Rampart.Dependencies.Versions;

/// <summary>
/// A node-semver range: sets of comparators joined by `||`. `^`, `~`, x-ranges and hyphen ranges
/// are desugared to plain comparators the way node-semver does, including its `-0` upper bounds.
/// </summary>
internal sealed partial class NpmRange
{
    private static readonly NpmVersion Zero = NpmVersion.Create(0, 0, 0);
    private static readonly NpmVersion ZeroPrerelease = NpmVersion.Create(0, 0, 0, "0");

    private readonly IReadOnlyList<IReadOnlyList<Comparator>> sets;

    private NpmRange(IReadOnlyList<IReadOnlyList<Comparator>> sets) => this.sets = sets;

    public static bool TryParse(string? text, out NpmRange? range)
    {
        range = null;
        if (text is null)
        {
            return false;
        }

        var sets = new List<IReadOnlyList<Comparator>>();
        foreach (var part in text.Split("||"))
        {
            var set = ParseSet(part.Trim());
            if (set is null)
            {
                return false;
            }

            sets.Add(set);
        }

        range = new NpmRange(sets);
        return true;
    }

    public bool IsSatisfiedBy(NpmVersion version) => sets.Any(set => SetAllows(set, version));

    /// <summary>node-semver's <c>minVersion</c>.</summary>
    public NpmVersion? LowestAllowed()
    {
        if (IsSatisfiedBy(Zero))
        {
            return Zero;
        }

        if (IsSatisfiedBy(ZeroPrerelease))
        {
            return ZeroPrerelease;
        }

        NpmVersion? lowest = null;
        foreach (var set in sets)
        {
            NpmVersion? setLowest = null;
            foreach (var comparator in set)
            {
                var candidate = comparator.Op switch
                {
                    ">" when comparator.Version.IsPrerelease =>
                        comparator.Version.WithPrerelease([.. comparator.Version.Prerelease, "0"]),
                    ">" => NpmVersion.Create(comparator.Version.Major, comparator.Version.Minor, comparator.Version.Patch + 1),
                    ">=" or "=" => comparator.Version,
                    _ => null,
                };
                if (candidate is not null && (setLowest is null || candidate.CompareTo(setLowest) > 0))
                {
                    setLowest = candidate;
                }
            }

            if (setLowest is not null && (lowest is null || lowest.CompareTo(setLowest) > 0))
            {
                lowest = setLowest;
            }
        }

        return lowest is not null && IsSatisfiedBy(lowest) ? lowest : null;
    }

    // A prerelease only matches a set that names a prerelease of the same major.minor.patch, so
    // `^1.2.3` does not pull in 1.3.0-beta, but `>=1.3.0-alpha` allows 1.3.0-beta.
    private static bool SetAllows(IReadOnlyList<Comparator> set, NpmVersion version)
    {
        if (!set.All(c => c.Test(version)))
        {
            return false;
        }

        return !version.IsPrerelease
            || set.Any(c => c.Version.IsPrerelease && c.Version.CompareMain(version) == 0);
    }

    private static List<Comparator>? ParseSet(string text)
    {
        var hyphen = HyphenRange().Match(text);
        if (hyphen.Success)
        {
            return ParseHyphen(hyphen.Groups["from"].Value, hyphen.Groups["to"].Value);
        }

        var comparators = new List<Comparator>();
        var normalised = OperatorSpace().Replace(text, "$1");
        foreach (var token in normalised.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var parsed = ParseToken(token);
            if (parsed is null)
            {
                return null;
            }

            comparators.AddRange(parsed);
        }

        return comparators;
    }

    private static List<Comparator>? ParseHyphen(string fromText, string toText)
    {
        if (!Partial.TryParse(fromText, out var from) || !Partial.TryParse(toText, out var to))
        {
            return null;
        }

        var result = new List<Comparator>();
        if (from.Major is { } fm)
        {
            result.Add(new(">=", from.IsFull ? from.ToVersion() : NpmVersion.Create(fm, from.Minor ?? 0, 0)));
        }

        if (to.Major is { } tm)
        {
            result.Add(to.Minor is not { } tmi ? new("<", NpmVersion.Create(tm + 1, 0, 0, "0"))
                : to.Patch is null ? new("<", NpmVersion.Create(tm, tmi + 1, 0, "0"))
                : new("<=", to.ToVersion()));
        }

        return result;
    }

    private static List<Comparator>? ParseToken(string token)
    {
        var match = OperatorToken().Match(token);
        if (!match.Success || !Partial.TryParse(match.Groups["version"].Value, out var v))
        {
            return null;
        }

        return match.Groups["op"].Value switch
        {
            "^" => Caret(v),
            "~" or "~>" => Tilde(v),
            var op => Primitive(op, v),
        };
    }

    private static List<Comparator> Caret(Partial v)
    {
        if (v.Major is not { } major)
        {
            return [];
        }

        if (v.Minor is not { } minor)
        {
            return Between(NpmVersion.Create(major, 0, 0), NpmVersion.Create(major + 1, 0, 0, "0"));
        }

        var upper = (major, minor, v.Patch) switch
        {
            (0, 0, { } patch) => NpmVersion.Create(0, 0, patch + 1, "0"),
            (0, _, _) => NpmVersion.Create(0, minor + 1, 0, "0"),
            _ => NpmVersion.Create(major + 1, 0, 0, "0"),
        };
        return Between(v.IsFull ? v.ToVersion() : NpmVersion.Create(major, minor, 0), upper);
    }

    private static List<Comparator> Tilde(Partial v)
    {
        if (v.Major is not { } major)
        {
            return [];
        }

        if (v.Minor is not { } minor)
        {
            return Between(NpmVersion.Create(major, 0, 0), NpmVersion.Create(major + 1, 0, 0, "0"));
        }

        var lower = v.IsFull ? v.ToVersion() : NpmVersion.Create(major, minor, 0);
        return Between(lower, NpmVersion.Create(major, minor + 1, 0, "0"));
    }

    private static List<Comparator> Primitive(string op, Partial v)
    {
        if (v.Major is not { } major)
        {
            return op is "<" or ">" ? [new("<", ZeroPrerelease)] : [];
        }

        if (v.IsFull)
        {
            return [new(op.Length == 0 ? "=" : op, v.ToVersion())];
        }

        var minor = v.Minor;
        return op switch
        {
            "" or "=" => minor is { } m
                ? Between(NpmVersion.Create(major, m, 0), NpmVersion.Create(major, m + 1, 0, "0"))
                : Between(NpmVersion.Create(major, 0, 0), NpmVersion.Create(major + 1, 0, 0, "0")),
            ">" => [new(">=", minor is { } m2 ? NpmVersion.Create(major, m2 + 1, 0) : NpmVersion.Create(major + 1, 0, 0))],
            ">=" => [new(">=", NpmVersion.Create(major, minor ?? 0, 0))],
            "<=" => [new("<", minor is { } m3 ? NpmVersion.Create(major, m3 + 1, 0, "0") : NpmVersion.Create(major + 1, 0, 0, "0"))],
            _ => [new("<", NpmVersion.Create(major, minor ?? 0, 0, "0"))],
        };
    }

    private static List<Comparator> Between(NpmVersion lower, NpmVersion upper) => [new(">=", lower), new("<", upper)];

    [GeneratedRegex(@"^(?<from>\S+)\s+-\s+(?<to>\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex HyphenRange();

    [GeneratedRegex(@"(~>?|\^|[<>]=?|=)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex OperatorSpace();

    [GeneratedRegex(@"^(?<op>~>?|\^|[<>]=?|=)?(?<version>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex OperatorToken();

    private readonly record struct Comparator(string Op, NpmVersion Version)
    {
        public bool Test(NpmVersion candidate)
        {
            var c = candidate.CompareTo(Version);
            return Op switch
            {
                "<" => c < 0,
                "<=" => c <= 0,
                ">" => c > 0,
                ">=" => c >= 0,
                _ => c == 0,
            };
        }
    }

    /// <summary>A version with wildcard or missing parts (`1`, `1.x`, `1.2.*`); null means "any".</summary>
    private readonly partial record struct Partial(long? Major, long? Minor, long? Patch, NpmVersion? Full)
    {
        public bool IsFull => Patch is not null;

        public static bool TryParse(string text, out Partial partial)
        {
            partial = default;
            var match = PartialVersion().Match(text);
            if (!match.Success)
            {
                return false;
            }

            var major = Number(match.Groups["major"]);
            var minor = major is null ? null : Number(match.Groups["minor"]);
            var patch = minor is null ? null : Number(match.Groups["patch"]);
            NpmVersion? full = null;
            if (patch is not null && !NpmVersion.TryParse(text, out full))
            {
                return false;
            }

            partial = new Partial(major, minor, patch, full);
            return true;
        }

        public NpmVersion ToVersion() => Full ?? NpmVersion.Create(Major ?? 0, Minor ?? 0, Patch ?? 0);

        private static long? Number(Group group) =>
            group.Success && long.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

        [GeneratedRegex(
            @"^[v=]*(?<major>[0-9]+|[xX*])(?:\.(?<minor>[0-9]+|[xX*])(?:\.(?<patch>[0-9]+|[xX*])(?<rest>(?:-?[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?))?)?$",
            RegexOptions.CultureInvariant)]
        private static partial Regex PartialVersion();
    }
}
