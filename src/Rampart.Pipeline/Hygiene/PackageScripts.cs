using System.Text.Json;
using Rampart.Core.Scanning;

namespace Rampart.Pipeline.Hygiene;

/// <summary>
/// The package.json scripts that run tests, directly (<c>"test": "vitest run"</c>) or through
/// another script (<c>"ci": "npm run lint &amp;&amp; npm test"</c>), so <c>npm run ci</c> in CI counts.
/// </summary>
internal static class PackageScripts
{
    public static async Task<IReadOnlySet<string>> TestingScriptNamesAsync(RepositoryLayout layout, ScanContext context, CancellationToken cancellationToken)
    {
        var scripts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var manifest in layout.PackageJsonFiles)
        {
            if (await context.ReadTextAsync(manifest, cancellationToken).ConfigureAwait(false) is not { } text)
            {
                continue;
            }

            foreach (var (name, body) in ScriptsOf(text.Text))
            {
                scripts.TryAdd(name, []);
                scripts[name].Add(body);
            }
        }

        var testing = new HashSet<string>(StringComparer.Ordinal);
        // A script calling a script calling the tests: repeat until nothing new is found.
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (name, bodies) in scripts)
            {
                if (!testing.Contains(name) && bodies.Any(b => TestCommands.RunsTests(b, testing)))
                {
                    grew = testing.Add(name);
                }
            }
        }

        return testing;
    }

    private static List<(string Name, string Body)> ScriptsOf(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("scripts", out var scripts)
                || scripts.ValueKind != JsonValueKind.Object)
            {
                return [];
            }

            return [.. scripts.EnumerateObject().Where(s => s.Value.ValueKind == JsonValueKind.String).Select(s => (s.Name, s.Value.GetString()!))];
        }
        catch (JsonException)
        {
            // MissingTestsCheck already warns about a package.json that is not JSON.
            return [];
        }
    }
}
