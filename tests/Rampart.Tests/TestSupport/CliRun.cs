using Rampart.Cli;
using Rampart.Core.Detectors;

namespace Rampart.Tests.TestSupport;

/// <summary>Runs the CLI in-process and captures what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(null, args);

    public static async Task<CliRun> RunAsync(IReadOnlyList<IDetector>? detectors, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = detectors is null
            ? await Rampart.Cli.Cli.RunAsync(args, stdout, stderr)
            : await new Rampart.Cli.Cli(detectors, CliEnvironment.Redirected, TimeProvider.System).RunAsync(args, stdout, stderr, CancellationToken.None);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
