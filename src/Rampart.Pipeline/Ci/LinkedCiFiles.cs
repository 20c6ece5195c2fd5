using System.Text.RegularExpressions;
using Rampart.Core.Findings;
using Rampart.Core.Scanning;

namespace Rampart.Pipeline.Ci;

/// <summary>
/// Audits the entry files of a CI system and the local files they pull in (GitLab's local
/// includes, Azure's templates), each once. A file that is not valid YAML becomes a warning with
/// its line and the others are still audited; a link to a file that is not in the scan is skipped.
/// </summary>
internal static class LinkedCiFiles
{
    /// <summary>Bounds the walk: GitLab itself stops at 150 includes.</summary>
    private const int MaxFiles = 200;

    /// <param name="entries">Repository paths to start from.</param>
    /// <param name="auditFile">Parses and audits one file, and returns what it links to: repository paths, possibly with <c>*</c> and <c>**</c>.</param>
    public static async Task<IReadOnlyList<Finding>> AuditAsync(
        ScanContext context,
        IEnumerable<string> entries,
        string detectorName,
        Func<FileText, WorkflowFindings, IEnumerable<string>> auditFile,
        CancellationToken cancellationToken)
    {
        var files = context.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var pending = new Queue<string>(entries);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var findings = new List<Finding>();
        while (seen.Count < MaxFiles && pending.TryDequeue(out var path))
        {
            if (!seen.Add(path) || !files.TryGetValue(path, out var file) || await context.ReadTextAsync(file, cancellationToken).ConfigureAwait(false) is not { } text)
            {
                continue;
            }

            var fileFindings = new WorkflowFindings(path, detectorName);
            try
            {
                foreach (var linked in auditFile(text, fileFindings).SelectMany(link => Resolve(link, files.Keys)))
                {
                    pending.Enqueue(linked);
                }
            }
            catch (WorkflowParseException e)
            {
                context.Warnings.Add(new ScanWarning($"{e.Message}; the file was not audited") { Path = path, Detector = detectorName });
                continue;
            }

            findings.AddRange(fileFindings.All);
        }

        // A node shared through an anchor can be reached from several jobs; it is one problem.
        return [.. findings.DistinctBy(f => (f.RuleId, f.Location))];
    }

    /// <summary>
    /// The repository paths a link names: <c>./</c> and <c>../</c> resolved, a leading <c>/</c>
    /// dropped; with a wildcard, every matching file (<c>*</c> within a folder, <c>**</c> across folders).
    /// </summary>
    internal static IEnumerable<string> Resolve(string link, IEnumerable<string> paths)
    {
        var normalised = Normalise(link);
        if (normalised is null)
        {
            return [];
        }

        if (!normalised.Contains('*', StringComparison.Ordinal))
        {
            return [normalised];
        }

        var pattern = new Regex("^" + Regex.Escape(normalised).Replace(@"\*\*", ".*", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant);
        return paths.Where(p => pattern.IsMatch(p)).Order(StringComparer.Ordinal);
    }

    private static string? Normalise(string link)
    {
        var segments = new List<string>();
        foreach (var segment in link.Trim().Replace('\\', '/').Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return segments.Count == 0 ? null : string.Join('/', segments);
    }
}
