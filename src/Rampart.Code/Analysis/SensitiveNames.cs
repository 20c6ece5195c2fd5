using Rampart.Code.Routes;

namespace Rampart.Code.Analysis;

/// <summary>
/// Decides from its name whether a value is a secret (password, token, API key, card number...).
/// Word-based, so <c>userPassword</c> and <c>api_key</c> match while <c>maxTokens</c>,
/// <c>promptTokens</c>, <c>passwordPolicy</c>, <c>hasPassword</c> and <c>tokenCount</c> do not:
/// the noise that makes credential-in-log rules useless on LLM apps.
/// </summary>
public static class SensitiveNames
{
    private static readonly HashSet<string> SecretWords = new(StringComparer.Ordinal)
    {
        "password", "passwd", "pwd", "passphrase", "secret", "token", "apikey", "authorization", "bearer", "cookie", "cookies",
        "cvv", "cvc", "ssn", "pin", "cardnumber", "creditcard", "privatekey", "clientsecret", "accesstoken", "refreshtoken", "idtoken", "sessionid", "jwt", "otp", "mfacode",
    };

    /// <summary>Two-word secrets: api key, card number, private key, client secret...</summary>
    private static readonly (string First, string Second)[] SecretPairs =
    [
        ("api", "key"), ("access", "key"), ("secret", "key"), ("private", "key"), ("signing", "key"), ("card", "number"), ("credit", "card"), ("security", "code"), ("social", "security"), ("session", "id"), ("auth", "header"), ("set", "cookie"),
    ];

    /// <summary>A last word that makes the name describe the secret rather than hold it.</summary>
    private static readonly HashSet<string> DescriptiveWords = new(StringComparer.Ordinal)
    {
        "count", "counts", "length", "len", "size", "type", "types", "kind", "policy", "policies", "expiry", "expires", "expiration", "expired", "lifetime", "ttl", "age", "at", "in",
        "id", "ids", "name", "names", "valid", "validity", "usage", "used", "limit", "limits", "max", "min", "total", "remaining", "provider", "endpoint", "url", "uri", "path", "field", "fields",
        "hint", "strength", "requirements", "rules", "format", "version", "prefix", "suffix", "hash", "hashed", "salt", "changed", "reset", "set", "updated", "created", "required", "enabled", "label", "placeholder", "regex", "pattern", "error", "errors", "message", "status", "source", "store", "service", "manager", "handler", "options", "settings", "config", "validator",
    };

    /// <summary>A first word that makes the name a flag or a count about the secret.</summary>
    private static readonly HashSet<string> FlagWords = new(StringComparer.Ordinal) { "is", "has", "should", "can", "requires", "require", "needs", "use", "uses", "num", "max", "min", "total", "prompt", "completion", "input", "output", "reasoning", "cached" };

    /// <summary>Tokens that are not credentials: cancellation, paging and parser tokens.</summary>
    private static readonly HashSet<string> NonCredentialTokenWords = new(StringComparer.Ordinal) { "cancellation", "continuation", "page", "paging", "pagination", "next", "sync", "resume", "change", "lexer", "syntax", "parser", "stop", "csrf", "antiforgery", "xsrf" };

    public static bool IsSensitive(string name)
    {
        var words = RouteSensitivityClassifier.Words(name).ToList();
        if (words.Count == 0 || FlagWords.Contains(words[0]) || words.Count > 1 && DescriptiveWords.Contains(words[^1]))
        {
            return false;
        }

        // "tokens" (plural) is how LLM usage is counted; a secret is one token.
        if (words.Contains("tokens"))
        {
            return false;
        }

        if (words.Contains("token") && words.Any(NonCredentialTokenWords.Contains))
        {
            return false;
        }

        if (words.Any(SecretWords.Contains))
        {
            return true;
        }

        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (SecretPairs.Contains((words[i], words[i + 1])))
            {
                return true;
            }
        }

        return false;
    }
}
