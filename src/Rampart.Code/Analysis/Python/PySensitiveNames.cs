using System.Text.RegularExpressions;

namespace Rampart.Code.Analysis.Python;

/// <summary>
/// Word-based "does this name hold a secret" test. The name is split into words (snake_case,
/// camelCase, kebab-case, header names); it is sensitive when its last word is a secret noun
/// (<c>password</c>, <c>token</c>, <c>api_key</c>, <c>card_number</c>...). Names that describe
/// a secret rather than hold it (<c>token_count</c>, <c>max_tokens</c>, <c>password_policy</c>,
/// <c>has_password</c>, <c>token_type</c>, <c>is_token_valid</c>) end in another word or start
/// with a predicate word, so they are not.
/// </summary>
internal static partial class PySensitiveNames
{
    private static readonly HashSet<string> SecretNouns =
    [
        "password", "passwd", "passphrase", "secret", "token", "apikey", "authorization", "cookie", "cookies", "credential", "credentials",
        "cvv", "cvc", "ssn", "creditcard", "cardnumber", "ccnumber", "jwt", "otp",
    ];

    /// <summary>Words that turn the word before them into a secret: api key, private key, card number, auth header.</summary>
    private static readonly Dictionary<string, string[]> Compounds = new(StringComparer.Ordinal)
    {
        ["key"] = ["api", "secret", "private", "signing", "access", "encryption", "master", "client", "auth"],
        ["number"] = ["card", "cc", "credit"],
        ["header"] = ["auth", "authorization", "bearer"],
        ["hash"] = ["password", "pwd", "passwd"],
        ["id"] = ["session"],
    };

    /// <summary>Tokens that are positions or handles, not credentials: page/next/continuation tokens of paginated APIs, cancellation tokens.</summary>
    private static readonly HashSet<string> NotCredentialTokens = ["page", "next", "starting", "start", "continuation", "pagination", "cancel", "cancellation", "resume", "sync", "lexer", "parse"];

    private static readonly HashSet<string> Predicates = ["has", "is", "should", "can", "needs", "need", "require", "requires", "use", "uses", "check", "validate", "verify", "show", "allow", "enable", "enabled", "min", "max", "num"];

    public static bool IsSensitive(string name)
    {
        var words = Words(name);
        if (words.Count == 0 || Predicates.Contains(words[0]))
        {
            return false;
        }

        var last = words[^1];
        if (SecretNouns.Contains(last))
        {
            return !(last == "token" && words.Count > 1 && NotCredentialTokens.Contains(words[^2]));
        }

        return words.Count > 1 && Compounds.TryGetValue(last, out var before) && before.Contains(words[^2]);
    }

    /// <summary>The words of a name: <c>maxTokens</c> → max, tokens; <c>X-API-Key</c> → x, api, key; <c>APIKey</c> → api, key.</summary>
    public static List<string> Words(string name)
    {
        var spaced = CamelBoundary().Replace(name, "$1 $2");
        spaced = AcronymBoundary().Replace(spaced, "$1 $2");
        return NonWord().Split(spaced.ToLowerInvariant()).Where(w => w.Length > 0).ToList();
    }

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex CamelBoundary();

    [GeneratedRegex("([A-Z]+)([A-Z][a-z])")]
    private static partial Regex AcronymBoundary();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}
