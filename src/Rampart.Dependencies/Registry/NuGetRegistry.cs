using System.Text.Json;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Registry;

/// <summary>
/// NuGet V3: the registration base is discovered from the service index (`RegistrationsBaseUrl`
/// resource), then `{base}{lower-case id}/index.json` lists the versions, its pages inline or
/// fetched by their `@id`. Unlisted versions carry the placeholder date 1900-01-01, read as none.
/// </summary>
public sealed class NuGetRegistry(RegistryHttp http, Uri serviceIndex) : IPackageRegistry, IPackageContents
{
    private Uri? _registrationsBase;

    public static Uri DefaultServiceIndex { get; } = new("https://api.nuget.org/v3/index.json");

    public Ecosystem Ecosystem => Ecosystem.NuGet;

    public async Task<RegistryPackage?> FindAsync(string name, CancellationToken cancellationToken)
    {
        var registrations = await RegistrationsBaseAsync(cancellationToken).ConfigureAwait(false);
        var id = name.ToLowerInvariant();
        if (await http.GetAsync(new Uri(registrations, $"{Uri.EscapeDataString(id)}/index.json"), cancellationToken).ConfigureAwait(false) is not { } body)
        {
            return null;
        }

        var versions = new Dictionary<string, RegistryVersion>(StringComparer.OrdinalIgnoreCase);
        var display = name;
        using var index = JsonDocument.Parse(body);
        foreach (var page in Items(index.RootElement))
        {
            if (page.TryGetProperty("items", out _))
            {
                display = Read(page, versions) ?? display;
                continue;
            }

            if (page.TryGetProperty("@id", out var pageUrl) && await http.GetAsync(new Uri(pageUrl.GetString()!), cancellationToken).ConfigureAwait(false) is { } pageBody)
            {
                using var fetched = JsonDocument.Parse(pageBody);
                display = Read(fetched.RootElement, versions) ?? display;
            }
        }

        var dates = versions.Values.Select(v => v.Published).OfType<DateTimeOffset>().ToList();
        return new RegistryPackage(Ecosystem.NuGet, display, versions) { FirstPublished = dates.Count > 0 ? dates.Min() : null };
    }

    /// <summary>The entries of the version's .nupkg (downloaded once, then cached); null when the registry has no package file.</summary>
    public async Task<IReadOnlyList<string>?> FilesAsync(RegistryVersion version, CancellationToken cancellationToken)
    {
        if (version.ContentUrl is null || await http.GetBytesAsync(version.ContentUrl, cancellationToken).ConfigureAwait(false) is not { } bytes)
        {
            return null;
        }

        try
        {
            using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(bytes), System.IO.Compression.ZipArchiveMode.Read);
            return archive.Entries.Select(e => e.FullName).ToList();
        }
        catch (InvalidDataException e)
        {
            throw new RegistryUnavailableException($"{version.ContentUrl} is not a readable package file: {e.Message}", e);
        }
    }

    private async Task<Uri> RegistrationsBaseAsync(CancellationToken cancellationToken)
    {
        if (_registrationsBase is not null)
        {
            return _registrationsBase;
        }

        var body = await http.GetAsync(serviceIndex, cancellationToken).ConfigureAwait(false)
            ?? throw new RegistryUnavailableException($"{serviceIndex} is not a NuGet service index (404)");
        using var document = JsonDocument.Parse(body);
        var resource = Resources(document.RootElement)
            .Where(r => r.Type.StartsWith("RegistrationsBaseUrl", StringComparison.Ordinal))
            .OrderBy(r => r.Type == "RegistrationsBaseUrl/3.6.0" ? 0 : 1) // the one that also lists SemVer 2.0.0 versions
            .Select(r => r.Id)
            .FirstOrDefault() ?? throw new RegistryUnavailableException($"{serviceIndex} has no RegistrationsBaseUrl resource");
        _registrationsBase = new Uri(resource.EndsWith('/') ? resource : resource + "/");
        return _registrationsBase;
    }

    private static IEnumerable<(string Type, string Id)> Resources(JsonElement root)
    {
        if (!root.TryGetProperty("resources", out var resources) || resources.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var resource in resources.EnumerateArray())
        {
            if (resource.TryGetProperty("@type", out var type) && type.ValueKind == JsonValueKind.String && resource.TryGetProperty("@id", out var id))
            {
                yield return (type.GetString()!, id.GetString()!);
            }
        }
    }

    private static IEnumerable<JsonElement> Items(JsonElement element) =>
        element.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array ? items.EnumerateArray() : [];

    /// <summary>Adds a page's leaves; returns the id as the registry spells it.</summary>
    private static string? Read(JsonElement page, Dictionary<string, RegistryVersion> versions)
    {
        string? id = null;
        foreach (var leaf in Items(page))
        {
            if (!leaf.TryGetProperty("catalogEntry", out var entry) || !entry.TryGetProperty("version", out var version))
            {
                continue;
            }

            id = entry.TryGetProperty("id", out var i) ? i.GetString() : id;
            DateTimeOffset? published = entry.TryGetProperty("published", out var p) && DateTimeOffset.TryParse(p.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var at) && at.Year > 1900 ? at : null;
            var content = leaf.TryGetProperty("packageContent", out var url) && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var contentUrl) ? contentUrl : null;
            versions[version.GetString()!] = new RegistryVersion(version.GetString()!, published) { ContentUrl = content };
        }

        return id;
    }
}
