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

            FileSystemInfo[] entries;
            try
            {
                entries = directory.GetFileSystemInfos();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Skipped.Add(new SkippedFile(relativeDirectory.Length == 0 ? "." : relativeDirectory, SkipReason.Unreadable, e.Message));
                return;
            }

            Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
            foreach (var entry in entries)
            {
                if (entry.Name == ".git")
                {
                    continue;
                }

                var relative = relativeDirectory.Length == 0 ? entry.Name : $"{relativeDirectory}/{entry.Name}";
                VisitEntry(entry, relative, realDirectory, ignores);
            }
        }

        private void VisitEntry(FileSystemInfo entry, string relative, string realParent, IgnoreStack ignores)
        {
            var target = entry;
            var realPath = $"{realParent}/{entry.Name}";
            if (entry.LinkTarget is not null)
            {
                var resolved = ResolveLink(entry, relative);
                if (resolved is null)
                {
                    return;
                }

                (target, realPath) = resolved.Value;
            }

            var isDirectory = target is DirectoryInfo;
            if (_configExcludes.Decide(relative, isDirectory) == true || ignores.IsIgnored(relative, isDirectory))
            {
                return;
            }

            if (target is DirectoryInfo directory)
            {
                // A link back to an ancestor (or to a directory already walked) would loop or repeat.
                if (!_visitedDirectories.Add(realPath) || IsUnder(realParent, realPath))
                {
                    Skipped.Add(new SkippedFile(relative, SkipReason.SymlinkLoop, "symlink to a directory that is already scanned"));
                    return;
                }

                Visit(directory, relative, realPath, ignores);
                return;
            }

            var file = (FileInfo)target;
            if (file.Length > options.MaxFileSize)
            {
                Skipped.Add(new SkippedFile(relative, SkipReason.TooLarge, $"{file.Length} bytes is over the {options.MaxFileSize}-byte limit"));
                return;
            }

            Files.Add(new RepoFile(relative, file.FullName, file.Length));
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

            if (target is null || !target.Exists)
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
