using Rampart.Core.Scanning;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Extractors;

/// <summary>
/// One extractor per file format, named after it (osv-scalibr style): the core walks the tree and
/// asks each extractor "is this file mine?" and then "what is in it?".
/// </summary>
public interface IPackageExtractor
{
    /// <summary>The format, e.g. <c>package-lock.json</c>.</summary>
    string Format { get; }

    Ecosystem Ecosystem { get; }

    /// <summary>Decides from the path alone (cheap): called for every file of the scan.</summary>
    bool Handles(string path);

    /// <summary>Reads the packages. <paramref name="siblings"/> reads other files of the scan (e.g. Directory.Packages.props).</summary>
    Task<ExtractionResult> ExtractAsync(FileText file, Func<string, CancellationToken, Task<FileText?>> siblings, CancellationToken cancellationToken);
}
