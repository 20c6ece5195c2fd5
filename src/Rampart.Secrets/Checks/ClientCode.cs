using System.Text.Json;
using System.Text.RegularExpressions;
using Rampart.Core.Scanning;

namespace Rampart.Secrets.Checks;

/// <summary>
/// Knows which files end up in the browser bundle: "use client" modules anywhere, and the
/// sources of Vite / Create React App projects (their src/ folder). Next.js server components
/// are not client code.
/// </summary>
internal sealed partial class ClientCode
{
    private readonly IReadOnlyList<string> _bundledSourceFolders;

    private ClientCode(IReadOnlyList<string> bundledSourceFolders) => _bundledSourceFolders = bundledSourceFolders;

    public static async Task<ClientCode> DiscoverAsync(ScanContext context, CancellationToken cancellationToken)
    {
        var folders = new List<string>();
        foreach (var manifest in context.Files.Where(f => f.Name == "package.json" && !f.Path.Contains("node_modules/", StringComparison.Ordinal)))
        {
            if (await context.ReadTextAsync(manifest, cancellationToken).ConfigureAwait(false) is { } text && IsBrowserBundled(text.Text))
            {
                var directory = Path.GetDirectoryName(manifest.Path)?.Replace('\\', '/') ?? string.Empty;
                folders.Add(directory.Length == 0 ? "src/" : $"{directory}/src/");
            }
        }

        return new ClientCode(folders);
    }

    public bool IsClientFile(string path, string text) =>
        ScriptFile().IsMatch(path)
        && (UseClientDirective().IsMatch(text) || _bundledSourceFolders.Any(f => path.StartsWith(f, StringComparison.Ordinal) && !ServerPath().IsMatch(path)));

    /// <summary>Vite and CRA bundle src/ for the browser; Next.js decides per file with "use client".</summary>
    private static bool IsBrowserBundled(string packageJson)
    {
        try
        {
            using var json = JsonDocument.Parse(packageJson, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var names = new[] { "dependencies", "devDependencies" }
                .Where(section => json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(section, out var s) && s.ValueKind == JsonValueKind.Object)
                .SelectMany(section => json.RootElement.GetProperty(section).EnumerateObject().Select(p => p.Name))
                .ToHashSet(StringComparer.Ordinal);
            return !names.Contains("next") && (names.Contains("vite") || names.Contains("react-scripts"));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"\.(jsx?|tsx?|mjs|vue|svelte)$")]
    private static partial Regex ScriptFile();

    [GeneratedRegex(@"\A(?:\s|//[^\n]*\n|/\*.*?\*/)*[""']use client[""']", RegexOptions.Singleline)]
    private static partial Regex UseClientDirective();

    [GeneratedRegex(@"(^|/)(server|api)/|\.server\.|(^|/)vite\.config\.")]
    private static partial Regex ServerPath();
}
