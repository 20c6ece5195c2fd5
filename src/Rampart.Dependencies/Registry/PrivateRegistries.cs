using System.Text.RegularExpressions;
using Rampart.Core.Scanning;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Registry;

/// <summary>
/// Which ecosystems (and npm scopes) the repository sends to a registry other than the public one:
/// `.npmrc` `registry=` / `@scope:registry=` lines, `nuget.config` sources other than nuget.org,
/// pip `--index-url` / `index-url =` other than pypi.org. `--extra-index-url` does not count: pip
/// still asks PyPI and takes the highest version, which is the dependency-confusion attack itself.
/// </summary>
public sealed partial record PrivateRegistries(IReadOnlySet<Ecosystem> Ecosystems, IReadOnlySet<string> NpmScopes)
{
    public static PrivateRegistries None { get; } = new(new HashSet<Ecosystem>(), new HashSet<string>());

    public bool Covers(Ecosystem ecosystem, string name) =>
        Ecosystems.Contains(ecosystem)
        || (ecosystem == Ecosystem.Npm && name.StartsWith('@') && NpmScopes.Contains(name.Split('/')[0].ToLowerInvariant()));

    public static async Task<PrivateRegistries> ReadAsync(ScanContext context, CancellationToken cancellationToken)
    {
        var ecosystems = new HashSet<Ecosystem>();
        var scopes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in context.Files.Where(f => !f.Path.Contains("node_modules/", StringComparison.Ordinal)))
        {
            var name = Path.GetFileName(file.Path).ToLowerInvariant();
            var kind = name switch
            {
                ".npmrc" => Ecosystem.Npm,
                "nuget.config" => Ecosystem.NuGet,
                "pip.conf" or "pip.ini" => Ecosystem.PyPI,
                _ when name.StartsWith("requirements", StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal) => Ecosystem.PyPI,
                _ => (Ecosystem?)null,
            };
            if (kind is null || await context.ReadTextAsync(file, cancellationToken).ConfigureAwait(false) is not { } text)
            {
                continue;
            }

            switch (kind)
            {
                case Ecosystem.Npm:
                    foreach (Match match in NpmRegistryLine().Matches(text.Text))
                    {
                        if (match.Groups["url"].Value.Contains("registry.npmjs.org", StringComparison.OrdinalIgnoreCase) || match.Groups["url"].Value.Contains("registry.yarnpkg.com", StringComparison.OrdinalIgnoreCase))
                        {
                            continue;
                        }

                        if (match.Groups["scope"].Success)
                        {
                            scopes.Add(match.Groups["scope"].Value.ToLowerInvariant());
                        }
                        else
                        {
                            ecosystems.Add(Ecosystem.Npm);
                        }
                    }

                    break;
                case Ecosystem.NuGet when NuGetSource().Matches(text.Text).Any(m => !m.Groups["url"].Value.Contains("api.nuget.org", StringComparison.OrdinalIgnoreCase)):
                    ecosystems.Add(Ecosystem.NuGet);
                    break;
                case Ecosystem.PyPI when PipIndexUrl().Matches(text.Text).Any(m => !m.Groups["url"].Value.Contains("pypi.org", StringComparison.OrdinalIgnoreCase)):
                    ecosystems.Add(Ecosystem.PyPI);
                    break;
            }
        }

        return new PrivateRegistries(ecosystems, scopes);
    }

    [GeneratedRegex(@"^\s*(?:(?<scope>@[^:\s]+):)?registry\s*=\s*(?<url>\S+)", RegexOptions.Multiline)]
    private static partial Regex NpmRegistryLine();

    [GeneratedRegex(@"<add\s[^>]*value\s*=\s*""(?<url>[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex NuGetSource();

    [GeneratedRegex(@"^\s*(?:--index-url|-i|index-url)\s*[=\s]\s*(?<url>\S+)", RegexOptions.Multiline)]
    private static partial Regex PipIndexUrl();
}
