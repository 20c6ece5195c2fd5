using System.Text.Json;
using Rampart.Core.Findings;

namespace Rampart.Reporting.Json;

/// <summary>Writes typed evidence as a JSON object with a <c>type</c> discriminator (JSON and SARIF share it).</summary>
internal static class EvidenceJson
{
    public static void Write(Utf8JsonWriter json, Evidence evidence)
    {
        json.WriteStartObject();
        switch (evidence)
        {
            case SecretEvidence secret:
                json.WriteString("type", "secret");
                json.WriteString("kind", secret.Kind);
                json.WriteString("preview", secret.Secret.Preview);
                json.WriteNumber("length", secret.Secret.Length);
                json.WriteString("sha256", secret.Secret.Sha256);
                if (secret.Origin is { } origin)
                {
                    json.WriteStartObject("origin");
                    json.WriteString("commit", origin.Commit);
                    json.WriteString("author", origin.Author);
                    json.WriteString("date", origin.Date);
                    json.WriteBoolean("stillInHead", origin.StillInHead);
                    json.WriteEndObject();
                }

                break;
            case DependencyEvidence dependency:
                json.WriteString("type", "dependency");
                json.WriteString("ecosystem", dependency.Ecosystem);
                json.WriteString("package", dependency.Package);
                WriteOptional(json, "version", dependency.Version);
                WriteStrings(json, "advisories", dependency.AdvisoryIds);
                WriteOptional(json, "fixedVersion", dependency.FixedVersion);
                WriteOptional(json, "introducedBy", dependency.IntroducedBy);
                break;
            case RouteEvidence route:
                json.WriteString("type", "route");
                WriteStrings(json, "methods", route.Methods);
                json.WriteString("path", route.Path);
                json.WriteString("framework", route.Framework);
                json.WriteString("auth", route.AuthState);
                WriteStrings(json, "reasons", route.Reasons);
                break;
            case CodeEvidence code:
                json.WriteString("type", "code");
                json.WriteString("sink", code.Sink);
                WriteOptional(json, "source", code.Source);
                break;
            case PipelineEvidence pipeline:
                json.WriteString("type", "pipeline");
                json.WriteString("subject", pipeline.Subject);
                WriteStrings(json, "observed", pipeline.Observed);
                break;
        }

        json.WriteEndObject();
    }

    public static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
