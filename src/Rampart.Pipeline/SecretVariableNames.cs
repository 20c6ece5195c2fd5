using System.Text.RegularExpressions;

namespace Rampart.Pipeline;

/// <summary>
/// Which variable names hold a secret (<c>DB_PASSWORD</c>, <c>STRIPE_KEY</c>, <c>GITHUB_TOKEN</c>)
/// and which only point at one or configure one (<c>POSTGRES_PASSWORD_FILE</c>,
/// <c>TOKEN_EXPIRY</c>, <c>ACCESS_KEY_ID</c>); and which values are literals rather than references.
/// </summary>
internal static partial class SecretVariableNames
{
    private static readonly HashSet<string> Switches = new(StringComparer.OrdinalIgnoreCase) { "true", "false", "yes", "no", "on", "off" };

    public static bool IsSecretName(string name) =>
        (SecretWord().IsMatch(name) || TrailingWord().IsMatch(name)) && !NotTheSecret().IsMatch(name) && !PublicValue().IsMatch(name);

    /// <summary>
    /// A non-empty value that is neither a <c>$VAR</c>/<c>${VAR}</c> reference, a path into a
    /// secrets mount, nor a switch (<c>true</c>, <c>off</c>): no secret is a boolean.
    /// </summary>
    public static bool IsLiteral(string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && !Interpolation().IsMatch(value)
        && !value.StartsWith("/run/secrets/", StringComparison.Ordinal)
        && !Switches.Contains(value.Trim());

    [GeneratedRegex(@"PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretWord();

    /// <summary>
    /// Short words only as the last word: <c>ENCRYPTION_KEY</c>, <c>RABBITMQ_DEFAULT_PASS</c>,
    /// <c>MYSQL_PWD</c>; never inside one (<c>KEYCLOAK_URL</c>, <c>PASSPORT_STRATEGY</c>) nor the shell's own <c>PWD</c>.
    /// </summary>
    [GeneratedRegex(@"[_.-](KEY|PASS|PWD)$|^KEY$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingWord();

    [GeneratedRegex(@"[_.-](FILE|PATH|DIR|FILENAME|URL|URI|ENDPOINT|HOST|PORT|ID|EXPIRY|EXPIRES|EXPIRATION|TTL|LIFETIME|LENGTH|TIMEOUT|INTERVAL|DURATION|MINUTES|SECONDS|HOURS|DAYS|COUNT|SIZE|LIMIT|MIN|MAX|HEADER|NAME|ENABLED|TYPE|ALGORITHM|ISSUER|AUDIENCE)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotTheSecret();

    /// <summary>Values meant to be public: <c>NEXT_PUBLIC_*</c>, Stripe's publishable key.</summary>
    [GeneratedRegex(@"PUBLIC|PUBLISHABLE", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublicValue();

    [GeneratedRegex(@"\$\{|\$[A-Za-z_]", RegexOptions.CultureInvariant)]
    private static partial Regex Interpolation();
}
