using Rampart.Core.Scanning;
using Rampart.Dependencies.Inventory;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Rampart.Dependencies.Extractors.Npm;

/// <summary>
/// pnpm-lock.yaml: v5/v6 (<c>packages</c> keyed <c>/name/version</c> or <c>/name@version</c>, with a dev
/// flag) and v9 (<c>packages</c> for metadata, <c>snapshots</c> for the graph). <c>importers</c> (or the
/// root sections of a single-project v5/v6 file) give the direct dependencies.
/// </summary>
public sealed class PnpmLockExtractor : IPackageExtractor
{
    private static readonly string[] ImporterSections = ["dependencies", "optionalDependencies", "devDependencies"];

    public string Format => "pnpm-lock.yaml";

    public Ecosystem Ecosystem => Ecosystem.Npm;

    public bool Handles(string path) =>
        NpmSpec.FileName(path) == "pnpm-lock.yaml" && !NpmSpec.IsInNodeModules(path);

    public Task<ExtractionResult> ExtractAsync(FileText file, Func<string, CancellationToken, Task<FileText?>> siblings, CancellationToken cancellationToken)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(file.Text));
        }
        catch (YamlException e)
        {
            return Task.FromResult(new ExtractionResult([]) { Problems = [$"{file.Path}: not valid YAML ({e.Message})"] });
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return Task.FromResult(new ExtractionResult([]) { Problems = [$"{file.Path}: not a pnpm lockfile mapping"] });
        }

        return Task.FromResult(Extract(file, root));
    }

    private static ExtractionResult Extract(FileText file, YamlMappingNode root)
    {
        var problems = new List<string>();
        var isV9 = Child(root, "snapshots") is YamlMappingNode || (Scalar(Child(root, "lockfileVersion")) ?? "").StartsWith('9');
        var nodes = new Dictionary<string, LockedNode>(StringComparer.Ordinal);
        if (Child(root, "packages") is YamlMappingNode packages)
        {
            foreach (var (keyNode, value) in packages.Children)
            {
                var key = Scalar(keyNode) ?? "";
                if (!TryParseKey(key, out var name, out var version))
                {
                    problems.Add($"{file.Path}:{keyNode.Start.Line}: package key \"{key}\" not understood, skipped");
                    continue;
                }

                var isDev = isV9 ? null : Scalar(Child(value, "dev")) switch { "true" => true, "false" => (bool?)false, _ => null };
                var location = file.LocationOf((int)keyNode.Start.Index, (int)(keyNode.End.Index - keyNode.Start.Index));
                var node = new LockedNode(key, name, version, location) { IsDev = isDev };
                nodes[key] = node;
                if (!isV9)
                {
                    AddDependencies(node, value, isV9);
                }
            }
        }

        if (isV9 && Child(root, "snapshots") is YamlMappingNode snapshots)
        {
            foreach (var (keyNode, value) in snapshots.Children)
            {
                if (nodes.TryGetValue(WithoutPeers(Scalar(keyNode) ?? ""), out var node))
                {
                    AddDependencies(node, value, isV9);
                }
            }
        }

        var directs = new List<DirectDependency>();
        if (Child(root, "importers") is YamlMappingNode importers)
        {
            foreach (var (_, importer) in importers.Children)
            {
                AddDirects(directs, importer, isV9);
            }
        }
        else
        {
            AddDirects(directs, root, isV9);
        }

        var ordered = nodes.Values.ToList();
        return new ExtractionResult(NpmInventory.Build(ordered, directs)) { Problems = problems };
    }

    private static void AddDependencies(LockedNode node, YamlNode entry, bool isV9)
    {
        foreach (var section in (string[])["dependencies", "optionalDependencies"])
        {
            if (Child(entry, section) is not YamlMappingNode deps)
            {
                continue;
            }

            foreach (var (name, reference) in deps.Children)
            {
                node.Dependencies.AddRange(NodeIds(Scalar(name) ?? "", Scalar(reference) ?? "", isV9));
            }
        }
    }

    private static void AddDirects(List<DirectDependency> directs, YamlNode importer, bool isV9)
    {
        foreach (var section in ImporterSections)
        {
            if (Child(importer, section) is not YamlMappingNode deps)
            {
                continue;
            }

            foreach (var (name, value) in deps.Children)
            {
                // v6/v9: { specifier, version }; v5: the version itself.
                var reference = value is YamlMappingNode ? Scalar(Child(value, "version")) : Scalar(value);
                directs.AddRange(NodeIds(Scalar(name) ?? "", reference ?? "", isV9).Select(id => new DirectDependency(id, section == "devDependencies")));
            }
        }
    }

    /// <summary>The packages keys a dependency reference may point at (v5 and v6 spell them differently); none for links and local folders.</summary>
    private static IEnumerable<string> NodeIds(string name, string reference, bool isV9)
    {
        if (reference.Length == 0 || reference.StartsWith("link:", StringComparison.Ordinal) || reference.StartsWith("file:", StringComparison.Ordinal))
        {
            return [];
        }

        if (isV9)
        {
            // "1.2.3(peer@1)" or an alias "lodash@4.17.21"; packages keys carry no peer suffix.
            var bare = WithoutPeers(reference);
            return [bare.Contains('@') ? bare : name + "@" + bare];
        }

        return reference.StartsWith('/') ? [reference] : ["/" + name + "@" + reference, "/" + name + "/" + reference];
    }

    internal static bool TryParseKey(string key, out string name, out string version)
    {
        var bare = WithoutPeers(key.TrimStart('/'));
        version = "";
        if (NpmSpec.TrySplit(bare, out name, out var rest) && rest.Length > 0 && char.IsAsciiDigit(rest[0]) && IsPackageName(name))
        {
            version = rest;
            return true;
        }

        // v5: "name/1.2.3" or "@scope/name/1.2.3_peer@1".
        var slash = bare.LastIndexOf('/');
        if (slash <= 0)
        {
            return false;
        }

        name = bare[..slash];
        version = bare[(slash + 1)..];
        var underscore = version.IndexOf('_');
        if (underscore > 0)
        {
            version = version[..underscore];
        }

        return version.Length > 0 && char.IsAsciiDigit(version[0]) && !name.Contains(':');
    }

    /// <summary>Rules out a v5 key whose peer suffix holds the '@' (<c>@babel/core/7.24.0_supports-color@8.1.1</c>).</summary>
    private static bool IsPackageName(string name) =>
        name.Count(c => c == '/') == (name.StartsWith('@') ? 1 : 0);

    private static string WithoutPeers(string key)
    {
        var paren = key.IndexOf('(');
        return paren < 0 ? key : key[..paren];
    }

    private static YamlNode? Child(YamlNode? node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static string? Scalar(YamlNode? node) => (node as YamlScalarNode)?.Value;
}
