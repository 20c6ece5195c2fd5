using Rampart.Core.Findings;
using Rampart.Core.Scanning;
using YamlDotNet.RepresentationModel;

namespace Rampart.Pipeline;

/// <summary>
/// Loads the YAML files the pipeline checks read (CI, Dependabot, compose) with positions kept, and
/// turns nodes into source locations. A file that is not valid YAML is a warning, never a crash.
/// </summary>
internal static class YamlFile
{
    /// <summary>The root node of the first document; null (with a warning, if given a collector) when the file does not parse or is empty.</summary>
    public static YamlNode? TryLoadRoot(FileText text, ScanWarnings? warnings)
    {
        try
        {
            return YamlDocumentLoader.LoadRoot(text.Text);
        }
        catch (WorkflowParseException e)
        {
            // The loader turns every failure into this, including YamlDotNet's InvalidOperationException on some broken flow lists.
            warnings?.Add(new ScanWarning($"not valid YAML at line {e.Line} ({e.Problem})") { Path = text.Path });
            return null;
        }
    }

    /// <summary>The span of a scalar, or the start of any other node.</summary>
    public static SourceLocation LocationOf(FileText text, YamlNode node)
    {
        if (node is YamlScalarNode && node.End.Index > node.Start.Index)
        {
            return text.LocationOf((int)node.Start.Index, (int)(node.End.Index - node.Start.Index));
        }

        return new SourceLocation(text.Path, (int)node.Start.Line, (int)node.Start.Column);
    }

    /// <summary>The value under a key of a mapping, or null.</summary>
    public static YamlNode? Child(YamlNode? node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>The key node itself (for locations), or null.</summary>
    public static YamlScalarNode? KeyNode(YamlNode? node, string key) =>
        node is YamlMappingNode mapping ? mapping.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => k.Value == key) : null;

    public static string? ScalarValue(YamlNode? node) => (node as YamlScalarNode)?.Value;
}
