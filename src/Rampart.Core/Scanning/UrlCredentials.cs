using System.Text.RegularExpressions;

namespace Rampart.Core.Scanning;

/// <summary>
/// Removes credentials written into URLs (<c>https://user:token@host</c>, <c>https://token@host</c>)
/// from text that is about to be shown, such as a warning that quotes a requirement line.
/// </summary>
public static partial class UrlCredentials
{
    public static string Redact(string text) => text.Contains("://", StringComparison.Ordinal) ? UserInfo().Replace(text, "://***@") : text;

    [GeneratedRegex(@"://[^/\s@""'<>]+@", RegexOptions.CultureInvariant)]
    private static partial Regex UserInfo();
}
