using System.Text.Json;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Registry;

/// <summary>PyPI's JSON API, `GET /pypi/{name}/json`: releases with the upload time of each file.</summary>
public sealed class PyPIRegistry(RegistryHttp http, Uri baseUrl) : IPackageRegistry
{
    public static Uri DefaultBaseUrl { get; } = new("https://pypi.org/");

    public Ecosystem Ecosystem => Ecosystem.PyPI;

    public async Task<RegistryPackage?> FindAsync(string name, CancellationToken cancellationToken)
    {
        var normalised = PackageNames.Normalise(Ecosystem.PyPI, name);
        if (await http.GetAsync(new Uri(baseUrl, $"pypi/{Uri.EscapeDataString(normalised)}/json"), cancellationToken).ConfigureAwait(false) is not { } body)
        {
            return null;
        }

        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var versions = new Dictionary<string, RegistryVersion>(StringComparer.Ordinal);
        if (root.TryGetProperty("releases", out var releases) && releases.ValueKind == JsonValueKind.Object)
        {
            foreach (var release in releases.EnumerateObject())
            {
                // A release's date is its first file's upload; a release without files has none.
                var uploads = release.Value.ValueKind != JsonValueKind.Array ? [] : release.Value.EnumerateArray()
                    .Select(f => f.TryGetProperty("upload_time_iso_8601", out var t) && DateTimeOffset.TryParse(t.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var at) ? at : (DateTimeOffset?)null)
                    .OfType<DateTimeOffset>()
                    .ToList();
                versions[release.Name] = new RegistryVersion(release.Name, uploads.Count > 0 ? uploads.Min() : null);
            }
        }

        var dates = versions.Values.Select(v => v.Published).OfType<DateTimeOffset>().ToList();
        var info = root.TryGetProperty("info", out var i) ? i : default;
        var display = info.ValueKind == JsonValueKind.Object && info.TryGetProperty("name", out var n) ? n.GetString() ?? name : name;
        return new RegistryPackage(Ecosystem.PyPI, display, versions) { FirstPublished = dates.Count > 0 ? dates.Min() : null };
    }
}
