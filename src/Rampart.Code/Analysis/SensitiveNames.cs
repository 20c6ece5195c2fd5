namespace Rampart.Code.Analysis;

/// <summary>
/// Word-based matching of names that hold secrets, shared by every language's code rules: the name
/// is split into words (camelCase, snake_case, kebab-case, header names) and its LAST word decides,
/// so <c>tokenCount</c>, <c>maxTokens</c>, <c>passwordPolicy</c> and <c>passwordLength</c> are
/// metadata, not secrets; a leading <c>is/has/should...</c> makes it a flag (<c>hasPassword</c>,
/// <c>isTokenValid</c>). This avoids the noise of substring rules on LLM apps ("tokens").
/// </summary>
public static class SensitiveNames
{
    private static readonly HashSet<string> FlagPrefixes = new(StringComparer.Ordinal)
    {
        "is", "has", "should", "can", "must", "needs", "need", "require", "requires", "allow", "allows", "enable", "enabled", "use", "uses", "show", "hide", "validate", "verify", "check", "no", "missing", "invalid", "valid", "with", "without", "num", "count", "min", "max",
    };

    // Tokens that are cursors, cancellation handles or LLM units, not credentials.
    private static readonly HashSet<string> NonSecretTokenQualifiers = new(StringComparer.Ordinal)
    {
        "next", "prev", "previous", "page", "paging", "pagination", "continuation", "cancellation", "cancel", "sync", "cursor", "max", "min", "total", "prompt", "completion", "input", "output", "lexer", "syntax", "design", "css", "theme", "color", "spacing", "starting", "start", "resume", "parse", "parser", "csrf", "xsrf", "antiforgery",
    };

    private static readonly HashSet<string> CredentialTokenQualifiers = new(StringComparer.Ordinal) { "access", "refresh", "auth", "id", "bearer", "session", "api", "oauth", "jwt" };

    private static readonly HashSet<string> SecretKeyQualifiers = new(StringComparer.Ordinal) { "api", "private", "secret", "access", "signing", "encryption", "master", "client", "jwt", "hmac", "webhook", "stripe", "openai", "anthropic" };

    /// <summary>What kind of secret a name holds (<c>password</c>, <c>token</c>...), or null when it is not one.</summary>
    public static string? Classify(string name)
    {
        var words = Words(name);
        if (words.Count == 0 || words.Count > 1 && FlagPrefixes.Contains(words[0]))
        {
            return null;
        }

        var last = words[^1];
        var previous = words.Count > 1 ? words[^2] : null;
        switch (last)
        {
            case "password" or "passwd" or "passphrase" or "passcode":
                return "password";
            case "secret" or "secrets":
                return "secret";
            case "token" or "jwt" or "bearer":
                return previous is not null && NonSecretTokenQualifiers.Contains(previous) ? null : "token";
            case "tokens":
                return previous is not null && CredentialTokenQualifiers.Contains(previous) ? "token" : null;
            case "apikey" or "apikeys":
                return "API key";
            case "key" or "keys":
                return previous is not null && SecretKeyQualifiers.Contains(previous) ? (previous == "private" ? "private key" : "API key") : null;
            case "authorization":
                return "authorization header";
            case "cookie" or "cookies":
                return "cookie";
            case "credential" or "credentials":
                return "credentials";
            case "cvv" or "cvc" or "cvv2":
                return "card security code";
            case "ssn":
                return "social security number";
            case "number" or "num" when previous == "card":
                return "card number";
            case "card" when previous == "credit":
                return "card number";
            case "hash" when previous is "password" or "pwd":
                return "password hash";
            case "id" when previous == "session":
                return "session id";
            default:
                return null;
        }
    }

    /// <summary>True when the name holds a secret of any kind.</summary>
    public static bool IsSensitive(string name) => Classify(name) is not null;

    /// <summary>Names a comparison should treat as a secret: the logging names plus signatures, HMACs and digests.</summary>
    public static bool IsComparedSecret(string name)
    {
        if (Classify(name) is { } kind)
        {
            return kind != "cookie";
        }

        var words = Words(name);
        return words.Count > 0 && !(words.Count > 1 && FlagPrefixes.Contains(words[0])) && words[^1] is "signature" or "sig" or "hmac" or "digest" or "apikey";
    }

    /// <summary>The lower-case words of an identifier or header name: <c>JWTSecret</c> → jwt, secret; <c>x-api-key</c> → x, api, key.</summary>
    public static List<string> Words(string name)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            var boundary = current.Length > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]));
            if (boundary)
            {
                Flush();
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush();
        // "api key" is one idea: apiKey, API_KEY, x-api-key all end in "apikey".
        for (var i = words.Count - 1; i > 0; i--)
        {
            if (words[i] is "key" or "keys" && words[i - 1] == "api")
            {
                words[i - 1] = "api" + words[i];
                words.RemoveAt(i);
            }
        }

        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
