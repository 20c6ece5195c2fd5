using System.Diagnostics;
using System.Text;

namespace Rampart.Core.Git;

/// <summary>
/// The git repository a scan root lives in, driven through the real <c>git</c> CLI. Paths it
/// returns are relative to the scan root; anything outside the scan root is left out.
/// </summary>
public sealed class GitRepository
{
    private GitRepository(string topLevel, string scanPrefix)
    {
        TopLevel = topLevel;
        ScanPrefix = scanPrefix;
    }

    /// <summary>The repository's work-tree root.</summary>
    public string TopLevel { get; }

    /// <summary>The scan root relative to <see cref="TopLevel"/> with a trailing '/', or '' when they are the same.</summary>
    public string ScanPrefix { get; }

    /// <summary>The repository containing <paramref name="scanRoot"/>, or null when it is not in one (or git is missing).</summary>
    public static async Task<GitRepository?> OpenAsync(string scanRoot, CancellationToken cancellationToken)
    {
        try
        {
            var output = await RunAsync(scanRoot, ["rev-parse", "--show-toplevel", "--show-prefix"], null, cancellationToken).ConfigureAwait(false);
            var lines = Encoding.UTF8.GetString(output).Split('\n');
            return new GitRepository(lines[0].Trim(), lines.Length > 1 ? lines[1].Trim() : string.Empty);
        }
        catch (Exception e) when (e is GitException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    public async Task<bool> IsShallowAsync(CancellationToken cancellationToken) =>
        Encoding.UTF8.GetString(await RunAsync(["rev-parse", "--is-shallow-repository"], cancellationToken).ConfigureAwait(false)).Trim() == "true";

    /// <summary>Maps a top-level-relative path to a scan-root-relative one; null when outside the scan root.</summary>
    public string? ToScanPath(string topLevelPath) =>
        ScanPrefix.Length == 0 ? topLevelPath
        : topLevelPath.StartsWith(ScanPrefix, StringComparison.Ordinal) ? topLevelPath[ScanPrefix.Length..]
        : null;

    public Task<byte[]> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken, byte[]? input = null) =>
        RunAsync(TopLevel, arguments, input, cancellationToken);

    /// <summary>Runs git and streams its stdout to <paramref name="readOutput"/> while feeding <paramref name="writeInput"/>.</summary>
    public async Task StreamAsync(IReadOnlyList<string> arguments, Func<Stream, Task>? writeInput, Func<Stream, Task> readOutput, CancellationToken cancellationToken)
    {
        using var process = Start(TopLevel, arguments);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        var writer = writeInput is null
            ? Task.CompletedTask
            : Task.Run(async () =>
            {
                await using var input = process.StandardInput.BaseStream;
                await writeInput(input).ConfigureAwait(false);
            }, cancellationToken);
        if (writeInput is null)
        {
            process.StandardInput.Close();
        }

        await readOutput(process.StandardOutput.BaseStream).ConfigureAwait(false);
        await writer.ConfigureAwait(false);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new GitException($"git {arguments[0]} failed: {FirstLine(await stderr.ConfigureAwait(false))}");
        }
    }

    private static async Task<byte[]> RunAsync(string workingDirectory, IReadOnlyList<string> arguments, byte[]? input, CancellationToken cancellationToken)
    {
        using var process = Start(workingDirectory, arguments);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output, cancellationToken);
        if (input is not null)
        {
            await process.StandardInput.BaseStream.WriteAsync(input, cancellationToken).ConfigureAwait(false);
        }

        process.StandardInput.Close();
        await copy.ConfigureAwait(false);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return process.ExitCode == 0
            ? output.ToArray()
            : throw new GitException($"git {arguments[0]} failed: {FirstLine(await stderr.ConfigureAwait(false))}");
    }

    private static Process Start(string workingDirectory, IReadOnlyList<string> arguments)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Never let the user's git config page, prompt or translate what we parse.
        info.Environment["GIT_PAGER"] = "cat";
        info.Environment["GIT_TERMINAL_PROMPT"] = "0";
        info.Environment["LC_ALL"] = "C";
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("core.quotepath=off");
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info) ?? throw new GitException("git could not be started");
    }

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "no message";
}
