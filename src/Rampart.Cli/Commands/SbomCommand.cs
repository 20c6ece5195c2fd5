using System.CommandLine;
using Rampart.Cli.Output;
using Rampart.Core.Configuration;
using Rampart.Core.Reports;
using Rampart.Core.Scanning;
using Rampart.Dependencies.Sbom;

namespace Rampart.Cli.Commands;

/// <summary><c>rampart sbom [PATH] [--output FILE]</c>: the package inventory as CycloneDX 1.6 JSON.</summary>
internal sealed class SbomCommand
{
    private readonly Argument<string> _path = new("PATH") { Description = "Repository or folder to inventory", DefaultValueFactory = _ => "." };
    private readonly Option<string?> _output = new("--output", "-o") { Description = "Write the SBOM to this file instead of standard output" };
    private readonly TimeProvider _time;

    public SbomCommand(TimeProvider time)
    {
        _time = time;
        Command = new Command("sbom", "Write a CycloneDX 1.6 software bill of materials of the packages the project uses") { _path, _output };
    }

    public Command Command { get; }

    public async Task<int> RunAsync(ParseResult result, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var root = result.GetValue(_path) ?? ".";
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
        var fullRoot = Path.GetFullPath(root);
        var context = new ScanContext(fullRoot, inventory, source, config, _time, Environment.ProcessorCount);
        var components = await SbomInventory.ReadAsync(context, cancellationToken).ConfigureAwait(false);
        foreach (var warning in context.Warnings.ToList())
        {
            // The message already starts with the format and the file (and line) it is about.
            await stderr.WriteLineAsync($"rampart: warning: {warning.Message}").ConfigureAwait(false);
        }

        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(fullRoot));
        var sbom = CycloneDxWriter.Write(components, new SbomMetadata(name.Length == 0 ? fullRoot : name, ToolVersion.Current, _time.GetUtcNow(), Guid.NewGuid()));
        var output = result.GetValue(_output);
        if (output is null)
        {
            await stdout.WriteAsync(sbom).ConfigureAwait(false);
        }
        else
        {
            AtomicFile.Write(output, sbom);
            await stderr.WriteLineAsync($"rampart: wrote {components.Count} component(s) to {output}").ConfigureAwait(false);
        }

        return ExitCode.Passed;
    }
}
