namespace Rampart.Pipeline.Scaffolding;

/// <summary>
/// The branch the workflow guards on push, read from the repository's own files (no git process):
/// the remote's default branch when known, else the checked-out branch when it is main or master,
/// else <c>main</c>. A feature branch is never taken for the default.
/// </summary>
internal static class DefaultBranch
{
    private const string Fallback = "main";

    public static string Read(string root)
    {
        var git = Path.Combine(root, ".git");
        if (!Directory.Exists(git))
        {
            return Fallback;
        }

        if (RefTarget(Path.Combine(git, "refs", "remotes", "origin", "HEAD"), "refs/remotes/origin/") is { Length: > 0 } remote)
        {
            return remote;
        }

        var current = RefTarget(Path.Combine(git, "HEAD"), "refs/heads/");
        return current is "main" or "master" ? current : Fallback;
    }

    private static string? RefTarget(string file, string prefix)
    {
        try
        {
            var text = File.Exists(file) ? File.ReadAllText(file).Trim() : string.Empty;
            return text.StartsWith("ref: " + prefix, StringComparison.Ordinal) ? text[("ref: " + prefix).Length..] : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
