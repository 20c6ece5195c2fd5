using System.CommandLine;
using System.Text;
using Rampart.Core.Git;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart hook install|uninstall [PATH]</c>: a git pre-commit hook that scans staged changes
/// for secrets. Our lines live between markers, so a user's own hook is kept and uninstall
/// removes only what install wrote.
/// </summary>
internal sealed class HookCommand
{
    public const string BeginMarker = "# >>> rampart pre-commit hook >>>";
    public const string EndMarker = "# <<< rampart pre-commit hook <<<";
    private const string ScanLine = "rampart scan --staged --only secrets --quiet || exit $?";

    private readonly Argument<string> _path = new("PATH") { Description = "A folder inside the git repository", DefaultValueFactory = _ => "." };

    public HookCommand()
    {
        Install = new Command("install", "Add a pre-commit hook that blocks commits with secrets") { _path };
        Uninstall = new Command("uninstall", "Remove the pre-commit hook lines that 'install' added") { _path };
        Command = new Command("hook", "Manage the git pre-commit secret hook") { Install, Uninstall };
    }

    public Command Command { get; }

    public Command Install { get; }

    public Command Uninstall { get; }

    public async Task<int> InstallAsync(ParseResult result, TextWriter stdout, CancellationToken cancellationToken)
    {
        var hook = await HookPathAsync(result, cancellationToken).ConfigureAwait(false);
        var existing = File.Exists(hook) ? await File.ReadAllTextAsync(hook, cancellationToken).ConfigureAwait(false) : null;
        if (existing?.Contains(BeginMarker, StringComparison.Ordinal) == true)
        {
            await stdout.WriteLineAsync($"Already installed in {hook}").ConfigureAwait(false);
            return 0;
        }

        var block = $"{BeginMarker}\n{ScanLine}\n{EndMarker}\n";
        var content = existing is null ? $"#!/bin/sh\n{block}" : existing.TrimEnd('\n') + "\n" + block;
        Directory.CreateDirectory(Path.GetDirectoryName(hook)!);
        Output.AtomicFile.Write(hook, content);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(hook, File.GetUnixFileMode(hook) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
        await stdout.WriteLineAsync($"Installed the secret scan in {hook} (needs 'rampart' on PATH)").ConfigureAwait(false);
        return 0;
    }

    public async Task<int> UninstallAsync(ParseResult result, TextWriter stdout, CancellationToken cancellationToken)
    {
        var hook = await HookPathAsync(result, cancellationToken).ConfigureAwait(false);
        var existing = File.Exists(hook) ? await File.ReadAllTextAsync(hook, cancellationToken).ConfigureAwait(false) : null;
        var start = existing?.IndexOf(BeginMarker, StringComparison.Ordinal) ?? -1;
        var end = existing?.IndexOf(EndMarker, StringComparison.Ordinal) ?? -1;
        if (existing is null || start < 0 || end < start)
        {
            await stdout.WriteLineAsync($"No Rampart hook in {hook}: nothing to remove").ConfigureAwait(false);
            return 0;
        }

        var remaining = existing[..start] + existing[(end + EndMarker.Length)..].TrimStart('\n');
        if (remaining.Trim() is "" or "#!/bin/sh")
        {
            File.Delete(hook);
        }
        else
        {
            Output.AtomicFile.Write(hook, remaining);
        }

        await stdout.WriteLineAsync($"Removed the Rampart lines from {hook}").ConfigureAwait(false);
        return 0;
    }

    /// <summary>The pre-commit file git will run, honouring core.hooksPath.</summary>
    private async Task<string> HookPathAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var path = result.GetValue(_path) ?? ".";
        var repository = Directory.Exists(path) ? await GitRepository.OpenAsync(path, cancellationToken).ConfigureAwait(false) : null;
        if (repository is null)
        {
            throw new UsageException($"{path}: not inside a git repository");
        }

        var hooks = Encoding.UTF8.GetString(await repository.RunAsync(["rev-parse", "--git-path", "hooks"], cancellationToken).ConfigureAwait(false)).Trim();
        return Path.Combine(Path.GetFullPath(hooks, repository.TopLevel), "pre-commit");
    }
}
