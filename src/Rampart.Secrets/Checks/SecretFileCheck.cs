using System.Text;
using System.Text.RegularExpressions;
using Rampart.Core.Findings;
using Rampart.Core.Git;
using Rampart.Core.Scanning;
using Rampart.Core.Scanning.Ignore;

namespace Rampart.Secrets.Checks;

/// <summary>
/// RMP-S312: files that exist to hold secrets (.env, private keys, keystores, secrets.json, an
/// .npmrc with a token) present in the tree, i.e. committed or at least not ignored.
/// </summary>
internal static partial class SecretFileCheck
{
    public static async Task<List<Finding>> CheckAsync(ScanContext context, CancellationToken cancellationToken)
    {
        var tracked = context.Git is null ? null : await TrackedFilesAsync(context.Git, cancellationToken).ConfigureAwait(false);
        var findings = new List<Finding>();
        foreach (var file in context.Files)
        {
            var kind = Classify(file.Path);
            if (kind is null && NeedsContent(file.Name) && await context.ReadTextAsync(file, cancellationToken).ConfigureAwait(false) is { } text)
            {
                kind = ClassifyByContent(file.Name, text.Text);
            }

            if (kind is null)
            {
                continue;
            }

            var state = tracked is null ? "is in the scanned tree and not ignored"
                : tracked.Contains(file.Path) ? "is committed to git"
                : "is not ignored by git, so the next 'git add .' commits it";
            findings.Add(Report(file.Path, kind, state));
        }

        // Adding a committed .env to .gitignore afterwards hides it from the walker, not from git.
        // What the user excluded from Rampart on purpose (config, root .rampartignore) stays excluded.
        var walked = context.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var excluded = await ExcludedByUserAsync(context, cancellationToken).ConfigureAwait(false);
        foreach (var path in (tracked ?? []).Where(p => !walked.Contains(p) && !excluded.Any(e => e.Matches(p))).Order(StringComparer.Ordinal))
        {
            if (Classify(path) is { } kind)
            {
                findings.Add(Report(path, kind, "is committed to git (ignoring it now does not remove it)"));
            }
        }

        return findings;
    }

    private static async Task<List<PathPattern>> ExcludedByUserAsync(ScanContext context, CancellationToken cancellationToken)
    {
        var lines = context.Config.Exclude.ToList();
        if (context.Files.FirstOrDefault(f => f.Path == ".rampartignore") is { } ignoreFile
            && await context.ReadTextAsync(ignoreFile, cancellationToken).ConfigureAwait(false) is { } text)
        {
            lines.AddRange(text.Text.Split('\n'));
        }

        return [.. lines.Select(l => PathPattern.TryParse(l.Trim(), out var pattern) ? pattern : null).OfType<PathPattern>()];
    }

    private static Finding Report(string path, string kind, string state)
    {
        var rule = SecretsRules.CommittedSecretFile;
        return new Finding
        {
            RuleId = rule.Id,
            Severity = rule.DefaultSeverity,
            Confidence = rule.DefaultConfidence,
            Message = $"{path} is {kind} and {state}",
            Location = new SourceLocation(path),
            Fingerprint = Fingerprint.Create(rule.Id, path, kind),
        };
    }

    /// <summary>What kind of secret-bearing file a path names, or null.</summary>
    internal static string? Classify(string path)
    {
        var name = Path.GetFileName(path);
        return name switch
        {
            _ when DotEnv().IsMatch(name) && !EnvExample().IsMatch(name) => "an environment file",
            "id_rsa" or "id_dsa" or "id_ecdsa" or "id_ed25519" => "an SSH private key",
            "secrets.json" or "secrets.yml" or "secrets.yaml" => "a secrets file",
            "credentials.json" or "service-account.json" or "serviceAccountKey.json" => "a cloud credentials file",
            ".pypirc" or ".netrc" or ".git-credentials" => "a credentials file",
            _ when KeyStore().IsMatch(name) => "a certificate store with private keys",
            _ => null,
        };
    }

    /// <summary>.pem and .key files may be public certificates; .npmrc files may hold no token.</summary>
    private static bool NeedsContent(string name) => name == ".npmrc" || PemOrKey().IsMatch(name);

    private static string? ClassifyByContent(string name, string text) =>
        name == ".npmrc" ? (NpmAuthToken().IsMatch(text) ? "an .npmrc with a registry auth token" : null)
        : text.Contains("PRIVATE KEY-----", StringComparison.Ordinal) ? "a private key file"
        : null;

    private static async Task<HashSet<string>> TrackedFilesAsync(GitRepository git, CancellationToken cancellationToken)
    {
        try
        {
            var output = await git.RunAsync(["ls-files", "-z", "--full-name"], cancellationToken).ConfigureAwait(false);
            return [.. Encoding.UTF8.GetString(output).Split('\0', StringSplitOptions.RemoveEmptyEntries).Select(git.ToScanPath).OfType<string>()];
        }
        catch (GitException)
        {
            return [];
        }
    }

    [GeneratedRegex(@"^\.env(\.[\w.-]+)?$")]
    private static partial Regex DotEnv();

    [GeneratedRegex(@"(?i)\.(example|sample|template|dist|defaults?|schema)$")]
    private static partial Regex EnvExample();

    [GeneratedRegex(@"(?i)\.(pfx|p12|jks|keystore|ppk)$")]
    private static partial Regex KeyStore();

    [GeneratedRegex(@"(?i)\.(pem|key)$")]
    private static partial Regex PemOrKey();

    [GeneratedRegex(@"_authToken\s*=\s*[^\s$]{8,}")]
    private static partial Regex NpmAuthToken();
}
