using System.Text.RegularExpressions;

namespace Rampart.Pipeline.Containers;

/// <summary>Removes <c>user:password@</c> from URLs before they go into a message or fingerprint.</summary>
internal static partial class UrlCredentials
{
    public static string Redact(string text) => Credentials().Replace(text, "://***@");

    [GeneratedRegex(@"://[^/\s@]+@", RegexOptions.CultureInvariant)]
    private static partial Regex Credentials();
}
