using Rampart.Core.Configuration;
using Rampart.Core.Scanning;

namespace Rampart.Cli.Commands;

/// <summary>The scan context of a folder's working tree, for commands that read the project without scanning it (sbom, routes).</summary>
internal static class WorkingTreeContext
{
    public static async Task<ScanContext> CreateAsync(string root, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(root))
        {
            throw new UsageException($"{root}: no such directory");
        }

        var configPath = Path.Combine(root, ConfigLoader.DefaultFileName);
        var config = File.Exists(configPath) ? ConfigLoader.Load(configPath) : RampartConfig.Default;
        var source = new WorkingTreeSource(root, new WalkOptions
        {
            MaxFileSize = config.MaxFileSize ?? WalkOptions.DefaultMaxFileSize,
            ExcludePatterns = config.Exclude,
        });
        var inventory = await source.ListAsync(cancellationToken).ConfigureAwait(false);
        return new ScanContext(Path.GetFullPath(root), inventory, source, config, time, Environment.ProcessorCount);
    }

    /// <summary>Writes the context's warnings to standard error; each message already names the file (and line).</summary>
    public static async Task WriteWarningsAsync(ScanContext context, TextWriter stderr)
    {
        foreach (var warning in context.Warnings.ToList())
        {
            await stderr.WriteLineAsync($"rampart: warning: {warning.Message}").ConfigureAwait(false);
        }
    }
}
