using Rampart.Core.Detectors;
using Rampart.Core.Reports;
using Rampart.Core.Scanning;
using Spectre.Console;

namespace Rampart.Cli.Commands;

/// <summary>Runs the engine, with a progress line on stderr when a person is watching a terminal.</summary>
internal sealed class ScanRunner(IReadOnlyList<IDetector> detectors, CliEnvironment environment, TimeProvider time, TextWriter stderr)
{
    public ScanEngine Engine { get; } = new(detectors, time, ToolVersion.Current);

    public async Task<ScanReport> RunAsync(ScanRequest request, bool quiet, CancellationToken cancellationToken)
    {
        if (quiet || !environment.ShowProgress)
        {
            return await Engine.ScanAsync(request, progress: null, cancellationToken).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stderr),
            Interactive = InteractionSupport.Yes,
            ColorSystem = environment.NoColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        return await console.Status().StartAsync("scanning", async status =>
        {
            var progress = new Progress<ScanProgress>(p => status.Status(Markup.Escape($"[{p.Completed}/{p.Total}] {p.Stage}")));
            return await Engine.ScanAsync(request, progress, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }
}
