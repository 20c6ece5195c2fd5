using System.CommandLine;
using Rampart.Cli.Commands;
using Rampart.Core.Configuration;
using Rampart.Core.Detectors;
using Rampart.Core.Reports;
using Rampart.Core.Scanning;

namespace Rampart.Cli;

/// <summary>
/// The command line as a function <c>(args, stdout, stderr) → exit code</c>, so end-to-end tests
/// run it in-process. The only place where detectors and reporters are put together.
/// </summary>
public sealed class Cli
{
    private readonly IReadOnlyList<IDetector> _detectors;
    private readonly CliEnvironment _environment;
    private readonly TimeProvider _time;

    public Cli(IReadOnlyList<IDetector> detectors, CliEnvironment environment, TimeProvider time)
    {
        _detectors = detectors;
        _environment = environment;
        _time = time;
    }

    // One client for the process: `db update` downloads through it (tests pass their own via Http).
    private static readonly HttpClient FeedHttp = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(15) }) { Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>The HTTP client for network commands; created here, at the edge, so tests can hand in their own.</summary>
    public HttpClient Http { get; init; } = FeedHttp;

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, stdout, stderr, CliEnvironment.Redirected);

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CliEnvironment environment) =>
        RunAsync(args, Stream.Null, stdout, stderr, environment);

    public static Task<int> RunAsync(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr, CliEnvironment environment)
    {
        // Registry look-ups (and OSV queries with --online) are the only network use of a scan; the
        // flags are read before parsing because they decide how the detectors are built (the options
        // themselves are declared on scan, which also rejects --online with --offline).
        var offline = environment.Offline || args.Contains(ScanInputs.OfflineFlag, StringComparer.Ordinal);
        var online = !offline && args.Contains(ScanInputs.OnlineFlag, StringComparer.Ordinal);
        var detectors = BuiltInDetectors.Create(environment.CacheDirectory, offline ? null : FeedHttp, online ? new Dependencies.Advisories.Feeds.OsvApiClient(FeedHttp, environment.OsvApiUrl) : null);
        return new Cli(detectors, environment, TimeProvider.System).RunAsync(args, stdin, stdout, stderr, CancellationToken.None);
    }

    public Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        RunAsync(args, Stream.Null, stdout, stderr, cancellationToken);

    public async Task<int> RunAsync(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var runner = new ScanRunner(_detectors, _environment, _time, stderr);
        var scan = new ScanCommand(runner, _environment);
        var rules = new RulesCommand(runner.Engine.Catalog);
        var baseline = new BaselineCommand(runner, _time);
        var hook = new HookCommand();
        var init = new InitCommand();
        var sbom = new SbomCommand(_time);
        var db = new DbCommand(_environment, _time, Http);
        var routes = new RoutesCommand(BuiltInRouteExtractors.Create(), _time);
        var root = new RootCommand("Rampart: the missing DevOps control layer for quickly built apps") { scan.Command, rules.Command, baseline.Command, hook.Command, init.Command, sbom.Command, db.Command, routes.Command };

        scan.Command.SetAction((result, token) => Guard(stderr, () => scan.RunAsync(result, stdin, stdout, token)));
        rules.Command.SetAction((result, _) => Guard(stderr, () => rules.RunAsync(result, stdout)));
        baseline.Create.SetAction((result, token) => Guard(stderr, () => baseline.RunAsync(result, stdout, stderr, token)));
        hook.Install.SetAction((result, token) => Guard(stderr, () => hook.InstallAsync(result, stdout, token)));
        hook.Uninstall.SetAction((result, token) => Guard(stderr, () => hook.UninstallAsync(result, stdout, token)));
        init.Command.SetAction((result, token) => Guard(stderr, () => init.RunAsync(result, stdout, token)));
        db.Import.SetAction((result, token) => Guard(stderr, () => db.ImportAsync(result, stdout, token)));
        db.Update.SetAction((result, token) => Guard(stderr, () => db.UpdateAsync(result, stdout, token)));
        db.Status.SetAction((_, token) => Guard(stderr, () => db.StatusAsync(stdout, token)));
        sbom.Command.SetAction((result, token) => Guard(stderr, () => sbom.RunAsync(result, stdout, stderr, token)));
        routes.Command.SetAction((result, token) => Guard(stderr, () => routes.RunAsync(result, stdout, stderr, token)));

        // An argument starting with '@' is a code owner (init --owner @acme/platform), never a response file to read.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await stderr.WriteLineAsync($"rampart: {error.Message}").ConfigureAwait(false);
            }

            return ExitCode.UsageOrConfigError;
        }

        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Maps failures to exit codes: bad input is 2 with one line, anything unexpected is 3, never 1.</summary>
    private static async Task<int> Guard(TextWriter stderr, Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception e) when (e is UsageException or ConfigException)
        {
            await stderr.WriteLineAsync($"rampart: {UrlCredentials.Redact(e.Message)}").ConfigureAwait(false);
            return ExitCode.UsageOrConfigError;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("rampart: cancelled, scan incomplete").ConfigureAwait(false);
            return ExitCode.ScanIncomplete;
        }
        catch (Exception e)
        {
            await stderr.WriteLineAsync($"rampart: internal error, scan incomplete: {e.GetType().Name}: {UrlCredentials.Redact(e.Message.Split('\n')[0])}").ConfigureAwait(false);
            return ExitCode.ScanIncomplete;
        }
    }
}
