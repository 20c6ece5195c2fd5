using Rampart.Core.Scanning;
using YamlDotNet.RepresentationModel;

namespace Rampart.Pipeline.Workflows.Audits;

/// <summary>
/// RMP-P036: <c>insecure-external-code-execution: allow</c> in an <c>updates:</c> entry of
/// <c>.github/dependabot.yml</c>. Not a workflow, so not a visitor: it reads the YAML itself.
/// </summary>
internal static class DependabotExternalCodeAudit
{
    private const string Key = "insecure-external-code-execution";

    public static void Check(FileText source, WorkflowFindings findings)
    {
        if (YamlDocumentLoader.LoadRoot(source.Text) is not YamlMappingNode root
            || root.Children.TryGetValue(new YamlScalarNode("updates"), out var updates) is false
            || updates is not YamlSequenceNode entries)
        {
            return;
        }

        foreach (var entry in entries.Children.OfType<YamlMappingNode>())
        {
            if (!entry.Children.TryGetValue(new YamlScalarNode(Key), out var setting)
                || setting is not YamlScalarNode { Value: { } value } scalar
                || !value.Trim().Equals("allow", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var ecosystem = entry.Children.TryGetValue(new YamlScalarNode("package-ecosystem"), out var name) && name is YamlScalarNode { Value: { } text } ? text : "an ecosystem";
            var directory = entry.Children.TryGetValue(new YamlScalarNode("directory"), out var dir) && dir is YamlScalarNode { Value: { } path } ? path : "/";
            findings.Add(
                WorkflowRules.DependabotInsecureCodeExecution,
                source.LocationOf((int)scalar.Start.Index, (int)(scalar.End.Index - scalar.Start.Index)),
                $"Dependabot's {ecosystem} updates for '{directory}' may run code from the dependencies ({Key}: allow)",
                $"{ecosystem} {directory}: {Key} allow",
                [$"package-ecosystem {ecosystem}", $"directory {directory}", $"{Key}: allow"]);
        }
    }
}
