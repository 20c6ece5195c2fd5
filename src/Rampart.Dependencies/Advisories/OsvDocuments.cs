using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace Rampart.Dependencies.Advisories;

/// <summary>Reads the JSON documents of a folder (recursively) or of an OSV `all.zip`, in a stable order.</summary>
internal static class OsvDocuments
{
    public static async IAsyncEnumerable<OsvDocument> FromFolderAsync(string folder, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var files = Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            yield return new OsvDocument(relative, await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false));
        }
    }

    public static async IAsyncEnumerable<OsvDocument> FromZipAsync(Stream zip, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        foreach (var entry in archive.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!entry.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            using var reader = new StreamReader(entry.Open());
            yield return new OsvDocument(entry.FullName, await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false));
        }
    }
}
