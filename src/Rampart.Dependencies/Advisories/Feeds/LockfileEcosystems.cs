using Rampart.Dependencies.Extractors;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Advisories.Feeds;

/// <summary>The ecosystems a folder uses, judged from file names the extractors claim (no file is parsed).</summary>
public static class LockfileEcosystems
{
    // Symlinked folders are skipped so a link cycle cannot loop.
    private static readonly EnumerationOptions Options = new() { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { ".git", "node_modules", "bin", "obj", ".venv", "venv" };

    public static IReadOnlyList<Ecosystem> In(string root)
    {
        var found = new SortedSet<Ecosystem>();
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(folder, "*", Options))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                foreach (var extractor in PackageExtractors.All.Where(e => e.Handles(relative)))
                {
                    found.Add(extractor.Ecosystem);
                }
            }

            foreach (var child in Directory.EnumerateDirectories(folder, "*", Options).Where(d => !Skipped.Contains(Path.GetFileName(d))))
            {
                pending.Push(child);
            }
        }

        return [.. found];
    }
}
