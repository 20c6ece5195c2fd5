using Rampart.Reporting.Console;

namespace Rampart.Cli;

/// <summary>
/// Facts about the terminal the CLI runs in. Read once at the edge (<see cref="FromProcess"/>), so
/// commands and tests never consult <see cref="Console"/> or environment variables themselves.
/// </summary>
public sealed record CliEnvironment(bool StdoutIsTerminal, bool StderrIsTerminal, bool NoColor, int Width)
{
    /// <summary>Local data such as the advisory store: RAMPART_CACHE_DIR, else the user's local application data.</summary>
    public string CacheDirectory { get; init; } = DefaultCacheDirectory();

    /// <summary>No network look-ups (package registries): RAMPART_OFFLINE=1, or --offline on the command line.</summary>
    public bool Offline { get; init; } = Environment.GetEnvironmentVariable("RAMPART_OFFLINE") == "1";

    /// <summary>The OSV API `scan --online` asks: RAMPART_OSV_API_URL (a mirror or proxy), else https://api.osv.dev.</summary>
    public string OsvApiUrl { get; init; } = Environment.GetEnvironmentVariable("RAMPART_OSV_API_URL") is { Length: > 0 } url ? url : Dependencies.Advisories.Feeds.OsvApiClient.DefaultBaseUrl;

    /// <summary>What in-process runs and tests get: no terminal, no colour, no progress.</summary>
    public static CliEnvironment Redirected { get; } = new(false, false, true, ConsoleStyle.DefaultWidth);

    public static CliEnvironment FromProcess()
    {
        var stdoutIsTerminal = !Console.IsOutputRedirected;
        var width = ConsoleStyle.DefaultWidth;
        if (stdoutIsTerminal)
        {
            try
            {
                width = Math.Max(60, Console.WindowWidth);
            }
            catch (IOException)
            {
                // No window size available (e.g. a pseudo-terminal without one): keep the default.
            }
        }

        // https://no-color.org: any non-empty value disables colour.
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new CliEnvironment(stdoutIsTerminal, !Console.IsErrorRedirected, noColor, width);
    }

    private static string DefaultCacheDirectory() =>
        Environment.GetEnvironmentVariable("RAMPART_CACHE_DIR") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "rampart");

    public ConsoleStyle ConsoleStyle => new(StdoutIsTerminal && !NoColor, Width);

    /// <summary>Progress goes to stderr, and only when a person is watching it.</summary>
    public bool ShowProgress => StderrIsTerminal;
}
