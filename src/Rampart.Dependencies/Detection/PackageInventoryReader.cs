using Rampart.Core.Scanning;
using Rampart.Dependencies.Extractors;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Detection;

/// <summary>Runs every extractor over the files it claims (node_modules is never read) and collects the packages.</summary>
internal static class PackageInventoryReader
{
    public static async Task<List<Package>> ReadAsync(ScanContext context, IReadOnlyList<IPackageExtractor> extractors, CancellationToken cancellationToken)
    {
        var byPath = context.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        Task<FileText?> Sibling(string path, CancellationToken token) =>
            byPath.TryGetValue(path, out var file) ? context.ReadTextAsync(file, token) : Task.FromResult<FileText?>(null);

        var packages = new List<Package>();
        foreach (var file in context.Files.Where(f => !f.Path.Contains("node_modules/", StringComparison.Ordinal)))
        {
            foreach (var extractor in extractors.Where(e => e.Handles(file.Path)))
            {
                if (await context.ReadTextAsync(file, cancellationToken).ConfigureAwait(false) is not { } text)
                {
                    continue;
                }

                var result = await extractor.ExtractAsync(text, Sibling, cancellationToken).ConfigureAwait(false);
                packages.AddRange(result.Packages);
                foreach (var problem in result.Problems)
                {
                    context.Warnings.Add(new ScanWarning($"{extractor.Format}: {problem}") { Path = file.Path, Detector = "dependencies" });
                }
            }
        }

        return packages;
    }
}
