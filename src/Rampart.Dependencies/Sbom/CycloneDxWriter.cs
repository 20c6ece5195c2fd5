using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Sbom;

/// <summary>
/// Writes the inventory as a CycloneDX 1.6 JSON bill of materials. Output is deterministic apart
/// from the serial number and timestamp in <see cref="SbomMetadata"/>: components are in inventory
/// order, the bom-ref of a component is its package URL.
/// </summary>
/// <remarks>
/// The dependency graph is what the extractors know: the root depends on the direct packages, and a
/// direct package depends on the transitive packages it brings in (<see cref="SbomComponent.IntroducedBy"/>),
/// so a deep chain is flattened onto its direct dependency. Transitive packages get no entry of their
/// own: CycloneDX reads a missing entry as "unknown", an empty one as "depends on nothing".
/// </remarks>
public static class CycloneDxWriter
{
    public const string SpecVersion = "1.6";

    private const string RootRef = "root-component";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Package names and ranges stay readable ('>=', '^', '@') rather than \u003E escapes; still valid JSON.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(IReadOnlyList<SbomComponent> components, SbomMetadata metadata)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("bomFormat", "CycloneDX");
            json.WriteString("specVersion", SpecVersion);
            json.WriteString("serialNumber", $"urn:uuid:{metadata.SerialNumber:D}");
            json.WriteNumber("version", 1);
            WriteMetadata(json, metadata);
            json.WriteStartArray("components");
            foreach (var component in components)
            {
                WriteComponent(json, component);
            }

            json.WriteEndArray();
            WriteDependencies(json, components);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static void WriteMetadata(Utf8JsonWriter json, SbomMetadata metadata)
    {
        json.WriteStartObject("metadata");
        json.WriteString("timestamp", metadata.Timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteStartObject("tools");
        json.WriteStartArray("components");
        json.WriteStartObject();
        json.WriteString("type", "application");
        json.WriteString("name", "rampart");
        json.WriteString("version", metadata.ToolVersion);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("component");
        json.WriteString("type", "application");
        json.WriteString("bom-ref", RootRef);
        json.WriteString("name", metadata.RootName);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteComponent(Utf8JsonWriter json, SbomComponent component)
    {
        var (group, name) = PackageUrl.SplitScope(component.Ecosystem, component.Name);
        json.WriteStartObject();
        json.WriteString("type", "library");
        json.WriteString("bom-ref", component.PackageUrl);
        if (group is not null)
        {
            json.WriteString("group", group);
        }

        json.WriteString("name", name);
        if (component.Version is not null)
        {
            json.WriteString("version", component.Version);
        }

        json.WriteString("purl", component.PackageUrl);
        json.WriteString("scope", component.IsDev ? "optional" : "required");
        json.WriteStartArray("properties");
        WriteProperty(json, "rampart:ecosystem", component.Ecosystem.ToOsvName());
        WriteProperty(json, "rampart:direct", component.IsDirect ? "true" : "false");
        foreach (var range in component.DeclaredRanges)
        {
            WriteProperty(json, "rampart:declaredRange", range);
        }

        foreach (var location in component.Locations)
        {
            WriteProperty(json, "rampart:location", location.ToString());
        }

        foreach (var direct in component.IntroducedBy)
        {
            WriteProperty(json, "rampart:introducedBy", direct);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteProperty(Utf8JsonWriter json, string name, string value)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("value", value);
        json.WriteEndObject();
    }

    private static void WriteDependencies(Utf8JsonWriter json, IReadOnlyList<SbomComponent> components)
    {
        var direct = components.Where(c => c.IsDirect).ToList();
        json.WriteStartArray("dependencies");
        WriteDependency(json, RootRef, direct.Select(c => c.PackageUrl));
        foreach (var component in direct)
        {
            var brought = components.Where(c => !c.IsDirect && c.Ecosystem == component.Ecosystem
                && c.IntroducedBy.Contains(component.Name, component.Ecosystem == Ecosystem.Npm ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase));
            WriteDependency(json, component.PackageUrl, brought.Select(c => c.PackageUrl));
        }

        json.WriteEndArray();
    }

    private static void WriteDependency(Utf8JsonWriter json, string reference, IEnumerable<string> dependsOn)
    {
        json.WriteStartObject();
        json.WriteString("ref", reference);
        json.WriteStartArray("dependsOn");
        foreach (var target in dependsOn.Distinct(StringComparer.Ordinal))
        {
            json.WriteStringValue(target);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
