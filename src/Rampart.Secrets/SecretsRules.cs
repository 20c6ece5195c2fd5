using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Secrets;

/// <summary>The secrets rules implemented in code rather than as YAML data; ids never reused.</summary>
public static class SecretsRules
{
    private static readonly IReadOnlyList<int> HardCodedCredentials = [798];

    public static Rule PowerfulJwt { get; } = new()
    {
        Id = RuleId.Parse("RMP-S310"),
        Name = "privileged-jwt",
        Title = "A JWT that grants privileged access is committed",
        Category = FindingCategory.Secret,
        DefaultSeverity = Severity.Critical,
        DefaultConfidence = Confidence.High,
        Description = "A JSON Web Token whose payload grants a privileged role (for example Supabase's service_role, which bypasses row-level security) is written in the repository. Anyone with the token acts with that role until the signing secret is rotated.",
        Remediation = "Rotate the signing secret (for Supabase: Project Settings → API → JWT secret / API keys), replace the token, and keep service-role tokens on the server, loaded from a secret store.",
        Cwe = HardCodedCredentials,
    };

    public static Rule Jwt { get; } = new()
    {
        Id = RuleId.Parse("RMP-S311"),
        Name = "committed-jwt",
        Title = "A signed JWT is committed",
        Category = FindingCategory.Secret,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.Medium,
        Description = "A signed JSON Web Token is written in the repository. Unless it has expired it authenticates whoever presents it.",
        Remediation = "Revoke the session or token at its issuer (or rotate the signing key), and have the code obtain tokens at run time instead of embedding them.",
        Cwe = HardCodedCredentials,
    };

    public static Rule CommittedSecretFile { get; } = new()
    {
        Id = RuleId.Parse("RMP-S312"),
        Name = "secret-file-committed",
        Title = "A file that holds secrets is committed or not ignored",
        Category = FindingCategory.Secret,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.High,
        Description = "Files such as .env, private keys (*.pem, id_rsa), certificate stores (*.pfx, *.p12), secrets.json or an .npmrc with an auth token exist to hold secrets. Once committed, every clone and every copy of the history has them.",
        Remediation = "Remove the file from git (git rm --cached FILE), add it to .gitignore, rotate every secret it held, and commit an example file (.env.example) with placeholders instead.",
        Cwe = [538, 798],
    };

    public static Rule SecretShippedToBrowser { get; } = new()
    {
        Id = RuleId.Parse("RMP-S313"),
        Name = "secret-shipped-to-browser",
        Title = "A secret is exposed to the browser bundle",
        Category = FindingCategory.Secret,
        DefaultSeverity = Severity.Critical,
        DefaultConfidence = Confidence.High,
        Description = "Variables with a client-exposed prefix (NEXT_PUBLIC_, VITE_, REACT_APP_, EXPO_PUBLIC_, PUBLIC_, NUXT_PUBLIC_) and code in client components are compiled into the JavaScript every visitor downloads. A secret there is public, whatever the repository's visibility.",
        Remediation = "Rotate the secret, rename the variable without the public prefix, and move the call that needs it to a server route or server action.",
        Cwe = [200, 798],
    };

    public static IReadOnlyList<Rule> CodeRules { get; } = [PowerfulJwt, Jwt, CommittedSecretFile, SecretShippedToBrowser];
}
