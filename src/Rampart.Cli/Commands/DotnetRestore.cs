using System.Diagnostics;

namespace Rampart.Cli.Commands;

/// <summary>
/// Runs the real <c>dotnet restore</c> for <c>init --restore</c>, so the packages.lock.json files that
/// RestorePackagesWithLockFile asks for exist before the first commit. A missing SDK, a failed
/// restore or a timeout is an outcome to report, never an exception.
/// </summary>
internal static class DotnetRestore
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <returns>Null on success, else one line saying why it failed.</returns>
    public static async Task<string?> RunAsync(string root, string entry, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "restore", entry, "--nologo", "--verbosity", "quiet" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return $"the dotnet SDK is not available ({e.Message})";
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                return $"dotnet restore did not finish within {Timeout.TotalMinutes:0} minutes";
            }

            if (process.ExitCode == 0)
            {
                return null;
            }

            var text = (await output.ConfigureAwait(false)) + "\n" + (await errors.ConfigureAwait(false));
            var first = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)) ?? $"exit code {process.ExitCode}";
            return $"dotnet restore failed: {first}";
        }
    }
}
