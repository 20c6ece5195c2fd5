using System.CommandLine;
using Rampart.Cli.Output;
using Rampart.Core.Baselines;
using Rampart.Core.Findings;
using Rampart.Core.Reports;
using Rampart.Reporting;

namespace Rampart.Cli.Commands;

/// <summary><c>rampart scan [PATH]</c>: run the detectors, write the reports, gate on severity.</summary>
internal sealed class ScanCommand
{
    private readonly ScanInputs _inputs = new();
    private readonly Option<string[]> _format = new("--format", "-f") { Description = $"Report format: {ReportTargetParser.FormatNames}. Repeatable, each with its own --output" };
    private readonly Option<string[]> _output = new("--output", "-o") { Description = "Write the preceding --format to this file instead of standard output" };
    private readonly Option<string?> _failOn = new("--fail-on") { Description = $"Exit 1 when a finding is at or above this severity: {SeverityNames.AllSeverityNames} (default: high)" };
    private readonly Option<string?> _baseline = new("--baseline") { Description = "Report only findings not in this baseline file" };
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "No progress and only the gate line on the console" };
    private readonly Option<bool> _allowIncomplete = new("--allow-incomplete") { Description = "Exit on the gate alone: an incomplete scan (e.g. no advisory data for an ecosystem) is reported but does not exit 3" };
    private readonly ScanRunner _runner;
    private readonly CliEnvironment _environment;

    public ScanCommand(ScanRunner runner, CliEnvironment environment)
    {
        _runner = runner;
        _environment = environment;
        Command = new Command("scan", "Scan a repository for leaked secrets, risky dependencies, unsafe code and missing pipeline structure");
        _inputs.AddTo(Command);
        Command.Options.Add(_format);
        Command.Options.Add(_output);
        Command.Options.Add(_failOn);
        Command.Options.Add(_baseline);
        Command.Options.Add(_quiet);
        Command.Options.Add(_allowIncomplete);
    }

    public Command Command { get; }

    public async Task<int> RunAsync(ParseResult result, Stream stdin, TextWriter stdout, CancellationToken cancellationToken)
    {
        var targets = ReportTargetParser.Parse(result, _format, _output);
        var request = _inputs.ToRequest(result, stdin, _environment.Offline) with { FailOn = ParseFailOn(result.GetValue(_failOn)) };
        if (result.GetValue(_baseline) is { } baselinePath)
        {
            request = request with { Baseline = Baseline.Load(baselinePath) };
        }

        var quiet = result.GetValue(_quiet);
        var report = await _runner.RunAsync(request, quiet, cancellationToken).ConfigureAwait(false);

        // Render everything first, so a failing reporter leaves no half-written file behind.
        var rendered = targets.Select(t => (Target: t, Text: Render(report, t, quiet))).ToList();
        foreach (var (target, text) in rendered.Where(r => r.Target.File is not null))
        {
            AtomicFile.Write(target.File!, text);
        }

        foreach (var (_, text) in rendered.Where(r => r.Target.File is null))
        {
            await stdout.WriteAsync(text).ConfigureAwait(false);
        }

        return ExitCode.For(report, allowIncomplete: result.GetValue(_allowIncomplete));
    }

    private string Render(ScanReport report, ReportTarget target, bool quiet)
    {
        if (quiet && target is { Format: ReportFormat.Console, File: null })
        {
            return $"Gate {ReportText.GateLine(report)}{Environment.NewLine}";
        }

        var style = target.File is null ? _environment.ConsoleStyle : Reporting.Console.ConsoleStyle.Plain;
        using var writer = new StringWriter();
        BuiltInReporters.For(target.Format, style).Write(report, writer);
        return writer.ToString();
    }

    private static Severity? ParseFailOn(string? text) =>
        text is null ? null
        : SeverityNames.TryParseSeverity(text, out var severity) ? severity
        : throw new UsageException($"--fail-on: unknown severity '{text}' (expected one of: {SeverityNames.AllSeverityNames})");
}
