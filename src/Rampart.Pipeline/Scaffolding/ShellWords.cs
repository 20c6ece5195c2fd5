using System.Text.RegularExpressions;

namespace Rampart.Pipeline.Scaffolding;

/// <summary>Words of generated shell command lines (paths, versions).</summary>
internal static partial class ShellWords
{
    /// <summary>The word as it is, or single-quoted when it holds anything a shell would interpret.</summary>
    public static string Quote(string value) =>
        Plain().IsMatch(value) ? value : $"'{value.Replace("'", "'\\''", StringComparison.Ordinal)}'";

    [GeneratedRegex(@"^[A-Za-z0-9_./@%+=:,-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Plain();
}
