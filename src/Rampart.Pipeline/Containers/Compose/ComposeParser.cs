using Rampart.Core.Findings;
using Rampart.Core.Scanning;
using YamlDotNet.RepresentationModel;

namespace Rampart.Pipeline.Containers.Compose;

/// <summary>
/// Reads the parts of a compose file the audits need, from either syntax of each key (short
/// strings or long mappings) and with YAML merge keys applied. Anchored blocks keep the position
/// where they are written, so a finding in shared defaults points at the defaults.
/// </summary>
internal static class ComposeParser
{
    /// <summary>The services of the file; null (with a warning) when it is not valid YAML.</summary>
    public static ComposeDocument? Parse(FileText text, ScanWarnings warnings)
    {
        if (YamlFile.TryLoadRoot(text, warnings) is not { } root)
        {
            return null;
        }

        // The legacy (v1) format has no services: key, and every top-level entry is a service.
        var services = YamlFile.Child(root, "services") as YamlMappingNode ?? root as YamlMappingNode;
        var read = new List<ComposeService>();
        foreach (var (keyNode, value) in services?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            if (YamlFile.ScalarValue(keyNode) is { } name && !name.StartsWith("x-", StringComparison.Ordinal) && value is YamlMappingNode service)
            {
                read.Add(ReadService(text, name, Merged(service)));
            }
        }

        return new ComposeDocument(text.Path, read);
    }

    private static ComposeService ReadService(FileText text, string name, Dictionary<string, YamlNode> keys) => new(name)
    {
        Privileged = keys.GetValueOrDefault("privileged") is YamlScalarNode { Value: { } privileged } node ? new ComposeEntry(privileged, YamlFile.LocationOf(text, node)) : null,
        VolumeSources = [.. Items(keys, "volumes").Select(v => VolumeSource(text, v)).OfType<ComposeEntry>()],
        Ports = [.. Items(keys, "ports").Select(p => Port(text, p)).OfType<ComposePort>()],
        Environment = Environment(text, keys.GetValueOrDefault("environment")),
    };

    /// <summary>The service's own keys, then those merged in with <c>&lt;&lt;</c> where the service does not set them.</summary>
    private static Dictionary<string, YamlNode> Merged(YamlMappingNode mapping)
    {
        var keys = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            if (YamlFile.ScalarValue(key) is { } name && name != "<<")
            {
                keys[name] = value;
            }
        }

        var merges = mapping.Children.Where(c => YamlFile.ScalarValue(c.Key) == "<<").Select(c => c.Value).ToList();
        foreach (var merged in merges.SelectMany(m => m is YamlSequenceNode list ? list.Children : [m]).OfType<YamlMappingNode>())
        {
            foreach (var (name, value) in Merged(merged))
            {
                keys.TryAdd(name, value);
            }
        }

        return keys;
    }

    private static IEnumerable<YamlNode> Items(Dictionary<string, YamlNode> keys, string key) =>
        keys.GetValueOrDefault(key) is YamlSequenceNode list ? list.Children : [];

    /// <summary><c>/host:/container[:mode]</c> has a host side; a bare <c>/container</c> path is an anonymous volume.</summary>
    private static ComposeEntry? VolumeSource(FileText text, YamlNode volume) => volume switch
    {
        YamlScalarNode { Value: { } spec } when spec.Contains(':', StringComparison.Ordinal) => new ComposeEntry(spec[..spec.IndexOf(':', StringComparison.Ordinal)], YamlFile.LocationOf(text, volume)),
        YamlMappingNode => YamlFile.Child(volume, "source") is YamlScalarNode { Value: { } source } node ? new ComposeEntry(source, YamlFile.LocationOf(text, node)) : null,
        _ => null,
    };

    private static ComposePort? Port(FileText text, YamlNode port)
    {
        if (port is YamlScalarNode { Value: { } spec })
        {
            return ComposePort.FromShortSyntax(new ComposeEntry(spec, YamlFile.LocationOf(text, port)));
        }

        if (YamlFile.ScalarValue(YamlFile.Child(port, "target")) is not { } target)
        {
            return null;
        }

        var published = YamlFile.Child(port, "published");
        var anchor = published ?? YamlFile.Child(port, "target")!;
        var entry = new ComposeEntry(YamlFile.ScalarValue(anchor) ?? target, YamlFile.LocationOf(text, anchor));
        return new ComposePort(YamlFile.ScalarValue(YamlFile.Child(port, "host_ip")), YamlFile.ScalarValue(published), target, entry);
    }

    private static List<ComposeVariable> Environment(FileText text, YamlNode? environment)
    {
        var variables = new List<ComposeVariable>();
        if (environment is YamlMappingNode map)
        {
            foreach (var (key, value) in map.Children)
            {
                var name = YamlFile.ScalarValue(key) ?? string.Empty;
                var literal = YamlFile.ScalarValue(value);
                variables.Add(new ComposeVariable(name, string.IsNullOrEmpty(literal) ? null : literal, YamlFile.LocationOf(text, string.IsNullOrEmpty(literal) ? key : value)));
            }
        }
        else if (environment is YamlSequenceNode list)
        {
            foreach (var item in list.Children.OfType<YamlScalarNode>().Where(i => i.Value is not null))
            {
                var equals = item.Value!.IndexOf('=', StringComparison.Ordinal);
                var name = equals < 0 ? item.Value : item.Value[..equals];
                var value = equals < 0 ? null : item.Value[(equals + 1)..];
                variables.Add(new ComposeVariable(name, string.IsNullOrEmpty(value) ? null : value, ValueLocation(text, item, value)));
            }
        }

        return variables;
    }

    /// <summary>The span of <c>value</c> in a <c>NAME=value</c> item, or the whole item when quoting hides it.</summary>
    private static SourceLocation ValueLocation(FileText text, YamlScalarNode item, string? value)
    {
        var start = (int)item.Start.Index;
        var end = (int)item.End.Index;
        var equals = end > start ? text.Text.IndexOf('=', start, end - start) : -1;
        var index = equals >= 0 && !string.IsNullOrEmpty(value) ? text.Text.IndexOf(value, equals + 1, end - equals - 1, StringComparison.Ordinal) : -1;
        return index >= 0 ? text.LocationOf(index, value!.Length) : YamlFile.LocationOf(text, item);
    }
}
