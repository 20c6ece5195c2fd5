using System.Text.Json;
using Json.Schema;
using Rampart.Tests.Reporting;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Dependencies.Sbom;

/// <summary>
/// The official CycloneDX 1.6 JSON schema (draft 7), with the SPDX licence-id and JSF schemas it
/// references, as shipped in the npm package @cyclonedx/cyclonedx-library 10.3.0 (Apache-2.0; see
/// <c>Fixtures/Schemas/CycloneDX-LICENSE</c>).
/// </summary>
/// <remarks>
/// The bom schema refers to its neighbours by file name (<c>spdx.SNAPSHOT.schema.json</c>) while
/// their own <c>$id</c>s drop the ".SNAPSHOT", so each is registered under the address the
/// reference resolves to; nothing is fetched from the network.
/// </remarks>
internal static class CycloneDxSchema
{
    private const string BaseAddress = "http://cyclonedx.org/schema/";

    private static readonly Lazy<JsonSchema> Loaded = new(Load);

    private static string Folder => Path.Combine(RepoPaths.Fixtures, "Schemas");

    public static EvaluationResults Evaluate(string bom)
    {
        JsonElement instance;
        using (var document = JsonDocument.Parse(bom))
        {
            instance = document.RootElement.Clone();
        }

        return Loaded.Value.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    public static string DescribeFailures(EvaluationResults results) => SarifSchema.DescribeFailures(results);

    private static JsonSchema Load()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        foreach (var neighbour in new[] { "spdx.SNAPSHOT.schema.json", "jsf-0.82.SNAPSHOT.schema.json" })
        {
            var address = new Uri(BaseAddress + neighbour);
            var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Folder, neighbour)), options, address);
            options.SchemaRegistry.Register(address, schema);
        }

        return JsonSchema.FromText(File.ReadAllText(Path.Combine(Folder, "bom-1.6.SNAPSHOT.schema.json")), options, new Uri(BaseAddress + "bom-1.6.schema.json"));
    }
}
