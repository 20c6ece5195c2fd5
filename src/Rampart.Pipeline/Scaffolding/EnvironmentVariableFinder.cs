using System.Text.RegularExpressions;

namespace Rampart.Pipeline.Scaffolding;

/// <summary>
/// Lists the environment variables the code reads, by pattern rather than by parsing: it only
/// needs names for <c>.env.example</c>, and a name found in a comment does no harm there.
/// .NET configuration keys become variable names the way the configuration binder reads them
/// (<c>Jwt:Key</c> is <c>Jwt__Key</c>).
/// </summary>
internal static partial class EnvironmentVariableFinder
{
    private const long MaxFileSize = 1024 * 1024;

    private static readonly HashSet<string> SourceExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts", ".vue", ".svelte", ".astro", ".py", ".cs",
    };

    /// <summary>Set by the runtime or the bundler, not by whoever deploys the app.</summary>
    private static readonly HashSet<string> Provided = new(StringComparer.Ordinal) { "NODE_ENV", "MODE", "BASE_URL", "DEV", "PROD", "SSR" };

    public static IReadOnlyList<string> Find(ProjectTree tree)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in tree.OwnFiles.Where(f => SourceExtensions.Contains(f.Extension) && f.Length <= MaxFileSize))
        {
            if (tree.Read(file.Path) is not { } text)
            {
                continue;
            }

            var pattern = file.Extension switch
            {
                ".py" => PythonRead(),
                ".cs" => DotnetRead(),
                _ => JavaScriptRead(),
            };
            foreach (Match match in pattern.Matches(text))
            {
                var name = match.Groups["name"].Value.Replace(":", "__", StringComparison.Ordinal);
                if (VariableName().IsMatch(name) && !Provided.Contains(name))
                {
                    names.Add(name);
                }
            }
        }

        return [.. names];
    }

    /// <summary>The variable names an existing .env.example already lists, commented-out ones included.</summary>
    public static IReadOnlySet<string> NamesIn(string? envFile) =>
        (envFile ?? string.Empty).Split('\n')
            .Select(line => EnvFileEntry().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups["name"].Value)
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\b(?:process\.env\.(?<name>[A-Za-z_][A-Za-z0-9_]*)|process\.env\[\s*['""`](?<name>[^'""`\s]+)['""`]\s*\]|import\.meta\.env\.(?<name>[A-Za-z_][A-Za-z0-9_]*))", RegexOptions.CultureInvariant)]
    private static partial Regex JavaScriptRead();

    [GeneratedRegex(@"\bos\.(?:environ\[\s*|environ\.get\(\s*|getenv\(\s*)(?:r|u)?['""](?<name>[^'""\s]+)['""]", RegexOptions.CultureInvariant)]
    private static partial Regex PythonRead();

    [GeneratedRegex(@"\b(?:Environment\.GetEnvironmentVariable\(\s*""(?<name>[^""\s]+)""|_?[Cc]onfiguration\[\s*""(?<name>[^""\s]+)""\s*\])", RegexOptions.CultureInvariant)]
    private static partial Regex DotnetRead();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex VariableName();

    [GeneratedRegex(@"^\s*#?\s*(?:export\s+)?(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*=", RegexOptions.CultureInvariant)]
    private static partial Regex EnvFileEntry();
}
