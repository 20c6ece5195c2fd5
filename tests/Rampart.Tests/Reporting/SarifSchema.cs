using Rampart.Tests.TestSupport;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Rampart.Tests.Reporting;

/// <summary>
/// The official SARIF 2.1.0 schema from <c>shared/schemas</c>, ready to evaluate with JsonSchema.Net.
/// </summary>
/// <remarks>
/// The schema declares draft 4, and JsonSchema.Net 8 knows dialects from draft 6 onwards only: an
/// unknown <c>$schema</c> fails the build with "Cannot find dialect". Every keyword the SARIF schema
/// uses means the same in draft 4 and draft 7 except the root <c>id</c> (draft 7 spells it
/// <c>$id</c>), so the schema is evaluated as draft 7 without its id. <see cref="Load"/> checks that
/// this still holds, so a future schema that uses a draft-4-only meaning fails loudly instead of
/// being checked wrongly.
/// </remarks>
internal static class SarifSchema
{
    public const string FileName = "sarif-schema-2.1.0.json";

    private const string DraftFour = "http://json-schema.org/draft-04/schema#";
    private const string DraftSeven = "http://json-schema.org/draft-07/schema#";

    /// <summary>Keywords whose meaning changed between draft 4 and draft 7.</summary>
    private static readonly string[] ChangedSinceDraftFour = ["id", "exclusiveMinimum", "exclusiveMaximum"];

    /// <summary>Keywords whose members are named subschemas: the names are not keywords.</summary>
    private static readonly string[] NamedSubschemaMaps = ["properties", "definitions", "patternProperties", "dependencies"];

    /// <summary>Keywords whose values are data, never subschemas.</summary>
    private static readonly string[] DataValued = ["enum", "default", "examples", "const", "required"];

    private static readonly Lazy<JsonSchema> Loaded = new(Load);

    public static string FilePath => Path.GetFullPath(Path.Combine(RepoPaths.Shared, "schemas", FileName));

    public static EvaluationResults Evaluate(string sarif)
    {
        // Cloned so the results never point into a disposed document.
        JsonElement instance;
        using (var document = JsonDocument.Parse(sarif))
        {
            instance = document.RootElement.Clone();
        }

        return Loaded.Value.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    /// <summary>Every failing keyword with the instance location it failed at, one per line.</summary>
    public static string DescribeFailures(EvaluationResults results)
    {
        var lines = new List<string>();
        CollectFailures(results, lines);
        return lines.Count == 0 ? "(the evaluator reported no error details)" : string.Join('\n', lines.Distinct());
    }

    private static void CollectFailures(EvaluationResults results, List<string> lines)
    {
        if (!results.IsValid && results.Errors is not null)
        {
            foreach (var (keyword, message) in results.Errors)
            {
                lines.Add($"  at '{results.InstanceLocation}': {keyword}: {message} (schema path {results.EvaluationPath})");
            }
        }

        foreach (var detail in results.Details ?? [])
        {
            CollectFailures(detail, lines);
        }
    }

    private static JsonSchema Load()
    {
        var path = FilePath;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The SARIF schema must be in shared/schemas beside the repository; not found at {path}", path);
        }

        var schema = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
            ?? throw new InvalidDataException($"{path} is not a JSON object");
        var declared = (string?)schema["$schema"];
        if (declared != DraftFour)
        {
            throw new InvalidDataException($"{path} declares '{declared}', not draft 4; revisit {nameof(SarifSchema)} before trusting its results.");
        }

        schema.Remove("id");
        var changed = new List<string>();
        CollectChangedKeywords(schema, "#", changed);
        if (changed.Count > 0)
        {
            throw new InvalidDataException($"{path} uses keywords whose meaning differs between draft 4 and draft 7, so it cannot be evaluated as draft 7: {string.Join(", ", changed)}");
        }

        schema["$schema"] = DraftSeven;
        return JsonSchema.FromText(schema.ToJsonString());
    }

    private static void CollectChangedKeywords(JsonNode? node, string pointer, List<string> found)
    {
        switch (node)
        {
            case JsonArray subschemas:
                for (var i = 0; i < subschemas.Count; i++)
                {
                    CollectChangedKeywords(subschemas[i], $"{pointer}/{i}", found);
                }

                break;
            case JsonObject schema:
                foreach (var (keyword, value) in schema)
                {
                    if (ChangedSinceDraftFour.Contains(keyword))
                    {
                        found.Add($"{pointer}/{keyword}");
                    }

                    if (DataValued.Contains(keyword))
                    {
                        continue;
                    }

                    if (NamedSubschemaMaps.Contains(keyword) && value is JsonObject named)
                    {
                        foreach (var (name, subschema) in named)
                        {
                            CollectChangedKeywords(subschema, $"{pointer}/{keyword}/{name}", found);
                        }

                        continue;
                    }

                    CollectChangedKeywords(value, $"{pointer}/{keyword}", found);
                }

                break;
        }
    }
}
