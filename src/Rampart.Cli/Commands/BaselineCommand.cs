using System.CommandLine;
using Rampart.Cli.Output;
using Rampart.Core.Baselines;
using Rampart.Core.Reports;

namespace Rampart.Cli.Commands;

/// <summary><c>rampart baseline create [PATH]</c>: accept every current finding, so later scans report only new ones.</summary>
internal sealed class BaselineCommand
{
    private readonly ScanInputs _inputs = new();
    private readonly Option<string?> _output = new("--output", "-o") { Description = $"Baseline file to write (default: PATH/{Baseline.DefaultFileName})" };
    private readonly ScanRunner _runner;
    private readonly TimeProvider _time;

    public BaselineCommand(ScanRunner runner, TimeProvider time)
    {
        _runner = runner;
        _time = time;
        Create = new Command("create", "Write the current findings to a baseline file as accepted");
        _inputs.AddTo(Create);
        Create.Options.Add(_output);
        Command = new Command("baseline", "Manage the baseline of accepted findings") { Create };
    }

    public Command Command { get; }

    public Command Create { get; }

    public async Task<int> RunAsync(ParseResult result, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var request = _inputs.ToRequest(result, Stream.Null);
        var report = await _runner.RunAsync(request, quiet: false, cancellationToken).ConfigureAwait(false);
        var path = result.GetValue(_output) ?? Path.Combine(request.Root, Baseline.DefaultFileName);
        var baseline = Baseline.From(report.Findings, _time.GetUtcNow());
        AtomicFile.Write(path, baseline.ToJson());
        await stdout.WriteLineAsync($"Wrote {baseline.Findings.Count} finding(s) to {path}").ConfigureAwait(false);
        if (!report.Incomplete)
        {
            return ExitCode.Passed;
        }

        await stderr.WriteLineAsync("warning: the scan was incomplete, so the baseline may miss findings (see 'rampart scan')").ConfigureAwait(false);
        return ExitCode.ScanIncomplete;
    }
}
