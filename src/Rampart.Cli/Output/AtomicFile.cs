namespace Rampart.Cli.Output;

/// <summary>Writes a whole file or nothing: content goes to a temporary file that is then renamed over the target.</summary>
internal static class AtomicFile
{
    public static void Write(string path, string content)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(directory))
        {
            throw new UsageException($"{path}: the directory {directory} does not exist");
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, content);
            if (!OperatingSystem.IsWindows() && File.Exists(full))
            {
                // Replacing a file keeps its permissions (an executable hook stays executable).
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new UsageException($"{path}: cannot write ({e.Message})");
        }
    }
}
