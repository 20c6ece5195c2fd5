using System.Xml.Linq;
using NuGet.Versioning;
using Rampart.Core.Findings;
using Rampart.Core.Scanning;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Extractors.NuGet;

/// <summary>
/// <c>*.csproj</c> / <c>*.fsproj</c> / <c>*.vbproj</c> PackageReference items, with central versions
/// from the nearest <c>Directory.Packages.props</c> and the references of the nearest
/// <c>Directory.Build.props</c>. A project-file version is a minimum (<c>1.0</c> means ≥ 1.0), so
/// each package has no <see cref="Package.Version"/>, only <see cref="Package.DeclaredRange"/>: it is
/// unresolved, and the caller says so when no lock or assets file resolves it.
/// </summary>
internal sealed class ProjectFileExtractor : IPackageExtractor
{
    private static readonly string[] Extensions = [".csproj", ".fsproj", ".vbproj"];

    public string Format => "csproj";

    public Ecosystem Ecosystem => Ecosystem.NuGet;

    public bool Handles(string path) => Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    public async Task<ExtractionResult> ExtractAsync(FileText file, Func<string, CancellationToken, Task<FileText?>> siblings, CancellationToken cancellationToken)
    {
        if (MsBuildXml.TryParse(file.Text, out var error) is not { } project)
        {
            return new ExtractionResult([]) { Problems = [$"{file.Path}: not valid XML ({error})"] };
        }

        var problems = new List<string>();
        var central = await NearestAsync(file.Path, "Directory.Packages.props", siblings, problems, cancellationToken);
        var build = await NearestAsync(file.Path, "Directory.Build.props", siblings, problems, cancellationToken);
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        MsBuildXml.AddProperties(project, properties);
        foreach (var props in new[] { build, central }.OfType<(FileText File, XDocument Xml)>())
        {
            MsBuildXml.AddProperties(props.Xml, properties);
        }

        var centralVersions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in central is { } c ? MsBuildXml.Items(c.Xml, "PackageVersion") : [])
        {
            if (MsBuildXml.Metadata(item, "Include") is { Length: > 0 } id && MsBuildXml.Metadata(item, "Version") is { } version)
            {
                centralVersions.TryAdd(id, version);
            }
        }

        var packages = new List<Package>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sources = new List<(FileText File, IEnumerable<XElement> Items)> { (file, MsBuildXml.Items(project, "PackageReference")) };
        if (build is { } b)
        {
            sources.Add((b.File, MsBuildXml.Items(b.Xml, "PackageReference")));
        }

        if (central is { } g)
        {
            sources.Add((g.File, MsBuildXml.Items(g.Xml, "GlobalPackageReference")));
        }

        foreach (var (source, items) in sources)
        {
            foreach (var item in items)
            {
                if (MsBuildXml.Metadata(item, "Include") is not { Length: > 0 } id || !seen.Add(id))
                {
                    continue;
                }

                var global = item.Name.LocalName == "GlobalPackageReference";
                var written = MsBuildXml.Metadata(item, "VersionOverride") ?? MsBuildXml.Metadata(item, "Version") ?? centralVersions.GetValueOrDefault(id);
                var location = new SourceLocation(source.Path, MsBuildXml.LineOf(item));
                var range = written is null ? null : MsBuildXml.Expand(written, properties);
                if (range is null || !VersionRange.TryParse(range, out _))
                {
                    problems.Add($"{location}: {id} has no usable version ({written ?? "none, and no central PackageVersion"})");
                    continue;
                }

                packages.Add(new Package(Ecosystem.NuGet, id, null)
                {
                    DeclaredRange = range,
                    IsDirect = true,
                    IsDev = global || string.Equals(MsBuildXml.Metadata(item, "PrivateAssets"), "all", StringComparison.OrdinalIgnoreCase),
                    Location = location,
                });
            }
        }

        return new ExtractionResult(packages) { Problems = problems };
    }

    /// <summary>The props file of that name in the project's folder or the closest folder above it.</summary>
    private static async Task<(FileText File, XDocument Xml)?> NearestAsync(
        string projectPath, string name, Func<string, CancellationToken, Task<FileText?>> siblings, List<string> problems, CancellationToken cancellationToken)
    {
        var folder = ParentOf(projectPath);
        while (folder is not null)
        {
            var candidate = folder.Length == 0 ? name : $"{folder}/{name}";
            if (await siblings(candidate, cancellationToken) is { } text)
            {
                if (MsBuildXml.TryParse(text.Text, out var error) is { } xml)
                {
                    return (text, xml);
                }

                problems.Add($"{text.Path}: not valid XML ({error})");
                return null;
            }

            folder = folder.Length == 0 ? null : ParentOf(folder) ?? string.Empty;
        }

        return null;
    }

    private static string? ParentOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path[..slash];
    }
}
