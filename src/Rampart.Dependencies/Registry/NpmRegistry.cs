using System.Text.Json;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Registry;

/// <summary>The npm registry's package document, `GET /{name}` (scoped names keep their `@` and encode the `/`).</summary>
public sealed class NpmRegistry(RegistryHttp http, Uri baseUrl) : IPackageRegistry
{
    private static readonly string[] InstallScriptNames = ["preinstall", "install", "postinstall"];

    public static Uri DefaultBaseUrl { get; } = new("https://registry.npmjs.org/");

    public Ecosystem Ecosystem => Ecosystem.Npm;

    public async Task<RegistryPackage?> FindAsync(string name, CancellationToken cancellationToken)
    {
        var path = name.StartsWith('@') ? "@" + Uri.EscapeDataString(name[1..]) : Uri.EscapeDataString(name);
        if (await http.GetAsync(new Uri(baseUrl, path), cancellationToken).ConfigureAwait(false) is not { } body)
        {
            return null;
        }

        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var times = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        if (root.TryGetProperty("time", out var time) && time.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in time.EnumerateObject())
            {
                if (entry.Value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(entry.Value.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var at))
                {
                    times[entry.Name] = at;
                }
            }
        }

        var versions = new Dictionary<string, RegistryVersion>(StringComparer.Ordinal);
        if (root.TryGetProperty("versions", out var list) && list.ValueKind == JsonValueKind.Object)
        {
            foreach (var version in list.EnumerateObject())
            {
                versions[version.Name] = new RegistryVersion(version.Name, times.TryGetValue(version.Name, out var at) ? at : null)
                {
                    InstallScripts = InstallScripts(version.Value),
                };
            }
        }

        var versionTimes = times.Where(t => versions.ContainsKey(t.Key)).Select(t => t.Value).ToList();
        return new RegistryPackage(Ecosystem.Npm, root.TryGetProperty("name", out var n) ? n.GetString() ?? name : name, versions)
        {
            FirstPublished = times.TryGetValue("created", out var created) ? created : versionTimes.Count > 0 ? versionTimes.Min() : null,
        };
    }

    private static Dictionary<string, string> InstallScripts(JsonElement manifest)
    {
        var scripts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (manifest.ValueKind != JsonValueKind.Object || !manifest.TryGetProperty("scripts", out var all) || all.ValueKind != JsonValueKind.Object)
        {
            return scripts;
        }

        foreach (var script in InstallScriptNames)
        {
            if (all.TryGetProperty(script, out var command) && command.ValueKind == JsonValueKind.String)
            {
                scripts[script] = command.GetString()!;
            }
        }

        return scripts;
    }
}
