using System.Xml;
using System.Xml.Linq;
using NuGet.Versioning;
using Rampart.Core.Scanning;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Extractors.NuGet;

/// <summary>
/// <c>packages.config</c> (pre-PackageReference projects): every package the project uses is listed
/// with its exact version, transitive ones included, with no graph; so each is reported as direct.
/// </summary>
internal sealed class PackagesConfigExtractor : IPackageExtractor
{
    public string Format => "packages.config";

    public Ecosystem Ecosystem => Ecosystem.NuGet;

    public bool Handles(string path) => Path.GetFileName(path).Equals("packages.config", StringComparison.OrdinalIgnoreCase);

    public Task<ExtractionResult> ExtractAsync(FileText file, Func<string, CancellationToken, Task<FileText?>> siblings, CancellationToken cancellationToken)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(file.Text, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return Task.FromResult(new ExtractionResult([]) { Problems = [$"{file.Path}: not valid XML ({e.Message})"] });
        }

        var problems = new List<string>();
        var packages = new NuGetPackageSet(file.Path);
        foreach (var element in document.Descendants().Where(e => e.Name.LocalName == "package"))
        {
            var line = ((IXmlLineInfo)element).LineNumber;
            var id = (string?)element.Attribute("id");
            var version = (string?)element.Attribute("version");
            if (string.IsNullOrWhiteSpace(id))
            {
                problems.Add($"{file.Path}:{line}: package without an id");
                continue;
            }

            if (version is null || !NuGetVersion.TryParse(version, out _))
            {
                problems.Add($"{file.Path}:{line}: package {id} has no valid version ({version ?? "missing"})");
                continue;
            }

            var isDev = string.Equals((string?)element.Attribute("developmentDependency"), "true", StringComparison.OrdinalIgnoreCase);
            packages.Add(id, version, isDirect: true, isDev, line, []);
        }

        return Task.FromResult(new ExtractionResult(packages.ToList()) { Problems = problems });
    }
}
