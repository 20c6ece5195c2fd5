using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Rampart.Core.Findings;
using Rampart.Core.Scanning;

namespace Rampart.Pipeline.Hygiene;

/// <summary>RMP-P002: no test project or test files, or only npm's placeholder test script.</summary>
internal static partial class MissingTestsCheck
{
    private static readonly string[] DotnetTestPackages = ["Microsoft.NET.Test.Sdk", "xunit", "xunit.v3", "NUnit", "MSTest", "MSTest.TestFramework", "TUnit"];

    public static async Task<Finding?> CheckAsync(RepositoryLayout layout, ScanContext context, CancellationToken cancellationToken)
    {
        if (!layout.HasProject || layout.TestFilesByName.Any() || await HasDotnetTestProjectAsync(layout, context, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var placeholder = await FindPlaceholderTestScriptAsync(layout, context, cancellationToken).ConfigureAwait(false);
        var rule = PipelineRules.NoTests;
        var location = placeholder ?? new SourceLocation(layout.ProjectManifests.FirstOrDefault()?.Path ?? ".");
        return new Finding
        {
            RuleId = rule.Id,
            Severity = rule.DefaultSeverity,
            Confidence = rule.DefaultConfidence,
            Message = placeholder is null
                ? "No automated tests: no test project or test files were found"
                : "No automated tests: the npm test script is the placeholder that always fails, and no test files exist",
            Location = location,
            Fingerprint = Fingerprint.Create(rule.Id, ".", "no-tests"),
            Evidence = new PipelineEvidence("tests") { Observed = placeholder is null ? ["no test files"] : ["placeholder npm test script"] },
        };
    }

    private static async Task<bool> HasDotnetTestProjectAsync(RepositoryLayout layout, ScanContext context, CancellationToken cancellationToken)
    {
        foreach (var project in layout.DotnetProjects)
        {
            if (await context.ReadTextAsync(project, cancellationToken).ConfigureAwait(false) is not { } text)
            {
                continue;
            }

            try
            {
                var document = XDocument.Parse(text.Text);
                var references = document.Descendants().Where(e => e.Name.LocalName == "PackageReference").Select(e => (string?)e.Attribute("Include"));
                var isTestProject = document.Descendants().Any(e => e.Name.LocalName == "IsTestProject" && e.Value.Trim() == "true");
                if (isTestProject || references.Any(r => DotnetTestPackages.Contains(r, StringComparer.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }
            catch (XmlException e)
            {
                context.Warnings.Add(new ScanWarning($"not valid XML ({e.Message})") { Path = project.Path });
            }
        }

        return false;
    }

    private static async Task<SourceLocation?> FindPlaceholderTestScriptAsync(RepositoryLayout layout, ScanContext context, CancellationToken cancellationToken)
    {
        foreach (var manifest in layout.PackageJsonFiles)
        {
            if (await context.ReadTextAsync(manifest, cancellationToken).ConfigureAwait(false) is not { } text)
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(text.Text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("scripts", out var scripts)
                    && scripts.ValueKind == JsonValueKind.Object
                    && scripts.TryGetProperty("test", out var test)
                    && test.ValueKind == JsonValueKind.String
                    && test.GetString()!.Contains("no test specified", StringComparison.Ordinal))
                {
                    var key = TestScriptKey().Match(text.Text);
                    return key.Success ? text.LocationOf(key.Index, key.Length) : new SourceLocation(manifest.Path);
                }
            }
            catch (JsonException e)
            {
                context.Warnings.Add(new ScanWarning($"not valid JSON ({e.Message.Split('\n')[0]})") { Path = manifest.Path });
            }
        }

        return null;
    }

    [GeneratedRegex(@"""test""\s*:\s*""(?:[^""\\\n]|\\.)*no test specified", RegexOptions.CultureInvariant)]
    private static partial Regex TestScriptKey();
}
