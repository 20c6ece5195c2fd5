using System.Text.RegularExpressions;

namespace Rampart.Dependencies.Versions;

/// <summary>
/// Comma-joined PEP 440 specifiers (`>=1.0,!=1.3.*,<2`), evaluated as `packaging`'s
/// <c>SpecifierSet.contains</c>: pre-releases only match when a specifier names one.
/// </summary>
internal sealed partial class Pep440SpecifierSet
{
    private readonly IReadOnlyList<Specifier> specifiers;

    private Pep440SpecifierSet(IReadOnlyList<Specifier> specifiers) => this.specifiers = specifiers;

    public static bool TryParse(string? text, out Pep440SpecifierSet? set)
    {
        set = null;
        if (text is null)
        {
            return false;
        }

        var specifiers = new List<Specifier>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (part.Length == 0 && text.Trim().Length == 0)
            {
                continue;
            }

            var m = SpecifierPattern().Match(part);
            if (!m.Success)
            {
                return false;
            }

            var op = m.Groups["op"].Value;
            var versionText = m.Groups["version"].Value;
            if (op == "===")
            {
                specifiers.Add(new Specifier(op, versionText, null, false));
                continue;
            }

            var wildcard = versionText.EndsWith(".*", StringComparison.Ordinal);
            if (wildcard && op is not ("==" or "!="))
            {
                return false;
            }

            if (!Pep440Version.TryParse(wildcard ? versionText[..^2] : versionText, out var version)
                || (wildcard && (version!.IsPrerelease || version.IsPostRelease || version.Local.Count > 0))
                || (op == "~=" && version!.Release.Count < 2))
            {
                return false;
            }

            specifiers.Add(new Specifier(op, versionText, version, wildcard));
        }

        set = new Pep440SpecifierSet(specifiers);
        return true;
    }

    public bool Contains(Pep440Version version)
    {
        var allowPrereleases = specifiers.Any(s => s.NamesPrerelease);
        if (version.IsPrerelease && !allowPrereleases)
        {
            return false;
        }

        return specifiers.All(s => s.Contains(version));
    }

    /// <summary>The highest inclusive lower bound ("0" when none), if the whole set allows it.</summary>
    public Pep440Version? LowestAllowed()
    {
        Pep440Version.TryParse("0", out var lowest);
        foreach (var s in specifiers)
        {
            var bound = s.Op switch
            {
                ">=" or "~=" or "==" => s.Version,
                "===" => Pep440Version.TryParse(s.Text, out var exact) ? exact : null,
                _ => null,
            };
            if (bound is not null && bound.CompareTo(lowest) > 0)
            {
                lowest = bound;
            }
        }

        return Contains(lowest!) ? lowest : null;
    }

    [GeneratedRegex(@"^(?<op>===|~=|==|!=|<=|>=|<|>)\s*(?<version>\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex SpecifierPattern();

    private sealed record Specifier(string Op, string Text, Pep440Version? Version, bool Wildcard)
    {
        public bool NamesPrerelease =>
            Op is not "!=" && Version is { IsPrerelease: true };

        public bool Contains(Pep440Version candidate)
        {
            if (Op == "===")
            {
                return string.Equals(candidate.ToString(), Text, StringComparison.OrdinalIgnoreCase);
            }

            var spec = Version!;
            return Op switch
            {
                "==" => Equal(candidate, spec),
                "!=" => !Equal(candidate, spec),
                "~=" => candidate.Public().CompareTo(spec) >= 0 && PrefixMatch(candidate, spec, spec.Release.Count - 1),
                ">=" => candidate.Public().CompareTo(spec) >= 0,
                "<=" => candidate.Public().CompareTo(spec) <= 0,
                "<" => Less(candidate, spec),
                _ => Greater(candidate, spec),
            };
        }

        private bool Equal(Pep440Version candidate, Pep440Version spec)
        {
            if (Wildcard)
            {
                return PrefixMatch(candidate, spec, spec.Release.Count);
            }

            // A specifier without a local label ignores the candidate's local label.
            return (spec.Local.Count == 0 ? candidate.Public() : candidate).CompareTo(spec) == 0;
        }

        private static bool PrefixMatch(Pep440Version candidate, Pep440Version spec, int length)
        {
            if (candidate.Epoch != spec.Epoch)
            {
                return false;
            }

            for (var i = 0; i < length; i++)
            {
                var c = i < candidate.Release.Count ? candidate.Release[i] : 0;
                if (c != spec.Release[i])
                {
                    return false;
                }
            }

            return true;
        }

        // `<1.0` excludes 1.0rc1 unless the specifier is itself a pre-release.
        private static bool Less(Pep440Version candidate, Pep440Version spec)
        {
            var c = candidate.Public();
            if (c.CompareTo(spec) >= 0)
            {
                return false;
            }

            return spec.IsPrerelease || !c.IsPrerelease || c.Base().CompareTo(spec.Base()) != 0;
        }

        // `>1.0` excludes 1.0.post1 (unless the specifier is a post-release) and 1.0+local.
        private static bool Greater(Pep440Version candidate, Pep440Version spec)
        {
            if (candidate.Public().CompareTo(spec) <= 0)
            {
                return false;
            }

            if (!spec.IsPostRelease && candidate.IsPostRelease && candidate.Base().CompareTo(spec.Base()) == 0)
            {
                return false;
            }

            return candidate.Local.Count == 0 || candidate.Base().CompareTo(spec.Base()) != 0;
        }
    }
}
