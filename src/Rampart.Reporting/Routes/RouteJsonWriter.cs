using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Rampart.Code.Routes.Model;

namespace Rampart.Reporting.Routes;

/// <summary>
/// The route inventory as JSON: a top-level array of routes, documented in docs/routes-json.md.
/// Field names and values are stable; later features (dashboard, agents) read this.
/// </summary>
public static class RouteJsonWriter
{
    public static string Write(IEnumerable<HttpRoute> routes)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var route in routes)
            {
                WriteRoute(json, route);
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteRoute(Utf8JsonWriter json, HttpRoute route)
    {
        json.WriteStartObject();
        WriteStrings(json, "methods", route.Methods);
        json.WriteString("path", route.Path);
        json.WriteString("framework", RouteNames.Of(route.Framework));
        json.WriteString("kind", RouteNames.Of(route.Kind));
        json.WriteString("auth", RouteNames.Of(route.Auth));
        if (route.Auth == AuthState.Required)
        {
            json.WriteStartObject("requirement");
            WriteStrings(json, "schemes", route.Requirement.Schemes);
            WriteStrings(json, "policies", route.Requirement.Policies);
            WriteStrings(json, "roles", route.Requirement.Roles);
            json.WriteEndObject();
        }

        if (route.UnknownReason is not null)
        {
            json.WriteString("unknownReason", route.UnknownReason);
        }

        json.WriteString("handler", route.Handler);
        json.WriteString("project", route.Project);
        json.WriteString("file", route.Location.Path);
        json.WriteNumber("line", route.Location.Line);
        json.WriteStartArray("evidence");
        foreach (var evidence in route.Evidence)
        {
            json.WriteStartObject();
            json.WriteString("effect", RouteNames.Of(evidence.Effect));
            json.WriteString("description", evidence.Description);
            json.WriteString("file", evidence.Location.Path);
            json.WriteNumber("line", evidence.Location.Line);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteStrings(json, "sensitivity", RouteNames.Of(route.Sensitivity));
        if (route.SiblingGroup is not null)
        {
            json.WriteString("group", route.SiblingGroup);
        }

        json.WriteBoolean("developmentOnly", route.DevelopmentOnly);
        json.WriteBoolean("rateLimited", route.RateLimited);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
