using System.Globalization;
using System.Text.RegularExpressions;

namespace Rampart.Dependencies.Versions;

/// <summary>
/// A PEP 440 version, ordered as the `packaging` library orders it: epoch, release (trailing
/// zeros ignored), then dev &lt; pre &lt; final &lt; post, then local segments.
/// </summary>
internal sealed partial class Pep440Version : IComparable<Pep440Version>, IComparable
{
    private Pep440Version(
        long epoch,
        IReadOnlyList<long> release,
        (int Rank, long Number)? pre,
        long? post,
        long? dev,
        IReadOnlyList<string> local)
    {
        Epoch = epoch;
        Release = release;
        Pre = pre;
        Post = post;
        Dev = dev;
        Local = local;
    }

    public long Epoch { get; }

    public IReadOnlyList<long> Release { get; }

    /// <summary>Rank 0 = a, 1 = b, 2 = rc.</summary>
    public (int Rank, long Number)? Pre { get; }

    public long? Post { get; }

    public long? Dev { get; }

    public IReadOnlyList<string> Local { get; }

    public bool IsPrerelease => Pre is not null || Dev is not null;

    public bool IsPostRelease => Post is not null;

    public static bool TryParse(string? text, out Pep440Version? version)
    {
        version = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var m = Pattern().Match(text.Trim());
        if (!m.Success)
        {
            return false;
        }

        try
        {
            var release = m.Groups["release"].Value.Split('.').Select(Number).ToArray();
            (int, long)? pre = m.Groups["pre_l"].Success
                ? (PreRank(m.Groups["pre_l"].Value), OptionalNumber(m.Groups["pre_n"]))
                : null;
            long? post = m.Groups["post_n1"].Success ? Number(m.Groups["post_n1"].Value)
                : m.Groups["post_l"].Success ? OptionalNumber(m.Groups["post_n2"])
                : null;
            long? dev = m.Groups["dev_l"].Success ? OptionalNumber(m.Groups["dev_n"]) : null;
            var local = m.Groups["local"].Success
                ? m.Groups["local"].Value.ToLowerInvariant().Split('.', '-', '_')
                : [];
            var epoch = m.Groups["epoch"].Success ? Number(m.Groups["epoch"].Value) : 0;
            version = new Pep440Version(epoch, release, pre, post, dev, local);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    public Pep440Version Public() =>
        Local.Count == 0 ? this : new Pep440Version(Epoch, Release, Pre, Post, Dev, []);

    /// <summary>Epoch and release only, as `packaging`'s <c>base_version</c>.</summary>
    public Pep440Version Base() => new(Epoch, Release, null, null, null, []);

    public int CompareTo(Pep440Version? other)
    {
        if (other is null)
        {
            return 1;
        }

        var c = Epoch.CompareTo(other.Epoch);
        if (c != 0)
        {
            return c;
        }

        c = CompareRelease(Release, other.Release);
        if (c != 0)
        {
            return c;
        }

        c = PreKey().CompareTo(other.PreKey());
        if (c != 0)
        {
            return c;
        }

        c = (Post ?? -1).CompareTo(other.Post ?? -1);
        if (c != 0)
        {
            return c;
        }

        c = (Dev ?? long.MaxValue).CompareTo(other.Dev ?? long.MaxValue);
        return c != 0 ? c : CompareLocal(Local, other.Local);
    }

    public int CompareTo(object? obj) => obj is Pep440Version other
        ? CompareTo(other)
        : throw new ArgumentException("Not a PEP 440 version", nameof(obj));

    public override bool Equals(object? obj) => obj is Pep440Version other && CompareTo(other) == 0;

    public override int GetHashCode() => HashCode.Combine(Epoch, Release.Reverse().SkipWhile(r => r == 0).Count(), Post, Dev);

    /// <summary>The normalised form (`1.0.0a1` stays `1.0.0a1`; `1.0-1` becomes `1.0.post1`).</summary>
    public override string ToString()
    {
        var text = (Epoch != 0 ? $"{Epoch}!" : "") + string.Join('.', Release);
        if (Pre is { } pre)
        {
            text += (pre.Rank switch { 0 => "a", 1 => "b", _ => "rc" }) + pre.Number.ToString(CultureInfo.InvariantCulture);
        }

        text += Post is { } post ? $".post{post}" : "";
        text += Dev is { } dev ? $".dev{dev}" : "";
        return Local.Count > 0 ? $"{text}+{string.Join('.', Local)}" : text;
    }

    // A dev release of a final version sorts before its pre-releases: 1.0.dev0 < 1.0a1.
    private (int, long) PreKey() => (Pre, Post, Dev) switch
    {
        ({ } pre, _, _) => (pre.Rank, pre.Number),
        (null, null, not null) => (-1, 0),
        _ => (3, 0),
    };

    private static int CompareRelease(IReadOnlyList<long> left, IReadOnlyList<long> right)
    {
        for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
        {
            var c = (i < left.Count ? left[i] : 0).CompareTo(i < right.Count ? right[i] : 0);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    // No local sorts first; numeric segments sort after alphanumeric ones; a longer list wins a tie.
    private static int CompareLocal(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
        {
            var leftNumeric = long.TryParse(left[i], NumberStyles.None, CultureInfo.InvariantCulture, out var l);
            var rightNumeric = long.TryParse(right[i], NumberStyles.None, CultureInfo.InvariantCulture, out var r);
            var c = (leftNumeric, rightNumeric) switch
            {
                (true, true) => l.CompareTo(r),
                (true, false) => 1,
                (false, true) => -1,
                _ => string.CompareOrdinal(left[i], right[i]),
            };
            if (c != 0)
            {
                return c;
            }
        }

        return left.Count.CompareTo(right.Count);
    }

    private static int PreRank(string label) => label.ToLowerInvariant() switch
    {
        "a" or "alpha" => 0,
        "b" or "beta" => 1,
        _ => 2,
    };

    private static long OptionalNumber(Group group) => group.Success ? Number(group.Value) : 0;

    private static long Number(string text) => long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    // The regular expression PEP 440 appendix B gives, as `packaging` uses it.
    [GeneratedRegex(
        @"^v?(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\.[0-9]+)*)" +
        @"(?:[-_.]?(?<pre_l>alpha|beta|preview|pre|rc|a|b|c)[-_.]?(?<pre_n>[0-9]+)?)?" +
        @"(?:-(?<post_n1>[0-9]+)|[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?)?" +
        @"(?:[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?" +
        @"(?:\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();
}
