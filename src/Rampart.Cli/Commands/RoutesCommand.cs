using System.CommandLine;
using Rampart.Cli.Output;
using Rampart.Code.Routes;
using Rampart.Code.Routes.Model;
using Rampart.Core.Reports;
using Rampart.Reporting.Routes;

namespace Rampart.Cli.Commands;

/// <summary><c>rampart routes [PATH]</c>: every HTTP route of the project with its auth state and the evidence for it.</summary>
internal sealed class RoutesCommand
{
    private static readonly string[] Formats = ["table", "json", "markdown"];

    private readonly Argument<string> _path = new("PATH") { Description = "Repository or folder to inventory", DefaultValueFactory = _ => "." };
    private readonly Option<string> _format = new("--format", "-f") { Description = "Output format: table, json or markdown", DefaultValueFactory = _ => "table" };
    private readonly Option<bool> _onlyUnprotected = new("--only-unprotected") { Description = "List only routes no auth applies to (auth state 'none')" };
    private readonly Option<string?> _output = new("--output", "-o") { Description = "Write the inventory to this file instead of standard output" };
    private readonly IReadOnlyList<IRouteExtractor> _extractors;
    private readonly TimeProvider _time;

    public RoutesCommand(IReadOnlyList<IRouteExtractor> extractors, TimeProvider time)
    {
        _extractors = extractors;
        _time = time;
        Command = new Command("routes", "List every HTTP route with its auth state and the evidence that decided it") { _path, _format, _onlyUnprotected, _output };
    }

    public Command Command { get; }

    public async Task<int> RunAsync(ParseResult result, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var format = result.GetValue(_format) ?? "table";
        if (!Formats.Contains(format))
        {
            throw new UsageException($"--format: unknown format '{format}' (expected table, json or markdown)");
        }

        var context = await WorkingTreeContext.CreateAsync(result.GetValue(_path) ?? ".", _time, cancellationToken).ConfigureAwait(false);
        var inventory = await RouteDetector.ExtractAsync(_extractors, context, cancellationToken).ConfigureAwait(false);
        await WorkingTreeContext.WriteWarningsAsync(context, stderr).ConfigureAwait(false);
        var routes = result.GetValue(_onlyUnprotected) ? inventory.Routes.Where(r => r.Auth == AuthState.None).ToList() : inventory.Routes;
        var text = format switch
        {
            "json" => RouteJsonWriter.Write(routes),
            "markdown" => RouteTextWriter.WriteMarkdown(routes),
            _ => RouteTextWriter.WriteTable(routes),
        };
        var output = result.GetValue(_output);
        if (output is null)
        {
            await stdout.WriteAsync(text).ConfigureAwait(false);
        }
        else
        {
            AtomicFile.Write(output, text);
            await stderr.WriteLineAsync($"rampart: wrote {routes.Count} route(s) to {output}").ConfigureAwait(false);
        }

        return ExitCode.Passed;
    }
}
