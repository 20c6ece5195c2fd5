namespace Rampart.Dependencies.Extractors.Npm;

/// <summary>Splits npm's <c>name@something</c> strings, where a scoped name itself starts with '@'.</summary>
internal static class NpmSpec
{
    /// <summary><c>@types/node@20.1.0</c> → (<c>@types/node</c>, <c>20.1.0</c>); false when there is no '@' after the name.</summary>
    public static bool TrySplit(string spec, out string name, out string rest)
    {
        var at = spec.IndexOf('@', 1);
        if (spec.Length == 0 || at <= 0)
        {
            name = spec;
            rest = "";
            return false;
        }

        name = spec[..at];
        rest = spec[(at + 1)..];
        return true;
    }

    /// <summary>For a range like <c>npm:lodash@4.17.21</c>, the real package name and its range.</summary>
    public static bool TryParseAlias(string range, out string name, out string realRange)
    {
        name = "";
        realRange = "";
        return range.StartsWith("npm:", StringComparison.Ordinal) && TrySplit(range[4..], out name, out realRange);
    }

    /// <summary>The sibling path of a file in the same folder, with '/' separators.</summary>
    public static string Sibling(string path, string fileName)
    {
        var slash = path.Replace('\\', '/').LastIndexOf('/');
        return slash < 0 ? fileName : path[..(slash + 1)] + fileName;
    }

    /// <summary>Files inside an installed package are not the project's own.</summary>
    public static bool IsInNodeModules(string path) =>
        ("/" + path.Replace('\\', '/')).Contains("/node_modules/", StringComparison.Ordinal);

    public static string FileName(string path)
    {
        var slash = path.Replace('\\', '/').LastIndexOf('/');
        return slash < 0 ? path : path[(slash + 1)..];
    }
}
