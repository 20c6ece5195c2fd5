using System.CommandLine;
using Rampart.Pipeline.Scaffolding;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart init [PATH] [--ci github|gitlab|azure] [--owner OWNER] [--dry-run] [--restore]</c>: puts the
/// missing delivery structure in place (CI workflow, Dependabot, lockfile settings, secret hook,
/// security policy, CODEOWNERS, ignore entries, .env.example, a first smoke test). The plan comes from
/// <see cref="ScaffoldPlanner"/>; this class only writes it (or prints it as a diff) and reports.
/// </summary>
internal sealed class InitCommand
{
    private static readonly Dictionary<string, CiProvider> CiNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["github"] = CiProvider.GitHub,
        ["gitlab"] = CiProvider.GitLab,
        ["azure"] = CiProvider.Azure,
    };

    private readonly Argument<string> _path = new("PATH") { Description = "The repository to set up", DefaultValueFactory = _ => "." };
    private readonly Option<string> _ci = new("--ci") { Description = "CI system to write a pipeline for: github, gitlab or azure", DefaultValueFactory = _ => "github" };
    private readonly Option<string> _owner = new("--owner") { Description = "Who reviews every change, written to CODEOWNERS (.github/, .gitlab/ or the root, by --ci): @user, @org/team or an email (default: @OWNER of a GitHub origin remote)" };
    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "Print what would be written, as a diff, and write nothing" };
    private readonly Option<bool> _restore = new("--restore") { Description = "After writing, run dotnet restore so each .NET project's packages.lock.json exists (needs the dotnet SDK and the package source)" };

    public InitCommand() =>
        Command = new Command("init", "Put CI, dependency updates, lockfile settings, a secret hook and a first test in place") { _path, _ci, _owner, _dryRun, _restore };

    public Command Command { get; }

    public async Task<int> RunAsync(ParseResult result, TextWriter stdout, CancellationToken cancellationToken)
    {
        var path = result.GetValue(_path) ?? ".";
        var ciName = result.GetValue(_ci) ?? "github";
        if (!CiNames.TryGetValue(ciName, out var ci))
        {
            throw new UsageException($"unknown CI system '{ciName}' (github, gitlab or azure)");
        }

        var ownerText = result.GetValue(_owner);
        var owner = ownerText is null ? null : CodeOwner.Parse(ownerText) ?? throw new UsageException($"--owner '{ownerText}': expected @user, @org/team or an email address");
        if (!Directory.Exists(path))
        {
            throw new UsageException($"{path}: no such directory");
        }

        owner ??= await OriginRemoteOwner.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        var plan = ScaffoldPlanner.Plan(path, ci, ToolVersion.Current, owner);
        var dryRun = result.GetValue(_dryRun);
        await stdout.WriteLineAsync($"Stacks: {plan.Stacks}").ConfigureAwait(false);
        foreach (var file in plan.Files)
        {
            await stdout.WriteLineAsync(Describe(file, dryRun)).ConfigureAwait(false);
        }

        foreach (var note in plan.Notes)
        {
            await stdout.WriteLineAsync($"  {"note",-10} {note}").ConfigureAwait(false);
        }

        var changed = plan.Files.Where(f => f.Changes).ToList();
        if (dryRun)
        {
            foreach (var file in changed)
            {
                await stdout.WriteAsync("\n" + UnifiedDiff.Render(file.WritePath, file.Current, file.Proposed)).ConfigureAwait(false);
            }
        }
        else
        {
            changed.ForEach(file => Write(path, file));
        }

        await stdout.WriteLineAsync(Summary(changed.Count, dryRun)).ConfigureAwait(false);
        var nextSteps = plan.NextSteps;
        if (result.GetValue(_restore) && !dryRun && plan.DotnetRestoreEntry is { } entry)
        {
            var failure = await DotnetRestore.RunAsync(path, entry, cancellationToken).ConfigureAwait(false);
            await stdout.WriteLineAsync(failure is null ? $"  {"restored",-10} {entry}  (packages.lock.json written for each project: commit them)" : $"  {"warning",-10} {failure}; run the restore step below yourself").ConfigureAwait(false);
            nextSteps = failure is null ? [.. nextSteps.Where(s => !s.StartsWith("dotnet restore ", StringComparison.Ordinal))] : nextSteps;
        }

        await stdout.WriteLineAsync("\nNext steps (settings that cannot live in files):").ConfigureAwait(false);
        foreach (var step in nextSteps)
        {
            await stdout.WriteLineAsync($"  {step}").ConfigureAwait(false);
        }

        return 0;
    }

    private static string Describe(PlannedFile file, bool dryRun)
    {
        var (verb, detail) = file.Action switch
        {
            PlannedAction.Create => ("created", file.Purpose),
            PlannedAction.Merge => ("merged", file.Purpose),
            PlannedAction.WriteBeside => ("kept", $"yours differs; the template is in {file.WritePath}"),
            _ when file.WritePath != file.Path => ("kept", $"yours differs; {file.WritePath} is up to date"),
            _ => ("unchanged", file.Purpose),
        };
        if (dryRun && file.Changes)
        {
            verb = verb switch { "created" => "create", "merged" => "merge", _ => verb };
            verb = $"would {verb}";
        }

        return $"  {verb,-10} {file.Path}  ({detail})";
    }

    private static string Summary(int changed, bool dryRun) => (changed, dryRun) switch
    {
        (0, _) => "Nothing to do: every file is already in place.",
        (_, true) => $"Dry run: {changed} file(s) would change; nothing was written.",
        _ => $"Wrote {changed} file(s).",
    };

    private static void Write(string root, PlannedFile file)
    {
        var full = Path.Combine(root, file.WritePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(full))!);
        Output.AtomicFile.Write(full, file.Proposed);
        if (file.Executable && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(full, File.GetUnixFileMode(full) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
    }
}
