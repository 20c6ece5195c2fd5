using System.Text.Json;

namespace Rampart.Code.Analysis.JavaScript;

/// <summary>A project's package.json: its path, its folder and its npm scripts with the line each is on.</summary>
internal sealed record JsManifest(string Path, string Project, IReadOnlyList<(string Name, string Command, int Line)> Scripts)
{
    public static JsManifest Read(string path, string text)
    {
        var project = path.Contains('/') ? path[..path.LastIndexOf('/')] : "";
        var scripts = new List<(string, string, int)>();
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("scripts", out var element) && element.ValueKind == JsonValueKind.Object)
            {
                foreach (var script in element.EnumerateObject())
                {
                    if (script.Value.ValueKind == JsonValueKind.String)
                    {
                        scripts.Add((script.Name, script.Value.GetString() ?? "", LineOf(text, script.Name)));
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not our problem to report: the dependency detectors warn about a broken package.json.
        }

        return new JsManifest(path, project, scripts);
    }

    private static int LineOf(string text, string scriptName)
    {
        var index = text.IndexOf("\"" + scriptName + "\"", StringComparison.Ordinal);
        return index < 0 ? 0 : text.AsSpan(0, index).Count('\n') + 1;
    }
}
