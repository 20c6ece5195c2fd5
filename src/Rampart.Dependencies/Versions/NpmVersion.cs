using System.Globalization;
using System.Text.RegularExpressions;

namespace Rampart.Dependencies.Versions;

/// <summary>
/// A node-semver version. Parsing is loose the way lockfiles and advisories need it: a leading `v`
/// or `=`, and missing minor or patch (`1.0` is 1.0.0, as OSV data writes it). Build metadata is
/// kept for display but never compared.
/// </summary>
internal sealed partial class NpmVersion : IComparable<NpmVersion>, IComparable
{
    private NpmVersion(long major, long minor, long patch, IReadOnlyList<string> prerelease)
    {
        Major = major;
        Minor = minor;
        Patch = patch;
        Prerelease = prerelease;
    }

    public long Major { get; }

    public long Minor { get; }

    public long Patch { get; }

    public IReadOnlyList<string> Prerelease { get; }

    public bool IsPrerelease => Prerelease.Count > 0;

    public static NpmVersion Create(long major, long minor, long patch, params string[] prerelease) =>
        new(major, minor, patch, prerelease);

    public static bool TryParse(string? text, out NpmVersion? version)
    {
        version = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = LooseVersion().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        if (!TryNumber(match.Groups["major"].Value, out var major)
            || !TryOptionalNumber(match.Groups["minor"], out var minor)
            || !TryOptionalNumber(match.Groups["patch"], out var patch))
        {
            return false;
        }

        // `1.2.3beta` is loose node-semver; `1beta` and `1.2.3-` are not versions at all.
        var pre = match.Groups["pre"];
        if (pre.Success && !match.Groups["dash"].Success && (!match.Groups["patch"].Success || !char.IsAsciiLetter(pre.Value[0])))
        {
            return false;
        }

        var identifiers = pre.Success ? pre.Value.Split('.').Select(NormaliseIdentifier).ToArray() : [];
        version = new NpmVersion(major, minor, patch, identifiers);
        return true;
    }

    public NpmVersion WithPrerelease(params string[] prerelease) => new(Major, Minor, Patch, prerelease);

    public int CompareTo(NpmVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var main = CompareMain(other);
        return main != 0 ? main : ComparePrerelease(Prerelease, other.Prerelease);
    }

    public int CompareTo(object? obj) => obj is NpmVersion other
        ? CompareTo(other)
        : throw new ArgumentException("Not an npm version", nameof(obj));

    public int CompareMain(NpmVersion other)
    {
        var c = Major.CompareTo(other.Major);
        if (c == 0)
        {
            c = Minor.CompareTo(other.Minor);
        }

        return c != 0 ? c : Patch.CompareTo(other.Patch);
    }

    public override bool Equals(object? obj) => obj is NpmVersion other && CompareTo(other) == 0;

    public override int GetHashCode() => HashCode.Combine(Major, Minor, Patch, string.Join('.', Prerelease));

    public override string ToString() =>
        IsPrerelease ? $"{Major}.{Minor}.{Patch}-{string.Join('.', Prerelease)}" : $"{Major}.{Minor}.{Patch}";

    // semver §11: numeric identifiers compare numerically and sort before alphanumeric ones; a
    // version with a prerelease sorts before the release; a longer identifier list wins a tie.
    private static int ComparePrerelease(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        if (left.Count == 0 || right.Count == 0)
        {
            return right.Count.CompareTo(left.Count);
        }

        for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
        {
            var c = CompareIdentifier(left[i], right[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return left.Count.CompareTo(right.Count);
    }

    private static int CompareIdentifier(string left, string right)
    {
        var leftNumeric = long.TryParse(left, NumberStyles.None, CultureInfo.InvariantCulture, out var l);
        var rightNumeric = long.TryParse(right, NumberStyles.None, CultureInfo.InvariantCulture, out var r);
        return (leftNumeric, rightNumeric) switch
        {
            (true, true) => l.CompareTo(r),
            (true, false) => -1,
            (false, true) => 1,
            _ => string.CompareOrdinal(left, right),
        };
    }

    // Loose node-semver reads `beta.01` as `beta.1`.
    private static string NormaliseIdentifier(string identifier) =>
        identifier.Length > 1 && TryNumber(identifier, out var number)
            ? number.ToString(CultureInfo.InvariantCulture)
            : identifier;

    private static bool TryOptionalNumber(Group group, out long value)
    {
        value = 0;
        return !group.Success || TryNumber(group.Value, out value);
    }

    // node-semver refuses numbers above Number.MAX_SAFE_INTEGER.
    private static bool TryNumber(string text, out long value) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value)
        && value <= 9007199254740991;

    [GeneratedRegex(
        @"^[v=\s]*(?<major>[0-9]+)(?:\.(?<minor>[0-9]+)(?:\.(?<patch>[0-9]+))?)?" +
        @"(?:(?<dash>-)?(?<pre>[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+(?<build>[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex LooseVersion();
}
