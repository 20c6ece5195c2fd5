using System.Buffers;
using System.Text.RegularExpressions;

namespace Rampart.Secrets.Checks;

/// <summary>
/// Environment variable names that bundlers inline into client code (NEXT_PUBLIC_, VITE_,
/// REACT_APP_, EXPO_PUBLIC_, NUXT_PUBLIC_, PUBLIC_) and whose name says they hold a secret.
/// </summary>
internal static partial class PublicVariableNames
{
    // Every prefix contains one of these: a vectorised check skips the regex on almost every file.
    private static readonly SearchValues<string> PrefixParts = SearchValues.Create(["PUBLIC_", "VITE_", "REACT_APP_"], StringComparison.Ordinal);

    /// <summary>Each client-exposed variable whose name says SECRET, SERVICE_ROLE, PRIVATE or PASSWORD, with its offset.</summary>
    public static IEnumerable<(string Name, int Index)> SecretNamed(string text)
    {
        if (text.AsSpan().IndexOfAny(PrefixParts) < 0)
        {
            yield break;
        }

        foreach (Match match in SecretNamedVariable().Matches(text))
        {
            yield return (match.Value, match.Index);
        }
    }

    /// <summary>True when the line defines or reads a client-exposed variable.</summary>
    public static bool MentionsPublicVariable(string line) => PublicVariable().IsMatch(line);

    // A bare PUBLIC_ (SvelteKit, Astro) counts only as an env variable (env.PUBLIC_X or a .env line):
    // PUBLIC_KEY in server code is just a name.
    [GeneratedRegex(@"\b(?:NEXT_PUBLIC|VITE|REACT_APP|EXPO_PUBLIC|NUXT_PUBLIC)_[A-Z0-9_]*(?:SECRET|SERVICE_ROLE|PRIVATE|PASSWORD)[A-Z0-9_]*\b|(?<=env\.|^[ \t]*(?:export[ \t]+)?)PUBLIC_[A-Z0-9_]*(?:SECRET|SERVICE_ROLE|PRIVATE|PASSWORD)[A-Z0-9_]*\b", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex SecretNamedVariable();

    [GeneratedRegex(@"\b(?:NEXT_PUBLIC|VITE|REACT_APP|EXPO_PUBLIC|NUXT_PUBLIC)_[A-Z0-9_]+\b|(?:env\.|^[ \t]*(?:export[ \t]+)?)PUBLIC_[A-Z0-9_]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex PublicVariable();
}
