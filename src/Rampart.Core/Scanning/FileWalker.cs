using Rampart.Core.Scanning.Ignore;

namespace Rampart.Core.Scanning;

/// <summary>
/// The one file walker every detector reads through. Honours nested <c>.gitignore</c> and
/// <c>.rampartignore</c> files, <c>.git/info/exclude</c> and configured excludes; skips
/// <c>.git</c>, oversized files, symlinks out of the root and symlink loops, reporting each skip.
/// </summary>
public sealed class FileWalker
{
    private static readonly string[] IgnoreFileNames = [".gitignore", ".rampartignore"];

    public FileInventory Walk(string root, WalkOptions options)
    {
        var rootDirectory = new DirectoryInfo(Path.GetFullPath(root));
        if (!rootDirectory.Exists)
        {
            throw new DirectoryNotFoundException($"{root}: no such directory");
        }

        var walk = new WalkState(RealPath.Resolve(rootDirectory.FullName), options);
        var stack = IgnoreStack.Empty.With(ReadIgnoreFile(Path.Combine(rootDirectory.FullName, ".git", "info", "exclude"), string.Empty));
        walk.Visit(rootDirectory, string.Empty, walk.RealRoot, stack);
        return new FileInventory(walk.Files, walk.Skipped);
    }

    private static IgnoreFile ReadIgnoreFile(string path, string baseDirectory)
    {
        try
        {
            return new IgnoreFile(baseDirectory, File.Exists(path) ? File.ReadAllLines(path) : []);
        }
        catch (IOException)
        {
            return new IgnoreFile(baseDirectory, []);
        }
        catch (UnauthorizedAccessException)
        {
            return new IgnoreFile(baseDirectory, []);
        }
    }

    private sealed class WalkState(string realRoot, WalkOptions options)
    {
        private readonly IgnoreFile _configExcludes = new(string.Empty, options.ExcludePatterns);
        private readonly HashSet<string> _visitedDirectories = new(StringComparer.Ordinal) { realRoot };

        public string RealRoot { get; } = realRoot;

        public List<RepoFile> Files { get; } = [];

        public List<SkippedFile> Skipped { get; } = [];

        public void Visit(DirectoryInfo directory, string relativeDirectory, string realDirectory, IgnoreStack ignores)
        {
            foreach (var name in IgnoreFileNames)
            {
                ignores = ignores.With(ReadIgnoreFile(Path.Combine(directory.FullName, name), relativeDirectory));
            }

            List<DirectoryEntry> entries;
            try
            {
                entries = DirectoryEntry.List(directory.FullName);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Skipped.Add(new SkippedFile(relativeDirectory.Length == 0 ? "." : relativeDirectory, SkipReason.Unreadable, e.Message));
                return;
            }

            foreach (var entry in entries)
            {
                if (entry.Name == ".git")
                {
                    continue;
                }

                var relative = relativeDirectory.Length == 0 ? entry.Name : $"{relativeDirectory}/{entry.Name}";
                VisitEntry(entry, Path.Combine(directory.FullName, entry.Name), relative, realDirectory, ignores);
            }
        }

        private void VisitEntry(DirectoryEntry entry, string fullPath, string relative, string realParent, IgnoreStack ignores)
        {
            var isDirectory = entry.IsDirectory;
            var length = entry.Length;
            var realPath = $"{realParent}/{entry.Name}";
            if (entry.IsSymlink)
            {
                // git treats a link as a file: an ignored link is not even resolved.
                if (_configExcludes.Decide(relative, false) == true || ignores.IsIgnored(relative, false))
                {
                    return;
                }

                var resolved = ResolveLink(new FileInfo(fullPath), relative);
                if (resolved is null)
                {
                    return;
                }

                (var target, realPath) = resolved.Value;
                isDirectory = target is DirectoryInfo;
                fullPath = target.FullName;
                length = target is FileInfo file ? file.Length : 0;
            }

            if (_configExcludes.Decide(relative, isDirectory) == true || ignores.IsIgnored(relative, isDirectory))
            {
                return;
            }

            if (isDirectory)
            {
                // A link back to an ancestor (or to a directory already walked) would loop or repeat.
                if (!_visitedDirectories.Add(realPath) || IsUnder(realParent, realPath))
                {
                    Skipped.Add(new SkippedFile(relative, SkipReason.SymlinkLoop, "symlink to a directory that is already scanned"));
                    return;
                }

                Visit(new DirectoryInfo(fullPath), relative, realPath, ignores);
                return;
            }

            if (length > options.MaxFileSize)
            {
                Skipped.Add(new SkippedFile(relative, SkipReason.TooLarge, $"{length} bytes is over the {options.MaxFileSize}-byte limit"));
                return;
            }

            Files.Add(new RepoFile(relative, fullPath, length));
        }

        private (FileSystemInfo Target, string RealPath)? ResolveLink(FileSystemInfo link, string relative)
        {
            FileSystemInfo? target;
            try
            {
                target = link.ResolveLinkTarget(returnFinalTarget: true);
            }
            catch (IOException e)
            {
                // ELOOP and friends: a link chain that never ends.
                Skipped.Add(new SkippedFile(relative, SkipReason.SymlinkLoop, e.Message));
                return null;
            }

            // ResolveLinkTarget answers with the link's own type; the target may be the other kind.
            target = target is null ? null
                : Directory.Exists(target.FullName) ? new DirectoryInfo(target.FullName)
                : File.Exists(target.FullName) ? new FileInfo(target.FullName)
                : null;
            if (target is null)
            {
                Skipped.Add(new SkippedFile(relative, SkipReason.Unreadable, "broken symlink"));
                return null;
            }

            var realTarget = RealPath.Resolve(target.FullName);
            if (!IsUnder(realTarget, RealRoot))
            {
                Skipped.Add(new SkippedFile(relative, SkipReason.SymlinkOutsideRoot, "symlink points outside the scan root"));
                return null;
            }

            return (target, realTarget);
        }

        private static bool IsUnder(string path, string directory) =>
            path == directory || path.StartsWith(directory + "/", StringComparison.Ordinal);
    }
}
