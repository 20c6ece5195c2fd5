using System.Text.RegularExpressions;
using Rampart.Core.Findings;
using Rampart.Core.Scanning;
using Rampart.Pipeline.Hygiene.Ci;

namespace Rampart.Pipeline.Hygiene;

/// <summary>
/// RMP-P008: a lockfile is committed, but CI installs with a command that may rewrite it: a bare
/// <c>npm install</c>, a NuGet restore outside locked mode, <c>uv sync</c>/<c>uv run</c> without
/// <c>--locked</c>. pnpm and Yarn 2+ freeze the lockfile on CI by themselves, and pip enables
/// hash checking as soon as one requirement has a hash, so they are not checked.
/// </summary>
internal static partial class UnenforcedLockfileCheck
{
    public static async Task<IReadOnlyList<Finding>> CheckAsync(RepositoryLayout layout, IReadOnlyList<CiConfiguration> ci, ScanContext context, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        if (!layout.HasProject || ci.Count == 0)
        {
            return findings;
        }

        var own = layout.Files.Where(f => !RepositoryLayout.IsVendored(f.Path)).ToList();
        var npmLock = own.FirstOrDefault(f => Lockfiles.NpmCi.Contains(f.Name, StringComparer.Ordinal))?.Name;
        var uvLock = own.Any(f => f.Name == Lockfiles.Uv);
        var nugetLock = own.Any(f => f.Name == Lockfiles.NuGet) && !await ProjectsRestoreInLockedModeAsync(layout, context, cancellationToken).ConfigureAwait(false);
        foreach (var configuration in ci)
        {
            if (npmLock is not null)
            {
                findings.AddRange(configuration.Commands
                    .Where(c => TestCommands.SimpleCommands(c.Text).Any(IsBareNpmInstall))
                    .Select(c => Create(configuration, c, $"'npm install' in CI may rewrite {npmLock} and install versions nobody reviewed; 'npm ci' installs exactly what the lockfile says")));
            }

            if (nugetLock && FirstUnlocked(configuration, DotnetRestore(), DotnetLockedMode()) is { } restore)
            {
                findings.Add(Create(configuration, restore, $"CI restores NuGet packages without locked mode, so {Lockfiles.NuGet} is updated instead of enforced; use 'dotnet restore --locked-mode' (or set RestoreLockedMode)"));
            }

            if (uvLock && FirstUnlocked(configuration, UvSync(), UvLocked()) is { } sync)
            {
                findings.Add(Create(configuration, sync, $"CI runs uv without --locked, so {Lockfiles.Uv} is updated instead of enforced; use 'uv sync --locked'"));
            }
        }

        return findings;
    }

    /// <summary><c>npm install</c> / <c>npm i</c> with only flags: installing the project, not adding a named package.</summary>
    private static bool IsBareNpmInstall(string simpleCommand)
    {
        var words = simpleCommand.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var npm = Array.IndexOf(words, "npm");
        if (npm < 0 || npm + 1 >= words.Length || words[npm + 1] is not ("install" or "i"))
        {
            return false;
        }

        var rest = words[(npm + 2)..];
        return rest.All(w => w.StartsWith('-')) && !rest.Any(w => w is "-g" or "--global");
    }

    /// <summary>The first command that restores, unless some command of the same file enforces the lockfile.</summary>
    private static CiCommand? FirstUnlocked(CiConfiguration configuration, Regex restores, Regex locked) =>
        configuration.Commands.Any(c => locked.IsMatch(c.Text)) ? null : configuration.Commands.FirstOrDefault(c => restores.IsMatch(c.Text));

    private static async Task<bool> ProjectsRestoreInLockedModeAsync(RepositoryLayout layout, ScanContext context, CancellationToken cancellationToken)
    {
        foreach (var file in layout.Files.Where(f => f.Name == "Directory.Build.props" || f.Extension is ".csproj" or ".fsproj" or ".vbproj"))
        {
            if (await context.ReadTextAsync(file, cancellationToken).ConfigureAwait(false) is { } text && RestoreLockedModeProperty().IsMatch(text.Text))
            {
                return true;
            }
        }

        return false;
    }

    private static Finding Create(CiConfiguration configuration, CiCommand command, string message) =>
        PipelineFinding.Create(
            PipelineRules.LockfileNotEnforced,
            command.Location,
            message,
            command.Text,
            new PipelineEvidence("lockfile") { Observed = [$"CI file {configuration.Path}"] });

    /// <summary>Every dotnet verb that restores implicitly, unless told not to.</summary>
    [GeneratedRegex(@"\bdotnet\s+(restore|build|test|publish|pack|run)\b(?!.*--no-restore)", RegexOptions.CultureInvariant)]
    private static partial Regex DotnetRestore();

    [GeneratedRegex(@"--locked-mode\b|RestoreLockedMode=true", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DotnetLockedMode();

    [GeneratedRegex(@"<RestoreLockedMode\b[^>]*>\s*true", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RestoreLockedModeProperty();

    [GeneratedRegex(@"\buv\s+(sync|run)\b", RegexOptions.CultureInvariant)]
    private static partial Regex UvSync();

    [GeneratedRegex(@"\buv\s+(sync|run|lock)\b.*\s--(locked|frozen)\b", RegexOptions.CultureInvariant)]
    private static partial Regex UvLocked();
}
