namespace Rampart.Secrets.Catalog;

/// <summary>Matchers for the rules written in code: a JWT pattern whose payload decides the rule.</summary>
internal static class CodeSecretRules
{
    public static SecretRule Jwt { get; } = new()
    {
        Rule = SecretsRules.Jwt,
        Provider = "JWT",
        Kind = "token",
        Pattern = SecretRuleLoader.Compile(@"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}", "JWT"),
        SecretGroup = 0,
        Keywords = ["eyj"],
    };
}
