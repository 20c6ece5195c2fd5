using YamlDotNet.RepresentationModel;

namespace Rampart.Pipeline.Ci.Azure;

/// <summary>Reads the entries of a <c>steps:</c> list into <see cref="AzureStep"/>s.</summary>
internal sealed class AzureStepParser(YamlValueReader yaml)
{
    private static readonly (string Key, AzureStepKind Kind)[] Kinds =
    [
        ("script", AzureStepKind.Script), ("bash", AzureStepKind.Bash), ("powershell", AzureStepKind.PowerShell),
        ("pwsh", AzureStepKind.Pwsh), ("task", AzureStepKind.Task), ("checkout", AzureStepKind.Checkout), ("template", AzureStepKind.Template),
    ];

    /// <summary>Task inputs that hold an inline script: Bash@3, CmdLine@2, PowerShell@2 (<c>script</c>), AzureCLI@2 (<c>inlineScript</c>), AzurePowerShell@5 (<c>Inline</c>).</summary>
    private static readonly string[] InlineScriptInputs = ["script", "inlineScript", "Inline"];

    /// <param name="steps">The step entries, conditional insertions already spliced in.</param>
    /// <param name="recordTemplate">Records a <c>- template:</c> step for the detector to follow.</param>
    public IReadOnlyList<AzureStep> Read(IEnumerable<YamlNode> steps, Func<YamlNode, bool> recordTemplate)
    {
        var read = new List<AzureStep>();
        foreach (var node in steps)
        {
            recordTemplate(node);
            if (Step(node, read.Count) is { } step)
            {
                read.Add(step);
            }
        }

        return read;
    }

    private AzureStep? Step(YamlNode node, int index)
    {
        if (YamlValueReader.EntriesOf(node).Select(e => e.Key).FirstOrDefault() is not { } firstKey)
        {
            return null;
        }

        var (kind, at) = Kinds.Select(k => (k.Kind, Value: yaml.Scalar(node, k.Key))).FirstOrDefault(k => k.Value is not null) is { Value: { } found } match
            ? (match.Kind, found)
            : (AzureStepKind.Other, yaml.ValueOf(firstKey));
        var inputs = yaml.Entries(YamlValueReader.Child(node, "inputs"));
        return new AzureStep
        {
            Index = index,
            Kind = kind,
            At = at,
            DisplayName = yaml.Scalar(node, "displayName"),
            Script = kind switch
            {
                AzureStepKind.Task => InlineScriptInputs.Select(name => inputs.FirstOrDefault(i => i.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value).FirstOrDefault(v => v is not null),
                AzureStepKind.Script or AzureStepKind.Bash or AzureStepKind.PowerShell or AzureStepKind.Pwsh => at,
                _ => null,
            },
            IsPowerShell = kind is AzureStepKind.PowerShell or AzureStepKind.Pwsh || (kind == AzureStepKind.Task && at.Text.Contains("PowerShell", StringComparison.OrdinalIgnoreCase)),
            Inputs = inputs,
            Env = yaml.Entries(YamlValueReader.Child(node, "env")),
            PersistCredentials = yaml.Scalar(node, "persistCredentials"),
        };
    }
}
