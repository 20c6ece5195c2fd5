namespace Rampart.Core.Scanning;

/// <summary>Resolves every symlink in a path, component by component (what realpath(3) does).</summary>
internal static class RealPath
{
    private const int MaxLinkHops = 40;

    public static string Resolve(string path) => Resolve(path, 0);

    private static string Resolve(string path, int hops)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            var linkTarget = new FileInfo(current).LinkTarget;
            if (linkTarget is null)
            {
                continue;
            }

            if (++hops > MaxLinkHops)
            {
                throw new IOException($"{path}: too many levels of symbolic links");
            }

            current = Resolve(Path.GetFullPath(linkTarget, Path.GetDirectoryName(current) ?? root), hops);
        }

        return current;
    }
}
