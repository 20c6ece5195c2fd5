using System.CommandLine;
using Rampart.Cli.Output;
using Rampart.Core.Reports;
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
        var context = await WorkingTreeContext.CreateAsync(result.GetValue(_path) ?? ".", _time, cancellationToken).ConfigureAwait(false);
        var components = await SbomInventory.ReadAsync(context, cancellationToken).ConfigureAwait(false);
        await WorkingTreeContext.WriteWarningsAsync(context, stderr).ConfigureAwait(false);
        var fullRoot = context.Root;
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
